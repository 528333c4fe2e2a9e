import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus} from '@lit/task';
import {FilesController} from './controllers/files.js';
import {HistoryController} from './controllers/history.js';
import {RetryController} from './controllers/retry.js';
import {customerTimeZone} from './data/derive.js';
import {LoadFailure, isAbort} from './data/errors.js';
import {loadContactsPage, loadCustomer, sharedKey, type Loaded, type Transport} from './data/load.js';
import {customerIdOf, delayOf, headersOf, redactEndpoint, validDate} from './data/settings.js';
import {customerRequest, pageSizeOf, sameRequest, type CustomerRequest} from './data/request.js';
import type {CustomerView} from './data/view-model.js';
import {emit} from './events.js';
import {hintEngine, loadHintEngine, type HintEngine} from './hints/lazy.js';
import {hintTexts} from './hints/texts.js';
import type {HintOptionsInit} from './core/hint-options.js';
import type {Hint, HintRule} from './hints/types.js';
import {resolveHintOptions} from './core/hint-options.js';
import {share} from './data/share.js';
import {customer360Context, type Customer360Config, type HeadersHook, type Theme} from './provider/context.js';
import {requestedLocale, supportedLocale, textDirection, translate} from './i18n/format.js';
import {hasLocale, loadLocale} from './i18n/locales.js';
import {styles} from './customer-360.styles.js';
import type {RenderContext} from './ui/context.js';
import {MAX_VISIBLE_ROWS} from './hints/compose.js';
import {briefFor, renderHints, type Dismissal} from './ui/hints.js';
import {renderHeader, renderHistory, renderProducts, renderTickets} from './ui/sections.js';
import {renderError, renderLookupState, renderNoId, renderNotFound, renderSkeleton} from './ui/states.js';

/**
 * The end of the warning for a file the script loads from beside itself: module imports are
 * CORS requests, so a script host on another origin must allow the page (docs/cross-origin.md).
 */
const NOT_BESIDE = ' (beside the script) could not be loaded: is it deployed there, with CORS headers if that is another origin?';

/**
 * `<customer-360>`: who this customer is and what to do (or not) on this call.
 *
 * @tag customer-360
 * @summary A customer card with tenure, products, open tickets, contact history and do/don't hints, loaded over GraphQL.
 *
 * @fires {CustomEvent<LoadedDetail>} customer360-loaded - The customer finished loading (`detail: {customerId, found, lookup?, match?, count?}`); a lookup by email or phone names its kind (`lookup: 'email' | 'phone'`), never its value; `match: 'no-match' | 'ambiguous'` when it found nobody or several.
 * @fires {CustomEvent<ErrorDetail>} customer360-error - Loading failed (`detail: {customerId, reason, status?, configuration, lookup?}`); `reason` is a stable code, `configuration` true when only the card's setup can fix it (`invalid-email` / `invalid-phone`: the value cannot be looked up, nothing was sent).
 * @fires {CustomEvent<HintDismissDetail>} customer360-hint-dismiss - The agent dismissed a hint, once per hint folded into the dismissed row (`detail: {customerId, hintId, hintIds, reason, note}`).
 * @fires {CustomEvent<OpenDetail>} customer360-open - The agent opened a ticket, contact or product (`detail: {customerId, type, id}`).
 *
 * @csspart card - The card's frame.
 * @csspart header - Name, tenure and relationship state.
 * @csspart tenure - The "customer for N years" badge.
 * @csspart state - The relationship state badge.
 * @csspart state-facts - The few facts behind the state ("1 awaiting our reply · 5 contacts in 90 days").
 * @csspart address - How to greet the person (preferred name, else recorded title and surname, else the full name and "no title on record"); carries `data-hint-id` and `data-hint-ids`.
 * @csspart channel - The preferred channel and hours chip; carries `data-hint-id="preferred-channel"`.
 * @csspart hints - The call brief: do's and don'ts, at most three rows before "show more".
 * @csspart hint - Each row of the brief (also `hint-do` or `hint-dont`, and `hint-first` on the top row); carries `data-hint-id` (its lead hint) and `data-hint-ids` (every hint folded into it).
 * @csspart evidence - The expandable "why" of a row: the evidence of each hint folded into it.
 * @csspart hints-unavailable - In place of the brief when the hint engine could not be loaded: no sales pitch, check consents, quiet periods and refusals first.
 * @csspart dismissed - The collapsed list of dismissed hints.
 * @csspart products - Owned products.
 * @csspart tickets - Open tickets.
 * @csspart history - Contact history.
 * @csspart pressure - The contacts-per-month chart.
 * @csspart show-all-hints - The "show N more hints" button (only the first three rows show at first).
 * @csspart show-more - The history's "show more" button.
 * @csspart show-newest - The history's "back to the newest" button (once more than 200 rows were loaded).
 * @csspart empty - The "no customer" states (no id, not found, no match, several matches, unusable email or phone; `data-reason` says which).
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

  // Controllers. The load re-runs only when the request's identity changes (see data/request.ts):
  // display settings (theme, locale, hints, clock) never reach it.
  private readonly _task = new Task(this, {
    args: () => [this._request, this._config?.cache, this._config?.revision] as const,
    argsEqual: ([a, cacheA, revA], [b, cacheB, revB]) => sameRequest(a, b) && cacheA === cacheB && revA === revB,
    task: ([request, cache], {signal}): Promise<Loaded> => {
      this._running = request;
      this._history.reset();
      // A card off the page asks for nothing (a property set meanwhile); it loads when back.
      if (!this.isConnected) return Promise.reject(new DOMException('detached', 'AbortError'));
      if (request.kind === 'no-id') this._warnOnce('id', 'customer-360: no customer-id set; nothing to show.');
      if (request.kind === 'bad-endpoint') {
        // Never the whole value: a query string or user info may hold a token.
        this._warnOnce('endpoint', `customer-360: endpoint "${redactEndpoint(request.endpoint)}" is not a usable http(s) URL.`);
      }
      const loaded = loadCustomer(request, this._transport, signal, cache, this._config?.batcher);
      // The engine and the language file are fetched in parallel with the data: the customer
      // appears with the call brief, in the agent's language.
      const files = this._files.pending;
      return files ? Promise.all([loaded, files]).then(([value]) => value) : loaded;
    },
    onComplete: (loaded) => {
      this._retry.reset();
      // Who is asked for may have changed since this run began (the new run starts at the next
      // update): never announce an old customer under the new id, email or phone.
      if (!this.isConnected || loaded.kind === 'no-id' || loaded.identity !== this._request.identity) return;
      // Events name a lookup's kind, never its value.
      if (loaded.kind === 'invalid-lookup') {
        emit(this, 'customer360-error', {
          customerId: '',
          reason: `invalid-${loaded.lookup}`,
          configuration: false,
          lookup: loaded.lookup,
        });
      } else if (loaded.kind === 'found' || loaded.kind === 'not-found') {
        const lookup = loaded.kind === 'found' ? loaded.lookup : undefined;
        emit(this, 'customer360-loaded', {customerId: loaded.id, found: loaded.kind === 'found', ...(lookup ? {lookup} : {})});
      } else {
        const count = loaded.kind === 'ambiguous' ? {count: loaded.count} : {};
        emit(this, 'customer360-loaded', {customerId: '', found: false, lookup: loaded.lookup, match: loaded.kind, ...count});
      }
    },
    onError: (error) => {
      const running = this._running;
      if (isAbort(error) || !this.isConnected || !running || running.identity !== this._request.identity) return;
      const failure = error instanceof LoadFailure ? error : new LoadFailure('bad-response');
      if (failure.reason === 'bad-response') {
        this._warnOnce('response', 'customer-360: the endpoint did not answer with GraphQL JSON; is it a GraphQL endpoint?');
      }
      if (failure.reason === 'cross-origin') {
        this._warnOnce(
          'cors',
          'customer-360: the endpoint answers, but its CORS headers do not allow this page (Access-Control-Allow-Origin).',
        );
      }
      if (failure.reason === 'headers') {
        this._warnOnce(
          'headers',
          'customer-360: getHeaders() threw, did not answer string headers, or did not answer within the timeout.',
        );
      }
      this._retry.failed(failure);
      const id = running.kind === 'query' || running.kind === 'bad-endpoint' ? running.id : '';
      const lookup = running.kind === 'lookup' || running.kind === 'bad-endpoint' ? running.lookup : undefined;
      emit(this, 'customer360-error', {
        customerId: id,
        reason: failure.reason,
        status: failure.status,
        configuration: failure.configuration,
        ...(lookup ? {lookup} : {}),
      });
    },
  });

  private readonly _retry = new RetryController(this, {
    retry: () => void this._task.run(),
    delay: () => this._checked('retry-delay', delayOf(this.retryDelay), this.retryDelay == null, 1000),
  });

  private readonly _history = new HistoryController(this, {
    // Pages go by the CRM id of the customer shown, also after a lookup by email or phone.
    fetchPage: (customerId, after, signal) =>
      loadContactsPage(this._running ?? this._request, customerId, this._transport, after, signal),
  });

  /** The language file and the hint engine, loaded beside the script when first needed. */
  private readonly _files = new FilesController(this);

  // Private state.
  private readonly _warned = new Set<string>();
  /** What the data settings ask for; recomputed before each update (see `willUpdate`). */
  private _request: CustomerRequest = {kind: 'no-id', key: '', identity: 'none'};
  /** The request of the latest load run. */
  private _running?: CustomerRequest;
  private _hints: readonly Hint[] = [];
  /** What the hints depend on, by identity: hints are recomputed only when one of these changes. */
  private _hintInputs: readonly unknown[] = [];
  private _focusDismissed = false;
  /**
   * Where keyboard focus should land once the action under way settles: "Try again" and
   * "Show more" leave the page (a skeleton replaces the error; the last page removes the
   * button), and focus must not fall to the document's body.
   */
  private _focusAfter?: {action: 'retry'} | {action: 'more'; shown: number};
  @state() private _dismissed = new Map<string, Dismissal>();
  @state() private _dismissing?: string;
  @state() private _allHints = false;
  /** The brief rows whose evidence was opened (rendered from then on). */
  @state() private _evidence: ReadonlySet<string> = new Set();

  /** The enclosing provider's shared configuration, if any. */
  @consume({context: customer360Context, subscribe: true})
  @state()
  private _config?: Customer360Config;

  // Public properties.
  /** The CRM id of the customer to show. Wins over `email` and `phone`. Changing it aborts the previous request. */
  @property({attribute: 'customer-id'}) customerId = '';

  /**
   * Look the customer up by this email address when there is no `customer-id` (wins over
   * `phone`). Trimmed and compared case-insensitively; sent only in a POST body, never logged.
   */
  @property() email = '';

  /**
   * Look the customer up by this phone number when there is neither `customer-id` nor `email`.
   * Normalised to E.164 before it is sent; a national number reads in `phone-region`.
   */
  @property() phone = '';

  /** Country (ISO 3166 alpha-2, e.g. `FR`) of phone numbers written without `+`; default: the locale's. */
  @property({attribute: 'phone-region'}) phoneRegion = '';

  /** GraphQL endpoint URL; relative URLs resolve against the page (`/graphql`). */
  @property() endpoint = '';

  /** Language of the card (`en`, `fr`…); defaults to the closest `lang` attribute, then the browser's. */
  @property() locale?: string;

  /** How many history entries to load at first and per "show more". */
  @property({type: Number, attribute: 'page-size'}) pageSize = 5;

  /** Milliseconds before a request counts as timed out (applies from the next request). */
  @property({type: Number}) timeout = 10_000;

  /** Milliseconds before the first automatic retry of a transient failure; doubles each time. */
  @property({type: Number, attribute: 'retry-delay'}) retryDelay = 1000;

  /** `light` or `dark`; unset follows the system preference (or the provider's theme). */
  @property({reflect: true}) theme?: Theme;

  /** Turns the hint panel off, for hosts that must take the machine out of the conversation. */
  @property({type: Boolean, reflect: true, attribute: 'hints-disabled'}) hintsDisabled = false;

  /** Host-wide quiet period: no promotional hint (the `quiet-period` hint says why). */
  @property({type: Boolean, attribute: 'promotions-disabled'}) promotionsDisabled = false;

  /** Thresholds and jurisdiction for the hint rules (see docs/hints.md); a longer window reloads. */
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
    this._retry.reset();
    this._files.retry('engine');
    this._config?.cache.invalidate(sharedKey(this._request, this._transport));
    void this._task.run();
  }

  // Lifecycle.
  /**
   * Resolves once the whole card is rendered in its language (a card switched to a language
   * whose file is still loading shows its previous language until the file is in) with its
   * hints (the engine's file).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._files.pending) {
      await this._files.pending;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it in error or mid-request (the request was aborted):
    // load again. A loaded card stays as it was.
    if (this.hasUpdated && (this._task.status === TaskStatus.ERROR || this._task.status === TaskStatus.PENDING)) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page: the request is aborted (the controllers cancel the retry timer and the
    // history page); nothing is fired afterwards.
    this._task.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const request = customerRequest(
      {
        customerId: this._customerId,
        email: this.email,
        phone: this.phone,
        phoneRegion: this.phoneRegion,
        endpoint: this.endpoint || this._config?.endpoint || '',
        pageSize: this.pageSize,
        hintOptions: this._hintOptions,
        locale: this._locale,
      },
      document.baseURI,
    );
    if (pageSizeOf(this.pageSize) !== this.pageSize) this._checked('page-size', undefined, false, 0);
    // A different request is a fresh start: no retry of the old one, no pages of the old one.
    if (!sameRequest(request, this._request)) this._retry.reset();
    this._request = request;
    this._ensureLocale();
    this._ensureEngine();
    if (changed.has('customerId') || changed.has('email') || changed.has('phone')) {
      this._allHints = false;
      this._evidence = new Set();
      this._dismissed = new Map();
      this._dismissing = undefined;
    }
    this._updateHints();
  }

  override updated(changed: PropertyValues<this>): void {
    // Keyboard users land where they can act: in the dismiss form when it opens, back on the
    // hint's button when it closes, on the dismissed list once a hint went there.
    const root = this.renderRoot;
    this._restoreFocus(root);
    if (this._focusDismissed) {
      this._focusDismissed = false;
      root.querySelector<HTMLElement>('.dismissed summary')?.focus();
    } else if (changed.get('_allHints' as keyof Customer360) === false && this._allHints) {
      // The "show more" button is gone: continue on the first hint it revealed.
      root.querySelectorAll<HTMLElement>('[part~="hint"] button.link')[MAX_VISIBLE_ROWS]?.focus();
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

  /**
   * After "Try again": the retry button again if it failed again, else the card itself.
   * After "Show more": the button if more remain, else the first entry it revealed. Only
   * when focus was lost meanwhile (never taken from wherever the agent went since).
   */
  private _restoreFocus(root: HTMLElement | DocumentFragment) {
    const after = this._focusAfter;
    if (!after) return;
    let target: HTMLElement | null | undefined;
    if (after.action === 'retry') {
      if (this._task.status === TaskStatus.PENDING || this._task.status === TaskStatus.INITIAL) return;
      target = root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('[part~="card"]');
    } else {
      const view = this._view;
      if (view && this._history.state(view.id, view.contacts).loading) return;
      target =
        root.querySelector<HTMLElement>('[part~="show-more"]') ??
        root.querySelectorAll<HTMLElement>('[part~="history"] li button')[after.shown] ??
        root.querySelector<HTMLElement>('[part~="card"]');
    }
    this._focusAfter = undefined;
    const active = document.activeElement;
    const lost = !active || active === document.body || (active === this && !this.shadowRoot?.activeElement);
    if (lost) target?.focus();
  }

  /**
   * English is built in; another language's texts are a file loaded the first time a card
   * shows that language (src/i18n/locales.ts). Until it is in, the card shows English (or
   * waits, on a first load: see the task); if it cannot load, English stays, with a warning.
   */
  private _ensureLocale() {
    const language = supportedLocale(this._locale);
    if (hasLocale(language)) return;
    this._files.want(
      `locale ${language}`,
      () => loadLocale(language),
      () => this._warnOnce(`locale ${language}`, `customer-360: locales/${language}.js${NOT_BESIDE} Showing English.`),
    );
  }

  /**
   * The hint rules are a file of their own (src/hints/lazy.ts), asked for once a card needs
   * hints. If it cannot be loaded the card says so where the hints would be, with a warning;
   * `refresh()` tries again.
   */
  private _ensureEngine() {
    if (hintEngine() || this._hintsDisabled) return;
    // Only once there is someone to load: a card waiting for its customer asks for nothing.
    if (this._request.kind !== 'query' && this._request.kind !== 'lookup') return;
    this._files.want(
      'engine',
      () => loadHintEngine().then(Boolean),
      () => this._warnOnce('engine', `customer-360: hints-engine.js${NOT_BESIDE}`),
    );
  }

  /** The locale the card shows: the requested one once its texts are in, English until then. */
  private get _shownLocale(): string {
    const locale = this._locale;
    return hasLocale(supportedLocale(locale)) ? locale : 'en';
  }

  // Settings, as the card's own values over the provider's.
  private get _transport(): Transport {
    const config = this._config;
    const hook = this.getHeaders ?? config?.getHeaders;
    return {
      headers: {
        ...this._checked('provider headers', headersOf(config?.headers), config?.headers == null, undefined),
        ...this._checked('headers', headersOf(this.headers), this.headers == null, undefined),
      },
      getHeaders: this._checked('getHeaders', typeof hook === 'function' ? hook : undefined, hook == null, undefined),
      credentials: this.credentials ?? config?.credentials,
      timeout: this._checked('timeout', delayOf(this.timeout) || undefined, this.timeout == null, 10_000),
    };
  }

  /** The customer id as a string (a number is accepted); anything else is no customer, with a warning. */
  private get _customerId(): string {
    return this._checked('customer-id', customerIdOf(this.customerId), this.customerId == null, '');
  }

  /** The host's clock when it is a valid `Date`, else the current time (with a warning). */
  private get _now(): Date | undefined {
    return this._checked('now', validDate(this.now), this.now == null, undefined);
  }

  /**
   * `value` when the host's setting was usable, else `fallback` with one warning naming the
   * setting (never its value: it may be a token). `unset` settings use the fallback silently.
   */
  private _checked<T, F>(name: string, value: T | undefined, unset: boolean, fallback: F): T | F {
    if (value !== undefined) return value;
    if (!unset) this._warnOnce(`bad ${name}`, `customer-360: ${name} is not usable; it is ignored.`);
    return fallback;
  }

  private get _hintsDisabled(): boolean {
    return this.hintsDisabled || Boolean(this._config?.hintsDisabled);
  }

  private get _hintOptions(): HintOptionsInit | undefined {
    return this.hintOptions ?? this._config?.hintOptions;
  }

  private get _locale(): string {
    const locale = this.locale ?? this._config?.locale;
    return requestedLocale(this, typeof locale === 'string' ? locale : undefined);
  }

  /** The loaded customer, only if it is the one currently asked for (same id, email or phone). */
  private get _view(): CustomerView | undefined {
    const value = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    return value?.kind === 'found' && value.identity === this._request.identity ? value.view : undefined;
  }

  /** The CRM id events carry: the shown customer's (also when found by email or phone). */
  private get _shownId(): string {
    return this._view?.id ?? this._customerId;
  }

  private _warnOnce(key: string, message: string) {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(message);
  }

  /**
   * Recomputes the hints when their inputs changed, not on every render (opening a dismiss
   * form, a retry countdown or a "show more" page must not re-run the rules).
   */
  private _updateHints() {
    const view = this._view;
    const config = this._config;
    const engine = hintEngine();
    const inputs = [
      engine,
      view,
      this._hintsDisabled,
      this._now,
      this._shownLocale,
      this.hintOptions,
      this.hintRules,
      this.suppressHints,
      this.promotionsDisabled,
      config,
    ];
    if (inputs.every((value, i) => Object.is(value, this._hintInputs[i]))) return;
    this._hintInputs = inputs;
    this._hints = view && !this._hintsDisabled && engine ? this._hintsOf(view, engine) : [];
  }

  /** The hints for `view` with the card's settings (shared with cards of the same view and settings). */
  private _hintsOf(view: CustomerView, engine: HintEngine): readonly Hint[] {
    const config = this._config;
    const locale = this._shownLocale;
    const texts = hintTexts(supportedLocale(locale));
    // Host rules and suppressions are checked one by one inside computeHints (a faulty one
    // costs its own hints, with one warning); a list that is not a list is set aside here.
    const warn = (message: string) => this._warnOnce(message, message);
    const list = (value: unknown, name: string): unknown[] => {
      if (Array.isArray(value) || value == null) return (value as unknown[] | undefined) ?? [];
      warn(`customer-360: ${name} ignored: not an array.`);
      return [];
    };
    const rules = [...list(config?.hintRules, 'provider hintRules'), ...list(this.hintRules, 'hintRules')] as HintRule[];
    const suppress = list(this.suppressHints, 'suppressHints') as string[];
    const promotionsDisabled = this.promotionsDisabled || config?.promotionsDisabled;
    const compute = () =>
      engine.computeHints(view, {
        now: this._now,
        locale,
        texts,
        options: this._hintOptions,
        rules,
        suppress,
        promotionsDisabled,
        onWarning: warn,
      });
    try {
      // Cards showing the same view with the same settings (and clock, to the minute when it
      // is the current time) share one result; host rules are the host's code: never shared.
      const now = this._now?.getTime() ?? `${Math.floor(Date.now() / 60_000)} min`;
      return rules.length
        ? compute()
        : share(view, [now, locale, this._hintOptions, this.suppressHints, promotionsDisabled], compute);
    } catch {
      // Not expected (every host piece is isolated): then the built-in hints alone, never
      // none. The warning never quotes the error, which may hold customer data.
      this._warnOnce('hints', 'customer-360: host hint settings ignored.');
      try {
        return engine.computeHints(view, {now: this._now, locale, texts});
      } catch {
        return [];
      }
    }
  }

  // Handlers.
  private _onRetry = () => {
    this._focusAfter = {action: 'retry'};
    this.refresh();
  };

  private _onMore = (view: CustomerView) => {
    const history = this._history.state(view.id, view.contacts);
    if (!history.loading) this._focusAfter = {action: 'more', shown: history.page.items.length};
    void this._history.more(view.id, view.contacts);
  };

  /** Dismissing a row dismisses every hint folded into it: one event per hint id. */
  private _onDismiss = (hintIds: readonly string[], dismissal: Dismissal) => {
    const dismissed = new Map(this._dismissed);
    for (const hintId of hintIds) dismissed.set(hintId, dismissal);
    this._dismissed = dismissed;
    this._dismissing = undefined;
    this._focusDismissed = true;
    for (const hintId of hintIds) {
      emit(this, 'customer360-hint-dismiss', {customerId: this._shownId, hintId, hintIds: [...hintIds], ...dismissal});
    }
  };

  /** Back to the first history page; focus goes on to "show more", where the agent can go on. */
  private _onNewest = async () => {
    this._history.reset();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="show-more"]')?.focus();
  };

  private _onEvidence = (id: string) => {
    if (!this._evidence.has(id)) this._evidence = new Set([...this._evidence, id]);
  };

  private _onExpandHints = () => {
    this._allHints = true;
  };

  private _onAskDismiss = (hintId: string | undefined) => {
    this._dismissing = hintId;
  };

  private _open(type: 'ticket' | 'contact' | 'product', id: string) {
    emit(this, 'customer360-open', {customerId: this._shownId, type, id});
  }

  // Rendering.
  private _renderLoaded(view: CustomerView, ctx: RenderContext) {
    const history = this._history.state(view.id, view.contacts);
    const open = (type: 'ticket' | 'contact' | 'product') => (item: {id: string}) => this._open(type, item.id);
    const brief = briefFor(this._hintsDisabled ? [] : this._hints, this._dismissed, view, ctx.locale);
    return html`${renderHeader(view, ctx, brief)}
      ${view.invalid.length ? html`<p class="invalid" role="note">${ctx.t('someInvalid')}</p>` : nothing}
      <div class="body">
        ${
          this._hintsDisabled
            ? nothing
            : renderHints(
                {
                  hints: this._hints,
                  brief,
                  dismissed: this._dismissed,
                  dismissing: this._dismissing,
                  failed: view.failed.includes('summary') || view.failed.includes('offers'),
                  unavailable: this._files.failed('engine'),
                  expanded: this._allHints,
                  evidenceShown: this._evidence,
                  onEvidence: this._onEvidence,
                  onExpand: this._onExpandHints,
                  onAskDismiss: this._onAskDismiss,
                  onDismiss: this._onDismiss,
                },
                ctx,
              )
        }
        <div class="grid">
          ${renderTickets(view, ctx, open('ticket'))} ${renderProducts(view, ctx, open('product'))}
          ${renderHistory(view, history.page, ctx, {
            loading: history.loading,
            failed: history.failed,
            onMore: () => this._onMore(view),
            onNewest: this._onNewest,
            onOpen: open('contact'),
          })}
        </div>
      </div>`;
  }

  override render() {
    const locale = this._shownLocale;
    const view = this._view;
    const ctx: RenderContext = {
      locale,
      t: (key, params) => translate(locale, key, params),
      now: this._now ?? new Date(),
      timeZone: view?.timeZone,
      calendarZone: view && customerTimeZone(view, resolveHintOptions(this._hintOptions).jurisdiction.defaultTimeZone),
    };
    const body = this._task.render({
      initial: () => renderSkeleton(ctx),
      pending: () => renderSkeleton(ctx),
      error: (error) =>
        renderError(
          error instanceof LoadFailure ? error : new LoadFailure('bad-response'),
          ctx,
          this._onRetry,
          this._retry.retryIn,
        ),
      complete: (loaded) =>
        loaded.kind === 'no-id'
          ? renderNoId(ctx)
          : loaded.identity !== this._request.identity
            ? renderSkeleton(ctx)
            : loaded.kind === 'not-found'
              ? renderNotFound(loaded.id, ctx)
              : loaded.kind === 'found'
                ? view
                  ? this._renderLoaded(view, ctx)
                  : renderSkeleton(ctx)
                : renderLookupState(loaded.kind, loaded.lookup, loaded.kind === 'ambiguous' ? loaded.count : 0, ctx),
    });
    return html`<article
      part="card"
      tabindex="-1"
      class=${this.theme ?? this._config?.theme ?? ''}
      lang=${locale}
      dir=${textDirection(locale)}
      aria-busy=${this._task.status === TaskStatus.PENDING ? 'true' : 'false'}
      aria-label=${view ? ctx.t('customerCard', {name: view.displayName}) : ctx.t('loading')}
    >
      ${body}
    </article>`;
  }
}
