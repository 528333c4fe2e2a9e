// npm run build: the script-tag bundle, the library build and type declarations; then sizes.
// The size check: the build fails (so `npm test` fails) when dist/customer-360.js is above
// its gzip budget, and prints where the bytes go.
import {execSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {BUDGET_BYTES, BUDGET_FILE, TARGET_BYTES, fileSizes, firstCardBytes, kb, partSizes, printTable} from './sizes.mjs';

const run = (command) => execSync(command, {stdio: ['ignore', 'ignore', 'inherit']});

rmSync('dist', {recursive: true, force: true});
run('npx vite build --mode lib --logLevel warn');
run('npx vite build --mode bundle --logLevel warn');
run('npx vite build --mode bundle-iife --logLevel warn');
run('npx vite build --mode engine --logLevel warn');
run('npx vite build --mode feedback --logLevel warn');
run('npx vite build --mode locale-fr --logLevel warn');
run('npx tsc -p tsconfig.build.json');
run('npx cem analyze');

// The files the script loads on demand must import nothing: a module they shared with the
// script would be a second copy of it whenever the host loads the script from another URL
// (a query string is enough), with its own state.
for (const file of ['dist/hints-engine.js', 'dist/feedback.js', 'dist/locales/fr.js']) {
  if (/\bimport\s*[{*("'`]/.test(readFileSync(file, 'utf8'))) {
    console.error(`BUILD FAILED — ${file} imports another module; it must be self-contained.`);
    process.exit(1);
  }
}

// Pages that are not UTF-8 (old intranet pages in ISO-8859-1 or windows-1252, or none declared)
// decode a script with their own encoding: "Don’t" would read "Donâ€™t". The files a host loads
// are ASCII only: every other character is written as a \u escape. That is valid wherever the
// minified code holds such characters (string, template and regex literals; nothing reads a
// template's raw text), and costs a few bytes.
for (const file of [
  'dist/customer-360.js',
  'dist/customer-360.iife.js',
  'dist/hints-engine.js',
  'dist/feedback.js',
  'dist/locales/fr.js',
]) {
  const code = readFileSync(file, 'utf8');
  if (/String\.raw|\.raw\b(?!\()/.test(code)) {
    console.error(`BUILD FAILED — ${file} reads a template's raw text: escaping its characters would change it.`);
    process.exit(1);
  }
  writeFileSync(
    file,
    code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

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
const first = firstCardBytes(files);
console.log(
  `\na first card downloads ${kb(first.english)} gzip in English (script + hint engine), ${kb(first.french)} in French`,
);
const verdict = `${BUDGET_FILE}: ${budgeted.gzip} bytes gzip, limit ${BUDGET_BYTES} (${kb(BUDGET_BYTES)}), goal ${kb(TARGET_BYTES)}`;
if (budgeted.gzip > BUDGET_BYTES) {
  console.error(`\nSIZE CHECK FAILED — ${verdict}. The table above shows where the bytes go.`);
  process.exit(1);
}
console.log(`\nsize check ok — ${verdict}`);
