/**
 * "Show more" in the contact history, as a reactive controller: appends the next page to the
 * first one, for one customer at a time.
 *
 * Each load has its own `AbortController`: a new customer (`reset`) or the host leaving the
 * page aborts it, and a page that arrives for a customer no longer shown is dropped. Entries
 * already listed are not repeated when pages overlap. The request's own timeout is the only
 * one (it is part of the transport).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ContactPage} from '../data/view-model.js';

export interface HistoryState {
  page: ContactPage;
  loading: boolean;
  failed: boolean;
}

export interface HistoryOptions {
  /** Fetches the page after `after` for `customerId`; must honour `signal`. */
  fetchPage: (customerId: string, after: string, signal: AbortSignal) => Promise<ContactPage>;
}

export class HistoryController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _options: HistoryOptions;
  private _state?: HistoryState & {customerId: string};
  private _run?: AbortController;

  constructor(host: ReactiveControllerHost, options: HistoryOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The history to show for `customerId`, starting from its first page. */
  state(customerId: string, first: ContactPage): HistoryState {
    const state = this._state?.customerId === customerId ? this._state : undefined;
    return state ?? {page: first, loading: false, failed: false};
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets the extra pages and aborts a load in flight (the customer changed, or was reloaded). */
  reset(): void {
    this._run?.abort();
    this._run = undefined;
    // No update of its own: a reset comes with the host's own change (new customer, reload).
    this._state = undefined;
  }

  /** Loads the next page for `customerId` after what `state()` shows. Never rejects. */
  async more(customerId: string, first: ContactPage): Promise<void> {
    const current = this.state(customerId, first).page;
    if (!current.endCursor || this._run) return;
    const run = new AbortController();
    this._run = run;
    this._set(customerId, {page: current, loading: true, failed: false});
    try {
      const next = await this._options.fetchPage(customerId, current.endCursor, run.signal);
      if (run.signal.aborted) return;
      const seen = new Set(current.items.map((c) => c.id));
      const items = [...current.items, ...next.items.filter((c) => !seen.has(c.id))];
      this._set(customerId, {page: {...next, items}, loading: false, failed: false});
    } catch {
      if (!run.signal.aborted) this._set(customerId, {page: current, loading: false, failed: true});
    } finally {
      if (this._run === run) this._run = undefined;
    }
  }

  private _set(customerId: string, state: HistoryState) {
    this._state = {customerId, ...state};
    this._host.requestUpdate();
  }
}
