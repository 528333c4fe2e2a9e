import {dateTimeFormat, intl as cached, listFormat, numberFormat, pluralRules, relativeTimeFormat} from './intl-cache.js';
import type {Language, ResolvedLocale} from './locale.js';
import {WEEKDAYS, epochDayToDate, zonedParts, type HoursWindow} from './time.js';

export {languageOf, resolveLocale, type ResolvedLocale} from './locale.js';

/**
 * Locale resolution and `Intl` formatting. Every `Intl` object comes from the card's one
 * bounded cache (src/core/intl-cache.ts): built once per locale (and zone), then reused.
 */

const DATE_OPTIONS = {
  dayMonth: {day: 'numeric', month: 'long'},
  dayMonthYear: {day: 'numeric', month: 'long', year: 'numeric'},
  // 24-hour clock in both languages: calling hours are written 10:00–13:00 everywhere.
  dateTime: {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'},
  time: {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'},
  weekday: {weekday: 'short'},
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormat = (locale: string, timeZone: string, style: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat =>
  dateTimeFormat(locale, {...DATE_OPTIONS[style], timeZone});

/** `HH:MM` from minutes after midnight (24-hour in both languages). */
const clock = (minutes: number): string =>
  [Math.floor(minutes / 60), minutes % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** Formatting helpers handed to host rules, so their text matches the card's. */
export interface HintFormat {
  /** Calendar date in the customer's time zone, e.g. "14 March" / "14 mars" (year added when not this year). */
  date(value: Date): string;
  /** Full date with year, e.g. "14 March 2025" / "14 mars 2025". */
  longDate(value: Date): string;
  /** Weekday, date and time in the customer's time zone, e.g. "Mon 17 Mar, 10:00". */
  dateTime(value: Date): string;
  /** Locale number, e.g. "10,000" / "10 000". */
  number(value: number): string;
  /**
   * Picks a plural form with `Intl.PluralRules` and replaces `#` with the formatted number:
   * `plural(6, {one: '# call', other: '# calls'})` → "6 calls".
   */
  plural(count: number, forms: PluralForms): string;
  /** "a, b and c" / "a, b et c". */
  list(items: readonly string[]): string;
  /** Picks the text for the current language: `pick({en: 'Call back', fr: 'Rappelez'})`. */
  pick(texts: Readonly<Record<Language, string>>): string;
}

export interface PluralForms {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Everything the rules need to write dates, numbers and plurals for one call. */
export interface Formatter extends HintFormat {
  /** A calendar day (epoch day) as "14 March", with the year when not the current one. */
  day(epochDay: number): string;
  /** A calendar day with its year. */
  longDay(epochDay: number): string;
  /** "Mon–Fri 10:00–13:00, 14:00–20:00": windows grouped by identical days, days as ranges. */
  hours(windows: readonly HoursWindow[]): string;
}

export function createFormatter({language, locale}: ResolvedLocale, zone: string, now: Date): Formatter {
  const today = zonedParts(now, zone);
  const currentYear = today.year;
  /**
   * Formats in the zone (UTC for an epoch day), the year only when asked or not the current
   * one. In French the first day of a month is written "1er" ("le 1er mars"), which `Intl`
   * does not do.
   */
  const format = (value: Date, style: keyof typeof DATE_OPTIONS, timeZone = zone): string => {
    const year = timeZone === 'UTC' ? value.getUTCFullYear() : zonedParts(value, timeZone).year;
    if (style === 'dayMonth' && year !== currentYear) style = 'dayMonthYear';
    const parts = dateFormat(locale, timeZone, style).formatToParts(value);
    return parts.map((p) => (language === 'fr' && p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value)).join('');
  };
  // Built on first use, like every formatter here: a computation that writes no number builds none.
  const number = (value: number): string => numberFormat(locale).format(value);
  return {
    date: (value) => format(value, 'dayMonth'),
    longDate: (value) => format(value, 'dayMonthYear'),
    dateTime: (value) => {
      // Yesterday, today and tomorrow by name ("today, 18:00", "demain à 09:00"), in the zone:
      // "Mon, Nov 23, 18:00" on Monday the 23rd makes the agent work out that it is today.
      const days = zonedParts(value, zone).epochDay - today.epochDay;
      if (Math.abs(days) > 1) return format(value, 'dateTime');
      const name = relativeTimeFormat(locale).format(days, 'day');
      return `${name}${language === 'fr' ? ' à ' : ', '}${format(value, 'time')}`;
    },
    day: (epochDay) => format(epochDayToDate(epochDay), 'dayMonth', 'UTC'),
    longDay: (epochDay) => format(epochDayToDate(epochDay), 'dayMonthYear', 'UTC'),
    number,
    plural: (count, forms) => (forms[pluralRules(locale).select(count)] ?? forms.other).replace(/#/g, number(count)),
    list: (items) => listFormat(locale).format(items),
    pick: (texts) => texts[language],
    hours: (windows) => {
      // Epoch day 4 (1970-01-05) was a Monday.
      const names = cached(`weekdays|${locale}`, () =>
        WEEKDAYS.map((_: string, i: number) => format(epochDayToDate(4 + i), 'weekday', 'UTC')),
      );
      // Linear in the number of windows (each is appended to its group in place): a server
      // may send thousands, and this runs on the agent's main thread.
      const groups = new Map<string, string[]>();
      for (const w of windows) {
        const days = WEEKDAYS.flatMap((day, index) => (w.days.includes(day) ? [index] : []));
        if (days.length > 0 && !(w.from >= w.to)) {
          const key = dayRanges(days, names);
          const times = groups.get(key);
          const time = `${clock(w.from)}–${clock(w.to)}`;
          if (times) times.push(time);
          else groups.set(key, [time]);
        }
      }
      return [...groups].map(([days, times]) => `${days} ${times.join(', ')}`).join('; ');
    },
  };
}

/** Weekday indexes (sorted) as names, three or more consecutive days as a range: "Mon–Fri, Sun". */
function dayRanges(days: readonly number[], names: readonly string[]): string {
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => (run.length > 2 ? [`${names[run[0] ?? 0]}–${names[run.at(-1) ?? 0]}`] : run.map((d) => names[d])))
    .join(', ');
}
