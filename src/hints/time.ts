/**
 * Calendar and wall-clock maths in an IANA time zone, with `Intl` only (no library, no
 * Node API). Days are "epoch days" (days since 1970-01-01 in the proleptic calendar), which
 * makes "30 calendar days later" plain integer arithmetic, immune to DST.
 */

const MS_PER_DAY = 86_400_000;

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

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const validZones = new Map<string, boolean>();
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

/** True when this runtime knows the zone (an unknown zone makes `Intl` throw). */
export function isValidTimeZone(zone: string): boolean {
  let known = validZones.get(zone);
  if (known === undefined) {
    try {
      partsFormatter(zone);
      known = true;
    } catch {
      known = false;
    }
    validZones.set(zone, known);
  }
  return known;
}

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    // 'en-US' only to get parseable parts; hourCycle h23 so midnight is 0, not 24.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

export function zonedParts(instant: Date, zone: string): ZonedParts {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let weekday = 0;
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        // Some engines still print "24" for midnight despite h23.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'weekday':
        weekday = WEEKDAY_INDEX[part.value] ?? 0;
        break;
      default:
        break;
    }
  }
  return {year, month, day, weekday, minute: hour * 60 + minute, epochDay: epochDayOf(year, month, day)};
}

export function epochDayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The calendar day of a date-only value (`customerSince`, `Product.since`): GraphQL `Date`
 * strings parse to UTC midnight, so they are read in UTC, never shifted by a zone.
 */
export function utcEpochDay(value: Date): number {
  return Math.floor(value.getTime() / MS_PER_DAY);
}

/** UTC midnight of an epoch day: formats as that calendar date with `timeZone: 'UTC'`. */
export function epochDayToDate(epochDay: number): Date {
  return new Date(epochDay * MS_PER_DAY);
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
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeAnniversary =
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeAnniversary) years -= 1;
  return years;
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffset(instantMs: number, zone: string): number {
  const p = zonedParts(new Date(instantMs), zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day) + p.minute * 60_000;
  const truncated = instantMs - (((instantMs % 60_000) + 60_000) % 60_000);
  return asUtc - truncated;
}

/**
 * The instant at which the wall clock of `zone` shows `minute` on `epochDay`. Two passes
 * settle the offset across a DST change; a time inside a spring-forward gap maps to the
 * instant just after the gap, as clocks do.
 */
export function zonedInstant(epochDay: number, minute: number, zone: string): Date {
  const wall = epochDay * MS_PER_DAY + minute * 60_000;
  let guess = wall - zoneOffset(wall, zone);
  const second = wall - zoneOffset(guess, zone);
  if (second !== guess) {
    const check = zonedParts(new Date(second), zone);
    guess = check.epochDay === epochDay && check.minute === minute ? second : Math.max(guess, second);
  }
  return new Date(guess);
}
