/**
 * What the agent asked the server to store (a dismissal, a note) until it is stored: each one
 * sent with an idempotency key made once, so every retry is the same request and the server
 * stores it once. Shown at once by the card; after a failure it stays, as "not saved", with a
 * Retry the agent can press, and transient failures are retried by themselves with backoff
 * (the card's `retry-delay`, doubling, at most `MAX_AUTO_RETRIES` times) on the card's
 * `timers`. A later success clears it. Nothing here touches the DOM or the network: `send` is
 * given, and so are the timers and the source of randomness (tests pass their own).
 */
import type {Timers} from '../controllers/retry.js';

/**
 * How a send ended:
 * - `saved`: stored (or already stored under this key);
 * - `transient`: the network, a timeout, a 5xx or 429: retried by itself;
 * - `config`: 401 or 403, only the host can fix it (a token): not retried by itself, the
 *   agent's Retry asks for fresh headers;
 * - `refused`: the server refused the input (`BAD_INPUT`, `UNKNOWN_HINT`…): Retry only;
 * - `unsupported`: the server has no such mutation (a validation error): dropped silently,
 *   the card keeps its behaviour without a server (the event only).
 */
export type Outcome = 'saved' | 'transient' | 'config' | 'refused' | 'unsupported';

export type EntryState = 'sending' | 'unsaved' | 'saved';

export interface Entry<T> {
  /** The idempotency key, the same for every attempt. */
  readonly key: string;
  readonly customerId: string;
  /** What is sent (without the key). */
  readonly input: T;
  state: EntryState;
  /** Sends made so far in the current streak (the agent's Retry starts a new one). */
  attempts: number;
  /** Why the last send failed. */
  failure?: Exclude<Outcome, 'saved'>;
}

/** Automatic retries of a transient failure, after the first send. */
export const MAX_AUTO_RETRIES = 3;

/**
 * A key of 32 hex digits (the contract asks for 8 to 100 characters) from 16 random bytes: by
 * default from `crypto.getRandomValues` (which, unlike `randomUUID`, pages that are not a
 * secure context have too).
 */
export function newKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface OutboxOptions<T> {
  send: (entry: Entry<T>) => Promise<Outcome>;
  /** Called after every change of an entry (the card re-renders). */
  changed: (entry: Entry<T>) => void;
  /** Milliseconds before the first automatic retry; doubles each time. */
  delay: () => number;
  timers: () => Timers;
  /** Makes an idempotency key (default `newKey()`). */
  key?: () => string;
}

export class Outbox<T> {
  readonly entries: Entry<T>[] = [];
  private readonly _timers = new Map<Entry<T>, [Timers, unknown]>();
  private _live = true;

  constructor(private readonly _options: OutboxOptions<T>) {}

  /** Adds `input` and sends it at once. */
  add(customerId: string, input: T): Entry<T> {
    const entry: Entry<T> = {key: (this._options.key ?? newKey)(), customerId, input, state: 'sending', attempts: 0};
    this.entries.push(entry);
    void this._send(entry);
    return entry;
  }

  /** The agent's Retry: now, with the same key, as a new streak of automatic retries. */
  retry(entry: Entry<T>): void {
    if (entry.state !== 'unsaved') return;
    this._cancel(entry);
    entry.attempts = 0;
    void this._send(entry);
  }

  /** The card left the page: no timer fires any more (entries stay, `resume` reschedules). */
  stop(): void {
    this._live = false;
    for (const entry of [...this._timers.keys()]) this._cancel(entry);
  }

  /** The card is back: transient failures are retried again. */
  resume(): void {
    this._live = true;
    for (const entry of this.entries) if (entry.state === 'unsaved' && entry.failure === 'transient') this._schedule(entry);
  }

  private async _send(entry: Entry<T>): Promise<void> {
    entry.state = 'sending';
    entry.attempts++;
    this._options.changed(entry);
    let outcome: Outcome;
    try {
      outcome = await this._options.send(entry);
    } catch {
      outcome = 'transient';
    }
    if (outcome === 'saved' || outcome === 'unsupported') {
      // Unsupported: the server stores none of them; the card behaves as without a server.
      entry.state = 'saved';
      delete entry.failure;
      this.entries.splice(this.entries.indexOf(entry), 1);
      this._options.changed(entry);
      return;
    }
    entry.state = 'unsaved';
    entry.failure = outcome;
    if (outcome === 'transient') this._schedule(entry);
    this._options.changed(entry);
  }

  private _schedule(entry: Entry<T>): void {
    if (!this._live || this._timers.has(entry) || entry.attempts > MAX_AUTO_RETRIES) return;
    const timers = this._options.timers();
    // At most 2³¹ − 1 ms: a longer browser timer fires at once.
    const wait = Math.min(2 ** 31 - 1, Math.max(0, this._options.delay()) * 2 ** (entry.attempts - 1));
    const handle = timers.setTimeout(() => {
      this._timers.delete(entry);
      if (entry.state === 'unsaved') void this._send(entry);
    }, wait);
    this._timers.set(entry, [timers, handle]);
  }

  private _cancel(entry: Entry<T>): void {
    const timer = this._timers.get(entry);
    if (timer) timer[0].clearTimeout(timer[1]);
    this._timers.delete(entry);
  }
}
