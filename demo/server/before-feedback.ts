/**
 * The contract as it was before notes and mutations (issue 22), for `schema=before-feedback`
 * (controls.ts): the same SDL without `Mutation`, `Customer.notes`, `Query.dismissalReport`,
 * `ServerHint.fingerprint` and `until`, and their types, so a request that uses them gets the validation errors such a server answers
 * (`Cannot query field "notes" on type "Customer".`, `Unknown type "DismissHintInput".`). The
 * card must then keep working without them, with no error shown.
 */
import {readFileSync} from 'node:fs';
import type {DocumentNode, GraphQLError as GraphQLErrorType} from 'graphql';
import {buildASTSchema, parse, validate, visit} from './graphql.js';

const FEEDBACK_TYPES = new Set([
  'Mutation',
  'DismissReason',
  'DismissHintInput',
  'HintFingerprintInput',
  'HintDismissal',
  'Suppression',
  'AddNoteInput',
  'Note',
  'NoteConnection',
  'NoteEdge',
  'DismissalReport',
  'DismissalReportRow',
]);

const FEEDBACK_FIELDS = new Set(['Customer.notes', 'Query.dismissalReport', 'ServerHint.fingerprint', 'ServerHint.until']);

function withoutFeedback(sdl: string): DocumentNode {
  let type = '';
  return visit(parse(sdl), {
    ObjectTypeDefinition: {
      enter(node) {
        type = node.name.value;
        return FEEDBACK_TYPES.has(type) ? null : undefined;
      },
    },
    EnumTypeDefinition: (node) => (FEEDBACK_TYPES.has(node.name.value) ? null : undefined),
    InputObjectTypeDefinition: (node) => (FEEDBACK_TYPES.has(node.name.value) ? null : undefined),
    FieldDefinition: (node) => (FEEDBACK_FIELDS.has(`${type}.${node.name.value}`) ? null : undefined),
    OperationTypeDefinition: (node) => (node.operation === 'mutation' ? null : undefined),
  });
}

const schema = buildASTSchema(
  withoutFeedback(readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8')),
);

export const beforeFeedback = {
  /** The validation errors of `query` on a server without notes and mutations (none: it is valid there). */
  validate(query: string): readonly GraphQLErrorType[] {
    try {
      return validate(schema, parse(query));
    } catch (error) {
      return [error as GraphQLErrorType];
    }
  },
};
