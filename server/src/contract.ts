/**
 * The card's contract, `schema/customer-360.graphql`, read once: its text (the server's
 * schema) and the values of its enums (what an import or a direct caller may store), so
 * nothing in the server retypes a list the schema already holds.
 */
import {readFileSync} from 'node:fs';
import {buildSchema, type GraphQLEnumType} from 'graphql';

export const CONTRACT_SOURCE = readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8');

const contract = buildSchema(CONTRACT_SOURCE);

/** The values of the contract's enum `name`, in the schema's order. */
export function enumValues(name: string): string[] {
  return (contract.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
}
