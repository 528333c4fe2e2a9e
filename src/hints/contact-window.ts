import {WEEKDAYS, type HoursWindow} from '../data/view-model.js';
import {isPublicHoliday} from './holidays.js';
import type {Jurisdiction} from '../core/hint-options.js';
import {weekdayOf, zonedInstant, zonedParts} from '../core/time.js';

/**
 * When an outbound sales call is allowed again: the first instant that every reason not to
 * call allows at once. A call must fall inside the jurisdiction's canvassing hours (never on a
 * weekend or a public holiday) and inside the customer's preferred hours when they recorded
 * some, all in the customer's local time (DST is the zone data's business, through `Intl`);
 * and on or after the day the contact cap frees up and the day the quiet time after a refusal
 * ends. The search looks `SEARCH_DAYS` days past the latest of those days.
 */

/** Two weeks always contain a working day, even around Christmas or a long bridge. */
export const SEARCH_DAYS = 14;

/** Minutes after local midnight, `to` exclusive. */
export type Interval = readonly [from: number, to: number];

const byStart = (a: Interval, b: Interval): number => a[0] - b[0] || a[1] - b[1];

/** Sorted intervals of the windows that apply on a weekday (0 = Monday). */
export function intervalsOn(windows: readonly HoursWindow[], weekday: number): Interval[] {
  const day = WEEKDAYS[weekday];
  return windows
    .filter((w) => day !== undefined && w.days.includes(day) && w.from < w.to)
    .map((w): Interval => [Math.max(0, w.from), Math.min(1440, w.to)])
    .sort(byStart);
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return a
    .flatMap(([af, at]) => b.map(([bf, bt]): Interval => [Math.max(af, bf), Math.min(at, bt)]))
    .filter(([from, to]) => from < to)
    .sort(byStart);
}

/** The canvassing windows of a local calendar day: none on a public holiday. */
export function legalIntervals(j: Jurisdiction, epochDay: number): Interval[] {
  return isPublicHoliday(j, epochDay) ? [] : intervalsOn(j.callingHours, weekdayOf(epochDay));
}

/** The customer's windows of a day; no preferred hours recorded means the whole day. */
export function preferredIntervals(preferred: readonly HoursWindow[], epochDay: number): Interval[] {
  return preferred.length > 0 ? intervalsOn(preferred, weekdayOf(epochDay)) : [[0, 1440]];
}

/** Where the law and the customer's hours both allow a call on a local calendar day. */
export function allowedIntervals(j: Jurisdiction, preferred: readonly HoursWindow[], epochDay: number): Interval[] {
  return intersect(legalIntervals(j, epochDay), preferredIntervals(preferred, epochDay));
}

export interface ContactWindowInput {
  now: Date;
  /** The customer's IANA zone. */
  zone: string;
  jurisdiction: Jurisdiction;
  preferred: readonly HoursWindow[];
  /** The first local calendar day (epoch day) the cap and the refusal quiet time allow. */
  notBeforeDay?: number;
}

/**
 * The first instant, from `now` on, at which an outbound sales call is allowed by every
 * reason given: `now` itself when it is, else the start of the first allowed window. Undefined
 * when no window opens within `SEARCH_DAYS` days of the first day the cap and refusal allow
 * (preferred hours that never meet the legal ones, for instance).
 */
export function nextContactInstant({now, zone, jurisdiction, preferred, notBeforeDay}: ContactWindowInput): Date | undefined {
  const local = zonedParts(now, zone);
  const start = Math.max(local.epochDay, notBeforeDay ?? local.epochDay);
  for (let day = start; day < start + SEARCH_DAYS; day += 1) {
    for (const [from, to] of allowedIntervals(jurisdiction, preferred, day)) {
      if (day === local.epochDay && to <= local.minute) continue;
      if (day === local.epochDay && from <= local.minute) return new Date(now.getTime());
      return zonedInstant(day, from, zone);
    }
  }
  return undefined;
}
