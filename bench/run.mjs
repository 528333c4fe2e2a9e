// npm run bench: the card where users meet it, against a plain-DOM baseline, in headless Chromium.
//
//   npm run bench                                   builds dist/, then measures it
//   npm run bench -- --no-build                     measures dist/ as it is
//   npm run bench -- --dist /tmp/old --dist dist    measures two builds side by side, in one run
//   npm run bench -- --runs 11                      more repetitions (default 7)
//
// Prints one markdown table; writes the raw numbers to bench/results/<date>.json (and
// latest.json). Timings are reported, never asserted: read them against the plain DOM of the
// same run. See docs/performance.md for what each line measures.
import {execSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, loadavg} from 'node:os';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {tsImport} from 'tsx/esm/api';
import {chromeArgs, findChrome} from '../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const {values: options} = parseArgs({
  options: {
    dist: {type: 'string', multiple: true},
    runs: {type: 'string', default: '7'},
    'no-build': {type: 'boolean', default: false},
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${options.runs}"`);
const dists = (options.dist ?? ['dist']).map((dir) => ({label: dir, dir: resolve(root, dir)}));
if (!options.dist && !options['no-build']) {
  execSync('node scripts/build.mjs', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
}
for (const {label, dir} of dists) {
  if (!existsSync(join(dir, 'customer-360.js')))
    throw new Error(`${label}: no customer-360.js in ${dir} (build it with node scripts/build.mjs)`);
}

const started = new Date();
const loadBefore = loadavg();

// The browser half: the harness (classic script, `window.bench`) and the plain-DOM module.
mkdirSync(join(root, '.cache/bench'), {recursive: true});
await build({
  absWorkingDir: root,
  entryPoints: ['bench/page.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'bench',
  target: 'es2022',
  outfile: '.cache/bench/harness.js',
  logLevel: 'warning',
});
await build({
  absWorkingDir: root,
  entryPoints: ['bench/plain.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: '.cache/bench/plain.js',
  logLevel: 'warning',
});

// ── one server for everything: pages, builds, the demo's GraphQL endpoint ────────────────

/** The host page: a helpdesk that formatted dates and numbers with `Intl`, in en and fr, before the card. */
const HOST_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Helpdesk</title>
<style>body{font:15px system-ui,sans-serif;margin:0;display:flex}main{flex:1;padding:1rem}aside{width:380px}</style>
<body><main><h1>Tickets</h1><ul id="tickets"></ul></main><aside id="sidebar"></aside>
<script>
  const list = document.getElementById('tickets');
  const now = new Date();
  for (const lang of ['en', 'fr']) {
    const when = new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris'});
    const day = new Intl.DateTimeFormat(lang, {weekday: 'long', day: 'numeric', month: 'long'});
    const count = new Intl.NumberFormat(lang);
    const money = new Intl.NumberFormat(lang, {style: 'currency', currency: 'EUR'});
    const plural = new Intl.PluralRules(lang);
    const ago = new Intl.RelativeTimeFormat(lang, {numeric: 'auto'});
    for (let i = 1; i <= 10; i++) {
      const li = document.createElement('li');
      const at = new Date(now.getTime() - i * 3_600_000 * 7);
      li.textContent = '#' + count.format(4800 + i) + ' · ' + when.format(at) + ' (' + day.format(at) + ', ' +
        ago.format(-i, 'hour') + ') · ' + money.format(i * 12.5) + ' · ' + plural.select(i);
      list.append(li);
    }
  }
</script>
<script src="/bench/harness.js"></script>
</body></html>`;
/** The cold page: nothing before the card (no text laid out, no `Intl` used). */
const COLD_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Cold</title>
<body><aside id="sidebar"></aside><script src="/bench/harness.js"></script></body></html>`;

const {createGraphQLMiddleware} = await tsImport('../demo/server/middleware.ts', import.meta.url);
const graphql = createGraphQLMiddleware();
const TYPES = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css'};
const sendFile = (res, file) => {
  if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
  createReadStream(file).pipe(res);
};
const server = createServer((req, res) => {
  graphql(req, res, () => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/host.html' || path === '/cold.html') {
      res.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'});
      return void res.end(path === '/host.html' ? HOST_PAGE : COLD_PAGE);
    }
    if (path === '/bench/harness.js' || path === '/bench/plain.js') return sendFile(res, join(root, '.cache', path));
    // /d<n>/<file>: the n-th build, so the files a card loads beside its script resolve there.
    const match = /^\/d(\d+)(\/.*)$/.exec(path);
    const dist = match && dists[Number(match[1])];
    if (!dist) return void res.writeHead(404).end();
    const file = normalize(join(dist.dir, decodeURIComponent(match[2])));
    if (!file.startsWith(dist.dir + sep)) return void res.writeHead(404).end();
    sendFile(res, file);
  });
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install one (apt-get install chromium).');
const browser = await puppeteer.launch({executablePath, headless: true, args: chromeArgs, protocolTimeout: 180_000});

/**
 * Runs `window.bench[fn](...args)` in a fresh page of its own browser context (its own renderer
 * process, empty cache), `host` or `cold`; with `trace`, under a Chromium trace, returned too.
 */
async function inPage(kind, fn, args, {trace = false, cdp = false} = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.goto(`${base}/${kind}.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    if (cdp) {
      // Forced collections and both heaps: the JavaScript heap and Blink's (where elements live).
      const session = await page.createCDPSession();
      await page.exposeFunction('__benchGc', () => session.send('HeapProfiler.collectGarbage'));
      await page.exposeFunction('__benchHeap', async () => {
        const usage = await session.send('Runtime.getHeapUsage');
        return {js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? Number.NaN};
      });
      await page.evaluate(() => {
        window.benchCdp = {gc: () => window.__benchGc(), heap: () => window.__benchHeap()};
      });
    }
    if (trace) {
      await page.tracing.start({
        categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
    }
    const result = await page.evaluate((name, a) => window.bench[name](...a), fn, args);
    return trace ? {result, trace: JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'))} : result;
  } finally {
    await context.close();
  }
}

/**
 * The longest main-thread task of the page overlapping each switch (between the page's
 * `bench-switch-start-<i>` and `bench-switch-end-<i>` marks), in ms: every task, not only those
 * over 50 ms (the Long Tasks API's floor).
 */
function longestTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = new Map();
  let thread;
  for (const e of events) {
    const m = /^bench-switch-(start|end)-(\d+)$/.exec(e.name ?? '');
    if (!m) continue;
    thread ??= `${e.pid}:${e.tid}`;
    const entry = marks.get(m[2]) ?? {};
    // A mark may appear as an instant event or as a begin/end pair: the first time stamp counts.
    entry[m[1]] ??= e.ts;
    marks.set(m[2], entry);
  }
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread);
  return [...marks.values()]
    .filter((w) => w.start !== undefined && w.end !== undefined)
    .map((w) => Math.max(0, ...tasks.filter((t) => t.ts < w.end && t.ts + t.dur > w.start).map((t) => t.dur / 1000)));
}

// ── the runs ─────────────────────────────────────────────────────────────────────────────

const PERSONAS = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];
/** A page of 20 customers: the demo has seven, so each appears about three times (one request). */
const PAGE = Array.from({length: 20}, (_, i) => PERSONAS[i % PERSONAS.length]);
const FIRST = 'martin';

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const subjects = [{key: 'plain', label: 'plain DOM'}, ...dists.map((d, i) => ({key: `d${i}`, label: d.label, url: `/d${i}`}))];
const cards = () => subjects.filter((s) => s.url);
/** Raw samples: results[scenario][subject] = [{ms | times, longTasks}, …], one per run. */
const results = {firstHost: {}, firstCold: {}, switch: {}, page: {}, traces: {}};
for (const scenario of ['firstHost', 'firstCold', 'switch', 'page']) for (const s of subjects) results[scenario][s.key] = [];

// What each build's card sends; the plain DOM replays the first build's requests.
const captured = [];
for (const [i, d] of dists.entries()) {
  const c = await inPage('host', 'capture', [`/d${i}`, PERSONAS, PAGE]);
  const sizes = await Promise.all(
    [c.single[FIRST], ...c.page].map(async (r) =>
      (
        await fetch(new URL(r.url, base), {
          method: r.method,
          headers: r.contentType ? {'content-type': r.contentType} : {},
          body: r.body,
        })
      ).text(),
    ),
  );
  captured.push({...c, answerBytes: sizes.map((s) => s.length)});
  if (c.pageRequests !== 1) console.warn(`${d.label}: the page of ${PAGE.length} cards sent ${c.pageRequests} requests`);
}
const requests = captured[0];
for (const [i, c] of captured.entries()) {
  if (JSON.stringify(c.answerBytes) !== JSON.stringify(requests.answerBytes)) {
    console.warn(
      `${dists[i].label}: its answers differ in size from ${dists[0].label}'s (${c.answerBytes} vs ${requests.answerBytes} bytes); the plain DOM replays ${dists[0].label}'s`,
    );
  }
}

const run = {
  firstHost: (s) =>
    s.url ? inPage('host', 'firstCard', [s.url, FIRST]) : inPage('host', 'firstPlain', [requests.single[FIRST]]),
  firstCold: (s) =>
    s.url ? inPage('cold', 'firstCard', [s.url, FIRST]) : inPage('cold', 'firstPlain', [requests.single[FIRST]]),
  switch: (s) =>
    s.url
      ? inPage('host', 'switchCard', [s.url, PERSONAS])
      : inPage('host', 'switchPlain', [PERSONAS.map((id) => requests.single[id])]),
  page: (s) => (s.url ? inPage('host', 'pageCard', [s.url, PAGE]) : inPage('host', 'pagePlain', [requests.page, PAGE])),
};
const clock = Date.now();
for (let r = 0; r < runs; r += 1) {
  for (const scenario of Object.keys(run)) {
    // Interleaved, and in a rotating order, so a busy moment of the machine hits all alike.
    const order = subjects.map((_, i) => subjects[(i + r) % subjects.length]);
    for (const s of order) results[scenario][s.key].push(await run[scenario](s));
  }
  process.stderr.write(`run ${r + 1}/${runs} done (${((Date.now() - clock) / 1000).toFixed(0)} s)\n`);
}
// Traced switch pages (up to 3 per column, interleaved): the longest task of each switch, whatever its length.
for (const s of subjects) results.traces[s.key] = [];
for (let r = 0; r < Math.min(runs, 3); r += 1) {
  for (const s of subjects) {
    const args = s.url ? [s.url, PERSONAS] : [PERSONAS.map((id) => requests.single[id])];
    const {trace} = await inPage('host', s.url ? 'switchCard' : 'switchPlain', args, {trace: true});
    results.traces[s.key].push(...longestTasks(trace));
  }
}
// Memory and a long history: one page per build (they vary far less than times do).
const MEMORY = {cards: 100, cycles: 8};
const HISTORY = {pageSize: 100, pages: 20};
results.memory = {};
results.history = {};
for (const s of cards()) {
  results.memory[s.key] = await inPage('host', 'memory', [s.url, FIRST, MEMORY.cards, MEMORY.cycles, requests.single[FIRST]], {
    cdp: true,
  });
  results.history[s.key] = await inPage('host', 'history', [s.url, 'large-history', HISTORY.pageSize, HISTORY.pages]);
}

// Every sample must have shown what it was timed for (checked after each clock stopped).
const expected = {firstHost: 1, firstCold: 1, switch: PERSONAS.length - 1, page: PAGE.length};
const incomplete = [];
for (const [scenario, n] of Object.entries(expected)) {
  for (const s of subjects) {
    const short = results[scenario][s.key].filter((v) => v.complete !== n).length;
    if (short) incomplete.push(`${s.label}, ${scenario}: ${short} of ${runs} runs did not show all ${n}`);
  }
}
const chromium = await browser.version();
await browser.close();
server.close();
const loadAfter = loadavg();

// ── the table ────────────────────────────────────────────────────────────────────────────

const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : '–');
const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
const spread = (values, unit = ms) => {
  const finite = values.filter(Number.isFinite);
  return finite.length ? `${unit(median(finite))} (${unit(Math.min(...finite))}–${unit(Math.max(...finite))})` : '–';
};
const times = (scenario, key) => results[scenario][key].flatMap((v) => v.times ?? [v.ms]);
const verdict = (value, limit) => (Number.isFinite(value) ? (value <= limit ? ' — met' : ' — not met') : '');

/** Median (min–max) of the times, then the median wait for the GraphQL answers within them. */
const timeCell = (samples) =>
  `${spread(samples.flatMap((v) => v.times ?? [v.ms]))}; answer ${ms(median(samples.flatMap((v) => v.answers ?? [v.answer])))}`;
/**
 * × plain: the card's median time over the plain DOM's; for a second build on, also its median
 * time over the first build's (below 1: faster).
 */
const timeRow = (label, scenario, target, limit) => {
  const row = [label, target, timeCell(results[scenario].plain)];
  const plain = median(times(scenario, 'plain'));
  const first = median(times(scenario, cards()[0].key));
  for (const [i, s] of cards().entries()) {
    const own = median(times(scenario, s.key));
    row.push(timeCell(results[scenario][s.key]));
    const vsFirst = i > 0 ? `; ${x(own / first)} the time of ${cards()[0].label}` : '';
    row.push(`${x(own / plain)}${limit ? verdict(own / plain, limit) : ''}${vsFirst}`);
  }
  return row;
};
const taskRow = (label, scenario, target) => {
  const cell = (samples) => {
    const tasks = samples.flatMap((v) => v.longTasks);
    const windows = samples.reduce((n, v) => n + (v.times?.length ?? 1), 0);
    return tasks.length ? `${tasks.length} in ${windows}, longest ${ms(Math.max(...tasks))}` : `none in ${windows}`;
  };
  const row = [label, target, cell(results[scenario].plain)];
  for (const s of cards()) row.push(cell(results[scenario][s.key]), '');
  return row;
};
const gz = (file) => (existsSync(file) ? `${(gzipSync(readFileSync(file), {level: 9}).length / 1024).toFixed(1)} KB` : '–');
const sizeRow = ['script, gzip', '', `${gz(join(root, '.cache/bench/plain.js'))} (bench/plain.js)`];
for (const [i] of cards().entries())
  sizeRow.push(`${gz(join(dists[i].dir, 'customer-360.js'))} (+ ${gz(join(dists[i].dir, 'hints-engine.js'))} engine)`, '');
const traceRow = ['longest task of a switch (trace, every task)', '≤ 50 ms', spread(results.traces.plain)];
for (const s of cards()) {
  const longest = Math.max(...results.traces[s.key]);
  traceRow.push(spread(results.traces[s.key]), `worst ${ms(longest)}${verdict(longest, 50)}`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const both = (h) => `${kb(h.js + h.dom)} (${kb(h.js)} + ${kb(h.dom)})`;
const plainMemory = results.memory[cards()[0].key].plainPerCard;
const memoryRow = (label, pick, target) => {
  const row = [label, target, `${both(plainMemory)}`];
  for (const s of cards()) {
    const h = pick(results.memory[s.key]);
    const plain = results.memory[s.key].plainPerCard;
    row.push(both(h), x((h.js + h.dom) / (plain.js + plain.dom)));
  }
  return row;
};
// A cycle's cards kept alive would add their whole size at each cycle: the scale to read it by.
const cycleBytes = (m) => MEMORY.cards * (m.perCard.js + m.perCard.dom);
const growthRow = [
  `heap after removal, ${MEMORY.cycles} cycles of ${MEMORY.cards} cards, against before the first`,
  `no cycle's cards kept (one cycle's cards: ${(cycleBytes(results.memory[cards()[0].key]) / 1024 / 1024).toFixed(1)} MB)`,
  '',
];
for (const s of cards()) growthRow.push(results.memory[s.key].afterRemoval.map(kb).join(', '), '');
const historyRows = [
  [`history: ${HISTORY.pages} × "show more" (page-size ${HISTORY.pageSize}), each new page: answer → painted`, 'reported', ''],
  ['… then in the card', '', ''],
];
for (const s of cards()) {
  const h = results.history[s.key];
  historyRows[0].push(`${ms(median(h.times))} (first ${ms(h.times[0])}, last ${ms(h.times.at(-1))})`, '');
  historyRows[1].push(`${h.pages} pages loaded; ${h.rowsInDom} history rows, ${h.elements} elements`, '');
}

const rows = [
  sizeRow,
  timeRow('first card, host page (`Intl` already used): script added → painted', 'firstHost', '≤ 1.3× plain', 1.3),
  timeRow('first card, cold page: script added → painted', 'firstCold', 'reported', undefined),
  timeRow('customer switch: `customer-id` changed → painted', 'switch', '≤ 1.5× plain', 1.5),
  timeRow(`page of ${PAGE.length} cards under a provider: script added → all painted`, 'page', 'reported', undefined),
  traceRow,
  taskRow('tasks over 50 ms during the timed switches (Long Tasks API)', 'switch', 'none'),
  taskRow('tasks over 50 ms during the first card, host page', 'firstHost', 'reported'),
  memoryRow(
    `memory per live card (${MEMORY.cards} cards, a few in view): JavaScript + DOM heaps`,
    (m) => m.perCard,
    '≤ 3× plain',
  ),
  memoryRow('… with every card laid out (none skipped by `content-visibility`)', (m) => m.laidOut, 'reported'),
  growthRow,
  ...historyRows,
];
const header = ['measure', 'target', 'plain DOM', ...cards().flatMap((s) => [`card: ${s.label}`, '× plain'])];
const line = (cells) => `| ${cells.join(' | ')} |`;
const load = (l) => l.map((n) => n.toFixed(1)).join(' / ');
console.log(
  `\nnpm run bench — ${started.toISOString()}; Chromium ${chromium} headless; Node ${process.version}; ${cpus().length} cores; ` +
    `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after; ${runs} runs, ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s\n`,
);
console.log(line(header));
console.log(line(header.map((_, i) => (i < 2 ? '---' : '---:'))));
for (const row of rows) console.log(line(row));
console.log(
  `\nTimes: median (min–max) over ${runs} runs (switches: ${PERSONAS.length - 1} per run), then the median time spent waiting for the GraphQL answer within them (same server, same answer for both). ` +
    "× plain: the card's median time ÷ the plain DOM's (and, for a second build, ÷ the first build's). " +
    `Longest task: ${Math.min(runs, 3)} traced pages per column, the longest main-thread task of each switch, median (min–max).`,
);

console.log(
  incomplete.length
    ? `\nNOT COMPLETE, these numbers are wrong: ${incomplete.join('; ')}`
    : '\nChecked: every timed card showed its customer in full (header to history) when its clock stopped.',
);
const hints = cards().map((s) => `${s.label}: ${results.firstHost[s.key].filter((v) => v.withHints).length} of ${runs}`);
console.log(`First cards (host page) showing hints: ${hints.join('; ')}.`);

mkdirSync(join(root, 'bench/results'), {recursive: true});
const json = JSON.stringify(
  {date: started.toISOString(), chromium, node: process.version, loadBefore, loadAfter, dists, runs, results},
  null,
  2,
);
const file = `bench/results/${started.toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(join(root, file), json);
writeFileSync(join(root, 'bench/results/latest.json'), json);
console.log(`\nRaw numbers: ${file}`);
