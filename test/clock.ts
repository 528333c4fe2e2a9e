/**
 * Test helpers for time and async order, with no real waiting: a manual clock whose timers
 * fire only on `tick`, a promise resolved from outside, and a fake Lit controller host.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A clock that moves only when told: timers fire in due order on `tick`. */
export class FakeClock {
  now = 0;
  private _next = 1;
  private readonly _timers = new Map<number, {at: number; callback: () => void}>();

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this._next++;
    this._timers.set(id, {at: this.now + Math.max(0, ms), callback});
    return id;
  };

  clearTimeout = (id: unknown): void => {
    this._timers.delete(id as number);
  };

  /** Timers still waiting. */
  get pending(): number {
    return this._timers.size;
  }

  /** Milliseconds until the next timer fires (`undefined` when none waits). */
  get nextIn(): number | undefined {
    const ats = [...this._timers.values()].map((t) => t.at);
    return ats.length ? Math.min(...ats) - this.now : undefined;
  }

  /** The delays (ms from now) of the timers still waiting, soonest first. */
  get waits(): number[] {
    return [...this._timers.values()].map((t) => t.at - this.now).sort((a, b) => a - b);
  }

  /** Fires the next timer (time jumps to it); false when none waits. */
  next(): boolean {
    const wait = this.nextIn;
    if (wait === undefined) return false;
    this.tick(wait);
    return true;
  }

  /** Forgets every timer and goes back to 0 (between tests sharing one clock). */
  reset(): void {
    this._timers.clear();
    this.now = 0;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this._timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this._timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A promise settled by the test, to control the order of async steps. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

/** A controller host without a DOM: counts update requests, connects on demand. */
export class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(): void {
    this.updates++;
  }

  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }

  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** Lets the callbacks of already-settled promises run (a few microtask turns, no timer). */
export async function flush(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await Promise.resolve();
}
