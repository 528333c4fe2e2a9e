import {intl} from './intl-cache.js';

/**
 * Calendar and wall-clock maths in an IANA time zone, with `Intl` only (no library, no
 * Node API). Days are "epoch days" (days since 1970-01-01 in the proleptic calendar), which
 * makes "30 calendar days later" plain integer arithmetic, immune to DST.
 */

/** The days of the week, Monday first (ISO 8601 order): a list, since the order matters. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekly window of wall-clock time: calling hours, a customer's preferred hours. */
export interface HoursWindow {
  days: Weekday[];
  /** Minutes after local midnight, inclusive. */
  from: number;
  /** Minutes after local midnight, exclusive. */
  to: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Local wall-clock facts about one instant in one zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday (ISO order, matching `WEEKDAYS`). */
  weekday: number;
  /** Minutes after local midnight. */
  minute: number;
  /** Days since 1970-01-01 of the local calendar date. */
  epochDay: number;
}

/**
 * One `Intl` object per zone, then arithmetic. Reading wall-clock parts with `formatToParts`
 * costs microseconds per call, which 10,000 contacts turn into a long task: instead the zone's
 * offset from UTC is probed at week boundaries (once per week touched, kept for the page's
 * life in a bounded table) and every instant inside a week whose two ends agree is shifted by
 * that offset. A week whose ends differ contains a DST change, found once by bisection to
 * the minute. (No zone changes its offset twice within one week.)
 */
class ZoneOffsets {
  /** Offset (ms) at the start of each probed week; cleared when it grows past its bound. */
  private readonly _starts = new Map<number, number>();
  /** The instant of the offset change inside a week whose ends differ. */
  private readonly _changes = new Map<number, number>();

  constructor(private readonly _format: Intl.DateTimeFormat) {}

  /** Offset of the zone at `instantMs` (positive east of Greenwich), in ms. */
  at(instantMs: number): number {
    const week = Math.floor(instantMs / WEEK_MS);
    const before = this._start(week);
    const after = this._start(week + 1);
    if (before === after) return before;
    let change = this._changes.get(week);
    if (change === undefined) {
      // Bisect to the minute: `low` still has the old offset, `high` already the new one.
      let low = week * WEEK_MS;
      let high = (week + 1) * WEEK_MS;
      while (high - low > MINUTE_MS) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this._probe(mid) === before) low = mid;
        else high = mid;
      }
      this._changes.set(week, (change = high));
    }
    return instantMs >= change ? after : before;
  }

  private _start(week: number): number {
    let offset = this._starts.get(week);
    if (offset === undefined) {
      if (this._starts.size >= MAX_WEEKS) {
        this._starts.clear();
        this._changes.clear();
      }
      this._starts.set(week, (offset = this._probe(week * WEEK_MS)));
    }
    return offset;
  }

  /** The one place that asks `Intl`: local wall clock at a whole minute, minus the instant. */
  private _probe(instantMs: number): number {
    const p: Record<string, number> = {};
    for (const {type, value} of this._format.formatToParts(new Date(instantMs))) p[type] = Number(value);
    const {year, month, day, hour, minute} = p;
    // Some engines still print "24" for midnight despite h23.
    const wall = Date.UTC(year, month - 1, day, hour % 24, minute);
    return wall - (instantMs - (((instantMs % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
  }
}

const WEEK_MS = 7 * DAY_MS;
/** About 40 years of weeks per zone before the table starts over. */
const MAX_WEEKS = 2048;

/** Throws for a zone this runtime does not know. */
const offsets = (zone: string): ZoneOffsets =>
  intl(
    `offsets|${zone}`,
    () =>
      new ZoneOffsets(
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
      ),
  );

/** True when this runtime knows the zone (an unknown zone makes `Intl` throw). */
export function isValidTimeZone(zone: string): boolean {
  return intl(`zone|${zone}`, () => {
    try {
      return Boolean(offsets(zone));
    } catch {
      return false;
    }
  });
}

export function zonedParts(instant: Date, zone: string): ZonedParts {
  const local = new Date(instant.getTime() + offsets(zone).at(instant.getTime()));
  const epochDay = Math.floor(local.getTime() / DAY_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: weekdayOf(epochDay),
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
    epochDay,
  };
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
const zoneOffset = (instantMs: number, zone: string): number => offsets(zone).at(instantMs);

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
