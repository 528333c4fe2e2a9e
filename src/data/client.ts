/**
 * The card's only way to the network: one GraphQL request per customer (plus "show more"
 * pages), a GraphQL-over-HTTP POST through graphql-request's `GraphQLClient`, with the card's
 * abort signal, headers, credentials and timeout, and error classification. The documents are
 * codegen's pre-printed strings; variables only ever travel in the body.
 */
import {GraphQLClient} from 'graphql-request';
import {
  Customer360ContactsDocument,
  Customer360Document,
  Customer360LookupDocument,
  type Customer360ContactsQuery,
  type Customer360LookupQuery,
  type Customer360Query,
} from '../gql/graphql.js';
import {LoadFailure, toLoadFailure} from './errors.js';

export interface RequestOptions {
  /** Absolute URL of the GraphQL endpoint (see `resolveEndpoint`). */
  endpoint: URL;
  /** Extra request headers, e.g. `Authorization`. */
  headers?: Record<string, string>;
  /** `include` for cookie-based intranets on another origin. */
  credentials?: RequestCredentials;
  /** Milliseconds before the request counts as timed out. */
  timeout: number;
  /** Aborts the request (the card changed customer or left the page). */
  signal: AbortSignal;
}

export interface GraphQLErrorLike {
  message?: unknown;
  path?: readonly (string | number)[];
}

/** A GraphQL result as it came: `data` may be partial, `errors` say which parts failed. */
export interface RawResult<T> {
  data: T | null | undefined;
  errors?: readonly GraphQLErrorLike[];
}

/**
 * The endpoint as an absolute http(s) URL: relative ones (`/graphql`) resolve against the page,
 * as a link would. `undefined` for a missing or unusable value (e.g. `javascript:`).
 */
export function resolveEndpoint(endpoint: string | undefined, base = document.baseURI): URL | undefined {
  if (!endpoint?.trim()) return undefined;
  try {
    const url = new URL(endpoint.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const CREDENTIALS: ReadonlySet<unknown> = new Set(['omit', 'same-origin', 'include']);

/**
 * fetch() rejects with the same bare TypeError for a refused connection and for an answer the
 * browser withheld because the server's CORS policy does not allow this page's origin. On
 * another origin, while the browser says it is online, ask once more without reading the
 * answer (`no-cors`, no cookies, `HEAD`): if the server answers that, it is up and the page's
 * origin is not allowed, a configuration error; if it does not, it is really unreachable.
 */
async function blockedByCors(endpoint: URL, signal: AbortSignal): Promise<boolean> {
  if (endpoint.origin === globalThis.origin || navigator.onLine === false) return false;
  try {
    await fetch(endpoint, {method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal});
    return true;
  } catch {
    return false;
  }
}

/**
 * Endpoints whose schema has no `ServerHint.fingerprint` (a server of the contract from before
 * stored dismissals): asked without it for the rest of the page, so the card keeps working there
 * (a suppression then hides its hint whatever the evidence, as before).
 */
const noFingerprint = new Set<string>();

/** One GraphQL request (any document); `data` must be an object, `errors` are kept for the caller. */
export async function fetchGraphQL<T>(
  options: RequestOptions,
  document: {toString(): string},
  variables: Record<string, unknown>,
): Promise<RawResult<T>> {
  const {href} = options.endpoint;
  const query = document.toString();
  const older = () => query.replace(' fingerprint', '');
  try {
    return await request<T>(options, noFingerprint.has(href) ? older() : query, variables);
  } catch (error) {
    if (noFingerprint.has(href) || !/fingerprint\W+on type\W+ServerHint/.test(JSON.stringify((error as LoadFailure).errors)))
      throw error;
    noFingerprint.add(href);
    return request<T>(options, older(), variables);
  }
}

async function request<T>(options: RequestOptions, query: string, variables: Record<string, unknown>): Promise<RawResult<T>> {
  // fetch() would throw an unhelpful TypeError for a mode it does not know.
  if (options.credentials !== undefined && !CREDENTIALS.has(options.credentials)) {
    throw new LoadFailure('config-credentials');
  }
  let headers: Headers;
  try {
    headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options.headers,
    });
  } catch {
    // A name or value fetch() refuses (a line break, a character outside Latin-1): it would
    // reject like a network failure, but no retry can fix it.
    throw new LoadFailure('config-headers');
  }
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeout)]);
  try {
    const client = new GraphQLClient(options.endpoint.href, {
      headers,
      credentials: options.credentials,
      signal,
      // Partial data comes with its errors: each card section fails alone.
      errorPolicy: 'all',
      // The operation name would need a GraphQL parser in the bundle (the script-tag build has none).
      excludeOperationName: true,
    });
    const {data, errors} = await client.rawRequest<T>(query, variables);
    // An HTTP error arrives as graphql-request's ClientError, which toLoadFailure reads
    // (status, headers, GraphQL errors); an unreadable answer as a plain Error (bad-response).
    if (data == null && errors?.length) throw Object.assign(new LoadFailure('graphql'), {errors});
    if (data == null || typeof data !== 'object') throw new LoadFailure('bad-response');
    return {data, errors: errors as readonly GraphQLErrorLike[] | undefined};
  } catch (error) {
    // The timeout signal aborts with a TimeoutError; the caller's abort stays an AbortError.
    if (signal.aborted && !options.signal.aborted) throw new LoadFailure('timeout');
    const failure = toLoadFailure(error);
    if (failure.reason !== 'network') throw failure;
    const blocked = await blockedByCors(options.endpoint, signal);
    throw new LoadFailure(blocked ? 'cross-origin' : 'network', undefined, undefined, options.endpoint.origin);
  }
}

export function fetchCustomer(
  options: RequestOptions,
  variables: {id: string; contactsFirst: number; summaryDays: number; topicDays: number},
): Promise<RawResult<Customer360Query>> {
  return fetchGraphQL(options, Customer360Document, variables);
}

/**
 * The customer with this email or phone. The values go only into the variables of a POST
 * body, never into the URL.
 */
export function fetchCustomerLookup(
  options: RequestOptions,
  variables: {email: string | null; phone: string | null; contactsFirst: number; summaryDays: number; topicDays: number},
): Promise<RawResult<Customer360LookupQuery>> {
  return fetchGraphQL(options, Customer360LookupDocument, variables);
}

export function fetchContactsPage(
  options: RequestOptions,
  variables: {id: string; first: number; after: string},
): Promise<RawResult<Customer360ContactsQuery>> {
  return fetchGraphQL(options, Customer360ContactsDocument, variables);
}
