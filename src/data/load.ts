/**
 * Loading a customer and further history pages: the request (through a shared cache when the
 * card sits in a provider), the mapping to the view model, and failures as `LoadFailure`s.
 * No DOM, no element: the card passes its settings in and renders what comes back.
 */
import {startDelay, type CustomerBatcher} from './batch.js';
import {fetchContactsPage, fetchCustomer, fetchCustomerLookup, type RequestOptions} from './client.js';
import {LoadFailure, isAbort, toLoadFailure} from './errors.js';
import {hookId} from './hook-id.js';
import {toLookupOutcome, type Identity, type LookupKind} from './lookup.js';
import {toContactPage, toCustomerView} from './map.js';
import {share} from './share.js';
import type {CustomerRequest} from './request.js';
import type {ContactPage, CustomerView} from './view-model.js';

/** A function the host gives to produce fresh request headers (e.g. refresh a token) before each request. */
export type HeadersHook = () => Record<string, string> | Promise<Record<string, string>>;

/** How requests go out; none of it changes which data is asked for. */
export interface Transport {
  headers?: Record<string, string>;
  getHeaders?: HeadersHook;
  credentials?: RequestCredentials;
  /** Milliseconds before a request counts as timed out; not positive means the default. */
  timeout: number;
}

/** Milliseconds before a request times out when the host set no usable value. */
export const DEFAULT_TIMEOUT = 10_000;

/** Requests shared between cards (the provider's cache): one request per key in flight. */
export interface SharedRequests {
  get<T>(key: string, signal: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/**
 * What a load ends with. `identity` is the request's (see request.ts): the card shows a result
 * only while it still asks for that identity. `lookup` is set for lookups by email or phone.
 */
export type Loaded =
  | {kind: 'found'; identity: string; id: string; view: CustomerView; lookup?: LookupKind}
  | {kind: 'not-found'; identity: string; id: string}
  /** No customer has the email or phone. */
  | {kind: 'no-match'; identity: string; lookup: LookupKind}
  /** `count` customers have it: the card shows none of them. */
  | {kind: 'ambiguous'; identity: string; lookup: LookupKind; count: number}
  /** The email or phone cannot be looked up; nothing was sent. */
  | {kind: 'invalid-lookup'; identity: string; lookup: LookupKind}
  | {kind: 'no-id'; identity: string};

/** The longest delay a browser timer can wait (2³¹ − 1 ms); longer ones fire at once. */
export const MAX_TIMER = 2 ** 31 - 1;

/** The request timeout to use: the host's when it is a positive number (at most `MAX_TIMER`), else the default. */
export const timeoutOf = (value: unknown): number =>
  typeof value === 'number' && value > 0 ? Math.min(value, MAX_TIMER) : DEFAULT_TIMEOUT;

/**
 * Request options for one request. Headers (and the host's `getHeaders` hook) are asked for
 * only when a request really goes out, so a token is fresh and a cached answer asks for none.
 * The hook runs inside the request's timeout: one that throws, answers something other than
 * string headers, or never answers fails the load as `headers` (never as the endpoint's fault).
 */
export async function requestOptions(url: URL, transport: Transport, signal: AbortSignal): Promise<RequestOptions> {
  const timeout = timeoutOf(transport.timeout);
  const started = Date.now();
  const hook = transport.getHeaders;
  const extra = hook ? await headersFrom(hook, timeout, signal) : undefined;
  return {
    endpoint: url,
    // What is left of the one timeout once the headers came.
    timeout: Math.max(1, timeout - (Date.now() - started)),
    signal,
    headers: {...transport.headers, ...extra},
    credentials: transport.credentials,
  };
}

async function headersFrom(hook: HeadersHook, timeout: number, signal: AbortSignal): Promise<Record<string, string>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  try {
    const headers: unknown = await Promise.race([
      // A hook that throws synchronously rejects here too.
      Promise.resolve().then(hook),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new LoadFailure('headers')), timeout);
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, {once: true});
      }),
    ]);
    if (headers == null) return {};
    if (typeof headers !== 'object' || Object.values(headers).some((v) => typeof v !== 'string'))
      throw new LoadFailure('headers');
    return headers as Record<string, string>;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw error instanceof LoadFailure ? error : new LoadFailure('headers');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * The key under which a provider shares a request between cards: the data asked for (the
 * request's key) and how it is asked (endpoint, headers, the `getHeaders` function by
 * identity, the credentials mode). Cards that would not send the same request never share an
 * answer: a card whose token the server would refuse never shows what another card's token
 * fetched. The key lives in memory only (never logged or sent).
 */
export function sharedKey(request: CustomerRequest, transport: Transport): string {
  const headers = Object.entries(transport.headers ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([request.key, headers, hookId(transport.getHeaders), transport.credentials ?? ''] as const);
}

/**
 * Loads what `request` names. Rejects with a `LoadFailure`, or with the abort when `signal`
 * aborted. The request starts in the next task (`START_DELAY_MS`): a card whose customer
 * changes again meanwhile sends nothing for the one it left; under a provider (`batcher`),
 * the cards that start together share one request.
 */
export async function loadCustomer(
  request: CustomerRequest,
  transport: Transport,
  signal: AbortSignal,
  shared?: SharedRequests,
  batcher?: CustomerBatcher,
): Promise<Loaded> {
  const {identity} = request;
  if (request.kind === 'no-id') return {kind: 'no-id', identity};
  if (request.kind === 'invalid-lookup') return {kind: 'invalid-lookup', identity, lookup: request.lookup};
  if (request.kind === 'bad-endpoint') throw new LoadFailure('config-endpoint');
  try {
    if (request.kind === 'lookup') {
      const lookup = async (requestSignal: AbortSignal) =>
        fetchCustomerLookup(await requestOptions(request.url, transport, requestSignal), request.variables);
      const result = await (shared ? shared.get(request.key, signal, lookup) : lookup(signal));
      signal.throwIfAborted();
      const {email, phone} = request.variables;
      const by: Identity = request.lookup === 'email' ? {kind: 'email', email: email ?? ''} : {kind: 'phone', phone: phone ?? ''};
      // The answer must have the email or phone asked for; several matches are never one.
      const outcome = toLookupOutcome(by, result, {contacts: request.variables.contactsFirst});
      if (outcome.kind === 'found')
        return {kind: 'found', identity, id: outcome.view.id, view: outcome.view, lookup: request.lookup};
      return {...outcome, identity, lookup: request.lookup};
    }
    const options = (requestSignal: AbortSignal) => requestOptions(request.url, transport, requestSignal);
    const load = async (requestSignal: AbortSignal) => {
      if (batcher) return batcher.load(request.url, request.variables, transport, options, requestSignal);
      await startDelay(requestSignal);
      return fetchCustomer(await options(requestSignal), request.variables);
    };
    // Under a provider, cards showing the same customer share one request.
    const result = await (shared ? shared.get(sharedKey(request, transport), signal, load) : load(signal));
    signal.throwIfAborted();
    // The answer keeps no more history than the request asked for. Cards sharing the answer
    // share its view (one mapping, one set of objects, not one per card).
    const contacts = request.variables.contactsFirst;
    const map = () => toCustomerView(request.id, result, {contacts});
    const view = result && typeof result === 'object' ? share(result, [request.id, contacts], map) : map();
    return view ? {kind: 'found', identity, id: request.id, view} : {kind: 'not-found', identity, id: request.id};
  } catch (error) {
    if (isAbort(error) || signal.aborted) throw error;
    throw toLoadFailure(error);
  }
}

/**
 * The history page after `after` (as long as the first) of customer `id`, the one `request`
 * loaded (for a lookup, the CRM id the answer carried: pages go by id, the lookup value is
 * not sent again).
 */
export async function loadContactsPage(
  request: CustomerRequest,
  id: string,
  transport: Transport,
  after: string,
  signal: AbortSignal,
): Promise<ContactPage> {
  if (request.kind !== 'query' && request.kind !== 'lookup') throw new LoadFailure('config-endpoint');
  const options = await requestOptions(request.url, transport, signal);
  const first = request.variables.contactsFirst;
  const result = await fetchContactsPage(options, {id, first, after});
  return toContactPage(id, result, {contacts: first});
}
