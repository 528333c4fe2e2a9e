/**
 * Freshdesk adapter (Freshworks developer platform v3): the card shows the requester of the
 * open ticket (`ticket_sidebar`) or the contact being viewed (`contact_sidebar`), found by
 * email or phone, in the agent's language.
 *
 *     <script src="{{{appclient}}}"></script>
 *     app.initialized().then((client) => connectFreshdesk(card, client));
 *
 * Freshdesk serves its client (`fresh_client.js`) from the platform only; it is not a package
 * on a registry. This adapter is written and tested against the shape the platform documents
 * (`client.data.get('requester' | 'contact' | 'loggedInUser')`, `client.events.on('app.activated')`),
 * not against Freshdesk's own script.
 */
import {isRecord, setIdentity, setLocale, toContactValue, toLocale, type HostIdentity} from './shared.js';

/** The part of the Freshworks client the adapter uses (`app.initialized()` resolves to one). */
export interface FreshClient {
  data: {get(name: string): Promise<unknown>};
  events: {on(name: string, callback: (event?: unknown) => void): void};
}

export interface FreshdeskOptions {
  /** Follow the agent's Freshdesk language (`loggedInUser.contact.language`). Default true. */
  followLocale?: boolean;
}

/**
 * The identity of a Freshdesk requester or contact: `email`, else the first of `other_emails`;
 * `mobile`, else `phone` (a mobile is more often one person's than a desk or home line). Pure.
 */
export function freshdeskIdentity(person: unknown): HostIdentity {
  if (!isRecord(person)) return {};
  const others = Array.isArray(person.other_emails) ? person.other_emails : [];
  return {
    email: toContactValue(person.email) ?? toContactValue(others[0]),
    phone: toContactValue(person.mobile) ?? toContactValue(person.phone),
  };
}

/** `client.data.get(name)`'s `name` property, or `undefined` when it fails or is not an object. */
async function read(client: FreshClient, name: string): Promise<Record<string, unknown> | undefined> {
  try {
    const answer = await client.data.get(name);
    return isRecord(answer) && isRecord(answer[name]) ? answer[name] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Shows the ticket's requester (or the viewed contact) now and each time the app is activated
 * on another ticket (`app.activated`). Returns a function that stops following (Freshdesk's
 * client cannot remove a listener: later events are ignored).
 */
export function connectFreshdesk(card: Element, client: FreshClient, options: FreshdeskOptions = {}): () => void {
  let generation = 0;
  let connected = true;

  const refresh = async () => {
    const run = ++generation;
    const [requester, contact, user] = await Promise.all([
      read(client, 'requester'),
      read(client, 'contact'),
      options.followLocale === false ? undefined : read(client, 'loggedInUser'),
    ]);
    if (!connected || run !== generation) return;
    const agent = user && isRecord(user.contact) ? user.contact : undefined;
    const locale = toLocale(agent?.language);
    if (locale) setLocale(card, locale);
    setIdentity(card, freshdeskIdentity(requester ?? contact));
  };

  client.events.on('app.activated', () => {
    if (connected) void refresh();
  });
  void refresh();
  return () => {
    connected = false;
  };
}
