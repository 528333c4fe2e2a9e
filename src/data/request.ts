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
import {resolveHintOptions, summaryDaysFor} from '../hints/options.js';
import type {HintOptionsInit} from '../hints/options.js';
import {resolveEndpoint} from './client.js';
import {MAX_ITEMS} from './map.js';

/** The settings that decide which data a card needs. */
export interface DataSettings {
  /** The customer id as the host gave it (trimmed here). */
  customerId: string;
  /** The endpoint as the host gave it (relative URLs resolve against `base`). */
  endpoint: string;
  /** History entries in the first page. */
  pageSize: number;
  /** The hint options: their windows decide how far back the server's aggregates reach. */
  hintOptions?: HintOptionsInit;
  /** The card's locale (BCP 47), sent so the server's hint texts come in the agent's language. */
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

export type CustomerRequest =
  /** No id: nothing to ask. */
  | {kind: 'no-id'; key: string}
  /** The endpoint is missing or not an http(s) URL: a configuration error, no request. */
  | {kind: 'bad-endpoint'; key: string; id: string; endpoint: string}
  | {kind: 'query'; key: string; id: string; url: URL; variables: CustomerVariables};

/** First history page size when the host's value is not a positive integer. */
export const DEFAULT_PAGE_SIZE = 5;

/** A positive whole number of history entries, at most `MAX_ITEMS` (100); anything else falls back to the default. */
export function pageSizeOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? Math.min(value, MAX_ITEMS) : DEFAULT_PAGE_SIZE;
}

/** The request a card with these data settings makes (pure; `base` stands for the page's URL). */
export function customerRequest(settings: DataSettings, base: string): CustomerRequest {
  const id = settings.customerId.trim();
  if (!id) return {kind: 'no-id', key: ''};
  const url = resolveEndpoint(settings.endpoint, base);
  if (!url) return {kind: 'bad-endpoint', key: `bad-endpoint\n${settings.endpoint}\n${id}`, id, endpoint: settings.endpoint};
  const options = resolveHintOptions(settings.hintOptions);
  const variables: CustomerVariables = {
    id,
    contactsFirst: pageSizeOf(settings.pageSize),
    summaryDays: summaryDaysFor(options),
    topicDays: Math.max(options.repeatContact.days, options.transfers.days),
    locale: canonicalLocale(settings.locale),
  };
  const key = JSON.stringify([url.href, variables.id, variables.contactsFirst, variables.summaryDays, variables.topicDays]);
  return {kind: 'query', key, id, url, variables};
}

/** Task arguments compare by request key: a new but equal settings object does not reload. */
export function sameRequest(a: CustomerRequest, b: CustomerRequest): boolean {
  return a.key === b.key;
}
