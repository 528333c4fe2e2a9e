/**
 * The files a card loads beside its script (its language's texts, the hint engine), as a
 * reactive controller: each asked for once, the host updated when it settles, a failure
 * remembered (one warning, no loop) until `retry`.
 *
 * `pending` lets the card's first load and its `updateComplete` wait for what is on its way,
 * so the customer appears with its brief, in its language, in one go.
 */
import type {ReactiveControllerHost} from 'lit';

/** Needs no lifecycle hook: it only asks its host for an update when a file settles. */
export class FilesController {
  private readonly _loading = new Map<string, Promise<void>>();
  private readonly _asked = new Set<string>();
  private readonly _failed = new Set<string>();

  constructor(private readonly _host: ReactiveControllerHost) {}

  /**
   * Asks for the file `name` once: `load` resolves true when it is in, false when it could
   * not be loaded (then `onFail` runs, once, and the name stays failed until `retry`).
   */
  want(name: string, load: () => Promise<boolean>, onFail: () => void): void {
    if (this._asked.has(name)) return;
    this._asked.add(name);
    const done = load().then((ok) => {
      this._loading.delete(name);
      if (!ok) {
        this._failed.add(name);
        onFail();
      }
      this._host.requestUpdate();
    });
    this._loading.set(name, done);
  }

  /** Whether `name` could not be loaded. */
  failed(name: string): boolean {
    return this._failed.has(name);
  }

  /** Lets `name` be asked for again (a refresh after a failure). */
  retry(name: string): void {
    if (!this._failed.delete(name)) return;
    this._asked.delete(name);
  }

  /** Resolves when every file now on its way has settled; `undefined` when none is. */
  get pending(): Promise<void> | undefined {
    return this._loading.size ? Promise.all(this._loading.values()).then(() => undefined) : undefined;
  }
}
