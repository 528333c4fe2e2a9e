/**
 * What a card asks the server for, as one value computed from the data settings only.
 *
 * Two settings values that yield the same `key` make the same request: the element re-runs
 * its load only when the key changes, and the provider's shared cache files answers under it.
 * Display settings (theme, locale, hints on or off, promotions, the clock) are not inputs here,
 * so changing them can never reload the card; the hint windows are, but only through the query
 * variables they change (`summaryDays`, `topicDays`). The locale travels with the request (the
 * server writes its own hints in the agent's language) but is not part of its identity either:
 * a language change re-renders at once and the server's hints follow at the next load.
 */
import {resolveHintOptions, summaryDaysFor} from '../core/hint-options.js';
import type {HintOptionsInit} from '../core/hint-options.js';
import {resolveEndpoint} from './client.js';
import {MAX_ITEMS} from './map.js';
import {identityKey, lookupVariables, resolveIdentity, type LookupKind} from './lookup.js';

/** The settings that decide which data a card needs. */
export interface DataSettings {
  /** The customer id as the host gave it (trimmed here). Wins over `email` and `phone`. */
  customerId: string;
  /** An email address to look the customer up by, as the host gave it (checked and normalised here). */
  email?: string;
  /** A phone number to look the customer up by, as the host gave it (normalised to E.164 here). */
  phone?: string;
  /** Region for national phone numbers (`FR`); default: the region of `locale`. */
  phoneRegion?: string;
  /** The endpoint as the host gave it (relative URLs resolve against `base`). */
  endpoint: string;
  /** History entries in the first page. */
  pageSize: number;
  /** The hint options: their windows decide how far back the server's aggregates reach. */
  hintOptions?: HintOptionsInit;
  /**
   * The card's locale (BCP 47), sent so the server's hint texts come in the agent's language,
   * and the region of a national phone number without `phoneRegion` (it changes the request
   * only if it changes the normalised number).
   */
  locale?: string;
}

/** The variables of the `Customer360` query. */
export interface CustomerVariables {
  id: string;
  contactsFirst: number;
  summaryDays: number;
  topicDays: number;
  /** The canonical BCP 47 tag of the card's locale; `null` when it is not a valid tag. */
  locale: string | null;
}

/** `fr-fr` → `fr-FR`; `null` for anything `Intl` does not accept as a language tag. */
export function canonicalLocale(tag: string | undefined): string | null {
  try {
    return tag?.trim() ? (Intl.getCanonicalLocales(tag.trim())[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** The variables of the `Customer360Lookup` query (one of `email`, `phone` is set). */
export interface LookupVariables {
  email: string | null;
  phone: string | null;
  contactsFirst: number;
  summaryDays: number;
  topicDays: number;
  locale: string | null;
}

/**
 * `identity` names who is asked for (`id:42`, `email:…`): two requests for the same person
 * share it, whatever the endpoint or page size. Like `key`, it may hold an email or phone:
 * it stays in memory and is never logged or sent anywhere.
 */
export type CustomerRequest =
  /** No id, email or phone: nothing to ask. */
  | {kind: 'no-id'; key: string; identity: string}
  /** An email or phone that cannot be looked up: a clear state, no request. */
  | {kind: 'invalid-lookup'; key: string; identity: string; lookup: LookupKind}
  /** The endpoint is missing or not an http(s) URL: a configuration error, no request. */
  | {kind: 'bad-endpoint'; key: string; identity: string; id: string; endpoint: string; lookup?: LookupKind}
  | {kind: 'query'; key: string; identity: string; id: string; url: URL; variables: CustomerVariables}
  | {kind: 'lookup'; key: string; identity: string; lookup: LookupKind; url: URL; variables: LookupVariables};

/** First history page size when the host's value is not a positive integer. */
export const DEFAULT_PAGE_SIZE = 5;

/** A positive whole number of history entries, at most `MAX_ITEMS` (100); anything else falls back to the default. */
export function pageSizeOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? Math.min(value, MAX_ITEMS) : DEFAULT_PAGE_SIZE;
}

/** The request a card with these data settings makes (pure; `base` stands for the page's URL). */
export function customerRequest(settings: DataSettings, base: string): CustomerRequest {
  // customer-id, else email, else phone (see data/lookup.ts).
  const who = resolveIdentity(settings);
  const identity = identityKey(who);
  if (who.kind === 'none') return {kind: 'no-id', key: '', identity};
  if (who.kind === 'invalid') return {kind: 'invalid-lookup', key: identity, identity, lookup: who.lookup};
  const id = who.kind === 'id' ? who.id : '';
  const lookup = who.kind === 'id' ? undefined : who.kind;
  const url = resolveEndpoint(settings.endpoint, base);
  if (!url) {
    return {
      kind: 'bad-endpoint',
      key: `bad-endpoint\n${settings.endpoint}\n${identity}`,
      identity,
      id,
      endpoint: settings.endpoint,
      lookup,
    };
  }
  const options = resolveHintOptions(settings.hintOptions);
  const shared = {
    contactsFirst: pageSizeOf(settings.pageSize),
    summaryDays: summaryDaysFor(options),
    topicDays: Math.max(options.repeatContact.days, options.transfers.days),
    locale: canonicalLocale(settings.locale),
  };
  const by = lookupVariables(who);
  if (by && lookup) {
    const variables: LookupVariables = {...by, ...shared};
    const key = JSON.stringify([url.href, identity, variables.contactsFirst, variables.summaryDays, variables.topicDays]);
    return {kind: 'lookup', key, identity, lookup, url, variables};
  }
  const variables: CustomerVariables = {id, ...shared};
  const key = JSON.stringify([url.href, variables.id, variables.contactsFirst, variables.summaryDays, variables.topicDays]);
  return {kind: 'query', key, identity, id, url, variables};
}

/** Task arguments compare by request key: a new but equal settings object does not reload. */
export function sameRequest(a: CustomerRequest, b: CustomerRequest): boolean {
  return a.key === b.key;
}
