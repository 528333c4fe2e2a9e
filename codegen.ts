import type {CodegenConfig} from '@graphql-codegen/cli';

/**
 * Typed documents for the card's queries (src/data/customer.graphql). The output in `src/gql/` is committed, so a fresh
 * clone builds without running codegen; `npm run codegen` regenerates it after a change to
 * `schema/` or to a `.graphql` document, and `npm run lint` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: 'src/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Documents are imported from src/gql/graphql.ts directly: no runtime lookup table,
      // so each query string ships once in the bundle.
      presetConfig: {fragmentMasking: false},
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {DateTime: 'string', Date: 'string'},
        // The card must survive enum values added by a newer server: typed as known values,
        // mapped defensively in src/data/map.ts.
        futureProofEnums: true,
      },
    },
    // The parts of the Customer360 operation a page of cards assembles its one request from.
    'src/gql/batch.ts': {plugins: ['./scripts/codegen-batch.cjs']},
  },
};

export default config;
