import {WEEKDAYS, type HoursWindow} from '../data/view-model.js';
import type {Jurisdiction} from '../core/hint-options.js';
import {isoDate, weekdayOf, zonedInstant, zonedParts} from '../core/time.js';

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

/** Monday first, as `weekdayOf` counts (re-exported for the other hint modules). */
export {WEEKDAYS};
/** Two weeks always contain a working day, even around Christmas or a long bridge. */
export const SEARCH_DAYS = 14;

/** Minutes after local midnight, `to` exclusive. */
type Interval = readonly [from: number, to: number];

const byStart = (a: Interval, b: Interval): number => a[0] - b[0] || a[1] - b[1];

/** Sorted intervals of the windows that apply on a weekday (0 = Monday). */
function intervalsOn(windows: readonly HoursWindow[], weekday: number): Interval[] {
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
    .sort((x, y) => x[0] - y[0]);
}

const contains = (list: readonly Interval[], minute: number): boolean => list.some(([from, to]) => minute >= from && minute < to);

const isHoliday = (j: Jurisdiction, epochDay: number): boolean => j.publicHolidays.includes(isoDate(epochDay));

function legalIntervals(j: Jurisdiction, epochDay: number): Interval[] {
  return isHoliday(j, epochDay) ? [] : intervalsOn(j.callingHours, weekdayOf(epochDay));
}

export function callingHoursStatus(
  now: Date,
  zone: string,
  jurisdiction: Jurisdiction,
  preferred: readonly HoursWindow[],
): CallingHoursStatus {
  const local = zonedParts(now, zone);
  const preferredOn = (epochDay: number): readonly Interval[] =>
    preferred.length > 0 ? intervalsOn(preferred, weekdayOf(epochDay)) : [[0, 1440]];

  const inLegalHours = contains(legalIntervals(jurisdiction, local.epochDay), local.minute);
  const inPreferredHours = contains(preferredOn(local.epochDay), local.minute);
  const status: CallingHoursStatus = {inLegalHours, inPreferredHours};
  if (!inLegalHours) {
    status.legalReason = isHoliday(jurisdiction, local.epochDay)
      ? 'publicHoliday'
      : intervalsOn(jurisdiction.callingHours, local.weekday).length === 0 && local.weekday >= 5
        ? 'weekend'
        : 'outsideWindows';
  }
  if (inLegalHours && inPreferredHours) return status;

  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const day = local.epochDay + offset;
    // Today, only a window that starts later counts: now is in none of them.
    const first = intersect(legalIntervals(jurisdiction, day), preferredOn(day)).find(
      ([from]) => offset > 0 || from > local.minute,
    );
    if (first) {
      status.next = zonedInstant(day, first[0], zone);
      break;
    }
  }
  return status;
}
