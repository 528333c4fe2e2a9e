/**
 * The graphql-js values the server uses, loaded the way graphql-http loads graphql-js
 * (CommonJS `require`), so that both share one module instance. Through a plain
 * `import … from 'graphql'`, a bundler (e.g. Vite's default config loader) picks the
 * package's ESM build while graphql-http keeps the CommonJS one, and graphql-js then rejects
 * the schema as coming "from another module or realm".
 */
import {createRequire} from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const {buildSchema, isObjectType, isScalarType, GraphQLError, parse, validate, visit, buildASTSchema} = graphql;
