/**
 * Why a customer did not load, as a reason code the host can switch on (it is the `reason`
 * of the `customer360-error` event) and the card turns into a plain-language message.
 * Never carries a raw server response: those may hold anything, and the card shows none.
 */
export type FailureReason =
  | 'config-endpoint'
  | 'offline'
  | 'network'
  | 'timeout'
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
  'rate-limited',
  'server',
]);

export class LoadFailure extends Error {
  /** Seconds the server asked us to wait (HTTP `Retry-After`), when it said. */
  readonly retryAfter?: number;

  constructor(
    readonly reason: FailureReason,
    readonly status?: number,
    retryAfter?: number,
  ) {
    super(`customer-360: ${reason}${status ? ` (HTTP ${status})` : ''}`);
    this.retryAfter = retryAfter;
  }

  get transient(): boolean {
    return TRANSIENT.has(this.reason);
  }
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
    if (status === 429) return new LoadFailure('rate-limited', status, retryAfterSeconds(headers));
    if (status >= 500) return new LoadFailure('server', status);
    return new LoadFailure(error.response.errors ? 'graphql' : 'bad-response', status);
  }
  // fetch() rejects with a TypeError when the network fails (refused, DNS, CORS, offline).
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) {
    return new LoadFailure(navigator.onLine === false ? 'offline' : 'network');
  }
  return new LoadFailure('bad-response');
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}
