/**
 * The card's settings as it uses them: its own value over its provider's, each checked once per
 * read, and an unusable one ignored with one warning that names the setting (never its value,
 * which may be a token). No lifecycle: the card asks, this answers.
 */
import type {HintOptionsInit} from '../core/hint-options.js';
import type {Transport} from '../data/load.js';
import {customerRequest, pageSizeOf, type CustomerRequest} from '../data/request.js';
import {customerIdOf, delayOf, headersOf, validDate} from '../data/settings.js';
import {requestedLocale} from '../i18n/format.js';
import type {Customer360Config, HeadersHook} from '../provider/context.js';

/** What the card's public properties hold (any value a host may have set). */
export interface CardProperties extends HTMLElement {
  customerId: unknown;
  email: string;
  phone: string;
  phoneRegion: string;
  endpoint: string;
  pageSize: number;
  locale?: string;
  timeout: number;
  retryDelay: number;
  hintsDisabled: boolean;
  hintOptions?: HintOptionsInit;
  now?: Date;
  headers?: Record<string, string>;
  getHeaders?: HeadersHook;
  credentials?: RequestCredentials;
  feedback?: unknown;
}

export class CardSettings {
  private readonly _warned = new Set<string>();

  constructor(
    private readonly _card: CardProperties,
    private readonly _config: () => Customer360Config | undefined,
  ) {}

  /** Who the card asks for and where: what decides whether it loads again (data/request.ts). */
  get request(): CustomerRequest {
    const card = this._card;
    if (pageSizeOf(card.pageSize) !== card.pageSize) this.checked('page-size', undefined, false, 0);
    const {email, phone, phoneRegion, pageSize} = card;
    const endpoint = card.endpoint || this._config()?.endpoint || '';
    const {customerId, hintOptions, locale} = this;
    return customerRequest({customerId, email, phone, phoneRegion, endpoint, pageSize, hintOptions, locale}, document.baseURI);
  }

  /** How requests go out: headers (the provider's, then the card's), the hook, credentials, timeout. */
  get transport(): Transport {
    const card = this._card;
    const config = this._config();
    const hook = card.getHeaders ?? config?.getHeaders;
    return {
      headers: {
        ...this.checked('provider headers', headersOf(config?.headers), config?.headers == null, undefined),
        ...this.checked('headers', headersOf(card.headers), card.headers == null, undefined),
      },
      getHeaders: this.checked('getHeaders', typeof hook === 'function' ? hook : undefined, hook == null, undefined),
      credentials: card.credentials ?? config?.credentials,
      timeout: this.checked('timeout', delayOf(card.timeout) || undefined, card.timeout == null, 10_000),
    };
  }

  /** The customer id as a string (a number is accepted); anything else is no customer. */
  get customerId(): string {
    return this.checked('customer-id', customerIdOf(this._card.customerId), this._card.customerId == null, '');
  }

  /** The host's clock when it is a usable `Date`; `undefined` for the current time. */
  get now(): Date | undefined {
    return this.checked('now', validDate(this._card.now), this._card.now == null, undefined);
  }

  get retryDelay(): number {
    return this.checked('retry-delay', delayOf(this._card.retryDelay), this._card.retryDelay == null, 1000);
  }

  /** Feedback (dismissals sent, notes): the card's `feedback`, else its provider's; `on` unless `off`. */
  get feedback(): boolean {
    const value = this._card.feedback ?? this._config()?.feedback;
    return this.checked('feedback', value === 'off' ? false : value == null || value === 'on' || undefined, value == null, true);
  }

  get hintsDisabled(): boolean {
    return this._card.hintsDisabled || Boolean(this._config()?.hintsDisabled);
  }

  get hintOptions(): HintOptionsInit | undefined {
    return this._card.hintOptions ?? this._config()?.hintOptions;
  }

  /** The language asked for: the card's, its provider's, the closest `lang`, the browser's. */
  get locale(): string {
    const locale = this._card.locale ?? this._config()?.locale;
    return requestedLocale(this._card, typeof locale === 'string' ? locale : undefined);
  }

  /**
   * `value` when the host's setting was usable, else `fallback` with one warning naming the
   * setting. `unset` settings use the fallback silently.
   */
  checked<T, F>(name: string, value: T | undefined, unset: boolean, fallback: F): T | F {
    if (value !== undefined) return value;
    if (!unset) this.warnOnce(`bad ${name}`, `customer-360: ${name} is not usable; it is ignored.`);
    return fallback;
  }

  /** `message` on the console, once per card and `key`. */
  warnOnce(key: string, message: string): void {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(message);
  }
}
