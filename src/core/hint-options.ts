import {WEEKDAYS, type HoursWindow} from './time.js';

/**
 * The law of one country, as data: when canvassing calls are allowed, on which days they
 * never are, how many solicitations a customer may get, and how long a refusal holds.
 * Another country is another `Jurisdiction` object, not code.
 */
export interface Jurisdiction {
  /** A short id for logs and docs, e.g. `FR`. */
  id: string;
  /** IANA zone used when the customer's zone is unknown or invalid, e.g. `Europe/Paris`. */
  defaultTimeZone: string;
  /** Weekly windows in which canvassing calls are allowed, in the customer's local time. */
  callingHours: HoursWindow[];
  /**
   * Public holidays as yearly rules, computed for any year (src/hints/holidays.ts): a fixed
   * date `MM-DD`, or days from Western Easter Sunday (`easter+1` is Easter Monday). No
   * canvassing on them, in the customer's local calendar. Unknown rules are ignored.
   */
  holidays?: string[];
  /** Further local calendar dates (`YYYY-MM-DD`) with no canvassing at all (a one-off day). */
  publicHolidays: string[];
  /** At most `max` outbound solicitations per rolling `days` calendar days. */
  contactCap: {max: number; days: number};
  /** Calendar days without a new offer after the customer refused one. */
  refusalQuietDays: number;
}

/** Every threshold the built-in rules read. */
export interface HintOptions {
  /** `loyal-customer` from this many full years of tenure. */
  loyaltyYears: number;
  /** `new-customer` while tenure is below this many days. */
  newCustomerDays: number;
  /** `repeat-contact` from `min` contacts about one ticket/topic within `days` days. */
  repeatContact: {min: number; days: number};
  /** `no-transfer` from `min` transfers within `days` days. */
  transfers: {min: number; days: number};
  /** `missed-appointment` looks this many days back. */
  missedAppointmentDays: number;
  /** Calling hours, public holidays, contact cap and refusal quiet time. */
  jurisdiction: Jurisdiction;
}

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? {[K in keyof T]?: DeepPartial<T[K]>} : T;

/** What a host passes: any subset, deep-merged over the defaults; arrays replace wholesale. */
export type HintOptionsInit = DeepPartial<HintOptions>;

const hm = (hours: number, minutes = 0): number => hours * 60 + minutes;

/**
 * France. Décret n° 2022-1313 (Code de la consommation, art. L223-1 and D223-8 s.):
 * canvassing calls Monday–Friday 10:00–13:00 and 14:00–20:00, never on weekends or public
 * holidays; at most 4 calls per 30 calendar days; none for 60 days after a refusal.
 * Holidays are metropolitan France's 11 public holidays, computed for every year (Alsace-Moselle
 * adds Good Friday and 26 December: a deployment there adds `'easter-2'` and `'12-26'`).
 */
export const franceProfile: Readonly<Jurisdiction> = deepFreeze({
  id: 'FR',
  defaultTimeZone: 'Europe/Paris',
  callingHours: [
    {days: WEEKDAYS.slice(0, 5), from: hm(10), to: hm(13)},
    {days: WEEKDAYS.slice(0, 5), from: hm(14), to: hm(20)},
  ],
  // New Year, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August,
  // 1 and 11 November, Christmas.
  holidays: ['01-01', 'easter+1', '05-01', '05-08', 'easter+39', 'easter+50', '07-14', '08-15', '11-01', '11-11', '12-25'],
  publicHolidays: [],
  contactCap: {max: 4, days: 30},
  refusalQuietDays: 60,
});

export const defaultHintOptions: Readonly<HintOptions> = deepFreeze({
  loyaltyYears: 5,
  newCustomerDays: 90,
  repeatContact: {min: 3, days: 30},
  transfers: {min: 2, days: 30},
  missedAppointmentDays: 90,
  jurisdiction: franceProfile,
});

/**
 * Deep-merges a host's partial options over the defaults. A value of the wrong type, or below
 * its range, is ignored (the default stays), so a typo in a host page cannot silence a rule; a
 * fraction is rounded and a value above its range is clamped to the top of it (`MAX_OPTION`),
 * so every window the query sends is a valid GraphQL `Int`. Each change is told to `warn`
 * (with the option's path, never its value); an object whose getters throw gives the defaults.
 */
export function resolveHintOptions(init?: HintOptionsInit, warn: (message: string) => void = () => {}): HintOptions {
  try {
    return init ? merge(defaultHintOptions, init, '', warn) : defaultHintOptions;
  } catch {
    warn('customer-360: hintOptions could not be read; the defaults are used.');
    return defaultHintOptions;
  }
}

/** The top of each numeric option's range: windows up to ten years, counts up to 1,000. */
export const MAX_OPTION = {days: 3650, count: 1000, loyaltyYears: 100} as const;

const maxOf = (key: string): number =>
  key === 'loyaltyYears' ? MAX_OPTION.loyaltyYears : key === 'min' || key === 'max' ? MAX_OPTION.count : MAX_OPTION.days;

/**
 * Follows the shape of the defaults: arrays replace wholesale, strings must be non-empty,
 * numbers whole and positive (`newCustomerDays` may be 0: "no one is new"), objects merge
 * key by key; keys the defaults do not have are dropped.
 */
function merge<T>(base: T, init: unknown, path: string, warn: (message: string) => void): T {
  if (init === undefined) return base;
  const bad = () => (warn(`customer-360: hintOptions${path} is not usable; the default is kept.`), base);
  if (Array.isArray(base)) return (Array.isArray(init) ? init : bad()) as T;
  if (typeof base === 'number') {
    const least = path === '.newCustomerDays' ? 0 : 1;
    if (typeof init !== 'number' || !(init >= least)) return bad();
    const value = Math.min(Math.max(least, Math.round(init)), maxOf(path.slice(path.lastIndexOf('.') + 1)));
    if (value !== init)
      warn(
        `customer-360: hintOptions${path} must be a whole number from ${least} to ${maxOf(path.slice(path.lastIndexOf('.') + 1))}; ${value} is used.`,
      );
    return value as T;
  }
  if (typeof base === 'string') return (typeof init === 'string' && init !== '' ? init : bad()) as T;
  if (!init || typeof init !== 'object') return bad();
  const from = init as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(base as object).map(([k, value]) => [k, merge(value, from[k], `${path}.${k}`, warn)]),
  ) as T;
}

/**
 * The `days` argument the data layer should pass to `contactSummary`: long enough for every
 * windowed rule, so the server's aggregates cover what the hints read.
 */
export function summaryDaysFor(options: HintOptions = defaultHintOptions): number {
  return Math.max(
    options.jurisdiction.contactCap.days,
    options.repeatContact.days,
    options.transfers.days,
    options.missedAppointmentDays,
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
