/**
 * Help Scout adapter (JavaScript SDK of the apps platform): the card shows the customer of
 * the open conversation, found by email or phone.
 *
 *     import HelpScout from '@helpscout/javascript-sdk';
 *     const disconnect = connectHelpScout(card, HelpScout);
 *
 * The adapter asks for the context once (`getApplicationContext()`) and follows it
 * (`watchApplicationContext()`); it reads `customer.emails[].value` and
 * `customer.phones[].value`. Help Scout gives no agent language: set the card's `locale` (or a
 * `lang` on the page) yourself.
 *
 * The SDK decides which frames it listens to with a loose pattern (see the integration's
 * README): serve the app page with `Content-Security-Policy: frame-ancestors
 * https://secure.helpscout.net` so nothing else can frame it.
 */
import {isRecord, setIdentity, toContactValue, type HostIdentity} from './shared.js';

/** The part of the Help Scout SDK the adapter uses (its default export). */
export interface HelpScoutSdk {
  getApplicationContext(): Promise<unknown>;
  watchApplicationContext(callback: (context: unknown) => void): void;
}

/** The `value` of the first item of a Help Scout list (`emails`, `phones`) that has a usable one. */
function firstValue(list: unknown, prefer?: (item: Record<string, unknown>) => boolean): string | undefined {
  const items = Array.isArray(list) ? list.filter(isRecord) : [];
  const ordered = prefer ? [...items.filter(prefer), ...items.filter((item) => !prefer(item))] : items;
  for (const item of ordered) {
    const value = toContactValue(item.value);
    if (value) return value;
  }
  return undefined;
}

/**
 * The identity of a Help Scout context: the customer's first email and first phone (a mobile
 * first: more often one person's than a home or work line). No customer, nobody. Pure.
 */
export function helpScoutIdentity(context: unknown): HostIdentity {
  const customer = isRecord(context) && isRecord(context.customer) ? context.customer : undefined;
  if (!customer) return {};
  return {
    email: firstValue(customer.emails),
    phone: firstValue(customer.phones, (phone) => phone.type === 'mobile'),
  };
}

/**
 * Shows the open conversation's customer and follows Help Scout's context. Returns a function
 * that stops following (the SDK cannot remove its listeners: later contexts are ignored).
 */
export function connectHelpScout(card: Element, helpScout: HelpScoutSdk): () => void {
  let connected = true;
  let followed = false;
  const apply = (context: unknown) => {
    if (connected) setIdentity(card, helpScoutIdentity(context));
  };
  helpScout.watchApplicationContext((context) => {
    followed = true;
    apply(context);
  });
  // The first answer may arrive after a pushed update: then the pushed one is newer and stays.
  helpScout.getApplicationContext().then(
    (context) => {
      if (!followed) apply(context);
    },
    () => undefined,
  );
  return () => {
    connected = false;
  };
}
