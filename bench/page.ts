/**
 * The browser half of `npm run bench` (bench/run.mjs bundles it with esbuild and drives it in
 * headless Chromium). Each exported function is one measurement in a fresh page of its own
 * browser context (its own renderer process, empty cache); nothing here asserts, it returns
 * numbers for the table.
 *
 * Every time is end to end, as a host's user sees it: from the moment the host adds the script
 * (and the element) to the moment the result is painted (the first frame after the last update,
 * see `painted`). The card is a built `customer-360.js` loaded by a `<script type="module">`, as
 * a host embeds it; the plain-DOM baseline is `bench/plain.js` (plain.ts), loaded the same way,
 * sending the very request the card sent (captured by `capture`) to the same server.
 *
 * This module itself must not use `Intl` (nor `toLocaleString`): the cold page must stay cold.
 */
import {NOW} from './now.js';

type Card = HTMLElement & {
  updateComplete?: Promise<boolean>;
  now?: Date;
};

/** A GraphQL request as the card sent it, replayed byte for byte by the plain DOM. */
export interface Recorded {
  url: string;
  method: string;
  contentType: string | null;
  body: string | null;
}

/** What the plain-DOM module (plain.ts) puts on `window` once evaluated. */
interface PlainApi {
  show(root: Element, request: Recorded, ids?: readonly string[]): Promise<void>;
}

declare global {
  interface Window {
    benchPlain?: PlainApi;
  }
}

const ENDPOINT = `/graphql?now=${NOW}`;

// ── instrumentation ──────────────────────────────────────────────────────────────────────

performance.setResourceTimingBufferSize(1000);

/** Long tasks (over 50 ms) of this page, from the Long Tasks API. */
const longTasks: {start: number; duration: number}[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({start: e.startTime, duration: e.duration});
  }).observe({type: 'longtask', buffered: true});
} catch {
  // Not supported: none are counted.
}
/** Long tasks that overlap [from, to]. */
const longTasksIn = (from: number, to: number) => longTasks.filter((t) => t.start + t.duration > from && t.start < to);

/**
 * Milliseconds spent waiting for GraphQL answers in [from, to] (Resource Timing: request
 * started → last byte in), overlapping requests counted once: the server's and the network's
 * share of a time, the same for the card and the plain DOM.
 */
function answerMs(from: number, to: number): number {
  const spans = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes('/graphql') && e.startTime >= from && e.startTime < to)
    .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [start, end] of spans) {
    total += Math.max(0, end - Math.max(start, reached));
    reached = Math.max(reached, end);
  }
  return total;
}

/**
 * Resolves after the next frame is painted: a `requestAnimationFrame` callback runs just
 * before the frame's style, layout and paint; a message posted from it is handled after them.
 */
function painted(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

/** The customer id each card last announced (loaded or failed), caught before cards upgrade. */
const announced = new WeakMap<Element, string>();
const announcedWaiters = new Set<() => void>();
for (const type of ['customer360-loaded', 'customer360-error']) {
  document.addEventListener(
    type,
    (event) => {
      announced.set(event.target as Element, (event as CustomEvent<{customerId?: string}>).detail?.customerId ?? '');
      for (const wake of announcedWaiters) wake();
    },
    true,
  );
}
const nextAnnouncement = () =>
  new Promise<void>((resolve) => {
    const wake = () => {
      announcedWaiters.delete(wake);
      resolve();
    };
    announcedWaiters.add(wake);
  });

const busy = (card: Card) => card.shadowRoot?.querySelector('[aria-busy="true"]') != null;

/**
 * Resolves once `card` has announced customer `id` (the public `customer360-loaded` event) and
 * rendered it: its updates are complete and nothing in it says `aria-busy="true"` (a card that
 * renders in several steps stays busy until the last one).
 */
async function shown(card: Card, id: string): Promise<void> {
  while (announced.get(card) !== id) await nextAnnouncement();
  await customElements.whenDefined('customer-360');
  for (;;) {
    await card.updateComplete;
    if (!busy(card)) return;
    const root = card.shadowRoot;
    if (!root) return;
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (busy(card)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, {subtree: true, attributes: true, attributeFilter: ['aria-busy']});
    });
  }
}

function makeCard(id: string, endpoint = true): Card {
  const card = document.createElement('customer-360') as Card;
  card.setAttribute('customer-id', id);
  if (endpoint) card.setAttribute('endpoint', ENDPOINT);
  // A property set before the element upgrades is picked up when it does (Lit keeps it).
  card.now = new Date(NOW);
  return card;
}

/** Adds `<script type="module" src>` as a host page does; resolves once it has run. */
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Checked after the clock stopped: how many of `cards` show a customer in full (the header and
 * the history, the first and the last parts of a card), and how many show hints. A card that
 * was counted "painted" too early would show up here.
 */
const complete = (cards: readonly Card[]) => ({
  complete: cards.filter(
    (c) => c.shadowRoot?.querySelector('[part~="header"]') && c.shadowRoot.querySelector('[part~="history"]'),
  ).length,
  withHints: cards.filter((c) => c.shadowRoot?.querySelector('[part~="hints"]')).length,
});

const sidebar = () => document.getElementById('sidebar') ?? document.body;

/** `dist`: the URL folder the build is served from, e.g. `/d0`. */
const cardScript = (dist: string) => addScript(`${dist}/customer-360.js`);
const plainScript = async (): Promise<PlainApi> => {
  await addScript('/bench/plain.js');
  if (!window.benchPlain) throw new Error('bench/plain.js did not load');
  return window.benchPlain;
};

// ── the requests the card sends, recorded once per build in a page of its own ────────────

/**
 * A card shows `ids[0]`, then switches through the rest, then a provider shows `pageIds`: the
 * GraphQL requests each step sent, recorded by wrapping `fetch` (in this page only: measured
 * pages are never wrapped). It also warms the server up.
 */
export async function capture(dist: string, ids: readonly string[], pageIds: readonly string[]) {
  const requests: Recorded[] = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const url = String(request ? request.url : input);
    if (url.includes('/graphql')) {
      const headers = new Headers(init?.headers ?? request?.headers);
      const body = init?.body;
      requests.push({
        url,
        method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
        contentType: headers.get('content-type'),
        body: typeof body === 'string' ? body : body == null ? null : '<unreadable body>',
      });
    }
    return realFetch(input, init);
  };
  const last = (from: number) => {
    const r = requests.slice(from).at(-1);
    if (!r) throw new Error('the card sent no GraphQL request');
    return r;
  };
  await cardScript(dist);
  const single: Record<string, Recorded> = {};
  const card = makeCard(ids[0] ?? '');
  sidebar().append(card);
  let from = 0;
  await shown(card, ids[0] ?? '');
  single[ids[0] ?? ''] = last(from);
  for (const id of ids.slice(1)) {
    from = requests.length;
    card.setAttribute('customer-id', id);
    await shown(card, id);
    single[id] = last(from);
  }
  card.remove();
  from = requests.length;
  const provider = document.createElement('customer-360-provider');
  provider.setAttribute('endpoint', ENDPOINT);
  const cards = pageIds.map((id) => makeCard(id, false));
  provider.append(...cards);
  document.body.append(provider);
  await Promise.all(cards.map((c, i) => shown(c, pageIds[i] ?? '')));
  const page = requests.slice(from);
  return {single, page, pageRequests: page.length};
}

// ── measurements ─────────────────────────────────────────────────────────────────────────

/** The first card of the page: script and element added → customer painted. */
export async function firstCard(dist: string, id: string) {
  const start = performance.now();
  const card = makeCard(id);
  sidebar().append(card);
  await cardScript(dist);
  await shown(card, id);
  const end = await painted();
  return {
    ms: end - start,
    longTasks: longTasksIn(start, end).map((t) => t.duration),
    answer: answerMs(start, end),
    ...complete([card]),
  };
}

/** The plain DOM's first card: its script added → the same answer fetched, rendered, painted. */
export async function firstPlain(request: Recorded) {
  const start = performance.now();
  const root = document.createElement('div');
  sidebar().append(root);
  const plain = await plainScript();
  await plain.show(root, request);
  const end = await painted();
  return {
    ms: end - start,
    longTasks: longTasksIn(start, end).map((t) => t.duration),
    answer: answerMs(start, end),
    complete: root.children.length,
  };
}

/**
 * A card shows `ids[0]` (not timed), then `customer-id` changes to each next id in turn (none
 * shown before in this page, so no cache helps): each change → the new customer painted.
 * `performance.mark`s delimit each switch for a trace.
 */
export async function switchCard(dist: string, ids: readonly string[]) {
  const card = makeCard(ids[0] ?? '');
  sidebar().append(card);
  await cardScript(dist);
  await shown(card, ids[0] ?? '');
  await painted();
  const times: number[] = [];
  const answers: number[] = [];
  const tasks: number[] = [];
  let full = 0;
  for (const [i, id] of ids.slice(1).entries()) {
    await idle();
    performance.mark(`bench-switch-start-${i}`);
    const start = performance.now();
    card.setAttribute('customer-id', id);
    await shown(card, id);
    const end = await painted();
    performance.mark(`bench-switch-end-${i}`);
    times.push(end - start);
    answers.push(answerMs(start, end));
    tasks.push(...longTasksIn(start, end).map((t) => t.duration));
    full += complete([card]).complete;
  }
  return {times, answers, longTasks: tasks, complete: full};
}

/** The plain DOM doing the same: the next customer's answer fetched, the old one replaced, painted. */
export async function switchPlain(requests: readonly Recorded[]) {
  const root = document.createElement('div');
  sidebar().append(root);
  const plain = await plainScript();
  const [first, ...rest] = requests;
  if (first) await plain.show(root, first);
  await painted();
  const times: number[] = [];
  const answers: number[] = [];
  const tasks: number[] = [];
  let full = 0;
  for (const [i, request] of rest.entries()) {
    await idle();
    performance.mark(`bench-switch-start-${i}`);
    const start = performance.now();
    await plain.show(root, request);
    const end = await painted();
    performance.mark(`bench-switch-end-${i}`);
    times.push(end - start);
    answers.push(answerMs(start, end));
    tasks.push(...longTasksIn(start, end).map((t) => t.duration));
    if (root.children.length > 0) full += 1;
  }
  return {times, answers, longTasks: tasks, complete: full};
}

/** A page of customers: a provider and its cards added with the script → every card painted. */
export async function pageCard(dist: string, ids: readonly string[]) {
  const start = performance.now();
  const provider = document.createElement('customer-360-provider');
  provider.setAttribute('endpoint', ENDPOINT);
  const cards = ids.map((id) => makeCard(id, false));
  provider.append(...cards);
  document.body.append(provider);
  await cardScript(dist);
  await Promise.all(cards.map((c, i) => shown(c, ids[i] ?? '')));
  const end = await painted();
  return {
    ms: end - start,
    longTasks: longTasksIn(start, end).map((t) => t.duration),
    answer: answerMs(start, end),
    ...complete(cards),
  };
}

/** The plain DOM's page: the same one request, every customer of `ids` rendered from its answer. */
export async function pagePlain(requests: readonly Recorded[], ids: readonly string[]) {
  const start = performance.now();
  const root = document.createElement('div');
  document.body.append(root);
  const plain = await plainScript();
  await Promise.all(requests.map((r) => plain.show(root, r, ids)));
  const end = await painted();
  return {
    ms: end - start,
    longTasks: longTasksIn(start, end).map((t) => t.duration),
    answer: answerMs(start, end),
    complete: root.children.length,
  };
}

/** Lets the previous switch's leftovers (idle callbacks, timers) run before the next one starts. */
function idle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

// ── memory and long histories (one page per build, not repeated) ──────────────────────────

/** Bytes in use: the JavaScript heap, and Blink's own heap where the DOM's nodes live. */
type Heap = {js: number; dom: number};
declare global {
  interface Window {
    benchCdp?: {gc(): Promise<void>; heap(): Promise<Heap>};
  }
}

async function heap(): Promise<Heap> {
  const cdp = window.benchCdp;
  if (!cdp) throw new Error('run with the CDP helpers (bench/run.mjs sets them up)');
  // Twice: a DOM node is freed once the JavaScript wrapper that held it is, a collection later.
  await cdp.gc();
  await cdp.gc();
  return cdp.heap();
}
const minus = (a: Heap, b: Heap): Heap => ({js: a.js - b.js, dom: a.dom - b.dom});
const per = (a: Heap, n: number): Heap => ({js: a.js / n, dom: a.dom / n});
const total = (a: Heap) => a.js + a.dom;

/**
 * Memory per live card: `perCycle` cards of one customer under a provider, stacked in the
 * sidebar (a few in view, the others skipped by `content-visibility: auto`), then with every
 * card laid out, then the heap after removal over `cycles` add/remove cycles; against the
 * plain DOM showing the same answer `perCycle` times. Both heaps are counted: the plain DOM
 * keeps almost everything in the DOM's heap, the card also keeps its view in the JavaScript heap.
 */
export async function memory(dist: string, id: string, perCycle: number, cycles: number, request: Recorded) {
  await cardScript(dist);
  const provider = document.createElement('customer-360-provider');
  provider.setAttribute('endpoint', ENDPOINT);
  sidebar().append(provider);
  const cycle = async () => {
    const cards = Array.from({length: perCycle}, () => makeCard(id, false));
    provider.append(...cards);
    await Promise.all(cards.map((card) => shown(card, id)));
    await painted();
    const live = await heap();
    for (const card of cards) card.remove();
    await painted();
    return live;
  };
  // One full cycle first, so the code's own first-use allocations (compiled code, templates)
  // are not counted as cards.
  await cycle();
  const base = await heap();
  const after: number[] = [];
  let perCard: Heap = {js: 0, dom: 0};
  for (let i = 0; i < cycles; i += 1) {
    const live = await cycle();
    if (i === 0) perCard = per(minus(live, base), perCycle);
    after.push(total(minus(await heap(), base)));
  }
  // Every card laid out, as if all were in view (a host style overriding `content-visibility`).
  const style = document.createElement('style');
  style.textContent = 'customer-360::part(card) { content-visibility: visible }';
  document.head.append(style);
  const before = await heap();
  const laidOut = per(minus(await cycle(), before), perCycle);
  style.remove();
  const plain = await plainScript();
  const box = document.createElement('div');
  sidebar().append(box);
  const plainBase = await heap();
  for (let i = 0; i < perCycle; i += 1) {
    const one = document.createElement('div');
    box.append(one);
    await plain.show(one, request);
  }
  await painted();
  const plainPerCard = per(minus(await heap(), plainBase), perCycle);
  return {perCard, laidOut, plainPerCard, afterRemoval: after};
}

/**
 * A long history (`id` with thousands of contacts) at `page-size`: "show more" clicked `pages`
 * times, each new page timed from its answer's last byte to painted; then how many history rows
 * and elements the card holds (it keeps a window of rows, not every page).
 */
export async function history(dist: string, id: string, pageSize: number, pages: number) {
  const card = makeCard(id);
  card.setAttribute('page-size', String(pageSize));
  sidebar().append(card);
  await cardScript(dist);
  await shown(card, id);
  await painted();
  const root = card.shadowRoot;
  const times: number[] = [];
  for (let i = 0; i < pages; i += 1) {
    const button = root?.querySelector<HTMLButtonElement>('[part~="show-more"]');
    if (!button || button.getAttribute('aria-disabled') === 'true') break;
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql')).length;
    button.click();
    // Polled task by task (not frame by frame): until the answer is in and the card rendered it.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await card.updateComplete;
      const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql'));
      const waiting = root?.querySelector('[part~="show-more"][aria-disabled="true"]');
      if (entries.length > before && !waiting && !busy(card)) {
        const answered = (entries.at(-1) as PerformanceResourceTiming).responseEnd;
        times.push((await painted()) - answered);
        break;
      }
    }
  }
  return {
    pages: times.length,
    times,
    rowsInDom: root?.querySelectorAll('[part~="history"] li').length ?? 0,
    elements: root?.querySelectorAll('*').length ?? 0,
  };
}
