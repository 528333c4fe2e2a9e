/** Shared helpers for browser tests: mount a card against the real loopback server. */
import '../../src/define.js';
import type {Customer360} from '../../src/customer-360.js';

/** A fixed clock shared by the server (`now=`) and the card, so dates and hints are stable. */
export const NOW = new Date('2026-11-23T10:30:00Z');
export const ENDPOINT = `/graphql?now=${NOW.toISOString()}`;

export interface Mounted {
  el: Customer360;
  /** Resolves with the first `customer360-loaded` or `customer360-error` event. */
  settled: Promise<CustomEvent>;
}

export function mount(
  props: Partial<Pick<Customer360, 'customerId' | 'endpoint' | 'locale' | 'pageSize' | 'timeout' | 'hintsDisabled'>> & {
    attrs?: Record<string, string>;
    parent?: HTMLElement;
  },
): Mounted {
  const el = document.createElement('customer-360');
  el.now = NOW;
  el.endpoint = ENDPOINT;
  const {attrs, parent, ...rest} = props;
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `get` returns something truthy, and returns it; fails after `timeout` ms. */
export async function until<T>(get: () => T | undefined | null | false, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms`);
    await sleep(15);
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
    await sleep(30);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

export function cleanup() {
  for (const el of document.querySelectorAll('customer-360')) el.remove();
}
