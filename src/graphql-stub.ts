/**
 * `graphql` in the script-tag builds (vite.config.ts aliases it here). graphql-request imports
 * the GraphQL parser and printer to read an operation's name from a document; the card sends
 * codegen's pre-printed strings with `excludeOperationName`, so they are never called, and the
 * 11 KB gzip they weigh stay out of the script. Bundler users get the real `graphql` (a peer
 * dependency of the package).
 */
const unavailable = (): never => {
  throw new Error('customer-360: no GraphQL parser in the script-tag build');
};
export const parse = unavailable;
export const print = unavailable;
export const Kind = {OPERATION_DEFINITION: 'OperationDefinition'} as const;
export class GraphQLError extends Error {}
