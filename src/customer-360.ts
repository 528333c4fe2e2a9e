import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus} from '@lit/task';
import {fetchContactsPage, fetchCustomer, resolveEndpoint, type RequestOptions} from './data/client.js';
import {LoadFailure, isAbort, toLoadFailure} from './data/errors.js';
import {toContactPage, toCustomerView} from './data/map.js';
import type {ContactPage, CustomerView} from './data/view-model.js';
import {emit} from './events.js';
import {computeHints, type Hint, type HintOptionsInit, type HintRule} from './hints/index.js';
import {resolveHintOptions, summaryDaysFor} from './hints/options.js';
import {customer360Context, type Customer360Config, type HeadersHook, type Theme} from './provider/context.js';
import {resolveLocale, translate} from './i18n/format.js';
import {styles} from './customer-360.styles.js';
import type {RenderContext} from './ui/context.js';
import {FIRST_HINTS, renderHints, type Dismissal} from './ui/hints.js';
import {renderHeader, renderHistory, renderProducts, renderTickets} from './ui/sections.js';
import {renderError, renderNoId, renderNotFound, renderSkeleton} from './ui/states.js';

type Loaded = {kind: 'found'; id: string; view: CustomerView} | {kind: 'not-found'; id: string} | {kind: 'no-id'};

/** Automatic retries of a transient failure (network, timeout, 5xx, 429) before giving up. */
const MAX_RETRIES = 3;

/**
 * `<customer-360>`: who this customer is and what to do (or not) on this call.
 *
 * @tag customer-360
 * @summary A customer card with tenure, products, open tickets, contact history and do/don't hints, loaded over GraphQL.
 *
 * @fires customer360-loaded - The customer finished loading (`detail: {customerId, found}`).
 * @fires customer360-error - Loading failed (`detail: {customerId, reason, status?}`); `reason` is a stable code.
 * @fires customer360-hint-dismiss - The agent dismissed a hint (`detail: {customerId, hintId, reason, note}`).
 * @fires customer360-open - The agent opened a ticket, contact or product (`detail: {customerId, type, id}`).
 *
 * @csspart card - The card's frame.
 * @csspart header - Name, tenure and relationship state.
 * @csspart tenure - The "customer for N years" badge.
 * @csspart state - The relationship state badge.
 * @csspart hints - The do/don't panel.
 * @csspart hint - Each hint (also `hint-do` or `hint-dont`); carries `data-hint-id`.
 * @csspart evidence - The expandable "why" of a hint.
 * @csspart dismissed - The collapsed list of dismissed hints.
 * @csspart products - Owned products.
 * @csspart tickets - Open tickets.
 * @csspart history - Contact history.
 * @csspart pressure - The contacts-per-month chart.
 * @csspart show-all-hints - The "show N more hints" button (only the first four show at first).
 * @csspart show-more - The history's "show more" button.
 * @csspart empty - The "no customer" state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart retrying - The "trying again in N seconds" line of the error state.
 *
 * @cssproperty --customer-360-background - Card background.
 * @cssproperty --customer-360-color - Text colour.
 * @cssproperty --customer-360-muted-color - Secondary text colour.
 * @cssproperty --customer-360-border-color - Borders and separators.
 * @cssproperty --customer-360-surface - Badges and buttons background.
 * @cssproperty --customer-360-accent - Links, focus ring, inbound bars.
 * @cssproperty --customer-360-do-color - "Do" hints accent.
 * @cssproperty --customer-360-do-background - "Do" hints background.
 * @cssproperty --customer-360-dont-color - "Don't" hints accent.
 * @cssproperty --customer-360-dont-background - "Don't" hints background.
 * @cssproperty --customer-360-radius - Corner radius.
 * @cssproperty --customer-360-spacing - Base spacing (density).
 * @cssproperty --customer-360-font - Font family.
 */
export class Customer360 extends LitElement {
  static override styles = styles;

  private readonly _warned = new Set<string>();
  private _hints: readonly Hint[] = [];
  private _focusDismissed = false;

  private readonly _task = new Task(this, {
    args: () =>
      [this.customerId.trim(), this.endpoint || this._config?.endpoint || '', this.pageSize, this.timeout, this._config] as const,
    task: async ([id, endpoint, pageSize, timeout, config], {signal}): Promise<Loaded> => {
      this._runId = id;
      if (!id) {
        this._warnOnce('id', 'customer-360: no customer-id set; nothing to show.');
        return {kind: 'no-id'};
      }
      try {
        const url = this._endpointUrl(endpoint);
        const hintOptions = resolveHintOptions(this._hintOptions);
        const variables = {
          id,
          contactsFirst: pageSize,
          summaryDays: summaryDaysFor(hintOptions),
          topicDays: Math.max(hintOptions.repeatContact.days, hintOptions.transfers.days),
        };
        // Headers (and the host's getHeaders hook) are asked for only when a request really goes out.
        const load = async (requestSignal: AbortSignal) =>
          fetchCustomer(await this._requestOptions(url, timeout, requestSignal), variables);
        // Under a provider, cards showing the same customer share one request.
        const key = `${url.href}\n${id}\n${pageSize}\n${variables.summaryDays}\n${variables.topicDays}`;
        const result = await (config ? config.cache.get(key, signal, load) : load(signal));
        signal.throwIfAborted();
        const view = toCustomerView(id, result);
        return view ? {kind: 'found', id, view} : {kind: 'not-found', id};
      } catch (error) {
        if (isAbort(error) || signal.aborted) throw error;
        throw toLoadFailure(error);
      }
    },
    onComplete: (loaded) => {
      this._attempt = 0;
      // The id may have changed since this run began (the new run starts at the next update):
      // never announce an old customer under the new id.
      if (loaded.kind !== 'no-id' && loaded.id === this.customerId.trim()) {
        emit(this, 'customer360-loaded', {customerId: loaded.id, found: loaded.kind === 'found'});
      }
    },
    onError: (error) => {
      if (isAbort(error) || this._runId !== this.customerId.trim()) return;
      const failure = error instanceof LoadFailure ? error : new LoadFailure('bad-response');
      if (failure.reason === 'bad-response') {
        this._warnOnce('response', 'customer-360: the endpoint did not answer with GraphQL JSON; is it a GraphQL endpoint?');
      }
      this._scheduleRetry(failure);
      emit(this, 'customer360-error', {customerId: this._runId, reason: failure.reason, status: failure.status});
    },
  });

  /** The customer id of the latest run. */
  private _runId = '';
  /** How many automatic retries the current failure has had. */
  private _attempt = 0;
  private _retryTimer?: ReturnType<typeof setTimeout>;
  /** Seconds until the scheduled automatic retry, shown in the error state. */
  @state() private _retryIn?: number;

  /** Extra history pages loaded with "show more", for the customer in `_task.value`. */
  @state() private _more?: {id: string; page: ContactPage; loading: boolean; failed: boolean};
  @state() private _dismissed = new Map<string, Dismissal>();
  @state() private _dismissing?: string;
  @state() private _allHints = false;

  /** The enclosing provider's shared configuration, if any. */
  @consume({context: customer360Context, subscribe: true})
  @state()
  private _config?: Customer360Config;

  /** The CRM id of the customer to show. Changing it aborts the previous request. */
  @property({attribute: 'customer-id'}) customerId = '';

  /** GraphQL endpoint URL; relative URLs resolve against the page (`/graphql`). */
  @property() endpoint = '';

  /** Language of the card (`en`, `fr`…); defaults to the closest `lang` attribute, then the browser's. */
  @property() locale?: string;

  /** How many history entries to load at first and per "show more". */
  @property({type: Number, attribute: 'page-size'}) pageSize = 5;

  /** Milliseconds before a request counts as timed out. */
  @property({type: Number}) timeout = 10_000;

  /** Milliseconds before the first automatic retry of a transient failure; doubles each time. */
  @property({type: Number, attribute: 'retry-delay'}) retryDelay = 1000;

  /** `light` or `dark`; unset follows the system preference (or the provider's theme). */
  @property({reflect: true}) theme?: Theme;

  /** Turns the hint panel off, for hosts that must take the machine out of the conversation. */
  @property({type: Boolean, reflect: true, attribute: 'hints-disabled'}) hintsDisabled = false;

  /** Host-wide quiet period: no promotional hint (the `quiet-period` hint says why). */
  @property({type: Boolean, attribute: 'promotions-disabled'}) promotionsDisabled = false;

  /** Thresholds and jurisdiction for the hint rules (see README, "Hints"). */
  @property({attribute: false}) hintOptions?: HintOptionsInit;

  /** Extra hint rules from the host, run after the built-in ones (and the provider's). */
  @property({attribute: false}) hintRules?: readonly HintRule[];

  /** Hint ids the host turns off, whatever their source (e.g. `['preferred-channel']`). */
  @property({attribute: false}) suppressHints?: readonly string[];

  /** The clock the hints and relative dates use; defaults to the current time at each render. */
  @property({attribute: false}) now?: Date;

  /** Extra request headers, e.g. `{Authorization: 'Bearer …'}`. Never reflected or logged. */
  @property({attribute: false}) headers?: Record<string, string>;

  /** Called before each request for fresh headers (e.g. a refreshed token); merged over `headers`. */
  @property({attribute: false}) getHeaders?: HeadersHook;

  /** `fetch` credentials mode: `include` sends cookies to a cross-origin endpoint. */
  @property() credentials?: RequestCredentials;

  /** Every hint (dismissed and not-yet-expanded ones included), in priority order. Empty until loaded. */
  get hints(): readonly Hint[] {
    return this._hints;
  }

  /** Reloads the current customer from the server. */
  refresh(): void {
    this._cancelRetry();
    this._attempt = 0;
    this._config?.cache.invalidate(`\n${this.customerId.trim()}\n`);
    void this._task.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this._onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this._onOnline);
    this._cancelRetry();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') || changed.has('endpoint')) {
      this._cancelRetry();
      this._attempt = 0;
    }
    if (changed.has('customerId')) {
      this._allHints = false;
      this._dismissed = new Map();
      this._dismissing = undefined;
    }
    this._updateHints();
  }

  override updated(changed: PropertyValues<this>): void {
    // Keyboard users land where they can act: in the dismiss form when it opens, back on the
    // hint's button when it closes, on the dismissed list once a hint went there.
    const root = this.renderRoot;
    if (this._focusDismissed) {
      this._focusDismissed = false;
      root.querySelector<HTMLElement>('.dismissed summary')?.focus();
    } else if (changed.get('_allHints' as keyof Customer360) === false && this._allHints) {
      // The "show more" button is gone: continue on the first hint it revealed.
      root.querySelectorAll<HTMLElement>('[part~="hint"] button.link')[FIRST_HINTS]?.focus();
    } else if (changed.has('_dismissing' as keyof Customer360)) {
      const previous = changed.get('_dismissing' as keyof Customer360) as string | undefined;
      const target = this._dismissing
        ? root.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(this._dismissing)}"] select`)
        : previous
          ? root.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(previous)}"] button.link`)
          : null;
      target?.focus();
    }
  }

  private _endpointUrl(endpoint: string): URL {
    const url = resolveEndpoint(endpoint);
    if (!url) {
      this._warnOnce('endpoint', `customer-360: endpoint "${endpoint}" is not a usable http(s) URL.`);
      throw new LoadFailure('config-endpoint');
    }
    return url;
  }

  private async _requestOptions(endpoint: URL, timeout: number, signal: AbortSignal): Promise<RequestOptions> {
    const config = this._config;
    const hook = this.getHeaders ?? config?.getHeaders;
    const headers = {...config?.headers, ...this.headers, ...(hook ? await hook() : undefined)};
    return {
      endpoint,
      timeout: timeout > 0 ? timeout : 10_000,
      signal,
      headers,
      credentials: this.credentials ?? config?.credentials,
    };
  }

  /**
   * Transient failures retry by themselves with exponential backoff (1 s, 2 s, 4 s by default)
   * or after the server's `Retry-After`; offline waits for the `online` event; 4xx never retry.
   */
  private _scheduleRetry(failure: LoadFailure) {
    this._cancelRetry();
    if (!failure.transient || failure.reason === 'offline' || this._attempt >= MAX_RETRIES) return;
    const delay = failure.retryAfter !== undefined ? failure.retryAfter * 1000 : this.retryDelay * 2 ** this._attempt;
    this._attempt++;
    this._retryIn = Math.ceil(delay / 1000);
    this._retryTimer = setTimeout(() => {
      this._retryIn = undefined;
      void this._task.run();
    }, delay);
  }

  private _cancelRetry() {
    clearTimeout(this._retryTimer);
    this._retryIn = undefined;
  }

  private _onOnline = () => {
    if (this._task.status === TaskStatus.ERROR) this.refresh();
  };

  private _warnOnce(key: string, message: string) {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(message);
  }

  /** The loaded customer, only if it is the one currently asked for. */
  private get _view(): CustomerView | undefined {
    const value = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    return value?.kind === 'found' && value.view.id === this.customerId.trim() ? value.view : undefined;
  }

  private get _hintsDisabled(): boolean {
    return this.hintsDisabled || Boolean(this._config?.hintsDisabled);
  }

  private get _hintOptions(): HintOptionsInit | undefined {
    return this.hintOptions ?? this._config?.hintOptions;
  }

  /** What the hints depend on, by identity: hints are recomputed only when one of these changes. */
  private _hintInputs: readonly unknown[] = [];

  /**
   * Recomputes the hints when their inputs changed, not on every render (opening a dismiss
   * form, a retry countdown or a "show more" page must not re-run the rules).
   */
  private _updateHints() {
    const view = this._view;
    const config = this._config;
    const inputs = [
      view,
      this._hintsDisabled,
      this.now,
      this._locale,
      this.hintOptions,
      this.hintRules,
      this.suppressHints,
      this.promotionsDisabled,
      config,
    ];
    if (inputs.every((value, i) => Object.is(value, this._hintInputs[i]))) return;
    this._hintInputs = inputs;
    if (!view || this._hintsDisabled) {
      this._hints = [];
      return;
    }
    try {
      this._hints = computeHints(view, {
        now: this.now,
        locale: this._locale,
        options: this._hintOptions,
        rules: [...(config?.hintRules ?? []), ...(this.hintRules ?? [])],
        suppress: this.suppressHints,
        promotionsDisabled: this.promotionsDisabled || config?.promotionsDisabled,
      });
    } catch (error) {
      // A faulty host rule must not take the card down.
      this._warnOnce('hints', `customer-360: hint rules failed: ${String(error)}`);
      this._hints = [];
    }
  }

  private get _locale(): string {
    return resolveLocale(this, this.locale ?? this._config?.locale);
  }

  private _onDismiss = (hintId: string, dismissal: Dismissal) => {
    this._dismissed = new Map(this._dismissed).set(hintId, dismissal);
    this._dismissing = undefined;
    this._focusDismissed = true;
    emit(this, 'customer360-hint-dismiss', {customerId: this.customerId, hintId, ...dismissal});
  };

  private _onExpandHints = () => {
    this._allHints = true;
  };

  private _onAskDismiss = (hintId: string | undefined) => {
    this._dismissing = hintId;
  };

  private _open(type: 'ticket' | 'contact' | 'product', id: string) {
    emit(this, 'customer360-open', {customerId: this.customerId, type, id});
  }

  private async _showMore(view: CustomerView) {
    const current = this._more?.id === view.id ? this._more.page : view.contacts;
    if (!current.endCursor) return;
    this._more = {id: view.id, page: current, loading: true, failed: false};
    const signal = AbortSignal.timeout(this.timeout > 0 ? this.timeout : 10_000);
    try {
      const endpoint = this.endpoint || this._config?.endpoint || '';
      const options = await this._requestOptions(this._endpointUrl(endpoint), this.timeout, signal);
      const result = await fetchContactsPage(options, {
        id: view.id,
        first: this.pageSize,
        after: current.endCursor,
      });
      const next = toContactPage(view.id, result);
      if (this._view !== view) return; // The customer changed meanwhile: drop the page.
      const seen = new Set(current.items.map((c) => c.id));
      this._more = {
        id: view.id,
        loading: false,
        failed: false,
        page: {...next, items: [...current.items, ...next.items.filter((c) => !seen.has(c.id))]},
      };
    } catch {
      if (this._view === view) this._more = {id: view.id, page: current, loading: false, failed: true};
    }
  }

  private _renderLoaded(view: CustomerView, ctx: RenderContext) {
    const page = this._more?.id === view.id ? this._more : undefined;
    const open = (type: 'ticket' | 'contact' | 'product') => (item: {id: string}) => this._open(type, item.id);
    return html`${renderHeader(view, ctx)}
      ${view.invalid.length ? html`<p class="invalid" role="note">${ctx.t('someInvalid')}</p>` : nothing}
      <div class="body">
        ${this._hintsDisabled
          ? nothing
          : renderHints(
              {
                hints: this._hints,
                dismissed: this._dismissed,
                dismissing: this._dismissing,
                failed: view.failed.includes('summary') || view.failed.includes('offers'),
                expanded: this._allHints,
                onExpand: this._onExpandHints,
                onAskDismiss: this._onAskDismiss,
                onDismiss: this._onDismiss,
              },
              ctx,
            )}
        <div class="grid">
          ${renderTickets(view, ctx, open('ticket'))} ${renderProducts(view, ctx, open('product'))}
          ${renderHistory(view, page?.page ?? view.contacts, ctx, {
            loading: page?.loading ?? false,
            failed: page?.failed ?? false,
            onMore: () => void this._showMore(view),
            onOpen: open('contact'),
          })}
        </div>
      </div>`;
  }

  override render() {
    const locale = this._locale;
    const view = this._view;
    const ctx: RenderContext = {
      locale,
      t: (key, params) => translate(locale, key, params),
      now: this.now ?? new Date(),
      timeZone: view?.timeZone,
    };
    const retry = () => this.refresh();
    const body = this._task.render({
      initial: () => renderSkeleton(ctx),
      pending: () => renderSkeleton(ctx),
      error: (error) =>
        renderError(error instanceof LoadFailure ? error : new LoadFailure('bad-response'), ctx, retry, this._retryIn),
      complete: (loaded) =>
        loaded.kind === 'no-id'
          ? renderNoId(ctx)
          : loaded.kind === 'not-found'
            ? renderNotFound(loaded.id, ctx)
            : view
              ? this._renderLoaded(view, ctx)
              : renderSkeleton(ctx),
    });
    return html`<article
      part="card"
      class=${this.theme ?? this._config?.theme ?? ''}
      lang=${locale}
      aria-busy=${this._task.status === TaskStatus.PENDING ? 'true' : 'false'}
      aria-label=${view ? ctx.t('customerCard', {name: view.displayName}) : ctx.t('loading')}
    >
      ${body}
    </article>`;
  }
}
