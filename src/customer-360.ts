import {LitElement, html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {TaskStatus} from '@lit/task';
import {ClockController} from './controllers/clock.js';
import {BriefController} from './controllers/brief.js';
import {FeedbackController} from './controllers/feedback.js';
import {FilesController} from './controllers/files.js';
import {FocusController} from './controllers/focus.js';
import {HintsController} from './controllers/hints.js';
import {LoadController} from './controllers/load.js';
import type {Timers} from './controllers/retry.js';
import {CardSettings} from './controllers/settings.js';
import {HistoryController} from './controllers/history.js';
import {customerTimeZone} from './data/derive.js';
import {LoadFailure} from './data/errors.js';
import {loadContactsPage, sharedKey} from './data/load.js';
import {sameRequest, type CustomerRequest} from './data/request.js';
import type {CustomerView} from './data/view-model.js';
import {emit} from './events.js';
import {hintEngine} from './hints/lazy.js';
import type {HintOptionsInit} from './core/hint-options.js';
import type {Hint, HintRule} from './hints/types.js';
import {resolveHintOptions} from './core/hint-options.js';
import {customer360Context, type Customer360Config, type HeadersHook, type Theme} from './provider/context.js';
import {textDirection, translate} from './i18n/format.js';
import {styles} from './customer-360.styles.js';
import type {RenderContext} from './ui/context.js';
import {renderCustomer} from './ui/card.js';
import {briefFor} from './ui/hints.js';
import {renderError, renderLookupState, renderNoId, renderNotFound, renderSkeleton} from './ui/states.js';

/**
 * `<customer-360>`: who this customer is and what to do (or not) on this call.
 *
 * @tag customer-360
 * @summary A customer card with tenure, products, open tickets, contact history and do/don't hints, loaded over GraphQL.
 *
 * @fires {CustomEvent<LoadedDetail>} customer360-loaded - The customer finished loading (`detail: {customerId, found, lookup?, match?, count?}`); a lookup by email or phone names its kind (`lookup: 'email' | 'phone'`), never its value; `match: 'no-match' | 'ambiguous'` when it found nobody or several.
 * @fires {CustomEvent<ErrorDetail>} customer360-error - Loading failed, once per failed attempt (automatic retries included) (`detail: {customerId, reason, status?, configuration, lookup?}`); `reason` is a stable code, `configuration` true when only the card's setup can fix it (`invalid-email` / `invalid-phone`: the value cannot be looked up, nothing was sent).
 * @fires {CustomEvent<HintDismissDetail>} customer360-hint-dismiss - The agent dismissed a hint, once per hint folded into the dismissed row (`detail: {customerId, hintId, hintIds, reason, note}`); with `feedback` on, the row is then also sent to the server (docs/feedback.md).
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
 * @csspart unsaved - A dismissal (or a note) the server has not stored yet, with its Retry button.
 * @csspart notes - The customer's notes (with `feedback` on and a server that has them): the latest, the rest one click away, the form to add one.
 * @csspart note - One note (author, time, text).
 * @csspart show-more-notes - The notes' "show N more" / "show fewer" button.
 * @csspart add-note - The "Add a note" button that opens the note form.
 * @csspart note-form - The "add a note" form, once the agent opened it.
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

  /** The card's settings over its provider's, each unusable one ignored with a warning. */
  private readonly _settings = new CardSettings(this, () => this._config);

  // Controllers. The load re-runs only when the request's identity changes (see data/request.ts):
  // display settings (theme, locale, hints, clock) never reach it.
  private readonly _load = new LoadController(this, {
    request: () => this._request,
    config: () => this._config,
    transport: () => this._settings.transport,
    files: () => this._files.pending,
    retryDelay: () => this._settings.retryDelay,
    timers: () => this.timers,
    started: () => this._history.reset(),
    reload: () => this.refresh(),
    warn: (key, message) => this._settings.warnOnce(key, message),
  });

  private readonly _history = new HistoryController(this, {
    // Pages go by the CRM id of the customer shown, also after a lookup by email or phone.
    fetchPage: (customerId, after, signal) =>
      loadContactsPage(this._load.running ?? this._request, customerId, this._settings.transport, after, signal),
  });

  /** The language file and the hint engine, loaded beside the script when first needed. */
  private readonly _files = new FilesController(this, (key, message) => this._settings.warnOnce(key, message));

  /** One instant per update for the header, the dates and the hints. */
  private readonly _clock = new ClockController(this, () => this._settings.now);

  private readonly _hints = new HintsController(
    this,
    () => ({
      view: this._load.view,
      engine: hintEngine(),
      disabled: this._settings.hintsDisabled,
      now: this._clock.now,
      locale: this._shownLocale,
      options: this._settings.hintOptions,
      providerRules: this._config?.hintRules,
      rules: this.hintRules,
      suppress: this.suppressHints,
      promotionsDisabled: Boolean(this.promotionsDisabled || this._config?.promotionsDisabled),
    }),
    (message) => this._settings.warnOnce(message, message),
  );

  /** What the agent did with the brief: dismissed, opened, expanded rows. */
  private readonly _brief = new BriefController(
    this,
    () => this._shownId,
    (ids, dismissal) =>
      this._feedback.dismiss(
        this._shownId,
        // In the row's order, its lead first (the "not saved" line names it).
        ids.flatMap((id) => this._hints.hints.filter((h) => h.id === id)),
        dismissal,
      ),
  );

  /** Dismissals sent to the server, and notes (a file of their own, loaded once a customer shows). */
  private readonly _feedback = new FeedbackController(
    this,
    () => ({
      on: this._settings.feedback,
      shown: this._load.view?.id,
      endpoint: 'url' in this._request ? this._request.url : undefined,
      transport: this._settings.transport,
      timers: this.timers,
      delay: this._settings.retryDelay,
    }),
    (name, load) => this._files.wantBeside(name, `${name}.js`, load),
  );

  private readonly _focus = new FocusController(this, (action) => {
    if (action === 'retry') return this._load.pending || this._load.status === TaskStatus.INITIAL;
    const view = this._load.view;
    return Boolean(view && this._history.state(view.id, view.contacts).loading);
  });

  // Private state.
  /** What the data settings ask for; recomputed before each update (see `willUpdate`). */
  private _request: CustomerRequest = {kind: 'no-id', key: '', identity: 'none'};

  /** The enclosing provider's shared configuration, if any. */
  @consume({context: customer360Context, subscribe: true})
  @state()
  private _config?: Customer360Config;

  // Public properties.
  /** The CRM id of the customer to show (at most 256 characters). Wins over `email` and `phone`. Changing it aborts the previous request. */
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

  /**
   * `off`: dismissals are not sent to the server (the `customer360-hint-dismiss` event only) and
   * the notes section is hidden; `on` (the default): dismissals are sent as
   * `Mutation.dismissHint` and the customer's notes shown, when the server has them (see
   * docs/feedback.md). Unset: the provider's, else on.
   */
  @property() feedback?: 'on' | 'off';

  /** Hint ids the host turns off, whatever their source (e.g. `['preferred-channel']`). */
  @property({attribute: false}) suppressHints?: readonly string[];

  /**
   * The clock the hints and dates use: a `Date` within year 9999 either side of 1970 (else ignored,
   * with a warning). Unset: the current time, read once per update; the card updates when the minute changes.
   */
  @property({attribute: false}) now?: Date;

  /** Extra request headers, e.g. `{Authorization: 'Bearer …'}`. Never reflected or logged. */
  @property({attribute: false}) headers?: Record<string, string>;

  /** Called before each request for fresh headers (e.g. a refreshed token); merged over `headers`. */
  @property({attribute: false}) getHeaders?: HeadersHook;

  /** `fetch` credentials mode: `include` sends cookies to a cross-origin endpoint. */
  @property() credentials?: RequestCredentials;

  /** The timers automatic retries use (default: the browser's): a test's fake clock, or a host's scheduler. */
  @property({attribute: false}) timers?: Timers;

  /** Every hint (dismissed and not-yet-expanded ones included), in priority order. Empty until loaded. */
  get hints(): readonly Hint[] {
    return this._hints.hints;
  }

  /** Reloads the current customer from the server. */
  refresh(): void {
    this._load.retry.reset();
    this._files.retry('engine');
    this._config?.cache.invalidate(sharedKey(this._request, this._settings.transport));
    void this._load.run();
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

  override willUpdate(changed: PropertyValues<this>): void {
    const request = this._settings.request;
    // A different request is a fresh start: no retry of the old one, no pages of the old one.
    if (!sameRequest(request, this._request)) this._load.retry.reset();
    this._request = request;
    this._files.wantLocale(this._settings.locale);
    // Hints need the engine once there is someone to load (a card waiting for its customer asks for nothing).
    if (!this._settings.hintsDisabled && (request.kind === 'query' || request.kind === 'lookup')) this._files.wantEngine();
    if (changed.has('customerId') || changed.has('email') || changed.has('phone')) this._brief.reset();
  }

  /** The locale the card shows: the requested one once its texts are in, English until then. */
  private get _shownLocale(): string {
    return this._files.shown(this._settings.locale);
  }

  /** The CRM id events carry: the shown customer's (also when found by email or phone). */
  private get _shownId(): string {
    return this._load.view?.id ?? this._settings.customerId;
  }

  // Handlers.
  private _onRetry = () => {
    this._focus.retried();
    this.refresh();
  };

  private _onMore = (view: CustomerView) => {
    const history = this._history.state(view.id, view.contacts);
    if (!history.loading) this._focus.more(history.page.items.length);
    void this._history.more(view.id, view.contacts);
  };

  /** Back to the first history page; focus goes on to "show more", where the agent can go on. */
  private _onNewest = async () => {
    this._history.reset();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="show-more"]')?.focus();
  };

  // Rendering.
  private _renderLoaded(view: CustomerView, ctx: RenderContext) {
    const off = this._settings.hintsDisabled;
    const hints = off ? [] : this._hints.hints;
    const brief = briefFor(off ? undefined : hintEngine(), hints, this._brief.dismissed, view, ctx.locale);
    const {dismissed, dismissing, expanded, evidenceShown, onEvidence, onExpand, onAskDismiss, onDismiss} = this._brief;
    const failed = view.failed.includes('summary') || view.failed.includes('offers');
    const panel = {hints, brief, dismissed, dismissing, expanded, evidenceShown, onEvidence, onExpand, onAskDismiss, onDismiss};
    return renderCustomer(view, ctx, {
      brief,
      hints: off ? undefined : {...panel, failed, unavailable: this._files.failed('engine')},
      feedback: this._feedback.render(view.id, ctx),
      history: this._history.state(view.id, view.contacts),
      onMore: () => this._onMore(view),
      onNewest: this._onNewest,
      onOpen: (type, id) => emit(this, 'customer360-open', {customerId: this._shownId, type, id}),
    });
  }

  override render() {
    const locale = this._shownLocale;
    const view = this._load.view;
    const ctx: RenderContext = {
      locale,
      t: (key, params) => translate(locale, key, params),
      now: this._clock.now,
      // One zone for every date the card shows: the customer's, checked, else the jurisdiction's.
      timeZone: view && customerTimeZone(view, resolveHintOptions(this._settings.hintOptions).jurisdiction.defaultTimeZone),
    };
    const body = this._load.render({
      initial: () => renderSkeleton(ctx),
      pending: () => renderSkeleton(ctx),
      error: (error) =>
        renderError(
          error instanceof LoadFailure ? error : new LoadFailure('bad-response'),
          ctx,
          this._onRetry,
          this._load.retry.retryIn,
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
      aria-busy=${this._load.pending ? 'true' : 'false'}
      aria-label=${view ? ctx.t('customerCard', {name: view.displayName}) : ctx.t('loading')}
    >
      ${body}
    </article>`;
  }
}
