/**
 * Chatwoot Dashboard App adapter: the card follows the conversation the agent has open.
 *
 * Chatwoot loads a Dashboard App (Settings → Integrations → Dashboard apps) in an iframe beside
 * the conversation and, when the frame loads, posts it the context as a JSON string:
 *
 *     {"event": "appContext", "data": {"conversation": {…}, "contact": {…}, "currentAgent": {…}}}
 *
 * The app may ask for it again by posting the string `'chatwoot-dashboard-app:fetch-info'` to
 * `window.parent`.
 *
 *     import {connectChatwoot} from 'customer-360/adapters';
 *     const disconnect = connectChatwoot(card, {allowedOrigins: ['https://app.chatwoot.com'], requestOnConnect: true});
 *
 * Security: only messages whose `event.origin` is exactly one of `allowedOrigins` are read (no
 * wildcard: `'*'` throws); the origin is checked before the data is touched. Anything else,
 * any malformed message and any string over 64 KB, is ignored without a throw.
 * Nothing from a message is executed or rendered: the adapter only reads one id and sets the
 * card's `customerId` (a string, trimmed, at most 200 characters).
 */
import {isRecord, readData, setCustomerId, toCustomerId, toOriginSet, warnOnce} from './shared.js';

/** The string a Dashboard App posts to its parent to get the context again. */
export const CHATWOOT_FETCH_INFO = 'chatwoot-dashboard-app:fetch-info';

/**
 * A Chatwoot contact as the dashboard sends it. Unvalidated: the adapter only checks that it is
 * an object, so any field may be missing or of another type.
 */
export interface ChatwootContact {
  id?: number;
  /** The contact's id in your own system, set through Chatwoot's API or SDK (`setUser`). */
  identifier?: string | null;
  name?: string;
  email?: string | null;
  phone_number?: string | null;
  custom_attributes?: Record<string, unknown>;
  [field: string]: unknown;
}

/** The open conversation (unvalidated, see {@link ChatwootContact}); `meta.sender` is its contact. */
export interface ChatwootConversation {
  id?: number;
  inbox_id?: number;
  meta?: {sender?: ChatwootContact; [field: string]: unknown};
  [field: string]: unknown;
}

/** The signed-in agent (unvalidated). */
export interface ChatwootAgent {
  id?: number;
  name?: string;
  email?: string;
}

/** The `data` of an `appContext` message; each part is present only when it is an object. */
export interface ChatwootAppContext {
  conversation?: ChatwootConversation;
  contact?: ChatwootContact;
  currentAgent?: ChatwootAgent;
}

export interface ChatwootOptions {
  /**
   * Exact origins of your Chatwoot dashboard, e.g. `['https://app.chatwoot.com']` or your
   * self-hosted `https://chat.example.com`. Required; wildcards are refused.
   */
  allowedOrigins: readonly string[];
  /**
   * Picks the customer id from the context. Default: the contact's `identifier` when it is a
   * non-blank string, else its numeric Chatwoot `id` (see {@link chatwootCustomerId}).
   * Return `undefined` for "no customer". The value is checked like any other (string or number,
   * at most 200 characters); a callback that throws counts as "no customer".
   */
  customerId?: (context: ChatwootAppContext) => string | number | null | undefined;
  /** Post `'chatwoot-dashboard-app:fetch-info'` to the parent on connect (for apps that connect late). */
  requestOnConnect?: boolean;
}

/**
 * The `data` of a Chatwoot `appContext` message (a JSON string or an object), or `undefined`
 * for any other or malformed message. Pure; never throws.
 */
export function readChatwootContext(message: unknown): ChatwootAppContext | undefined {
  const envelope = readData(message);
  if (envelope?.event !== 'appContext' || !isRecord(envelope.data)) return undefined;
  const {conversation, contact, currentAgent} = envelope.data;
  return {
    conversation: isRecord(conversation) ? (conversation as ChatwootConversation) : undefined,
    contact: isRecord(contact) ? (contact as ChatwootContact) : undefined,
    currentAgent: isRecord(currentAgent) ? (currentAgent as ChatwootAgent) : undefined,
  };
}

/**
 * The default id: `contact.identifier` when it is a non-blank string, else `contact.id`. The
 * contact is `contact`, or the conversation's `meta.sender` when Chatwoot had not loaded it yet.
 */
export function chatwootCustomerId(context: ChatwootAppContext): string | number | undefined {
  const meta = context.conversation?.meta;
  const contact = context.contact ?? (isRecord(meta) && isRecord(meta.sender) ? meta.sender : undefined);
  if (!contact) return undefined;
  const {identifier, id} = contact;
  if (typeof identifier === 'string' && identifier.trim()) return identifier;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * Asks the parent Chatwoot dashboard to post the context again. Posts only to an allowed
 * origin: the parent's own when the browser tells it (`location.ancestorOrigins`), else each
 * allowed origin (the browser delivers to the one that matches). Does nothing outside a frame.
 */
export function requestChatwootContext(allowedOrigins: readonly string[]): void {
  const origins = toOriginSet(allowedOrigins, 'requestChatwootContext');
  if (window.parent === window) return;
  // Firefox has no ancestorOrigins.
  const ancestors: DOMStringList | undefined = window.location.ancestorOrigins;
  const parentOrigin = ancestors?.[0];
  const targets = parentOrigin !== undefined ? (origins.has(parentOrigin) ? [parentOrigin] : []) : [...origins];
  for (const origin of targets) window.parent.postMessage(CHATWOOT_FETCH_INFO, origin);
}

/**
 * Sets `card.customerId` from each Chatwoot `appContext` posted from an allowed origin.
 * Returns a function that stops listening.
 *
 * Every accepted context decides the id on its own: one whose id cannot be resolved (no
 * contact, a blank or over-long identifier, a throwing callback) clears the card rather than
 * leaving the previous conversation's customer on screen.
 *
 * @param card A `<customer-360>` element (upgraded or not).
 * @throws {TypeError} When `allowedOrigins` is empty or holds anything but exact origins.
 */
export function connectChatwoot(card: Element, options: ChatwootOptions): () => void {
  const origins = toOriginSet(options.allowedOrigins, 'connectChatwoot');
  const pick = options.customerId ?? chatwootCustomerId;
  const warn = warnOnce();

  const onMessage = (event: MessageEvent) => {
    // The origin first: a message from elsewhere is never read, let alone parsed (its data
    // may be megabytes of JSON meant to cost the agent's tab). Said once per origin, since it
    // is usually a missing allowedOrigins entry.
    if (!origins.has(event.origin)) {
      warn(
        event.origin,
        `customer-360: ignored messages from ${event.origin}, which is not in the allowedOrigins of connectChatwoot.`,
      );
      return;
    }
    const context = readChatwootContext(event.data);
    if (!context) return;
    let value: unknown;
    try {
      value = pick(context);
    } catch {
      warn('callback', 'customer-360: the customerId callback of connectChatwoot threw; showing no customer.');
      value = undefined;
    }
    setCustomerId(card, toCustomerId(value) ?? '');
  };

  window.addEventListener('message', onMessage);
  if (options.requestOnConnect) requestChatwootContext(options.allowedOrigins);
  return () => window.removeEventListener('message', onMessage);
}
