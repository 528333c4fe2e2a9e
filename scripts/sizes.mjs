// Bundle sizes, shared by scripts/build.mjs (the size check) and bench/run.mjs (the table).
// Run directly (`node scripts/sizes.mjs`) after a build to print both tables.
import {build} from 'esbuild';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
export const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The file a script tag loads; `npm test` fails when its gzip size is above `BUDGET_BYTES`,
 * 36 KB (36,864 bytes), with 24 KB as the goal. The hint engine (dist/hints-engine.js) and
 * the languages other than English (dist/locales/) are files the card loads on demand,
 * fetched while the customer's data is in flight; the build prints what a first card
 * downloads in all (docs/performance.md, "Bundle size").
 */
export const BUDGET_FILE = 'dist/customer-360.js';
export const TARGET_BYTES = 24 * 1024;
export const BUDGET_BYTES = 36 * 1024;

/** What a first card downloads: the script, the hint engine, and its language's file if not English. */
export function firstCardBytes(files) {
  const gzipOf = (name) => files.find((f) => f.file === name)?.gzip ?? 0;
  const english = gzipOf(BUDGET_FILE) + gzipOf('dist/hints-engine.js');
  return {english, french: english + gzipOf('dist/locales/fr.js')};
}

export const DIST_FILES = [
  'dist/customer-360.js',
  'dist/customer-360.iife.js',
  'dist/hints-engine.js',
  'dist/feedback.js',
  'dist/locales/fr.js',
  'dist/lib/index.js',
  'dist/lib/define.js',
  'dist/lib/hints.js',
  'dist/lib/provider.js',
  'dist/lib/adapters.js',
];

/**
 * Languages other than English are files loaded on demand (src/i18n/locales.ts): not part of
 * the bundle, as a host's bundler with code splitting would also leave them.
 */
const localesApart = {
  name: 'locales-apart',
  setup(build) {
    build.onResolve({filter: /\/locales\/[a-z]+\.js$|^\.\/fr-[\w-]+\.js$/}, (args) => ({path: args.path, external: true}));
    build.onResolve({filter: /^\.\/(hints\/engine|feedback\/file|locales\/[a-z]+)\.js$/}, (args) =>
      args.importer.endsWith('beside.ts') ? {path: args.path, external: true} : undefined,
    );
    // As in the script-tag build (vite.config.ts): graphql-request gets the stub, not graphql.
    build.onResolve({filter: /^graphql$/}, (args) =>
      args.importer.includes('/node_modules/graphql-request/') ? {path: `${root}/src/graphql-stub.ts`} : undefined,
    );
  },
};

/** min and gzip size of each built file that exists. */
export function fileSizes(files = DIST_FILES) {
  return files
    .filter((file) => existsSync(new URL(file, `file://${root}`)))
    .map((file) => {
      const bytes = readFileSync(new URL(file, `file://${root}`));
      return {file, min: bytes.length, gzip: gzip(bytes)};
    });
}

/** Which part of the bundle a source file belongs to (first match wins). */
const PARTS = [
  ['hint texts', /src\/hints\/messages\.ts$/],
  ['hint logic', /src\/hints\//],
  ['UI texts', /src\/i18n\/messages\.ts$/],
  ['formatting', /src\/i18n\//],
  ['calendar and Intl', /src\/core\//],
  ['data mapping', /src\/data\/(map|view-model|derive|errors)\.ts$/],
  ['client', /src\/data\/|src\/gql\//],
  ['CSS', /styles\.ts$/],
  ['templates', /src\/ui\//],
  ['element + provider', /src\//],
  ['@lit/context', /@lit\/context/],
  ['@lit/task', /@lit\/task/],
  ['graphql-request', /graphql-request/],
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['other', /./],
];

/**
 * Where the bytes of the script-tag bundle go. esbuild bundles the same entry and reports each source file's minified bytes; each part's share of the real
 * file's gzip size is its share of those bytes (an estimate: texts compress better than code).
 */
export async function partSizes(entry = 'src/define.ts', file = BUDGET_FILE) {
  const result = await build({
    plugins: [localesApart],
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const total = gzip(readFileSync(`${root}/${file}`));
  const bytes = new Map();
  let sum = 0;
  for (const [input, {bytesInOutput}] of Object.entries(output.inputs)) {
    const part = PARTS.find(([, re]) => re.test(input))?.[0] ?? 'other';
    bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
    sum += bytesInOutput;
  }
  return [...bytes].map(([part, n]) => ({part, min: n, gzip: Math.round((n / sum) * total)})).sort((a, b) => b.gzip - a.gzip);
}

/** `customer-360/define` as a host's bundler would ship it (esbuild, minified, deps from node_modules). */
export async function bundlerSize(entry = 'dist/lib/define.js') {
  const result = await build({
    plugins: [localesApart],
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return {file: `${entry} (bundled by a host, esbuild)`, min: bytes.length, gzip: gzip(bytes)};
}

export function printTable(rows, columns) {
  console.log(`| ${columns.map(([title]) => title).join(' | ')} |`);
  console.log(`|${columns.map(([, , align]) => (align === 'right' ? '---:' : '---')).join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map(([, get]) => get(row)).join(' | ')} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printTable(
    [...fileSizes(), await bundlerSize()],
    [
      ['file', (r) => r.file],
      ['size', (r) => kb(r.min), 'right'],
      ['gzip', (r) => kb(r.gzip), 'right'],
    ],
  );
  console.log('');
  printTable(await partSizes(), [
    ['part of dist/customer-360.js', (r) => r.part],
    ['gzip (share)', (r) => kb(r.gzip), 'right'],
  ]);
}
