/**
 * De-duplicates and caches requests by key for the cards under one provider.
 *
 * While a request is in flight, every caller with the same key shares it; it is aborted only
 * when every caller has aborted (one card leaving must not cancel its neighbours). A success
 * is kept for `ttl` ms; a failure is never kept, so a retry really asks again.
 */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  /** When the value expires; `undefined` while in flight. */
  expires?: number;
}

/** How long (ms) a loaded customer is reused when the host set no usable time-to-live. */
export const DEFAULT_TTL = 60_000;

export class RequestCache {
  private readonly _entries = new Map<string, Entry>();

  /** `now`: the clock expiry reads (tests pass their own). */
  constructor(
    public ttl = DEFAULT_TTL,
    private readonly _now: () => number = Date.now,
  ) {}

  get<T>(key: string, signal: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let entry = this._entries.get(key);
    if (entry?.expires !== undefined && entry.expires <= this._now()) {
      this._entries.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = {controller, users: 0, promise: run(controller.signal)};
      created.promise.then(
        () => (created.expires = this._now() + this.ttl),
        () => this._entries.get(key) === created && this._entries.delete(key),
      );
      this._entries.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.users++;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        shared.users--;
        if (shared.expires === undefined && shared.users === 0) {
          shared.controller.abort();
          if (this._entries.get(key) === shared) this._entries.delete(key);
        }
        reject(signal.reason);
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, {once: true});
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          shared.users--;
          resolve(value as T);
        },
        (error) => {
          signal.removeEventListener('abort', leave);
          shared.users--;
          reject(error);
        },
      );
    });
  }

  /** Forgets the cached answer for `key` (every cached answer without it); requests in flight stay shared. */
  invalidate(key?: string): void {
    for (const [k, entry] of this._entries) {
      if ((key === undefined || k === key) && entry.expires !== undefined) this._entries.delete(k);
    }
  }
}
