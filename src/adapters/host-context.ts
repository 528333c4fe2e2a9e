/**
 * Generic host adapters: any host tool that can post a message to the card's frame, or put the
 * customer id in the page URL.
 *
 * postMessage: the host posts `{type: 'customer-360:context', customerId, locale?}` (an object
 * or its JSON string) to the frame; only exact allowed origins are read.
 *
 *     // in the frame
 *     connectPostMessage(card, {allowedOrigins: ['https://crm.example.com']});
 *     // in the host
 *     frame.contentWindow.postMessage({type: 'customer-360:context', customerId: '42', locale: 'fr'}, 'https://cards.example.com');
 *
 * URL: `customer.html?customerId=42`, following back/forward navigation.
 *
 *     connectUrlParam(card); // or connectUrlParam(card, 'cid')
 */
import {readData, setCustomerId, setLocale, toCustomerId, toLocale, toOriginSet, warnOnce} from './shared.js';

/** The default `type` of a context message. */
export const HOST_CONTEXT_TYPE = 'customer-360:context';

/** What a host posts. Fields other than these are ignored. */
export interface HostContextMessage {
  type: string;
  /** The customer to show: a string or number (at most 200 characters); `null` or `''` clears the card; absent leaves it. */
  customerId?: string | number | null;
  /** A BCP 47 language tag for the card (`en`, `fr-FR`); an invalid tag is ignored. */
  locale?: string;
}

export interface PostMessageOptions {
  /** Exact origins of the host pages allowed to drive the card. Required; wildcards are refused. */
  allowedOrigins: readonly string[];
  /** The `type` the messages carry; default `'customer-360:context'`. */
  type?: string;
}

/**
 * The context in a host message (an object or a JSON string), or `undefined` for a message of
 * another type or a malformed one (a `customerId` that is not a string, number or `null`). An
 * unusable id (too long, control characters) reads as `''`: the card shows no one rather than
 * keep the previous customer. Pure; never throws.
 */
export function readHostContext(message: unknown, type = HOST_CONTEXT_TYPE): {customerId?: string; locale?: string} | undefined {
  const data = readData(message);
  if (!data || data.type !== type) return undefined;
  const {customerId, locale} = data;
  const context: {customerId?: string; locale?: string} = {};
  if (customerId !== undefined) {
    if (customerId !== null && typeof customerId !== 'string' && typeof customerId !== 'number') return undefined;
    context.customerId = toCustomerId(customerId) ?? '';
  }
  const tag = toLocale(locale);
  if (tag) context.locale = tag;
  return context;
}

/**
 * Sets the card's `customerId` (and `locale`, when given) from each context message posted
 * from an allowed origin. Returns a function that stops listening.
 *
 * @param card A `<customer-360>` element (upgraded or not).
 * @throws {TypeError} When `allowedOrigins` is empty or holds anything but exact origins.
 */
export function connectPostMessage(card: Element, options: PostMessageOptions): () => void {
  const origins = toOriginSet(options.allowedOrigins, 'connectPostMessage');
  const type = options.type ?? HOST_CONTEXT_TYPE;
  const warn = warnOnce();

  const onMessage = (event: MessageEvent) => {
    // The origin first: a message from elsewhere is never read, let alone parsed.
    if (!origins.has(event.origin)) {
      warn(
        event.origin,
        `customer-360: ignored messages from ${event.origin}, which is not in the allowedOrigins of connectPostMessage.`,
      );
      return;
    }
    const context = readHostContext(event.data, type);
    if (!context) return;
    if (context.locale) setLocale(card, context.locale);
    if (context.customerId !== undefined) setCustomerId(card, context.customerId);
  };

  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/**
 * The customer id in a URL's query string (`?customerId=42`), trimmed; `undefined` when the
 * parameter is absent, blank, or unusable (over 200 characters, control characters).
 */
export function customerIdFromUrl(param = 'customerId', url: string | URL = window.location.href): string | undefined {
  let value: string | null;
  try {
    value = new URL(url, window.location.href).searchParams.get(param);
  } catch {
    return undefined;
  }
  return toCustomerId(value) || undefined;
}

/**
 * Shows the customer named in the page URL and follows it on back/forward (`popstate`): the
 * URL is the source of truth, so a URL without the parameter shows no customer. Returns a
 * function that stops following.
 *
 * `history.pushState` fires no event: a host that changes the URL that way should dispatch a
 * `popstate` itself (`dispatchEvent(new PopStateEvent('popstate'))`).
 */
export function connectUrlParam(card: Element, param = 'customerId'): () => void {
  const apply = () => setCustomerId(card, customerIdFromUrl(param) ?? '');
  apply();
  window.addEventListener('popstate', apply);
  return () => window.removeEventListener('popstate', apply);
}
