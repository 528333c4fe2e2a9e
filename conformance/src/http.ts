/**
 * GraphQL over HTTP as the card speaks it: a POST with a JSON body, variables in the body,
 * the caller's extra headers (e.g. `Authorization`), a timeout per request.
 */

/** What came back for one request: the parsed `{data, errors}` when the body was GraphQL JSON. */
export interface GraphQLAnswer {
  readonly status: number;
  readonly data: Record<string, unknown> | null | undefined;
  readonly errors: readonly GraphQLErrorLike[] | undefined;
}

export interface GraphQLErrorLike {
  readonly message?: unknown;
  readonly path?: unknown;
}

/** The request failed or the answer was not GraphQL JSON; the message says what was seen. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}

export interface ClientOptions {
  /** Headers sent with every request, e.g. `{authorization: 'Bearer …'}`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Milliseconds before a request counts as failed. */
  readonly timeoutMs?: number;
}

/** Sends `query` with `variables` to `url`; resolves with the GraphQL answer, rejects with a `TransportError`. */
export type Post = (url: string, query: string, variables: Record<string, unknown>) => Promise<GraphQLAnswer>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `text` cut to `max` characters, on one line, for a message. */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A `Post` with the given headers and timeout. */
export function createPost({headers = {}, timeoutMs = 30_000}: ClientOptions = {}): Post {
  return async (url, query, variables) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({query, variables}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(error);
      throw new TransportError(`${reason}${cause}`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new TransportError(`HTTP ${response.status}, not JSON: ${excerpt(text) || '(empty body)'}`);
    }
    if (!isRecord(body) || (!('data' in body) && !('errors' in body))) {
      throw new TransportError(`HTTP ${response.status}, JSON without data or errors: ${excerpt(text)}`);
    }
    const data = body['data'];
    const errors = body['errors'];
    return {
      status: response.status,
      data: isRecord(data) ? data : data === null ? null : undefined,
      errors: Array.isArray(errors) ? (errors as GraphQLErrorLike[]) : undefined,
    };
  };
}

/** The error messages of an answer, on one line. */
export function errorText(errors: readonly GraphQLErrorLike[] | undefined, max = 2): string {
  const list = errors ?? [];
  const more = list.length > max ? ` (+${list.length - max} more)` : '';
  return (
    list
      .slice(0, max)
      .map((error) => {
        const path = Array.isArray(error.path) ? ` (at ${error.path.join('.')})` : '';
        return `"${excerpt(String(error.message ?? 'no message'), 100)}"${path}`;
      })
      .join('; ') + more
  );
}
