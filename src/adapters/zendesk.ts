/**
 * Zendesk Support adapter (Zendesk App Framework v2): the card shows the requester of the
 * open ticket (`ticket_sidebar`, `new_ticket_sidebar`) or the user being viewed
 * (`user_sidebar`), found by email or phone, in the agent's language.
 *
 *     <script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>
 *     const client = ZAFClient.init();
 *     const disconnect = connectZendesk(card, client);
 *
 * The client is the SDK's own: it checks that messages come from the Zendesk frame that
 * loaded the app (the `origin` query parameter Zendesk adds). The adapter reads, through
 * `client.get`, the user's `email`, its phone identities and (only when asked) its
 * `externalId`, and `currentUser.locale`. Nothing the host sends is rendered or executed.
 */
import {isRecord, setIdentity, setLocale, toContactValue, toCustomerId, toLocale, type HostIdentity} from './shared.js';

/** The part of a ZAF v2 client the adapter uses (`ZAFClient.init()` returns one). */
export interface ZafClient {
  get(paths: string | string[]): Promise<Record<string, unknown>>;
  on(name: string, handler: (data?: unknown) => void): void;
  off?(name: string, handler: (data?: unknown) => void): unknown;
  context?(): Promise<unknown>;
}

export interface ZendeskOptions {
  /**
   * Use the user's Zendesk `externalId` as the card's `customer-id` (it then wins over email and
   * phone). Only when your Zendesk users' external ids ARE your CRM's customer ids. Default false.
   */
  externalId?: boolean;
  /** Follow the agent's Zendesk language (`currentUser.locale`). Default true. */
  followLocale?: boolean;
}

/** Events after which the requester may be someone else. */
const REQUESTER_EVENTS = ['ticket.requester.id.changed', 'ticket.requester.email.changed'];

/**
 * The identity of a ZAF user object (`ticket.requester`, `user`): its `email`, the first
 * identity of type `phone_number` (else a `phone` field), and its `externalId` when asked.
 * Pure; anything malformed is left out.
 */
export function zendeskIdentity(user: unknown, options: Pick<ZendeskOptions, 'externalId'> = {}): HostIdentity {
  if (!isRecord(user)) return {};
  const identities = Array.isArray(user.identities) ? user.identities.filter(isRecord) : [];
  const phoneIdentity = identities.find((identity) => identity.type === 'phone_number');
  const emailIdentity = identities.find((identity) => identity.type === 'email');
  return {
    customerId: options.externalId ? toCustomerId(user.externalId) || undefined : undefined,
    email: toContactValue(user.email) ?? toContactValue(emailIdentity?.value),
    phone: toContactValue(phoneIdentity?.value) ?? toContactValue(user.phone),
  };
}

/**
 * Shows the ticket's requester (or the viewed user) and follows requester changes. Returns a
 * function that stops following. A failed or late `client.get` never overwrites a newer answer,
 * and a context without a person clears the card.
 *
 * @param card A `<customer-360>` element (upgraded or not).
 * @param client The ZAF client of the app's frame.
 */
export function connectZendesk(card: Element, client: ZafClient, options: ZendeskOptions = {}): () => void {
  let generation = 0;
  let connected = true;

  const refresh = async () => {
    const run = ++generation;
    let location: unknown;
    try {
      const context = await client.context?.();
      location = isRecord(context) ? context.location : undefined;
    } catch {
      location = undefined;
    }
    const path = location === 'user_sidebar' ? 'user' : 'ticket.requester';
    const wanted = options.followLocale === false ? [path] : [path, 'currentUser.locale'];
    let answer: Record<string, unknown> | undefined;
    try {
      answer = await client.get(wanted);
    } catch {
      answer = undefined;
    }
    if (!connected || run !== generation) return;
    const locale = toLocale(answer?.['currentUser.locale']);
    if (locale) setLocale(card, locale);
    setIdentity(card, zendeskIdentity(answer?.[path], options));
  };

  const onChange = () => void refresh();
  for (const name of REQUESTER_EVENTS) client.on(name, onChange);
  void refresh();
  return () => {
    connected = false;
    for (const name of REQUESTER_EVENTS) client.off?.(name, onChange);
  };
}
