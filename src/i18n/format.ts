/**
 * Locale resolution and Intl-based formatting for the card. Formatters come from the one
 * bounded cache (src/core/intl-cache.ts): the card re-renders often, and Intl constructors are the
 * slow part of formatting.
 */
import {isolate} from '../core/bidi.js';
import {dateTimeFormat, pluralRules, relativeTimeFormat} from '../core/intl-cache.js';
import {languageOf} from '../core/locale.js';
import {uiTexts, type MessageKey, type SupportedLocale} from './messages.js';
import type {MonthlyCount} from '../data/view-model.js';

/**
 * The best supported locale for a BCP 47 tag (`fr-CA` → `fr`); English when none fits. The
 * hint engine's `languageOf` decides (the language its `resolveLocale` picks), so the card's
 * words and its hints never disagree; without any `Intl` call, so the skeleton costs none.
 */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  return languageOf(tag ?? undefined);
}

/** Languages written right to left, by primary subtag. */
const RTL = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)$/;

/**
 * The writing direction of the language the card shows (its messages', not the raw tag's: an
 * `ar` card shows English until Arabic messages exist, and English is laid out left to right).
 * The card sets it on itself, so a right-to-left host page cannot reorder its text.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL.test(supportedLocale(locale)) ? 'rtl' : 'ltr';
}

/**
 * The locale of a card: its own `locale` attribute, else the closest `lang` ancestor (crossing
 * shadow roots), else the document's, else the browser's.
 */
export function requestedLocale(element: Element, explicit: string | undefined): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

export type Params = Record<string, string | number>;

/** A message of the card in `locale`, with `{name}` placeholders filled and plurals chosen on `n`. */
export function translate(locale: string, key: MessageKey, params: Params = {}): string {
  const lang = supportedLocale(locale);
  const message = uiTexts(lang)[key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    text = pluralRules(lang).select(Number(params.n ?? 0)) === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? formatParam(lang, params[name]) : `{${name}}`));
}

/** Text pieces are bidi-isolated: a name or an id with U+202E cannot reverse the sentence around it. */
function formatParam(lang: string, value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString(lang) : isolate(value);
}

/** A calendar date, e.g. "14 Mar 2026" / "14 mars 2026". */
export function formatDate(locale: string, date: Date, timeZone?: string): string {
  return dateFormat(locale, {day: 'numeric', month: 'short', year: 'numeric'}, timeZone).format(date);
}

/** A month label for `YYYY-MM`, e.g. "Mar" / "mars". */
export function formatMonth(locale: string, month: string, style: 'short' | 'long' = 'short'): string {
  const [year, index] = month.split('-').map(Number);
  return dateFormat(locale, {month: style, year: style === 'long' ? 'numeric' : undefined}, 'UTC').format(
    new Date(Date.UTC(year, index - 1, 15)),
  );
}

/**
 * The contacts chart's spoken label: its title, then each month's inbound and outbound counts
 * ("June 2026: 1 inbound, 0 outbound; …" / « juin 2026 : 1 entrant, 0 sortant ; … »).
 */
export function formatPressure(locale: string, months: readonly MonthlyCount[]): string {
  const label = months
    .map((m) =>
      translate(locale, 'pressureMonth', {
        month: formatMonth(locale, m.month, 'long'),
        // One count per message: each takes the plural form of its own number ("1 entrant, 2 sortants").
        inbound: translate(locale, 'pressureInbound', {n: m.inbound}),
        outbound: translate(locale, 'pressureOutbound', {n: m.outbound}),
      }),
    )
    .join(translate(locale, 'pressureSeparator'));
  return translate(locale, 'pressure', {months: label});
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone?: string) {
  try {
    return dateTimeFormat(locale, {...options, timeZone});
  } catch {
    // An unknown time zone from the server must not break the card: fall back to local time.
    return dateTimeFormat(supportedLocale(locale), options);
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400e3],
  ['month', 30 * 86400e3],
  ['week', 7 * 86400e3],
  ['day', 86400e3],
  ['hour', 3600e3],
  ['minute', 60e3],
];

/** "3 days ago", "yesterday", "in 2 weeks" / "il y a 3 jours", "hier"… */
export function formatRelative(locale: string, date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  const format = relativeTimeFormat(supportedLocale(locale));
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}
