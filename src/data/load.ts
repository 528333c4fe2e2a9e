/**
 * Loading a customer and further history pages: the request (through a shared cache when the
 * card sits in a provider), the mapping to the view model, and failures as `LoadFailure`s.
 * No DOM, no element: the card passes its settings in and renders what comes back.
 */
import {fetchContactsPage, fetchCustomer, type RequestOptions} from './client.js';
import {LoadFailure, isAbort, toLoadFailure} from './errors.js';
import {toContactPage, toCustomerView} from './map.js';
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

export type Loaded = {kind: 'found'; id: string; view: CustomerView} | {kind: 'not-found'; id: string} | {kind: 'no-id'};

/**
 * Request options for one request. Headers (and the host's `getHeaders` hook) are asked for
 * only when a request really goes out, so a token is fresh and a cached answer asks for none.
 */
export async function requestOptions(url: URL, transport: Transport, signal: AbortSignal): Promise<RequestOptions> {
  const hook = transport.getHeaders;
  const headers = {...transport.headers, ...(hook ? await hook() : undefined)};
  return {
    endpoint: url,
    timeout: transport.timeout > 0 ? transport.timeout : DEFAULT_TIMEOUT,
    signal,
    headers,
    credentials: transport.credentials,
  };
}

/** Loads what `request` names. Rejects with a `LoadFailure`, or with the abort when `signal` aborted. */
export async function loadCustomer(
  request: CustomerRequest,
  transport: Transport,
  signal: AbortSignal,
  shared?: SharedRequests,
): Promise<Loaded> {
  if (request.kind === 'no-id') return {kind: 'no-id'};
  if (request.kind === 'bad-endpoint') throw new LoadFailure('config-endpoint');
  try {
    const load = async (requestSignal: AbortSignal) =>
      fetchCustomer(await requestOptions(request.url, transport, requestSignal), request.variables);
    // Under a provider, cards showing the same customer share one request.
    const result = await (shared ? shared.get(request.key, signal, load) : load(signal));
    signal.throwIfAborted();
    // The answer keeps no more history than the request asked for.
    const view = toCustomerView(request.id, result, {contacts: request.variables.contactsFirst});
    return view ? {kind: 'found', id: request.id, view} : {kind: 'not-found', id: request.id};
  } catch (error) {
    if (isAbort(error) || signal.aborted) throw error;
    throw toLoadFailure(error);
  }
}

/** The history page after `after` (as long as the first), for the customer `request` loaded. */
export async function loadContactsPage(
  request: CustomerRequest,
  transport: Transport,
  after: string,
  signal: AbortSignal,
): Promise<ContactPage> {
  if (request.kind !== 'query') throw new LoadFailure('config-endpoint');
  const options = await requestOptions(request.url, transport, signal);
  const first = request.variables.contactsFirst;
  const result = await fetchContactsPage(options, {id: request.id, first, after});
  return toContactPage(request.id, result, {contacts: first});
}
