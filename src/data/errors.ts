/**
 * Why a customer did not load, as a reason code the host can switch on (it is the `reason`
 * of the `customer360-error` event) and the card turns into a plain-language message.
 * Never carries a raw server response: those may hold anything, and the card shows none.
 */
export type FailureReason =
  | 'config-endpoint'
  | 'config-credentials'
  | 'config-headers'
  | 'cross-origin'
  | 'client-error'
  | 'not-implemented'
  | 'offline'
  | 'network'
  | 'timeout'
  | 'headers'
  | 'unauthorized'
  | 'forbidden'
  | 'endpoint-not-found'
  | 'rate-limited'
  | 'server'
  | 'bad-response'
  | 'graphql'
  | 'mismatch';

/** Failures worth retrying by themselves: the same request may succeed in a moment. */
const TRANSIENT: ReadonlySet<FailureReason> = new Set([
  'offline',
  'network',
  'timeout',
  // The host's getHeaders() threw or did not answer in time (a token refresh may work next time).
  'headers',
  'rate-limited',
  'server',
]);

/**
 * Failures that only the person who set the card up can fix (its endpoint, credentials, the
 * server's CORS policy or schema): retrying cannot help, so the card neither retries nor
 * offers "Try again", and says "check the card's configuration" instead of "check the
 * connection". Every 4xx but 408 (timeout) and 429 (slow down) is one, and so is 501.
 */
const CONFIGURATION: ReadonlySet<FailureReason> = new Set([
  'config-endpoint',
  'config-credentials',
  'config-headers',
  'cross-origin',
  'unauthorized',
  'forbidden',
  'endpoint-not-found',
  'client-error',
  'not-implemented',
]);

export class LoadFailure extends Error {
  /** Seconds the server asked us to wait (HTTP `Retry-After`), when it said. */
  readonly retryAfter?: number;
  /** The endpoint's origin (never its path or query, which may hold secrets), for `cross-origin`. */
  readonly origin?: string;
  /** For `graphql`: the errors the server answered (read by the card, never logged). */
  errors?: unknown;

  constructor(
    readonly reason: FailureReason,
    readonly status?: number,
    retryAfter?: number,
    origin?: string,
  ) {
    super(`customer-360: ${reason}${status ? ` (HTTP ${status})` : ''}`);
    this.retryAfter = retryAfter;
    this.origin = origin;
  }

  get transient(): boolean {
    return TRANSIENT.has(this.reason);
  }

  /** True when the card's setup is at fault, not the network or the server's health. */
  get configuration(): boolean {
    return isConfigurationFailure(this.reason, this.status);
  }
}

/**
 * True for failures only the card's configuration (or the server's setup) can fix. A GraphQL
 * request error answered with a 4xx means the server rejected the query itself (a schema it
 * does not implement); with a 200 it may be a passing backend failure.
 */
export function isConfigurationFailure(reason: FailureReason, status?: number): boolean {
  return CONFIGURATION.has(reason) || (reason === 'graphql' && status !== undefined && status >= 400 && status < 500);
}

/** True for the abort of a request the card itself cancelled (id changed, element removed). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

interface HttpLikeError {
  response: {status: number; headers?: Headers; errors?: unknown; data?: unknown};
}

function isHttpLikeError(error: unknown): error is HttpLikeError {
  const response = (error as {response?: {status?: unknown}} | null)?.response;
  return typeof response?.status === 'number';
}

/** Turns whatever a request threw into a `LoadFailure` (aborts are rethrown as they are). */
export function toLoadFailure(error: unknown): LoadFailure {
  if (error instanceof LoadFailure) return error;
  if (isAbort(error)) throw error;
  if (error instanceof DOMException && error.name === 'TimeoutError') return new LoadFailure('timeout');
  if (isHttpLikeError(error)) {
    const {status, headers} = error.response;
    if (status === 401) return new LoadFailure('unauthorized', status);
    if (status === 403) return new LoadFailure('forbidden', status);
    if (status === 404) return new LoadFailure('endpoint-not-found', status);
    if (status === 408) return new LoadFailure('timeout', status);
    if (status === 429) return new LoadFailure('rate-limited', status, retryAfterSeconds(headers));
    // 501: the server does not do what was asked, e.g. a static file server refusing a POST.
    if (status === 501) return new LoadFailure('not-implemented', status);
    if (status >= 500) return new LoadFailure('server', status);
    // A GraphQL request error (a 400 with `errors`) keeps its own reason: the server refused
    // the query, which a newer card on an older server would meet.
    if (error.response.errors) return Object.assign(new LoadFailure('graphql', status), {errors: error.response.errors});
    if (status >= 400) return new LoadFailure('client-error', status);
    return new LoadFailure('bad-response', status);
  }
  // fetch() rejects with a TypeError when the network fails (refused, DNS, CORS, offline).
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) {
    return new LoadFailure(navigator.onLine === false ? 'offline' : 'network');
  }
  return new LoadFailure('bad-response');
}

/** The longest `Retry-After` the card waits (an hour): a server's "in three years" is "later", not a countdown. */
export const MAX_RETRY_AFTER = 3600;

/** The server's `Retry-After`, in seconds, from 0 to `MAX_RETRY_AFTER`; `undefined` when absent or unreadable. */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const number = Number(value);
  const date = Date.parse(value);
  const seconds = Number.isFinite(number) ? number : Number.isNaN(date) ? undefined : (date - now) / 1000;
  return seconds === undefined ? undefined : Math.min(MAX_RETRY_AFTER, Math.max(0, seconds));
}
