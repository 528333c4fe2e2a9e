/**
 * Automatic retries of a failed load, as a reactive controller.
 *
 * Transient failures (network, timeout, 5xx, 429) retry by themselves with exponential
 * backoff (1 s, 2 s, 4 s by default) or after the server's `Retry-After`; offline waits for
 * the browser's `online` event instead of a timer; other failures (configuration errors, bad answers) never
 * retry by themselves. The pending retry is cancelled when the host leaves the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {LoadFailure} from '../data/errors.js';

/** The timer functions the controller uses; tests pass a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RetryOptions {
  /** Runs the load again. */
  retry: () => void;
  /** Milliseconds before the first retry; doubles each time. Read at each failure. */
  delay: () => number;
  /** Automatic retries of one failure streak before giving up (default 3). */
  maxRetries?: number;
  /** The timers to use, read at each schedule (default: the browser's); tests pass a fake clock. */
  timers?: () => Timers | undefined;
  /** Where to listen for `online` (default `window`). */
  connectivity?: EventTarget;
}

/** The browser's timers. */
export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RetryController implements ReactiveController {
  /** Seconds until the scheduled retry (for "trying again in N seconds"); `undefined` when none. */
  retryIn?: number;

  private readonly _host: ReactiveControllerHost;
  private readonly _options: RetryOptions;
  private _attempt = 0;
  private _timer?: unknown;
  private _timers: Timers = browserTimers;
  /** True from a failure until the next success or reset: `online` then retries. */
  private _failing = false;

  constructor(host: ReactiveControllerHost, options: RetryOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** Retries made in the current failure streak. */
  get attempt(): number {
    return this._attempt;
  }

  hostConnected(): void {
    (this._options.connectivity ?? window).addEventListener('online', this._onOnline);
  }

  hostDisconnected(): void {
    (this._options.connectivity ?? window).removeEventListener('online', this._onOnline);
    this.cancel();
  }

  /** A load failed: schedules the next retry if the failure allows one. */
  failed(failure: LoadFailure): void {
    this.cancel();
    this._failing = true;
    const max = this._options.maxRetries ?? 3;
    if (!failure.transient || failure.reason === 'offline' || this._attempt >= max) return;
    // At most 2³¹ − 1 ms: a longer browser timer fires at once.
    const delay = Math.min(
      2 ** 31 - 1,
      failure.retryAfter !== undefined ? failure.retryAfter * 1000 : Math.max(0, this._options.delay()) * 2 ** this._attempt,
    );
    this._attempt++;
    this.retryIn = Math.ceil(delay / 1000);
    const timers = this._options.timers?.() ?? browserTimers;
    this._timers = timers;
    this._timer = timers.setTimeout(() => {
      this._timer = undefined;
      this.retryIn = undefined;
      this._host.requestUpdate();
      this._options.retry();
    }, delay);
    this._host.requestUpdate();
  }

  /** A load succeeded, or what is loaded changed: a new streak starts from the first delay. */
  reset(): void {
    this.cancel();
    this._attempt = 0;
    this._failing = false;
  }

  /** Drops the scheduled retry, if any (the streak's count stays). */
  cancel(): void {
    // On the timers that scheduled it, whatever the host's are now.
    if (this._timer !== undefined) this._timers.clearTimeout(this._timer);
    this._timer = undefined;
    if (this.retryIn !== undefined) {
      this.retryIn = undefined;
      this._host.requestUpdate();
    }
  }

  private _onOnline = () => {
    if (!this._failing) return;
    this.reset();
    this._options.retry();
  };
}
