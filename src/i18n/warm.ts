/**
 * Builds, while the card's request is in flight, the `Intl` formatters its first render of a
 * loaded customer will need, so the render finds them in the one cache (intl-cache.ts) instead
 * of building them between the answer and the DOM.
 *
 * The first `Intl` use in a page is the slow one: the browser loads its locale data then,
 * 50–100 ms on a modest machine, whichever call comes first. Paid inside the render, it makes
 * the answer's task a long task; paid here, in idle time while the network works, it does not
 * add to it. Each step builds at most one formatter, in its own idle task, by calling the very
 * functions the render calls (same arguments, so the same cache keys): a warmed formatter is
 * the one the render uses. When the answer arrives first nothing changes: the render builds
 * what it needs, and the remaining steps find it cached.
 */
import {createFormatter, resolveLocale} from '../hints/format.js';
import {zonedParts} from '../hints/time.js';
import {formatDate, formatMonth, formatRelative, translate} from './format.js';

/** Runs `step` later, in its own task. */
export type Schedule = (step: () => void) => void;

/**
 * In idle time where the browser offers it, else after the current task. An idle period may
 * come only after the next frame, later than a fast answer: after 20 ms the step runs anyway,
 * so the slow first step is done before most answers are in.
 */
export const idle: Schedule = (step) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => step(), {timeout: 20});
  else setTimeout(step, 0);
};

/**
 * The steps that build what every loaded card's first render formats, for a card in `locale`
 * whose customer's calendar is in `zone` (before the answer, the jurisdiction's default zone;
 * a customer elsewhere gets the zone's formatters built by the render). Formatters that only
 * some hints need (weekday names, lists, "today, 18:00") are left to the render.
 */
export function warmSteps(locale: string, zone: string, now: Date): (() => unknown)[] {
  const hints = () => createFormatter(resolveLocale(locale), zone, now);
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  // The UTC calendar day by arithmetic: building the steps builds nothing.
  const today = Math.floor(now.getTime() / 86_400_000);
  return [
    // The locale the hints format in: the page's first Intl call, the slow one.
    () => resolveLocale(locale),
    // The zone's offsets (calendar days, "today", quiet periods).
    () => zonedParts(now, zone),
    // The hints' numbers, plurals and dates.
    () => hints().number(1),
    () => hints().plural(1, {one: '', other: ''}),
    () => hints().date(now),
    () => hints().longDay(today),
    // The card's own words: plurals (and the number in them), dates, months, relative times.
    () => translate(locale, 'tenureYears', {n: 1}),
    () => formatDate(locale, now, 'UTC'),
    () => formatDate(locale, now, zone),
    () => formatMonth(locale, month),
    () => formatMonth(locale, month, 'long'),
    () => formatRelative(locale, now, now),
  ];
}

/** Locale and zone pairs already warmed (or under way) in this page; bounded like the cache. */
const warmed = new Set<string>();

/**
 * Warms the formatters for `locale` and `zone`, one step per `schedule`d task, once per page
 * for each pair (100 cards starting together schedule one run). Never throws: a step that
 * fails (an unknown zone) is skipped, and the render will meet the same failure and handle it.
 */
export function warmFormatters(locale: string, zone: string, now: Date = new Date(), schedule: Schedule = idle): void {
  const key = `${locale}|${zone}`;
  if (warmed.has(key)) return;
  if (warmed.size >= 16) warmed.clear();
  warmed.add(key);
  const steps = warmSteps(locale, zone, now);
  const next = () => {
    try {
      steps.shift()?.();
    } catch {
      // Left for the render, which handles it where it happens.
    }
    if (steps.length > 0) schedule(next);
  };
  schedule(next);
}

/** Forgets which pairs were warmed (tests). */
export function resetWarmed(): void {
  warmed.clear();
}
