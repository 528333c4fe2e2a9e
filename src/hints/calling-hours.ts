import type {HoursWindow, Weekday} from '../data/view-model.js';
import type {Jurisdiction} from './options.js';
import {isoDate, weekdayOf, zonedInstant, zonedParts} from './time.js';

/**
 * Whether now is a moment the customer may be called: inside the jurisdiction's canvassing
 * hours (not a weekend or public holiday) and inside the customer's preferred hours when they
 * recorded some. All in the customer's local time, computed with `Intl`, so DST is handled by
 * the zone data, not by us.
 */
export interface CallingHoursStatus {
  inLegalHours: boolean;
  /** True when no preferred hours are recorded. */
  inPreferredHours: boolean;
  /** Why today is outside the legal hours, when it is. */
  legalReason?: 'weekend' | 'publicHoliday' | 'outsideWindows';
  /** The first instant allowed by both, within `SEARCH_DAYS`; undefined when none. */
  next?: Date;
}

const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];
const FULL_DAY: readonly Interval[] = [[0, 1440]];
/** Two weeks always contain a working day, even around Christmas or a long bridge. */
export const SEARCH_DAYS = 14;

type Interval = readonly [from: number, to: number];

const holidaySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function holidaysOf(j: Jurisdiction): ReadonlySet<string> {
  let set = holidaySets.get(j.publicHolidays);
  if (!set) {
    set = new Set(j.publicHolidays);
    holidaySets.set(j.publicHolidays, set);
  }
  return set;
}

export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}

/** Sorted, merged intervals of the windows that apply on a weekday (0 = Monday). */
function intervalsOn(windows: readonly HoursWindow[], weekday: number): Interval[] {
  const day = WEEKDAYS[weekday];
  const list: Interval[] = [];
  for (const w of windows) {
    if (day !== undefined && w.days.includes(day) && w.from < w.to) {
      list.push([Math.max(0, w.from), Math.min(1440, w.to)]);
    }
  }
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return list;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [af, at] of a) {
    for (const [bf, bt] of b) {
      const from = Math.max(af, bf);
      const to = Math.min(at, bt);
      if (from < to) out.push([from, to]);
    }
  }
  out.sort((x, y) => x[0] - y[0]);
  return out;
}

const contains = (list: readonly Interval[], minute: number): boolean =>
  list.some(([from, to]) => minute >= from && minute < to);

function legalIntervals(j: Jurisdiction, epochDay: number): Interval[] {
  if (holidaysOf(j).has(isoDate(epochDay))) return [];
  return intervalsOn(j.callingHours, weekdayOf(epochDay));
}

export function callingHoursStatus(
  now: Date,
  zone: string,
  jurisdiction: Jurisdiction,
  preferred: readonly HoursWindow[],
): CallingHoursStatus {
  const local = zonedParts(now, zone);
  const legalToday = legalIntervals(jurisdiction, local.epochDay);
  const preferredOn = (epochDay: number): readonly Interval[] =>
    preferred.length > 0 ? intervalsOn(preferred, weekdayOf(epochDay)) : FULL_DAY;

  const inLegalHours = contains(legalToday, local.minute);
  const inPreferredHours = contains(preferredOn(local.epochDay), local.minute);
  const status: CallingHoursStatus = {inLegalHours, inPreferredHours};
  if (!inLegalHours) {
    status.legalReason = holidaysOf(jurisdiction).has(isoDate(local.epochDay))
      ? 'publicHoliday'
      : intervalsOn(jurisdiction.callingHours, local.weekday).length === 0 && local.weekday >= 5
        ? 'weekend'
        : 'outsideWindows';
  }
  if (inLegalHours && inPreferredHours) return status;

  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const day = local.epochDay + offset;
    const allowed = intersect(legalIntervals(jurisdiction, day), preferredOn(day));
    // Today, only a window that starts later counts: now is in none of them.
    const first = allowed.find(([from]) => offset > 0 || from > local.minute);
    if (first) {
      status.next = zonedInstant(day, first[0], zone);
      break;
    }
  }
  return status;
}
