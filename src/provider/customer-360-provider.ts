import {LitElement, css, html, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {provide} from '@lit/context';
import type {HintOptionsInit, HintRule} from '../hints/index.js';
import {CustomerBatcher} from '../data/batch.js';
import {delayOf} from '../data/settings.js';
import {DEFAULT_TTL, RequestCache} from './cache.js';
import {customer360Context, type Customer360Config, type HeadersHook, type Theme} from './context.js';

/**
 * `<customer-360-provider>`: one configuration for every `<customer-360>` inside it, and one
 * request per customer however many cards show it.
 *
 * @tag customer-360-provider
 * @summary Shares endpoint, auth, locale, theme and hint options with nested customer cards, and de-duplicates their requests.
 * @slot - The cards (and anything else).
 */
export class Customer360Provider extends LitElement {
  // The provider adds no box of its own: cards lay out as if it were not there.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly _cache = new RequestCache();
  private readonly _batcher = new CustomerBatcher();
  private _revision = 0;
  /** A warning about an unusable setting was given (once per provider). */
  private _warned = false;

  @provide({context: customer360Context})
  protected _config: Customer360Config = this._makeConfig();

  /** GraphQL endpoint for every card inside; relative URLs resolve against the page. */
  @property() endpoint?: string;

  /** Language for every card inside (cards' own `locale` wins). */
  @property() locale?: string;

  /** `light` or `dark` for every card inside; unset follows the system. */
  @property() theme?: Theme;

  /** `fetch` credentials mode for every request (`include` for cookie-based intranets). */
  @property() credentials?: RequestCredentials;

  /**
   * How long (ms) a loaded customer is reused before it is asked for again; 0 reuses nothing
   * once answered. Not a number, or negative: the default, with one warning.
   */
  @property({type: Number, attribute: 'cache-ttl'}) cacheTtl = 60_000;

  /** Turns every card's hint panel off. */
  @property({type: Boolean, attribute: 'hints-disabled'}) hintsDisabled = false;

  /** Host-wide quiet period: no promotional hint in any card (e.g. a day of national mourning). */
  @property({type: Boolean, attribute: 'promotions-disabled'}) promotionsDisabled = false;

  /** `off`: no card inside sends dismissals to the server or shows notes, unless it sets its own `feedback`. */
  @property() feedback?: 'on' | 'off';

  /** Static request headers. Never reflected, logged or put in events. */
  @property({attribute: false}) headers?: Record<string, string>;

  /** Called before each request for fresh headers (token refresh). */
  @property({attribute: false}) getHeaders?: HeadersHook;

  /** Hint thresholds and jurisdiction for every card inside. */
  @property({attribute: false}) hintOptions?: HintOptionsInit;

  /** Extra hint rules for every card inside. */
  @property({attribute: false}) hintRules?: readonly HintRule[];

  /** Forgets every cached customer, and reloads the cards inside. */
  refresh(): void {
    this._cache.invalidate();
    this._revision++;
    this._config = this._makeConfig();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cacheTtl')) {
      // As the card does with its own settings: a value it cannot use gives the default and one
      // warning naming the setting, never its value; unset is silent.
      const ttl = delayOf(this.cacheTtl);
      if (ttl === undefined && this.cacheTtl != null && !this._warned) {
        this._warned = true;
        console.warn('customer-360: provider cache-ttl is not usable; it is ignored.');
      }
      this._cache.ttl = ttl ?? DEFAULT_TTL;
    }
    // A new object notifies the subscribed cards.
    if ([...changed.keys()].some((key) => key !== '_config')) this._config = this._makeConfig();
  }

  private _makeConfig(): Customer360Config {
    return {
      endpoint: this.endpoint,
      headers: this.headers,
      getHeaders: this.getHeaders,
      credentials: this.credentials,
      locale: this.locale,
      theme: this.theme,
      hintOptions: this.hintOptions,
      hintRules: this.hintRules,
      hintsDisabled: this.hintsDisabled,
      promotionsDisabled: this.promotionsDisabled,
      feedback: this.feedback,
      cache: this._cache,
      batcher: this._batcher,
      revision: this._revision,
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
