/**
 * Calendar and wall-clock maths in an IANA time zone, with `Intl` only (no library, no
 * Node API). Days are "epoch days" (days since 1970-01-01 in the proleptic calendar), which
 * makes "30 calendar days later" plain integer arithmetic, immune to DST.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Local wall-clock facts about one instant in one zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday (ISO order, matching `Weekday` in the view model). */
  weekday: number;
  /** Minutes after local midnight. */
  minute: number;
  /** Days since 1970-01-01 of the local calendar date. */
  epochDay: number;
}

const cache = new Map<string, unknown>();

/** `Intl` objects are costly to build and cheap to reuse: one per key, for the module's life. */
export function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Throws for a zone this runtime does not know. */
const partsFormat = (zone: string): Intl.DateTimeFormat =>
  cached(
    `parts|${zone}`,
    () =>
      // 'en-US' only to get parseable numbers; hourCycle h23 so midnight is 0, not 24.
      new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      }),
  );

/** True when this runtime knows the zone (an unknown zone makes `Intl` throw). */
export function isValidTimeZone(zone: string): boolean {
  return cached(`zone|${zone}`, () => {
    try {
      return Boolean(partsFormat(zone));
    } catch {
      return false;
    }
  });
}

export function zonedParts(instant: Date, zone: string): ZonedParts {
  const p: Record<string, number> = {};
  for (const {type, value} of partsFormat(zone).formatToParts(instant)) p[type] = Number(value);
  const {year, month, day, hour, minute} = p;
  const epochDay = epochDayOf(year, month, day);
  // Some engines still print "24" for midnight despite h23.
  return {year, month, day, weekday: weekdayOf(epochDay), minute: (hour % 24) * 60 + minute, epochDay};
}

export function epochDayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * The calendar day of a date-only value (`customerSince`, `Product.since`): GraphQL `Date`
 * strings parse to UTC midnight, so they are read in UTC, never shifted by a zone.
 */
export function utcEpochDay(value: Date): number {
  return Math.floor(value.getTime() / DAY_MS);
}

/** UTC midnight of an epoch day: formats as that calendar date with `timeZone: 'UTC'`. */
export function epochDayToDate(epochDay: number): Date {
  return new Date(epochDay * DAY_MS);
}

/** `YYYY-MM-DD` of an epoch day. */
export function isoDate(epochDay: number): string {
  return epochDayToDate(epochDay).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** Full years from one calendar date to another (anniversary day counts as complete). */
export function fullYearsBetween(fromEpochDay: number, toEpochDay: number): number {
  const from = epochDayToDate(fromEpochDay);
  const to = epochDayToDate(toEpochDay);
  // Month and day as one comparable number: before the anniversary, the year is not complete.
  const monthDay = (d: Date): number => d.getUTCMonth() * 32 + d.getUTCDate();
  return to.getUTCFullYear() - from.getUTCFullYear() - (monthDay(to) < monthDay(from) ? 1 : 0);
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffset(instantMs: number, zone: string): number {
  const p = zonedParts(new Date(instantMs), zone);
  return p.epochDay * DAY_MS + p.minute * MINUTE_MS - (instantMs - (((instantMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
}

/**
 * The instant at which the wall clock of `zone` shows `minute` on `epochDay`. Two passes
 * settle the offset across a DST change; a time inside a spring-forward gap maps to the
 * instant just after the gap, as clocks do.
 */
export function zonedInstant(epochDay: number, minute: number, zone: string): Date {
  const wall = epochDay * DAY_MS + minute * MINUTE_MS;
  let guess = wall - zoneOffset(wall, zone);
  const second = wall - zoneOffset(guess, zone);
  if (second !== guess) {
    const check = zonedParts(new Date(second), zone);
    guess = check.epochDay === epochDay && check.minute === minute ? second : Math.max(guess, second);
  }
  return new Date(guess);
}
