/**
 * The feedback file's own GraphQL-over-HTTP POST (a few lines of `fetch`, so the file shares
 * no module with the card's script) and how an answer reads: stored, worth retrying, only the
 * host can fix it, refused, or a server without this part of the contract.
 */
import type {Outcome} from './outbox.js';

/** What the card's `requestOptions` gives: where and how to ask (headers asked for now). */
export interface PostOptions {
  endpoint: URL;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
  timeout: number;
  signal: AbortSignal;
}

export interface Answer {
  /** HTTP status; 0 when no answer came (network, timeout). */
  status: number;
  data?: Record<string, unknown> | null;
  errors?: readonly {message?: unknown; extensions?: {code?: unknown}}[];
}

export async function post(options: PostOptions, query: string, variables: Record<string, unknown>): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...options.headers,
      },
      credentials: options.credentials,
      body: JSON.stringify({query, variables}),
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeout)]),
    });
  } catch (error) {
    if (options.signal.aborted) throw error;
    return {status: 0};
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const {data, errors} = (body && typeof body === 'object' ? body : {}) as Answer;
  return {
    status: response.status,
    data: data && typeof data === 'object' ? data : null,
    errors: Array.isArray(errors) ? errors : undefined,
  };
}

/**
 * A validation error: the server does not know this field, type or argument, or has no
 * mutations at all (the messages graphql-js and the servers built on it write, and the code
 * Apollo and others add). Such a server will never answer this request: it is not asked again.
 */
const VALIDATION =
  /Cannot query field|Unknown type|Unknown argument|is not defined by type|not configured (?:for|to execute) mutation|does not support mutations/;

export function isValidationError(answer: Answer): boolean {
  return (
    !answer.data &&
    !!answer.errors?.some((e) => VALIDATION.test(String(e.message)) || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')
  );
}

/** How the answer to a mutation whose result is `data[field]` reads. */
export function outcomeOf(answer: Answer, field: string): Outcome {
  const {status} = answer;
  if (answer.data?.[field] && typeof answer.data[field] === 'object') return 'saved';
  if (status === 401 || status === 403) return 'config';
  if (isValidationError(answer)) return 'unsupported';
  if (!status || status === 408 || status === 429 || status >= 500) return 'transient';
  return 'refused';
}
