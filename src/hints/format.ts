import type {HintFormat, HintLanguage, PluralForms} from './types.js';
import {epochDayToDate, zonedParts} from './time.js';

/**
 * Locale resolution and `Intl` formatting. Formatters are costly to build and cheap to
 * reuse, so each is created once per locale (and zone) and cached for the module's life.
 */

export interface ResolvedLocale {
  language: HintLanguage;
  /** The tag handed to `Intl`: the caller's own when its language is supported. */
  locale: string;
}

const resolvedLocales = new Map<string, ResolvedLocale>();

/** 'fr', 'fr-CA', 'FR_fr'… → French; 'en-GB' → English with British dates; anything else → 'en'. */
export function resolveLocale(tag: string | undefined): ResolvedLocale {
  const key = tag ?? '';
  let resolved = resolvedLocales.get(key);
  if (!resolved) {
    resolved = computeLocale(key);
    resolvedLocales.set(key, resolved);
  }
  return resolved;
}

function computeLocale(tag: string): ResolvedLocale {
  const normalized = tag.trim().replace(/_/g, '-');
  const primary = normalized.split('-')[0]?.toLowerCase() ?? '';
  const language: HintLanguage = primary === 'fr' ? 'fr' : 'en';
  if (primary !== language) return {language, locale: language};
  try {
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([normalized]);
    return {language, locale: supported ?? language};
  } catch {
    // A malformed tag makes Intl throw: fall back to the bare language.
    return {language, locale: language};
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const weekdayNames = new Map<string, readonly string[]>();

type DateStyle = 'dayMonth' | 'dayMonthYear' | 'dateTime' | 'weekday';

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  dayMonth: {day: 'numeric', month: 'long'},
  dayMonthYear: {day: 'numeric', month: 'long', year: 'numeric'},
  // 24-hour clock in both languages: calling hours are written 10:00–13:00 everywhere.
  dateTime: {weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'},
  weekday: {weekday: 'short'},
};

function dateFormat(locale: string, zone: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {...DATE_OPTIONS[style], timeZone: zone});
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

function pluralRule(locale: string): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    pluralRules.set(locale, rule);
  }
  return rule;
}

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, {type: 'conjunction', style: 'long'});
    listFormats.set(locale, format);
  }
  return format;
}

/** Short weekday names, Monday first, e.g. ['Mon', …] / ['lun.', …]. */
export function weekdayShortNames(locale: string): readonly string[] {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = dateFormat(locale, 'UTC', 'weekday');
    // Epoch day 4 (1970-01-05) was a Monday.
    names = [0, 1, 2, 3, 4, 5, 6].map((offset) => format.format(epochDayToDate(4 + offset)));
    weekdayNames.set(locale, names);
  }
  return names;
}

/**
 * Formats with the given formatter; in French the first day of a month is written "1er"
 * ("le 1er mars"), which `Intl` does not do.
 */
function formatDay(format: Intl.DateTimeFormat, value: Date, language: HintLanguage): string {
  if (language !== 'fr') return format.format(value);
  let out = '';
  for (const part of format.formatToParts(value)) {
    out += part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value;
  }
  return out;
}

/** `HH:MM` from minutes after midnight (24-hour in both languages). */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Everything the rules need to write dates, numbers and plurals for one call. */
export interface Formatter extends HintFormat {
  /** A calendar day (epoch day) as "14 March", with the year when not the current one. */
  day(epochDay: number): string;
  /** A calendar day with its year. */
  longDay(epochDay: number): string;
}

export function createFormatter(
  resolved: ResolvedLocale,
  zone: string,
  now: Date,
): Formatter {
  const {language, locale} = resolved;
  const currentYear = zonedParts(now, zone).year;
  const plurals = pluralRule(locale);
  const dayMonth = dateFormat(locale, zone, 'dayMonth');
  const dayMonthYear = dateFormat(locale, zone, 'dayMonthYear');
  const utcDayMonth = dateFormat(locale, 'UTC', 'dayMonth');
  const utcDayMonthYear = dateFormat(locale, 'UTC', 'dayMonthYear');
  const number = (value: number): string => numberFormat(locale).format(value);
  return {
    date: (value) =>
      formatDay(zonedParts(value, zone).year === currentYear ? dayMonth : dayMonthYear, value, language),
    longDate: (value) => formatDay(dayMonthYear, value, language),
    dateTime: (value) => formatDay(dateFormat(locale, zone, 'dateTime'), value, language),
    day: (epochDay) => {
      const value = epochDayToDate(epochDay);
      return formatDay(value.getUTCFullYear() === currentYear ? utcDayMonth : utcDayMonthYear, value, language);
    },
    longDay: (epochDay) => formatDay(utcDayMonthYear, epochDayToDate(epochDay), language),
    number,
    plural: (count: number, forms: PluralForms) => {
      const category = plurals.select(count);
      const form = forms[category] ?? forms.other;
      return form.replace(/#/g, number(count));
    },
    list: (items) => listFormat(locale).format(items),
    pick: (texts) => texts[language],
  };
}
