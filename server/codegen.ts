import type {CodegenConfig} from '@graphql-codegen/cli';

/**
 * Resolver types from the contract (`schema/`), so the server cannot drift from it. The output
 * is committed; `npm run codegen -w server` regenerates it after a change to the schema or to
 * the row types it maps (src/model.ts), and the server's lint fails when it is stale.
 */
const config: CodegenConfig = {
  schema: '../schema/*.graphql',
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {DateTime: 'string', Date: 'string'},
        contextType: '../context.js#Context',
        mappers: {
          Customer: '../model.js#CustomerRow',
          ContactSummary: '../model.js#SummaryRow',
          CustomerLookup: '../model.js#LookupRow',
        },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
