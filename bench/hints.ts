/**
 * Benchmark (not a test): how long `computeHints` takes for the demo personas, including the
 * `large-history` one (10,000 contacts). Run with `npm run bench:hints` (`tsx bench/hints.ts`).
 * Prints a table of median / p95 / max over RUNS runs after WARMUP runs. Target: median ≤ 2 ms.
 *
 * Real data path: the card's own query (src/data/customer.graphql) is executed by the demo
 * server's schema and resolvers (demo/server/), and the answer goes through the card's
 * `toCustomerView()` (src/data/map.ts), so the hints see exactly what the element sees. That
 * runs once per persona, outside the timed loop: only `computeHints` is timed.
 */
import {createRequire} from 'node:module';
import {personaList} from '../demo/server/personas.js';
import {createRootValue, createSchema} from '../demo/server/schema.js';
import type {RawResult} from '../src/data/client.js';
import {toCustomerView} from '../src/data/map.js';
import type {CustomerView} from '../src/data/view-model.js';
import {Customer360Document} from '../src/gql/graphql.js';
import {computeHints, resolveHintOptions, summaryDaysFor} from '../src/hints/index.js';
import type {HintInput} from '../src/hints/index.js';

const WARMUP = 500;
const RUNS = 2000;
const TARGET_MS = 2;
const PAGE_SIZE = 10;
/** A fixed instant (a Wednesday, 11:30 in Paris) so every run of the bench does the same work. */
const NOW = new Date('2025-03-12T10:30:00Z');

// ── the server's side: the real query, executed by the demo server's schema ─────────────

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = createSchema();
const rootValue = createRootValue();
const document = graphql.parse(Customer360Document.toString());

/** The `Customer360` answer for `id`, exactly as the demo endpoint would send it. */
function fetchAnswer(id: string): RawResult<unknown> {
  const hintOptions = resolveHintOptions();
  const result = graphql.executeSync({
    schema,
    document,
    rootValue,
    contextValue: {now: NOW},
    variableValues: {
      id,
      contactsFirst: PAGE_SIZE,
      summaryDays: summaryDaysFor(hintOptions),
      topicDays: Math.max(hintOptions.repeatContact.days, hintOptions.transfers.days),
    },
  });
  if (result.errors?.length) throw new Error(`${id}: ${result.errors[0].message}`);
  // Through JSON, as over HTTP: Dates become the ISO strings the card parses.
  return JSON.parse(JSON.stringify(result)) as RawResult<unknown>;
}

interface Row {
  persona: string;
  contacts: string;
  hints: string;
  first: string;
  median: string;
  p95: string;
  max: string;
  target: string;
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function bench(name: string, view: CustomerView, input: HintInput): Row {
  const t0 = performance.now();
  const hints = computeHints(view, input);
  const first = performance.now() - t0;
  for (let i = 0; i < WARMUP; i += 1) computeHints(view, input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    computeHints(view, input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  return {
    persona: name,
    contacts: view.contacts.totalCount.toLocaleString('en'),
    hints: String(hints.length),
    first: ms(first),
    median: ms(median),
    p95: ms(quantile(times, 0.95)),
    max: ms(times.at(-1) ?? Number.NaN),
    target: median <= TARGET_MS ? 'ok' : 'OVER',
  };
}

function printTable(rows: readonly Row[]): void {
  const headers: Record<keyof Row, string> = {
    persona: 'persona',
    contacts: 'contacts',
    hints: 'hints',
    first: 'first call',
    median: 'median',
    p95: 'p95',
    max: 'max',
    target: `≤ ${TARGET_MS} ms`,
  };
  const keys = Object.keys(headers) as (keyof Row)[];
  const width = (k: keyof Row) => Math.max(headers[k].length, ...rows.map((r) => r[k].length));
  const line = (cells: Record<keyof Row, string>) =>
    `| ${keys.map((k) => (k === 'persona' ? cells[k].padEnd(width(k)) : cells[k].padStart(width(k)))).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${keys.map((k) => '-'.repeat(width(k) + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const summaryDays = summaryDaysFor();
const rows: Row[] = [];
for (const {id} of personaList) {
  const view = toCustomerView(id, fetchAnswer(id));
  if (view) rows.push(bench(id, view, {now: NOW, locale: 'fr'}));
}
// The typical persona in the other language: formatters are cached per locale.
const martinView = toCustomerView('martin', fetchAnswer('martin'));
if (martinView) rows.push(bench('martin (en)', martinView, {now: NOW, locale: 'en'}));

console.log(`computeHints — ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}, now = ${NOW.toISOString()}`);
console.log(`(views built once through toCustomerView; page of ${PAGE_SIZE} contacts + ${summaryDays}-day summary)\n`);
printTable(rows);
