/**
 * Benchmark (not a test): how long `computeHints` takes for the demo personas, including the
 * `large-history` one (10,000 contacts). Run with `npm run bench:hints` (`tsx bench/hints.ts`).
 * Prints a table of median / p95 / max over RUNS runs after WARMUP runs. Target: median ≤ 2 ms.
 *
 * Real data path: the personas come from `demo/server/personas.ts` and go through the card's
 * own `toCustomerView()` (src/data/map.ts), so the hints see exactly what the element sees.
 * The step in between — turning a persona record into the GraphQL answer, with the
 * `contactSummary` aggregates over the whole history — is the server's job; the demo server's
 * resolvers did not exist when this was written, so `toResponse()` below does it the way the
 * schema describes. It runs once per persona, outside the timed loop (it is not card work).
 */
import {buildPersonas, personaList} from '../demo/server/personas.js';
import type {ContactRecord, CustomerRecord} from '../demo/server/records.js';
import {toCustomerView} from '../src/data/map.js';
import type {CustomerView} from '../src/data/view-model.js';
import {computeHints, summaryDaysFor} from '../src/hints/index.js';
import type {HintInput} from '../src/hints/index.js';

const WARMUP = 500;
const RUNS = 2000;
const TARGET_MS = 2;
const PAGE_SIZE = 10;
/** A fixed instant (a Wednesday, 11:30 in Paris) so every run of the bench does the same work. */
const NOW = new Date('2025-03-12T10:30:00Z');
const DAY = 86_400_000;

// ── the server's side: a persona record as the `Customer360` GraphQL answer ─────────────

const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function contactJson(c: ContactRecord) {
  return {...c, at: c.at.toISOString()};
}

function contactSummary(contacts: readonly ContactRecord[], days: number, now: Date) {
  const start = now.getTime() - days * DAY;
  const inWindow = contacts.filter((c) => c.at.getTime() > start && c.at.getTime() <= now.getTime());
  const topics = new Map<string, {ticketId: string | null; purpose: string; count: number; transfers: number; firstAt: Date; lastAt: Date}>();
  for (const c of inWindow) {
    const key = c.ticketId ?? `purpose:${c.purpose}`;
    const transfers = c.outcome === 'TRANSFERRED' ? Math.max(1, c.transfers) : c.transfers;
    const t = topics.get(key);
    if (t) {
      t.count += 1;
      t.transfers += transfers;
      if (c.at < t.firstAt) t.firstAt = c.at;
      if (c.at > t.lastAt) t.lastAt = c.at;
    } else {
      topics.set(key, {ticketId: c.ticketId, purpose: c.purpose, count: 1, transfers, firstAt: c.at, lastAt: c.at});
    }
  }
  const monthly = new Map<string, {month: string; inbound: number; outbound: number}>();
  for (let i = 5; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    const month = d.toISOString().slice(0, 7);
    monthly.set(month, {month, inbound: 0, outbound: 0});
  }
  for (const c of contacts) {
    const m = monthly.get(c.at.toISOString().slice(0, 7));
    if (m) m[c.direction === 'INBOUND' ? 'inbound' : 'outbound'] += 1;
  }
  const refusal = contacts.find((c) => c.outcome === 'REFUSED');
  return {
    days,
    count: inWindow.length,
    outboundSolicitations: inWindow
      .filter((c) => c.direction === 'OUTBOUND' && c.purpose === 'SALES')
      .map((c) => c.at.toISOString()),
    lastRefusal: refusal ? contactJson(refusal) : null,
    awaitingReply: contacts.filter((c) => c.outcome === 'AWAITING_OUR_REPLY').reverse().map(contactJson),
    missedByUs: inWindow.filter((c) => c.outcome === 'MISSED_BY_US').map(contactJson),
    topics: [...topics.values()].map((t) => ({...t, firstAt: t.firstAt.toISOString(), lastAt: t.lastAt.toISOString()})),
    last: contacts[0] ? contactJson(contacts[0]) : null,
    monthly: [...monthly.values()],
  };
}

function toResponse(r: CustomerRecord, now: Date, summaryDays: number) {
  const page = r.contacts.slice(0, PAGE_SIZE);
  return {
    data: {
      customer: {
        ...r,
        customerSince: isoDate(r.customerSince),
        consents: r.consents.map((c) => ({...c, updatedAt: iso(c.updatedAt)})),
        quietPeriod: r.quietPeriod
          ? {...r.quietPeriod, since: iso(r.quietPeriod.since), until: iso(r.quietPeriod.until)}
          : null,
        products: r.products.map((p) => ({...p, since: isoDate(p.since)})),
        tickets: r.tickets
          .filter((t) => t.status !== 'RESOLVED' && t.status !== 'CLOSED')
          .map((t) => ({...t, openedAt: t.openedAt.toISOString(), updatedAt: iso(t.updatedAt)})),
        contacts: {
          totalCount: r.contacts.length,
          edges: page.map((c) => ({cursor: c.id, node: contactJson(c)})),
          pageInfo: {hasNextPage: r.contacts.length > PAGE_SIZE, endCursor: page.at(-1)?.id ?? null},
        },
        contactSummary: contactSummary(r.contacts, summaryDays, now),
      },
    },
  };
}

// ── the card's side, timed ────────────────────────────────────────────────────────────

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
const personas = buildPersonas(NOW);
const rows: Row[] = [];
for (const {id} of personaList) {
  const record = personas.get(id);
  if (!record) continue;
  const view = toCustomerView(id, toResponse(record, NOW, summaryDays));
  if (!view) continue;
  rows.push(bench(id, view, {now: NOW, locale: 'fr'}));
}
// The typical persona in the other language: formatters are cached per locale.
const martin = personas.get('martin');
const martinView = martin ? toCustomerView('martin', toResponse(martin, NOW, summaryDays)) : null;
if (martinView) rows.push(bench('martin (en)', martinView, {now: NOW, locale: 'en'}));

console.log(`computeHints — ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}, now = ${NOW.toISOString()}`);
console.log(`(views built once through toCustomerView; page of ${PAGE_SIZE} contacts + ${summaryDays}-day summary)\n`);
printTable(rows);
