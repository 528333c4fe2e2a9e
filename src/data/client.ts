/**
 * The card's only way to the network: one GraphQL request per customer (plus "show more"
<<<<<<< HEAD
 * pages), a GraphQL-over-HTTP POST with an abort signal, a timeout and error classification.
 *
 * A plain `fetch`, not a client library: the card sends three pre-printed documents from
 * codegen with their variables and reads `{data, errors}`; that is all graphql-request did
 * here, for 2.5 KB gzip of the 36 KB budget. Variables only ever travel in the body.
=======
 * pages), over plain `fetch`, with an abort signal, a timeout and error classification.
>>>>>>> dba0813 (GraphQL over plain fetch (a POST of the pre-printed codegen document): graphql-request and the graphql stub go, so the script tag and bundler entry points alike ship no GraphQL library (−2 KB gzip; customer-360/define through a bundler no longer pulls graphql); graphql is a dev dependency for the demo server and codegen)
 */
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

/** An HTTP error answer, with its GraphQL body when it had one (read by `toLoadFailure`). */
class HttpError extends Error {
  constructor(readonly response: {status: number; headers: Headers; data?: unknown; errors?: unknown}) {
    super(`HTTP ${response.status}`);
  }
}

/**
 * GraphQL over HTTP in a dozen lines: a POST of `{query, variables, operationName}` as JSON,
 * accepting `application/graphql-response+json` or `application/json`. The card sends
 * pre-printed documents from codegen and never parses GraphQL, so a client library would only
 * add bytes (it was 2.4 KB gzip of a 36 KB budget). Non-2xx answers throw an `HttpError`;
 * a 2xx answer that is not a GraphQL JSON object is a `bad-response`.
 */
async function post<T>(
  options: RequestOptions,
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal,
): Promise<{data?: T | null; errors?: GraphQLErrorLike[]; status: number}> {
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/graphql-response+json, application/json');
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = await fetch(options.endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({query, variables, operationName: /^\s*query\s+(\w+)/.exec(query)?.[1]}),
    credentials: options.credentials,
    signal,
  });
  const text = await response.text();
  let body: unknown;
  try {
    if (/json/i.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
  } catch {
    // Not JSON after all: handled below as a body that is not a GraphQL result.
  }
  const result =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as {data?: T | null; errors?: GraphQLErrorLike[]})
      : undefined;
  if (!response.ok) throw new HttpError({status: response.status, headers: response.headers, ...result});
  if (!result || (result.errors !== undefined && !Array.isArray(result.errors))) throw new LoadFailure('bad-response');
  return {...result, status: response.status};
}

/** One GraphQL request (any document); `data` must be an object, `errors` are kept for the caller. */
export async function fetchGraphQL<T>(
  options: RequestOptions,
  document: {toString(): string},
  variables: Record<string, unknown>,
): Promise<RawResult<T>> {
  // fetch() would throw an unhelpful TypeError for a mode it does not know.
  if (options.credentials !== undefined && !CREDENTIALS.has(options.credentials)) {
    throw new LoadFailure('config-credentials');
  }
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeout)]);
  try {
<<<<<<< HEAD
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...options.headers,
      },
      credentials: options.credentials,
      body: JSON.stringify({query: document.toString(), variables}),
      signal,
    });
    const text = await response.text();
    let body: {data?: T | null; errors?: unknown} | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const errors = Array.isArray(body?.errors) ? (body.errors as GraphQLErrorLike[]) : undefined;
    // An HTTP error, described the way toLoadFailure reads it (status, headers, GraphQL errors).
    if (!response.ok) throw {response: {status: response.status, headers: response.headers, errors}};
    const data = body?.data;
    if (data == null && errors?.length) throw new LoadFailure('graphql', response.status);
    if (data == null || typeof data !== 'object') throw new LoadFailure('bad-response');
    return {data, errors};
=======
    const result = await post<T>(options, document.toString(), variables, signal);
    if (result.data == null && result.errors?.length) throw new LoadFailure('graphql', result.status);
    if (result.data == null || typeof result.data !== 'object') throw new LoadFailure('bad-response');
    return {data: result.data, errors: result.errors as GraphQLErrorLike[] | undefined};
>>>>>>> dba0813 (GraphQL over plain fetch (a POST of the pre-printed codegen document): graphql-request and the graphql stub go, so the script tag and bundler entry points alike ship no GraphQL library (−2 KB gzip; customer-360/define through a bundler no longer pulls graphql); graphql is a dev dependency for the demo server and codegen)
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
