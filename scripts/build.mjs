// npm run build: the script-tag bundle, the library build and type declarations; then sizes.
// The size check: the build fails (so `npm test` fails) when dist/customer-360.js is above
// its gzip budget, and prints where the bytes go.
import {execSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {BUDGET_BYTES, BUDGET_FILE, TARGET_BYTES, fileSizes, kb, partSizes, printTable} from './sizes.mjs';

const run = (command) => execSync(command, {stdio: ['ignore', 'ignore', 'inherit']});

rmSync('dist', {recursive: true, force: true});
run('npx vite build --mode lib --logLevel warn');
run('npx vite build --mode bundle --logLevel warn');
run('npx tsc -p tsconfig.build.json');
run('npx cem analyze');

const files = fileSizes();
console.log('');
printTable(files, [
  ['file', (r) => r.file],
  ['size', (r) => kb(r.min), 'right'],
  ['gzip', (r) => kb(r.gzip), 'right'],
]);
const budgeted = files.find((f) => f.file === BUDGET_FILE);
console.log('');
printTable(await partSizes(), [
  [`part of ${BUDGET_FILE}`, (r) => r.part],
  ['gzip (share)', (r) => kb(r.gzip), 'right'],
]);
const verdict = `${BUDGET_FILE}: ${budgeted.gzip} bytes gzip, limit ${BUDGET_BYTES} (${kb(BUDGET_BYTES)}), target ${kb(TARGET_BYTES)}`;
if (budgeted.gzip > BUDGET_BYTES) {
  console.error(`\nSIZE CHECK FAILED — ${verdict}. The table above shows where the bytes go.`);
  process.exit(1);
}
console.log(`\nsize check ok — ${verdict}`);
