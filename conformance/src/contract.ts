/**
 * The contract the checker holds a server to: the schema file the card ships
 * (`schema/customer-360.graphql`) and the card's own documents. `fits` tells whether an
 * answer has the contract's types, by executing the document against the contract schema
 * with the answer as the root value: graphql-js then reports every `null` in a non-null
 * field, every number that is not an `Int`, every misplaced list.
 */
import {GraphQLEnumType, GraphQLScalarType, buildSchema, execute, isEnumType, parse} from 'graphql';
import type {GraphQLFieldResolver, GraphQLSchema} from 'graphql';

/** An ISO 8601 instant with a time zone offset, as the schema's `DateTime` says. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** `YYYY-MM-DD`, as the schema's `Date` says. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Fit {
  /** Where the answer breaks the contract's types, e.g. `Cannot return null for non-nullable field Customer.displayName.` */
  readonly errors: readonly string[];
  /** Enum values the contract does not list (allowed: enums may grow), e.g. `Channel.FAX`. */
  readonly newEnumValues: readonly string[];
}

export interface Contract {
  readonly schema: GraphQLSchema;
  /** Whether `data`, the answer to `document` with `variables`, has the contract's types. */
  fits(document: string, variables: Record<string, unknown>, data: unknown): Fit;
}

/** Reads each field of the answer by its response key (alias or name), ignoring arguments. */
const fromAnswer: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  typeof source === 'object' && source !== null ? (source as Record<string, unknown>)[info.path.key as string] : undefined;

function checkedScalar(scalar: GraphQLScalarType, pattern: RegExp, example: string): void {
  scalar.serialize = (value: unknown) => {
    if (typeof value === 'string' && pattern.test(value) && !Number.isNaN(Date.parse(value))) return value;
    throw new TypeError(`${scalar.name} cannot represent ${JSON.stringify(value)} (expected e.g. ${example})`);
  };
}

/** The contract from the schema file's text. */
export function loadContract(sdl: string): Contract {
  const schema = buildSchema(sdl);
  checkedScalar(schema.getType('DateTime') as GraphQLScalarType, DATE_TIME, '2026-11-23T09:30:00Z');
  checkedScalar(schema.getType('Date') as GraphQLScalarType, DATE, '2011-05-02');
  const newValues = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    const known = new Set(type.getValues().map((value) => value.name));
    const enumType: GraphQLEnumType = type;
    // Enums may grow (the schema says so): a new value is noted, not an error.
    enumType.serialize = (value: unknown) => {
      if (typeof value !== 'string') throw new TypeError(`Enum "${enumType.name}" cannot represent ${JSON.stringify(value)}`);
      if (!known.has(value)) newValues.add(`${enumType.name}.${value}`);
      return value;
    };
  }
  return {
    schema,
    fits(document, variables, data) {
      newValues.clear();
      const result = execute({
        schema,
        document: parse(document),
        rootValue: data,
        variableValues: variables,
        fieldResolver: fromAnswer,
      });
      if (result instanceof Promise) throw new Error('unexpected asynchronous execution');
      return {
        errors: (result.errors ?? []).map((error) => `${error.message}${error.path ? ` (at ${error.path.join('.')})` : ''}`),
        newEnumValues: [...newValues],
      };
    },
  };
}
