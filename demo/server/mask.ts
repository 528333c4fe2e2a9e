/**
 * The demo endpoint masks errors as the reference server does (server/src/server.ts, Yoga's
 * masked errors): a client reads the message of an error a resolver meant to show (a
 * `GraphQLError`, such as `UNKNOWN_CUSTOMER` or an invalid cursor), and for anything else —
 * a failed SQL statement, a bug — only "Unexpected error." with the error's path. No SQL, table
 * name or stack leaves the demo either.
 */
import type {GraphQLError as GraphQLErrorType} from 'graphql';
import {GraphQLError} from './graphql.js';

export const MASKED_MESSAGE = 'Unexpected error.';

/**
 * A GraphQL error, by name: the server's resolvers may load another copy of graphql-js than
 * the endpoint (ESM and CommonJS builds), so `instanceof` would mask errors meant to be shown.
 */
const isGraphQLError = (error: unknown): error is GraphQLErrorType => error instanceof Error && error.name === 'GraphQLError';

/**
 * `error` as a client may see it. graphql-http's own request errors (a missing query, a bad
 * content type) are plain `Error`s meant for the client and pass unchanged.
 */
export function maskError(error: Readonly<GraphQLErrorType | Error>): GraphQLErrorType | Error {
  if (!isGraphQLError(error)) return error;
  const original = error.originalError;
  if (!original || isGraphQLError(original)) return error;
  return new GraphQLError(MASKED_MESSAGE, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
  });
}
