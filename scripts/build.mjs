// npm run build: the script-tag bundle, the library build and type declarations; then sizes.
import {execSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const run = (command) => execSync(command, {stdio: ['ignore', 'ignore', 'inherit']});

rmSync('dist', {recursive: true, force: true});
run('npx vite build --mode lib --logLevel warn');
run('npx vite build --mode bundle --logLevel warn');
run('npx tsc -p tsconfig.build.json');
run('npx cem analyze');

const rows = [
  'dist/customer-360.js',
  'dist/customer-360.iife.js',
  'dist/lib/index.js',
  'dist/lib/define.js',
  'dist/lib/hints.js',
  'dist/lib/provider.js',
  'dist/lib/adapters.js',
].map((file) => {
  const bytes = readFileSync(file);
  return {file, min: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n| file | size | gzip |\n|---|---:|---:|');
for (const {file, min, gzip} of rows) console.log(`| ${file} | ${kb(min)} | ${kb(gzip)} |`);
