/**
 * Builds, while the card's request is in flight, the `Intl` formatters its first render of a
 * loaded customer will need, so the render finds them in the one cache
 * (src/core/intl-cache.ts) instead of building them between the answer and the DOM.
 *
 * The first `Intl` use in a page is the slow one: the browser builds its tables of ICU locales
 * then, 50–150 ms on a modest machine, in one call nothing can split. Those tables belong to the
 * renderer process, not to a thread, so the first card hands that first use to a short-lived
 * worker (`warmOffThread`): the page's main thread never pays it. Then, on the main thread,
 * each step builds at most one formatter, in its own idle task, by calling the very functions
 * the render calls (same arguments, so the same cache keys): a warmed formatter is the one the
 * render uses. When the answer arrives first nothing changes: the render builds what it needs,
 * and the remaining steps find it cached.
 */
import {createFormatter, resolveLocale} from '../core/format.js';
import {zonedParts} from '../core/time.js';
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

/**
 * The worker's whole program: the page's first `Intl` use (a date in the first locale and
 * zone: the browser's locale tables), after which it says so; then the first use of each other
 * service the card calls (numbers, plurals, relative times, lists, sorting) in each locale it
 * is sent, and it ends itself. A malformed tag or zone is skipped. A string, made into a Blob
 * URL: there is no file to find beside the script, and a script served from another origin
 * works too.
 */
export const ICU_WORKER = `onmessage=({data:{locales,zone}})=>{const d=new Date(0),w=[];for(const l of locales)for(const z of[zone,'UTC'])w.push(()=>new Intl.DateTimeFormat(l,{timeZone:z,dateStyle:'medium',timeStyle:'short'}).formatToParts(d),()=>{new Intl.NumberFormat(l).format(1);new Intl.PluralRules(l).select(1);new Intl.RelativeTimeFormat(l,{numeric:'auto'}).format(-1,'day');new Intl.ListFormat(l).format(['a','b']);'a'.localeCompare('b',l)});for(const[i,f]of w.entries()){try{f()}catch{}if(!i)postMessage(0)}close()}`;

/** Starts a worker running `source`. */
export type Spawn = (source: string) => Worker;

type UrlPolicy = {createScriptURL(url: string): unknown};
let policy: UrlPolicy | undefined;

/**
 * A worker made from a Blob URL. Under Trusted Types a worker's URL must come from a policy:
 * the card's own, named `customer-360`, passes only Blob URLs and is never handed to anyone.
 * A page whose policy does not list that name (or forbids Blob workers) makes this throw or
 * the worker fail; the browser reports it once per page.
 */
export const blobWorker: Spawn = (source) => {
  const types = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: UrlPolicy): UrlPolicy}}).trustedTypes;
  policy ??= types?.createPolicy('customer-360', {createScriptURL: (url) => (url.startsWith('blob:') ? url : '')});
  const url = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
  const worker = new Worker((policy?.createScriptURL(url) ?? url) as string);
  const revoke = () => URL.revokeObjectURL(url);
  worker.addEventListener('message', revoke, {once: true});
  worker.addEventListener('error', revoke, {once: true});
  return worker;
};

/**
 * How long, at most, the first cards wait for the worker before they render anyway: a worker
 * can be slow to start on a busy machine, and the agent must not wait for an optimisation.
 */
export const WORKER_LIMIT_MS = 1000;

let offThread: Promise<void> | undefined;
let offThreadDone = false;

/**
 * Makes the page's first `Intl` use in a worker, once per page (the first card's locale, and
 * English, with dates in `zone`), and returns a promise of its end, or `undefined` once it has
 * ended: a main thread that calls `Intl` afterwards finds the browser's locale tables built.
 * Ends at once, having done nothing, where no worker can be made (no `Worker`; a
 * Content-Security-Policy without `worker-src blob:` or a Trusted Types list without
 * `customer-360`: the browser reports the violation, the card stays silent), and when the
 * worker fails or takes longer than `limit` ms: the main thread then pays that first use
 * itself, as it would without this.
 * Never throws.
 */
export function warmOffThread(
  locale: string,
  zone: string,
  spawn: Spawn = blobWorker,
  limit = WORKER_LIMIT_MS,
): Promise<void> | undefined {
  if (offThreadDone) return undefined;
  offThread ??= new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (event?: Event, end = true) => {
      // A failed worker's error is this optimisation's own business, not the host page's.
      event?.preventDefault();
      clearTimeout(timer);
      // Once it said the tables are built it goes on with the other services and ends itself.
      if (end) worker?.terminate();
      offThreadDone = true;
      resolve();
    };
    try {
      if (typeof Worker !== 'function') return done();
      worker = spawn(ICU_WORKER);
      worker.addEventListener('message', () => done(undefined, false));
      worker.addEventListener('error', done);
      worker.addEventListener('messageerror', () => done());
      worker.postMessage({locales: [locale, 'en'], zone});
      timer = setTimeout(() => done(), limit);
    } catch {
      done();
    }
  });
  return offThreadDone ? undefined : offThread;
}

/** Locale and zone pairs already warmed (or under way) in this page; bounded like the cache. */
const warmed = new Set<string>();

/**
 * Warms the formatters for `locale` and `zone`, one step per `schedule`d task, once per page
 * for each pair (100 cards starting together schedule one run), after `before` (by default the
 * worker's first `Intl` use, `warmOffThread`) is done. Returns what `before` returned: while
 * it runs, a card waits for it before its first render of a customer, so that render never
 * makes the slow first use on the main thread. Never throws: a step that fails (an unknown
 * zone) is skipped, and the render will meet the same failure and handle it.
 */
export function warmFormatters(
  locale: string,
  zone: string,
  now: Date = new Date(),
  schedule: Schedule = idle,
  before: (locale: string, zone: string) => Promise<void> | undefined = warmOffThread,
): Promise<void> | undefined {
  const first = before(locale, zone);
  const key = `${locale}|${zone}`;
  if (warmed.has(key)) return first;
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
  if (first) void first.then(() => schedule(next));
  else schedule(next);
  return first;
}

/** Forgets which pairs were warmed, and the worker's run (tests). */
export function resetWarmed(): void {
  warmed.clear();
  offThread = undefined;
  offThreadDone = false;
}
