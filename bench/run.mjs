// npm run bench: builds, then measures the card in headless Chromium and prints one table.
// Writes the run's numbers as JSON to bench/results/<date>.json (and bench/results/latest.json).
// Timings are reported, never asserted: the machine may be busy; compare the ratios against
// the baselines measured in the same page and the same run. `--no-build` skips the build.
import {execSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {tsImport} from 'tsx/esm/api';
import {chromeArgs, findChrome} from '../scripts/find-chrome.mjs';
import {BUDGET_FILE, bundlerSize, fileSizes, kb, partSizes, printTable} from '../scripts/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = new Date();
if (!process.argv.includes('--no-build')) execSync('node scripts/build.mjs', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});

// The browser half, bundled from bench/page.ts (it imports the hint engine from src/).
await build({
  absWorkingDir: root,
  entryPoints: ['bench/page.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: '.cache/bench/page.js',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

// ── a static server for the repository plus the demo's GraphQL endpoint ─────────────────
const {createGraphQLMiddleware} = await tsImport('../demo/server/middleware.ts', import.meta.url);
const graphql = createGraphQLMiddleware();
const TYPES = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json'};
const server = createServer((req, res) => {
  graphql(req, res, () => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/') {
      res.writeHead(200, {'content-type': 'text/html'});
      res.end('<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body></body></html>');
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
    createReadStream(file).pipe(res);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install one (apt-get install chromium).');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  // A busy machine can take minutes for the 10,000-contact and memory runs.
  protocolTimeout: 1_800_000,
});

/** Runs `fn(...args)` of bench/page.ts in a fresh, cold page (own browser context, empty cache). */
async function inPage(fn, ...args) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    const cdp = await page.createCDPSession();
    await page.exposeFunction('__benchGc', () => cdp.send('HeapProfiler.collectGarbage'));
    // The JavaScript heap and the DOM's own (Blink's garbage-collected heap, where elements live).
    await page.exposeFunction('__benchHeap', async () => {
      const usage = await cdp.send('Runtime.getHeapUsage');
      return {js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? Number.NaN};
    });
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      window.benchCdp = {gc: () => window.__benchGc(), heap: () => window.__benchHeap()};
    });
    await page.addScriptTag({type: 'module', content: `import * as b from '/.cache/bench/page.js'; window.bench = b;`});
    await page.waitForFunction(() => window.bench !== undefined);
    return await page.evaluate((name, a) => window.bench[name](...a), fn, args);
  } finally {
    await context.close();
  }
}

const PERSONAS = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];
const TEN_DIFFERENT = [...PERSONAS, 'unknown-1', 'unknown-2', 'unknown-3'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Cold measurements vary most: take the median of a few runs. */
async function repeat(n, fn, ...args) {
  const runs = [];
  for (let i = 0; i < n; i += 1) runs.push(await inPage(fn, ...args));
  return runs;
}
const medianOf = (runs, key) => median(runs.map((r) => r[key]));

const results = {};
try {
  results.sizes = {files: [...fileSizes(), await bundlerSize()], parts: await partSizes()};
  const intl = await repeat(3, 'intlCold');
  results.intlCold = {
    first: medianOf(intl, 'first'),
    rest: medianOf(intl, 'rest'),
    firstText: medianOf(intl, 'firstText'),
    engineScript: medianOf(intl, 'engineScript'),
  };
  const intlWorker = await repeat(3, 'intlCold', true);
  results.intlAfterWorker = {first: medianOf(intlWorker, 'first'), rest: medianOf(intlWorker, 'rest')};
  const first = await repeat(3, 'firstCard', 'martin');
  results.firstCard = Object.fromEntries(Object.keys(first[0]).map((k) => [k, medianOf(first, k)]));
  const large = await repeat(3, 'firstCard', 'large-history');
  results.firstCardLarge = Object.fromEntries(Object.keys(large[0]).map((k) => [k, medianOf(large, k)]));
  results.longTasks = {
    card: await repeat(3, 'longTasksCard', 'large-history'),
    plain: await repeat(3, 'longTasksPlain', 'large-history'),
  };
  results.hints = await inPage('hints', 'large-history', [5, 100, 10_000]);
  results.provider = {
    same: await inPage('provider', Array(10).fill('martin')),
    different: await inPage('provider', TEN_DIFFERENT),
  };
  results.switches = await inPage('switches', PERSONAS, 200);
  results.memory = await inPage('memory', 'martin', 100, 10);
  results.history = await inPage('history', 'large-history', 100, 20);
} finally {
  await browser.close();
  server.close();
}

// ── the table ────────────────────────────────────────────────────────────────────────────
const ms = (n) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(n < 10 ? 2 : 1)} ms`);
const size = (file) => results.sizes.files.find((f) => f.file.startsWith(file));
const firstCardCell = (r) =>
  `${ms(r.firstCard)} (script ${ms(r.script)}, first update ${ms(r.firstUpdate)}, response → DOM ${ms(r.firstRender)}, of which → header and brief ${ms(r.firstPart)})`;
const lt = (runs) => `${runs.map((r) => r.count).join('/')} long tasks, longest ${ms(Math.max(...runs.map((r) => r.longest)))}`;
const rows = [
  ['`dist/customer-360.js` gzip', kb(size(BUDGET_FILE).gzip), 'budget 36 KB, goal 24 KB'],
  [
    '`customer-360/define` through a bundler, gzip',
    kb(size('dist/lib/define.js (').gzip),
    `script tag: ${kb(size(BUDGET_FILE).gzip)}`,
  ],
  [
    'first `Intl` use in a cold page (any page pays it once)',
    ms(results.intlCold.first),
    `then 5 more formatters: ${ms(results.intlCold.rest)}`,
  ],
  [
    '… the same, on the main thread, once the card’s worker made that first use',
    ms(results.intlAfterWorker.first),
    `then 5 more formatters: ${ms(results.intlAfterWorker.rest)}`,
  ],
  [
    'hint engine file (`dist/hints-engine.js`), script evaluation, cold',
    ms(results.intlCold.engineScript),
    'its own task, while the request of the first card is in flight',
  ],
  [
    'first text layout in a cold page (any page pays it once)',
    ms(results.intlCold.firstText),
    'font matching and loading, in the font stack of the card',
  ],
  [
    'first card (martin), script + first update + response → DOM, cold',
    firstCardCell(results.firstCard),
    `5th card: ${ms(results.firstCard.fifthCard)}; target < 50 ms`,
  ],
  [
    'first card (large-history), script + first update + response → DOM, cold',
    firstCardCell(results.firstCardLarge),
    `5th card: ${ms(results.firstCardLarge.fifthCard)}`,
  ],
  ['long tasks while large-history loads cold (3 runs)', lt(results.longTasks.card), `plain DOM: ${lt(results.longTasks.plain)}`],
  [
    'response → DOM, martin (warm card)',
    `${ms(results.firstCard.warmCard)} (${(results.firstCard.warmCard / results.firstCard.plain).toFixed(2)}× plain)`,
    `plain DOM: ${ms(results.firstCard.plain)}`,
  ],
  [
    'response → DOM, large-history (warm card)',
    `${ms(results.firstCardLarge.warmCard)} (${(results.firstCardLarge.warmCard / results.firstCardLarge.plain).toFixed(2)}× plain)`,
    `plain DOM: ${ms(results.firstCardLarge.plain)}`,
  ],
  ...results.hints.map((h) => [
    `computeHints, ${h.contacts.toLocaleString('en')} contacts in the view (median; first call)`,
    `${ms(h.median)} (first ${ms(h.first)})`,
    `plain loop over them: ${ms(h.plainLoop)}`,
  ]),
  [
    '10 cards, same customer, under a provider',
    `${results.provider.same.requests} request(s), ${ms(results.provider.same.ms)}`,
    '',
  ],
  [
    '10 cards, 10 different customers, under a provider',
    `${results.provider.different.requests} request(s), ${ms(results.provider.different.ms)}`,
    '',
  ],
  ['200 rapid `customer-id` switches', `${results.switches.requests} requests started`, ''],
  [
    'memory per live card (100 cards, a few in view): JavaScript heap + DOM heap',
    `${kb(results.memory.perCard.js + results.memory.perCard.dom)} (${kb(results.memory.perCard.js)} + ${kb(results.memory.perCard.dom)}), ${(
      (results.memory.perCard.js + results.memory.perCard.dom) /
      (results.memory.plainPerCard.js + results.memory.plainPerCard.dom)
    ).toFixed(1)}× plain`,
    `plain DOM: ${kb(results.memory.plainPerCard.js + results.memory.plainPerCard.dom)} (${kb(results.memory.plainPerCard.js)} + ${kb(
      results.memory.plainPerCard.dom,
    )}) per card`,
  ],
  [
    '… with every card laid out (none skipped by `content-visibility`)',
    `${kb(results.memory.laidOut.js + results.memory.laidOut.dom)} (${kb(results.memory.laidOut.js)} + ${kb(results.memory.laidOut.dom)}), ${(
      (results.memory.laidOut.js + results.memory.laidOut.dom) /
      (results.memory.plainPerCard.js + results.memory.plainPerCard.dom)
    ).toFixed(1)}× plain`,
    'the plain DOM lays out all of its 100 copies',
  ],
  [
    'heap after removal, 10 cycles of 100 cards',
    results.memory.afterRemoval.map((n) => kb(n)).join(', '),
    'vs. before the first cycle',
  ],
  [
    `history after ${results.history.pages} "show more" (page-size 100)`,
    `${results.history.loaded}; ${results.history.rowsInDom} rows in the DOM`,
    `${results.history.nodesInShadow} elements in the card`,
  ],
  ['… a render that changes nothing', `${ms(results.history.noopAfter)}`, `at first: ${ms(results.history.noopFirst)}`],
  [
    '… each new page (response → DOM)',
    `median ${ms(results.history.medianPage)}, last ${ms(results.history.lastPage)}`,
    `first: ${ms(results.history.firstPage)}`,
  ],
];
console.log(`\nnpm run bench — ${started.toISOString()}, Chromium headless, Node ${process.version}\n`);
printTable(rows, [
  ['measure', (r) => r[0]],
  ['this run', (r) => r[1]],
  ['baseline / target', (r) => r[2]],
]);
console.log('');
printTable(results.sizes.parts, [
  ['part of dist/customer-360.js', (r) => r.part],
  ['gzip (share)', (r) => kb(r.gzip), 'right'],
]);

mkdirSync(join(root, 'bench/results'), {recursive: true});
const json = JSON.stringify({date: started.toISOString(), node: process.version, results}, null, 2);
const file = `bench/results/${started.toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(join(root, file), json);
writeFileSync(join(root, 'bench/results/latest.json'), json);
console.log(`\nJSON: ${file}`);
