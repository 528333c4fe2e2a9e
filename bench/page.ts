/**
 * The browser half of `npm run bench` (bench/run.mjs bundles it with esbuild and drives it in
 * headless Chromium). Each function is one measurement; each runs in its own fresh page, so
 * "cold" means cold. Nothing here asserts: it returns numbers for the table.
 *
 * The card under test is the shipped `dist/customer-360.js`, loaded as a host would load it.
 * The plain-DOM baseline (plain-dom.ts) renders the same JSON answer in the same page.
 */
import {toContactPage, toCustomerView} from '../src/data/map.js';
import type {CustomerView} from '../src/data/view-model.js';
import {Customer360ContactsDocument, Customer360Document} from '../src/gql/graphql.js';
import {computeHints, resolveHintOptions, summaryDaysFor} from '../src/hints/index.js';
import {resolveLocale} from '../src/core/locale.js';
import {renderPlain} from './plain-dom.js';

/** A fixed instant (a Wednesday, 11:30 in Paris): every run computes the same data. */
export const NOW = '2025-03-12T10:30:00Z';
const ENDPOINT = `/graphql?now=${NOW}`;

type Card = HTMLElement & {
  customerId: string;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
  now?: Date;
};

// ── instrumentation ──────────────────────────────────────────────────────────────────────

/** GraphQL requests started in this page, and when the last answer's body was read. */
const net = {requests: 0, lastBody: 0, bodies: [] as string[]};
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.includes('/graphql')) return realFetch(input, init);
  net.requests += 1;
  const response = await realFetch(input, init);
  // Read the body here so "response → DOM" starts when the bytes are in, not at headers.
  const body = await response.text();
  net.lastBody = performance.now();
  net.bodies.push(body);
  return new Response(body, {status: response.status, statusText: response.statusText, headers: response.headers});
};

/**
 * Long tasks of this page. The observer is `buffered` (it also sees tasks from before it was
 * set up, such as this module's own load), so a measurement counts only tasks that started
 * after its own start (`longTasksSince`).
 */
const longTasks: {start: number; duration: number}[] = [];
const longTasksSince = (start: number) => {
  const tasks = longTasks.filter((t) => t.start >= start);
  return {count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration))};
};
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({start: e.startTime, duration: e.duration});
  }).observe({type: 'longtask', buffered: true});
} catch {
  // Not supported: the table says 0.
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Loads the shipped script from its real URL (the hint engine and the locale files it loads
 * on demand resolve beside it): loopback fetch, parse, compile and evaluation.
 */
async function loadCardScript(): Promise<number> {
  const start = performance.now();
  await import(/* @vite-ignore */ `${location.origin}/dist/customer-360.js`);
  return performance.now() - start;
}

/**
 * Loads the hint engine's own file (`dist/hints-engine.js`, which a card fetches beside its
 * data and evaluates in a task of its own while the request is in flight), timed like the
 * card's script: parse, compile and evaluation only.
 */
async function loadEngineScript(): Promise<number> {
  const response = await realFetch('/dist/hints-engine.js');
  if (!response.ok) return Number.NaN;
  const url = URL.createObjectURL(new Blob([await response.text()], {type: 'text/javascript'}));
  const start = performance.now();
  await import(/* @vite-ignore */ url);
  return performance.now() - start;
}

/** The customer id each card last announced (loaded or failed). */
const announced = new WeakMap<Element, string>();
for (const type of ['customer360-loaded', 'customer360-error']) {
  document.addEventListener(
    type,
    (event) => announced.set(event.target as Element, (event as CustomEvent<{customerId: string}>).detail.customerId),
    true,
  );
}

/** Resolves when the card announced its current customer (loaded or failed) and rendered it. */
async function rendered(card: Card): Promise<void> {
  while (announced.get(card) !== card.customerId) {
    await new Promise<void>((resolve) => {
      card.addEventListener('customer360-loaded', () => resolve(), {once: true});
      card.addEventListener('customer360-error', () => resolve(), {once: true});
    });
  }
  await card.updateComplete;
}

function addCard(parent: Element, id: string, attrs: Record<string, string> = {}): Card {
  const card = document.createElement('customer-360') as Card;
  card.setAttribute('customer-id', id);
  if (!parent.closest?.('customer-360-provider') && parent.tagName !== 'CUSTOMER-360-PROVIDER') {
    card.setAttribute('endpoint', ENDPOINT);
  }
  for (const [k, v] of Object.entries(attrs)) card.setAttribute(k, v);
  card.now = new Date(NOW);
  parent.append(card);
  return card;
}

async function query(document: {toString(): string}, variables: Record<string, unknown>): Promise<string> {
  const response = await realFetch(ENDPOINT, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({query: document.toString(), variables}),
  });
  return response.text();
}

function cardVariables(id: string, contactsFirst = 5) {
  const options = resolveHintOptions();
  return {
    id,
    contactsFirst,
    summaryDays: summaryDaysFor(options),
    topicDays: Math.max(options.repeatContact.days, options.transfers.days),
  };
}

/** The plain-DOM baseline: parse the same answer and build the same rows, timed. */
function plainRender(body: string, parent: Element): number {
  const start = performance.now();
  const box = document.createElement('div');
  parent.append(box);
  renderPlain(box, JSON.parse(body).data.customer, new Date(NOW));
  return performance.now() - start;
}

// ── measurements ─────────────────────────────────────────────────────────────────────────

/** Cold page: script evaluation, then the first card's response → DOM; then cards 2…5 and the plain DOM. */
export async function firstCard(id: string) {
  const script = await loadCardScript();
  // The first update (connected → skeleton) runs before the request leaves, in its own task.
  const start = performance.now();
  const first = addCard(document.body, id);
  // When the skeleton is on screen (the first update: `updateComplete` would also wait for the
  // files a card loads beside the data, such as the hint engine), and when the header and call
  // brief are (the first part of a split first render).
  let skeletonShown = 0;
  let briefShown = 0;
  (first as unknown as {addController(c: object): void}).addController({
    hostUpdated: () => {
      skeletonShown ||= performance.now();
      if (!briefShown && first.shadowRoot?.querySelector('[part~="header"]')) briefShown = performance.now();
    },
  });
  await first.updateComplete;
  const firstUpdate = skeletonShown - start;
  await rendered(first);
  const firstRender = performance.now() - net.lastBody;
  const firstPart = briefShown - net.lastBody;
  const later: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const card = addCard(document.body, id);
    await rendered(card);
    later.push(performance.now() - net.lastBody);
  }
  const body = net.bodies[0] ?? '';
  const plain: number[] = [];
  for (let i = 0; i < 5; i += 1) plain.push(plainRender(body, document.body));
  return {
    script,
    firstUpdate,
    firstPart,
    firstRender,
    firstCard: script + firstUpdate + firstRender,
    fifthCard: later.at(-1),
    warmCard: median(later),
    plainFirst: plain[0],
    plain: median(plain),
  };
}

/** Cold page, long tasks from script load to the rendered card. */
export async function longTasksCard(id: string) {
  const start = performance.now();
  await loadCardScript();
  const card = addCard(document.body, id);
  await rendered(card);
  await frame();
  await frame();
  return longTasksSince(start);
}

/** Cold page, long tasks while the plain-DOM baseline fetches and renders the same customer. */
export async function longTasksPlain(id: string) {
  const start = performance.now();
  const body = await query(Customer360Document, cardVariables(id));
  plainRender(body, document.body);
  await frame();
  await frame();
  return longTasksSince(start);
}

/**
 * The browser's one-time cost of the first `Intl` use in a fresh page (loading ICU's data),
 * which any page that formats a date or a number pays once, card or not: the same first call
 * the card makes (resolving its locale), timed alone. Then the rest of what a card's first
 * render builds, each formatter once, to show what remains after that first call.
 */
export async function intlCold() {
  let start = performance.now();
  resolveLocale('en');
  const first = performance.now() - start;
  start = performance.now();
  const date = new Date(NOW);
  new Intl.DateTimeFormat('en-US', {timeZone: 'Europe/Paris', hour: 'numeric', minute: 'numeric'}).formatToParts(date);
  new Intl.DateTimeFormat('en', {day: 'numeric', month: 'long', timeZone: 'Europe/Paris'}).format(date);
  new Intl.NumberFormat('en').format(1234);
  new Intl.PluralRules('en').select(2);
  new Intl.RelativeTimeFormat('en', {numeric: 'auto'}).format(-1, 'day');
  const rest = performance.now() - start;
  const engineScript = await loadEngineScript();
  // The same kind of one-time cost for text: the first layout of a line of text in a page that
  // has none (font matching, loading and shaping), in the card's font stack, regular and bold.
  const text = document.createElement('p');
  text.style.font = "400 15px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  text.innerHTML = 'Customer for 15 years · <b>Call back</b> — 14:00–18:00';
  start = performance.now();
  document.body.append(text);
  void text.offsetHeight;
  const firstText = performance.now() - start;
  text.remove();
  return {first, rest, firstText, engineScript};
}

/** A view with `size` contacts in `contacts.items`, loaded page by page from the server. */
async function viewWith(id: string, size: number): Promise<CustomerView> {
  const first = Math.min(size, 100);
  const view = toCustomerView(id, JSON.parse(await query(Customer360Document, cardVariables(id, first))));
  if (!view) throw new Error(`no ${id}`);
  let page = view.contacts;
  const items = [...page.items];
  while (items.length < size && page.endCursor) {
    const variables = {id, first: Math.min(100, size - items.length), after: page.endCursor};
    page = toContactPage(id, JSON.parse(await query(Customer360ContactsDocument, variables)));
    items.push(...page.items);
  }
  return {...view, contacts: {...page, items}};
}

/** `computeHints` with 5, 100 and 10,000 contacts in the view, against a plain loop over them. */
export async function hints(id: string, sizes: number[]) {
  const rows = [];
  for (const size of sizes) {
    const view = await viewWith(id, size);
    const input = {now: new Date(NOW), locale: 'fr'};
    let start = performance.now();
    const result = computeHints(view, input);
    const first = performance.now() - start;
    const times: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      start = performance.now();
      computeHints(view, input);
      times.push(performance.now() - start);
    }
    // Baseline: one plain pass over the same records (a date comparison per contact).
    const loops: number[] = [];
    const since = new Date(NOW).getTime() - 30 * 86_400_000;
    for (let i = 0; i < 30; i += 1) {
      start = performance.now();
      let n = 0;
      for (const c of view.contacts.items) if (c.at.getTime() > since && c.outcome !== 'ANSWERED') n += 1;
      loops.push(performance.now() - start + n * 0);
    }
    rows.push({
      contacts: view.contacts.items.length,
      hints: result.length,
      first,
      median: median(times),
      plainLoop: median(loops),
    });
  }
  return rows;
}

/** Requests for `ids` (one card each) under one provider, and the time until all rendered. */
export async function provider(ids: string[]) {
  await loadCardScript();
  const host = document.createElement('customer-360-provider');
  host.setAttribute('endpoint', ENDPOINT);
  document.body.append(host);
  net.requests = 0;
  const start = performance.now();
  const cards = ids.map((id) => addCard(host, id));
  await Promise.all(cards.map((card) => rendered(card)));
  return {cards: ids.length, requests: net.requests, ms: performance.now() - start};
}

/** 200 `customer-id` changes, each after the previous one rendered its update. */
export async function switches(ids: string[], count: number) {
  await loadCardScript();
  const card = addCard(document.body, ids[0] ?? '');
  await rendered(card);
  net.requests = 0;
  for (let i = 1; i <= count; i += 1) {
    card.customerId = ids[i % ids.length] ?? '';
    await card.updateComplete;
  }
  await rendered(card);
  return {switches: count, requests: net.requests};
}

/** Bytes in use: the JavaScript heap, and Blink's own heap where the DOM's nodes live. */
type Heap = {js: number; dom: number};
type Cdp = {gc(): Promise<void>; heap(): Promise<Heap>};
declare global {
  interface Window {
    benchCdp: Cdp;
  }
}

async function heap(): Promise<Heap> {
  // Twice: a DOM node is freed once the JavaScript wrapper that held it is, a collection later.
  await window.benchCdp.gc();
  await window.benchCdp.gc();
  return window.benchCdp.heap();
}

const minus = (a: Heap, b: Heap): Heap => ({js: a.js - b.js, dom: a.dom - b.dom});
const per = (a: Heap, n: number): Heap => ({js: a.js / n, dom: a.dom / n});
const total = (a: Heap) => a.js + a.dom;

/**
 * Memory per live card (100 cards of one customer under a provider, stacked: a few in view,
 * the others skipped by `content-visibility: auto`), then with every card laid out, and after
 * removal, 10 cycles, both heaps counted: the plain-DOM baseline keeps almost everything in the
 * DOM's heap, the card also keeps its template parts and view in the JavaScript heap.
 */
export async function memory(id: string, perCycle: number, cycles: number) {
  await loadCardScript();
  const host = document.createElement('customer-360-provider');
  host.setAttribute('endpoint', ENDPOINT);
  document.body.append(host);
  const cycle = async () => {
    const cards = Array.from({length: perCycle}, () => addCard(host, id));
    await Promise.all(cards.map((card) => rendered(card)));
    await frame();
    const live = await heap();
    for (const card of cards) card.remove();
    await frame();
    return live;
  };
  // One full cycle first, so the code's own first-use allocations (compiled and optimised
  // code, template preparation) are not counted as cards.
  await cycle();
  const base = await heap();
  const after: number[] = [];
  let perCard: Heap = {js: 0, dom: 0};
  for (let i = 0; i < cycles; i += 1) {
    const live = await cycle();
    if (i === 0) perCard = per(minus(live, base), perCycle);
    after.push(total(minus(await heap(), base)));
  }
  // The same cards with every one laid out, as if all were in view (a host page's style
  // overriding the card's `content-visibility: auto` through its part).
  const style = document.createElement('style');
  style.textContent = 'customer-360::part(card) { content-visibility: visible }';
  document.head.append(style);
  const before = await heap();
  const laidOut = per(minus(await cycle(), before), perCycle);
  style.remove();
  // The plain-DOM baseline: the same answer rendered `perCycle` times.
  const body = net.bodies[0] ?? '';
  const box = document.createElement('div');
  document.body.append(box);
  const plainBase = await heap();
  for (let i = 0; i < perCycle; i += 1) plainRender(body, box);
  const plainPerCard = per(minus(await heap(), plainBase), perCycle);
  box.remove();
  return {perCard, laidOut, plainPerCard, afterRemoval: after};
}

/** A large history at `pageSize`, after `pages` "show more": cost of a render that changes nothing, and of each page. */
export async function history(id: string, pageSize: number, pages: number) {
  await loadCardScript();
  const card = addCard(document.body, id, {'page-size': String(pageSize)});
  await rendered(card);
  const rows = () => card.shadowRoot?.querySelectorAll('[part~="history"] li').length ?? 0;
  const idle: number[] = [];
  const noop = async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      card.requestUpdate();
      const start = performance.now();
      await card.updateComplete;
      times.push(performance.now() - start);
    }
    return median(times);
  };
  idle.push(await noop());
  const pageTimes: number[] = [];
  for (let i = 0; i < pages; i += 1) {
    const before = net.bodies.length;
    const button = card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="show-more"]');
    if (!button) break;
    button.click();
    while (net.bodies.length === before || card.shadowRoot?.querySelector('[part~="show-more"][aria-disabled="true"]')) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await card.updateComplete;
    }
    pageTimes.push(performance.now() - net.lastBody);
  }
  const loaded = (card as unknown as {shadowRoot: ShadowRoot}).shadowRoot
    .querySelector('[part~="history"] .muted[aria-live]')
    ?.textContent?.trim();
  return {
    pages: pageTimes.length,
    rowsInDom: rows(),
    nodesInShadow: card.shadowRoot?.querySelectorAll('*').length ?? 0,
    loaded,
    noopFirst: idle[0],
    noopAfter: await noop(),
    firstPage: pageTimes[0],
    lastPage: pageTimes.at(-1),
    medianPage: median(pageTimes),
  };
}
