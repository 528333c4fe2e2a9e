/**
 * How much one request may ask for: a validation rule that refuses, before anything runs, an
 * operation nested deeper than `maxDepth`, one with more than `maxRootFields` top-level fields
 * (aliased `customer` fields: the card batches at most 20), or one selecting more than
 * `maxFields` fields once its fragments are expanded (a "fragment bomb" counts every use).
 */
import {GraphQLError, Kind} from 'graphql';
import type {FragmentDefinitionNode, SelectionSetNode, ValidationRule} from 'graphql';

export interface Limits {
  readonly maxDepth: number;
  readonly maxRootFields: number;
  readonly maxFields: number;
}

/**
 * Room for the card's own query (depth 6, about 130 fields per customer, 20 customers) and for
 * graphql-js's standard introspection query (depth 15), which tools such as the conformance
 * check send.
 */
export const DEFAULT_LIMITS: Limits = {maxDepth: 15, maxRootFields: 50, maxFields: 5000};

/** The validation rule enforcing `limits`. */
export function limitsRule(limits: Limits = DEFAULT_LIMITS): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        let fields = 0;
        let deepest = 0;
        /** Walks a selection set; stops as soon as a limit is passed (the walk itself stays bounded). */
        const walk = (set: SelectionSetNode, depth: number, inFragments: readonly string[]): boolean => {
          for (const selection of set.selections) {
            if (selection.kind === Kind.FIELD) {
              fields++;
              deepest = Math.max(deepest, depth);
              if (fields > limits.maxFields || deepest > limits.maxDepth) return false;
              if (selection.selectionSet && !walk(selection.selectionSet, depth + 1, inFragments)) return false;
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              if (!walk(selection.selectionSet, depth, inFragments)) return false;
            } else {
              const name = selection.name.value;
              const fragment = fragments.get(name);
              // Unknown or cyclic fragments are other rules' errors.
              if (!fragment || inFragments.includes(name)) continue;
              if (!walk(fragment.selectionSet, depth, [...inFragments, name])) return false;
            }
          }
          return true;
        };
        const rootFields = operation.selectionSet.selections.length;
        if (rootFields > limits.maxRootFields) {
          context.reportError(
            new GraphQLError(`The operation has ${rootFields} top-level fields; the limit is ${limits.maxRootFields}.`, {
              extensions: {code: 'QUERY_TOO_COMPLEX'},
            }),
          );
          return;
        }
        walk(operation.selectionSet, 1, []);
        if (deepest > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`The operation is nested deeper than the limit of ${limits.maxDepth}.`, {
              extensions: {code: 'QUERY_TOO_DEEP'},
            }),
          );
        } else if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`The operation selects more than the limit of ${limits.maxFields} fields.`, {
              extensions: {code: 'QUERY_TOO_COMPLEX'},
            }),
          );
        }
      },
    };
  };
}
