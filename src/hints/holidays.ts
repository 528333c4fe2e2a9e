import type {Jurisdiction} from '../core/hint-options.js';
import {epochDayOf, isoDate} from '../core/time.js';

/**
 * Public holidays computed from yearly rules, so a jurisdiction's calendar never runs out.
 * A rule is a fixed date `MM-DD` (`'07-14'`), or a day counted from Western (Gregorian)
 * Easter Sunday: `'easter'`, `'easter+1'` (Easter Monday), `'easter+39'` (Ascension),
 * `'easter-2'` (Good Friday). Dates are local calendar days in the customer's zone.
 */

const RULE = /^(?:(\d{2})-(\d{2})|easter(?:([+-])(\d{1,3}))?)$/;

/** Epoch day of Western Easter Sunday (the anonymous Gregorian algorithm: Meeus, Jones, Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

/** The epoch day a rule gives in `year`, or undefined for a rule that is not one (ignored). */
export function holidayOn(rule: string, year: number): number | undefined {
  const match = RULE.exec(rule.trim().toLowerCase());
  if (!match) return undefined;
  const [, month, day, sign, offset] = match;
  if (month !== undefined && day !== undefined) {
    const epochDay = epochDayOf(year, Number(month), Number(day));
    // '02-30' is no date: not silently 2 March.
    return isoDate(epochDay) === `${String(year).padStart(4, '0')}-${month}-${day}` ? epochDay : undefined;
  }
  return easterSunday(year) + (sign === '-' ? -1 : 1) * Number(offset ?? 0);
}

/** Holidays per rule list (by identity: a jurisdiction's list is one array) and year. */
const cache = new WeakMap<readonly string[], Map<number, ReadonlySet<number>>>();

/** The epoch days of `year` the rules name (sorted). */
export function holidaysIn(rules: readonly string[], year: number): number[] {
  return [...yearSet(rules, year)].sort((a, b) => a - b);
}

function yearSet(rules: readonly string[], year: number): ReadonlySet<number> {
  let years = cache.get(rules);
  if (!years) cache.set(rules, (years = new Map()));
  let days = years.get(year);
  if (!days) years.set(year, (days = new Set(rules.flatMap((rule) => holidayOn(rule, year) ?? []))));
  return days;
}

/** True when the local calendar day is a public holiday: by the yearly rules or the listed dates. */
export function isPublicHoliday(jurisdiction: Jurisdiction, epochDay: number): boolean {
  const rules = jurisdiction.holidays ?? [];
  const year = new Date(epochDay * 86_400_000).getUTCFullYear();
  return (
    (rules.length > 0 && yearSet(rules, year).has(epochDay)) ||
    (jurisdiction.publicHolidays.length > 0 && jurisdiction.publicHolidays.includes(isoDate(epochDay)))
  );
}
