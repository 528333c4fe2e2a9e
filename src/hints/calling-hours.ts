import {WEEKDAYS, type HoursWindow} from '../data/view-model.js';
import {
  SEARCH_DAYS,
  intervalsOn,
  legalIntervals,
  nextContactInstant,
  preferredIntervals,
  type Interval,
} from './contact-window.js';
import {isPublicHoliday} from './holidays.js';
import type {Jurisdiction} from '../core/hint-options.js';
import {zonedParts} from '../core/time.js';

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
export {WEEKDAYS, SEARCH_DAYS};

const contains = (list: readonly Interval[], minute: number): boolean => list.some(([from, to]) => minute >= from && minute < to);

export function callingHoursStatus(
  now: Date,
  zone: string,
  jurisdiction: Jurisdiction,
  preferred: readonly HoursWindow[],
): CallingHoursStatus {
  const local = zonedParts(now, zone);
  const inLegalHours = contains(legalIntervals(jurisdiction, local.epochDay), local.minute);
  const inPreferredHours = contains(preferredIntervals(preferred, local.epochDay), local.minute);
  const status: CallingHoursStatus = {inLegalHours, inPreferredHours};
  if (!inLegalHours) {
    status.legalReason = isPublicHoliday(jurisdiction, local.epochDay)
      ? 'publicHoliday'
      : intervalsOn(jurisdiction.callingHours, local.weekday).length === 0 && local.weekday >= 5
        ? 'weekend'
        : 'outsideWindows';
  }
  if (inLegalHours && inPreferredHours) return status;

  const next = nextContactInstant({now, zone, jurisdiction, preferred});
  if (next) status.next = next;
  return status;
}
