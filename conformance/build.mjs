// Bundles the checker into dist/cli.js: the card's own documents (src/gql), its batch builder
// (src/data/batch.ts), its default hint windows and the schema file travel inside the bundle,
// so the published package needs nothing from the card but `graphql`.
import {build} from 'esbuild';

await build({
  entryPoints: [new URL('src/cli.ts', import.meta.url).pathname],
  outfile: new URL('dist/cli.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['graphql'],
  loader: {'.graphql': 'text'},
  banner: {js: '#!/usr/bin/env node'},
  logLevel: 'warning',
});
