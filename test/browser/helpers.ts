/** Shared helpers for browser tests: mount a card against the real loopback server. */
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {Customer360} from '../../src/customer-360.js';
import {FakeClock} from '../clock.js';

/**
 * The clock of the automatic retries of every card `mount()` makes (the card's `timers`): a
 * retry fires only when a test calls `retryClock.tick(ms)` or `retryClock.next()`, never by
 * itself in the middle of another assertion. `retryClock.waits` lists the scheduled retries'
 * delays. Reset after each test.
 */
export const retryClock = new FakeClock();
afterEach(() => retryClock.reset());

/** A fixed clock shared by the server (`now=`) and the card, so dates and hints are stable. */
export const NOW = new Date('2026-11-23T10:30:00Z');
export const ENDPOINT = `/graphql?now=${NOW.toISOString()}`;

export interface Mounted {
  el: Customer360;
  /** Resolves with the first `customer360-loaded` or `customer360-error` event. */
  settled: Promise<CustomEvent>;
}

/**
 * A card with the tests' clock, endpoint and retry timers. Its `feedback` is off unless the test
 * says otherwise (`feedback: null` leaves it unset: on, as shipped): the other tests count
 * requests and dismiss hints, and their dismissals would be stored in the one database every
 * test file shares, hiding hints from the next test. test/browser/feedback.test.ts tests it.
 */
export function mount(
  props: Partial<Pick<Customer360, 'customerId' | 'endpoint' | 'locale' | 'pageSize' | 'timeout' | 'hintsDisabled'>> & {
    attrs?: Record<string, string>;
    parent?: HTMLElement;
    feedback?: 'on' | 'off' | null;
  },
): Mounted {
  const el = document.createElement('customer-360');
  el.now = NOW;
  el.endpoint = ENDPOINT;
  el.timers = retryClock;
  const {attrs, parent, feedback = 'off', ...rest} = props;
  if (feedback) el.feedback = feedback;
  Object.assign(el, rest);
  for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, value);
  const settled = new Promise<CustomEvent>((resolve) => {
    const done = (event: Event) => resolve(event as CustomEvent);
    el.addEventListener('customer360-loaded', done, {once: true});
    el.addEventListener('customer360-error', done, {once: true});
  });
  (parent ?? document.body).append(el);
  return {el, settled};
}

export async function mountLoaded(props: Parameters<typeof mount>[0]): Promise<Customer360> {
  const {el, settled} = mount(props);
  await settled;
  await el.updateComplete;
  return el;
}

/** The card's visible text, whitespace collapsed. */
export function text(el: Element, selector = '[part~="card"]'): string {
  const node = el.shadowRoot!.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** The ids of every hint in the brief's rows (folded ones included) and in the header, in order. */
export function shownHintIds(el: Customer360): string[] {
  const root = el.shadowRoot!;
  const rows = [...root.querySelectorAll('[part~="hint"]')].flatMap((h) => h.getAttribute('data-hint-ids')!.split(' '));
  const address = root.querySelector('[part~="address"]')?.getAttribute('data-hint-ids')?.split(' ') ?? [];
  const channel = root.querySelector('[part~="channel"]')?.getAttribute('data-hint-id');
  return [...rows, ...address, ...(channel ? [channel] : [])];
}

/** The ids of the hints on screen, after expanding the brief ("show N more hints"). */
export async function hintIds(el: Customer360): Promise<string[]> {
  const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-all-hints"]');
  if (more) {
    more.click();
    await el.updateComplete;
  }
  return shownHintIds(el);
}

/** The next `type` event of `target` (that `accept` accepts, when given). */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  type: string,
  accept: (event: E) => boolean = () => true,
): Promise<E> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if (!accept(event as E)) return;
      target.removeEventListener(type, listener);
      resolve(event as E);
    };
    target.addEventListener(type, listener);
  });
}

/**
 * Resolves with what `get` returns once it is truthy, checking now and again after every change
 * to `el`'s rendered DOM (a MutationObserver): it waits on the card's own renders, never on a
 * duration. There is no deadline of its own: a condition never met fails by the test's timeout.
 */
export function rendered<T>(el: Element, get: () => T | undefined | null | false): Promise<T> {
  const first = get();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const value = get();
      if (!value) return;
      observer.disconnect();
      resolve(value);
    });
    observer.observe(el.shadowRoot ?? el, {subtree: true, childList: true, characterData: true, attributes: true});
  });
}

/** The next task of the event loop (after the events already queued, such as `unhandledrejection`). */
/** The card's note field, opened as an agent opens it ("Add a note") when it is not open yet. */
export async function noteField(el: Customer360): Promise<HTMLTextAreaElement> {
  const notes = part(el, 'notes')!;
  if (!notes.querySelector('textarea')) {
    part(el, 'add-note')!.click();
    await el.updateComplete;
  }
  return notes.querySelector('textarea')!;
}

/** The rows of the call brief, each with the ids of the hints folded into it and its text. */
export function briefRows(el: Customer360): {row: HTMLElement; ids: string[]; text: string}[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="hint"]')].map((row) => ({
    row,
    ids: row.dataset.hintIds!.split(' '),
    text: row.querySelector('.hint-text')!.textContent!.trim(),
  }));
}

/** Dismisses `row` of the call brief with `reason` through its form, as an agent does. */
export async function dismissRow(el: Customer360, row: HTMLElement, reason: string): Promise<void> {
  row.querySelector<HTMLButtonElement>('button.link')!.click();
  await el.updateComplete;
  const form = row.querySelector('form')!;
  form.querySelector('select')!.value = reason;
  form.requestSubmit();
  await el.updateComplete;
}

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The server's gates (`hold=<gate>` in an endpoint's query string parks its requests until the
 * gate opens, `drop=<gate>` drops them while it is closed): `arrived` resolves once `count`
 * requests reached the gate, `release` opens it. A request is held "in flight", or the network
 * is down, for exactly as long as the test needs.
 */
export async function arrived(gate: string, count = 1): Promise<void> {
  await fetch(`/graphql/gate?gate=${encodeURIComponent(gate)}&arrived=${count}`, {cache: 'no-store'});
}

export async function release(gate: string): Promise<number> {
  const response = await fetch(`/graphql/gate?gate=${encodeURIComponent(gate)}`, {method: 'POST'});
  return ((await response.json()) as {released: number}).released;
}

/**
 * A name no other test file uses (the server's gates and `times=` counts are shared by every
 * file of a run): a name only, it changes no behaviour.
 */
export const uniqueName = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export interface FetchCall {
  url: string;
  signal?: AbortSignal | null;
  /** What the page's fetch returned (the card reads it). */
  result: Promise<Response>;
}

/** The fetches seen so far, and a promise of the first (past or future) one that `match`es. */
export type FetchCalls = FetchCall[] & {when(match: (call: FetchCall) => boolean): Promise<FetchCall>};

/** Counts fetches (and keeps their signals) while `run` runs; every fetch still goes out. */
export async function spyFetch<T>(run: (calls: FetchCalls) => Promise<T>): Promise<T> {
  const real = window.fetch;
  const seen = new EventTarget();
  const calls = Object.assign([] as FetchCall[], {
    when(match: (call: FetchCall) => boolean): Promise<FetchCall> {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return nextEvent<CustomEvent<FetchCall>>(seen, 'call', (e) => match(e.detail)).then((e) => e.detail);
    },
  });
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const result = real(input, init);
    const call = {url: String(input instanceof Request ? input.url : input), signal: init?.signal, result};
    calls.push(call);
    seen.dispatchEvent(new CustomEvent('call', {detail: call}));
    return result;
  };
  try {
    return await run(calls);
  } finally {
    window.fetch = real;
  }
}

/** Errors and unhandled rejections that reached the page while `run` ran. */
export async function hostErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Errors and rejections are reported in tasks of their own: let the queued ones arrive.
    await nextTask();
    await nextTask();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

export function cleanup() {
  for (const el of document.querySelectorAll('customer-360')) el.remove();
}

/**
 * axe, on `el` laid out. axe checks colours by hit-testing the page, and a test page the runner
 * keeps in the background is never rendered: there a card's `content-visibility: auto` content
 * stays skipped (not laid out), and axe would measure the page behind it. So the cards are laid
 * out for axe, as a host can ask through the part (docs/embedding.md, "Cards out of view cost little").
 */
export async function expectAccessible(el: Element): Promise<void> {
  const style = el.ownerDocument.createElement('style');
  style.textContent = 'customer-360::part(card) { content-visibility: visible; }';
  el.ownerDocument.head.append(style);
  try {
    await expect(el).to.be.accessible();
  } finally {
    style.remove();
  }
}

/** Replaces console.warn while `run` runs; returns what was warned. */
export async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
