/**
 * `npm run bench:server`: card loads per second and latency percentiles of the kit over HTTP
 * (autocannon), on PGlite and, when `DATABASE_URL` is set, on PostgreSQL (a database of its own,
 * dropped at the end), for a customer with 18 contacts and one with 10,000, next to the floor
 * measured in the same run (a query that runs one indexed SELECT), plus statements per query and
 * this process's CPU time per request (steadier than latency on a machine shared with other work;
 * with PostgreSQL, the database's own CPU is not in it).
 *
 *   npm run bench:server [-- --seconds 10 --connections 20]
 *   npm run bench:server -- --soak     50 connections for 60 s on the large history: errors and memory
 *                                      (the heap after each third of the run: warm-up, then steady or growing)
 */
import {createServer as createHttpServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import autocannon from 'autocannon';
import {countingDb, openPglite, openPostgres} from '../src/db.js';
import type {Db, Statement} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {migrate} from '../src/migrate.js';
import {generateCustomers} from '../src/sample.js';
import {createServer} from '../src/server.js';
import {createPostgresDatabase} from '../test/helpers.js';

const {values} = parseArgs({options: {seconds: {type: 'string'}, connections: {type: 'string'}, soak: {type: 'boolean'}}});
const soak = values.soak ?? false;
const seconds = Number(values.seconds ?? (soak ? 60 : 10));
const connections = Number(values.connections ?? (soak ? 50 : 20));

const NOW = new Date('2026-12-01T10:00:00Z');
const CARD = readFileSync(new URL('../../src/data/customer.graphql', import.meta.url), 'utf8');
const VARIABLES = {contactsFirst: 10, summaryDays: 90, topicDays: 30, locale: 'fr-FR'};

const customers = [
  ...generateCustomers({count: 200, seed: 1, now: NOW}),
  ...generateCustomers({count: 1, seed: 2, now: NOW, contacts: 18, prefix: 'typical-'}),
  ...generateCustomers({count: 1, seed: 3, now: NOW, contacts: 10_000, prefix: 'large-'}),
];

const scenarios = [
  {
    name: 'floor (one indexed SELECT)',
    body: {query: 'query($e: String) { customerLookup(email: $e) { count } }', variables: {e: 'nobody@example.com'}},
  },
  {name: 'card, 18 contacts', body: {query: CARD, operationName: 'Customer360', variables: {...VARIABLES, id: 'typical-000001'}}},
  {
    name: 'card, 10,000 contacts',
    body: {query: CARD, operationName: 'Customer360', variables: {...VARIABLES, id: 'large-000001'}},
  },
];

interface Row {
  database: string;
  scenario: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statements: number;
  /** CPU time of this process per request (the server, PGlite if used, and autocannon's client). */
  cpuMs: number;
}

/**
 * The parts of a soak as one result: counts summed, requests per second over the whole run,
 * and each latency percentile the worst of the parts' (percentiles do not add up).
 */
function merge(parts: readonly autocannon.Result[]): autocannon.Result {
  const sum = (pick: (r: autocannon.Result) => number) => parts.reduce((total, r) => total + pick(r), 0);
  const latency = Object.fromEntries(
    Object.keys(parts[0]!.latency).map((key) => [
      key,
      Math.max(...parts.map((r) => (r.latency as unknown as Record<string, number>)[key]!)),
    ]),
  );
  const statusCodeStats: Record<string, {count: number}> = {};
  for (const part of parts)
    for (const [code, stat] of Object.entries(part.statusCodeStats ?? {}))
      statusCodeStats[code] = {count: (statusCodeStats[code]?.count ?? 0) + (stat as {count: number}).count};
  return {
    ...parts[0]!,
    latency: latency as unknown as autocannon.Result['latency'],
    requests: {
      ...parts[0]!.requests,
      total: sum((r) => r.requests.total),
      average: sum((r) => r.requests.total) / sum((r) => r.duration),
    },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    statusCodeStats: statusCodeStats as autocannon.Result['statusCodeStats'],
  };
}

async function bench(database: string, db: Db): Promise<Row[]> {
  const statements: Statement[] = [];
  await migrate(db);
  await importRecords(db, customers);
  const server = createServer({db: countingDb(db, statements), now: () => NOW, log: () => undefined});
  await server.ready;
  const http = createHttpServer(server.listener);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const rows: Row[] = [];
  // Statements per query, measured one query at a time before any load.
  const perQuery = new Map<string, number>();
  for (const scenario of scenarios) {
    statements.length = 0;
    const answer = await fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(scenario.body),
    });
    if (!answer.ok || 'errors' in ((await answer.json()) as object)) throw new Error(`${scenario.name}: the query failed`);
    perQuery.set(scenario.name, statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s.text)).length);
  }
  try {
    for (const scenario of soak ? scenarios.slice(2) : scenarios) {
      const body = JSON.stringify(scenario.body);
      // Heap after a full collection (the script runs with --expose-gc), before and after the load.
      // (The bench's own log of statements is emptied first: it is not the server's memory.)
      const heap = () => ((statements.length = 0), globalThis.gc?.(), process.memoryUsage().heapUsed);
      const heapBefore = heap();
      const cpuBefore = process.cpuUsage();
      // A soak runs in three parts, the heap measured after each: the first part warms caches
      // up (compiled documents, prepared statements); a leak shows as growth after the second.
      const heaps: number[] = [];
      const parts: autocannon.Result[] = [];
      for (let part = 0; part < (soak ? 3 : 1); part++) {
        parts.push(
          await autocannon({
            url,
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body,
            connections,
            duration: soak ? seconds / 3 : seconds,
          }),
        );
        // Measured once the part's 50 sockets have closed, which takes a moment after autocannon resolves.
        if (soak) heaps.push(await new Promise<number>((resolve) => setTimeout(() => resolve(heap()), 1000)));
      }
      const result = parts.length === 1 ? parts[0]! : merge(parts);
      const cpu = process.cpuUsage(cpuBefore);
      statements.length = 0;
      const heapAfter = heap();
      const latency = result.latency as unknown as Record<string, number>;
      rows.push({
        database,
        scenario: scenario.name,
        rps: Math.round(result.requests.average),
        p50: latency['p50']!,
        p95: latency['p95'] ?? latency['p97_5']!,
        p99: latency['p99']!,
        errors: result.errors + result.non2xx,
        statements: perQuery.get(scenario.name)!,
        cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total),
      });
      if (result.errors || result.non2xx) {
        const kinds = `${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx answers`;
        console.log(`${database}, ${scenario.name}: ${kinds}; status codes ${JSON.stringify(result.statusCodeStats)}`);
      }
      if (soak)
        console.log(
          `${database}: heap after GC ${(heapBefore / 1e6).toFixed(1)} MB before, then after each ${seconds / 3} s: ${heaps.map((h) => (h / 1e6).toFixed(1)).join(', ')} MB (${(heapAfter / 1e6).toFixed(1)} at the end)`,
        );
    }
  } finally {
    server.close();
    await new Promise((resolve) => http.close(resolve));
  }
  return rows;
}

const rows: Row[] = [];
const pglite = await openPglite();
rows.push(...(await bench('PGlite', pglite)));
await pglite.close();
if (process.env['DATABASE_URL']) {
  const created = await createPostgresDatabase();
  const db = openPostgres(created.url);
  try {
    rows.push(...(await bench('PostgreSQL', db)));
  } finally {
    await db.close();
    await created.drop();
  }
}

console.log(`\n${connections} connections, ${seconds} s each, Node ${process.version}\n`);
console.log('| database | query | req/s | p50 ms | p95 ms | p99 ms | errors | SELECTs per query | CPU ms per request |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const cells = [r.database, r.scenario, r.rps, r.p50, r.p95, r.p99, r.errors, r.statements, r.cpuMs.toFixed(2)];
  console.log(`| ${cells.join(' | ')} |`);
}
// The target: p95 of the 10,000-contact card within 5x the floor's, per database, in this run.
for (const database of new Set(rows.map((r) => r.database))) {
  const floor = rows.find((r) => r.database === database && r.scenario.startsWith('floor'));
  const large = rows.find((r) => r.database === database && r.scenario === 'card, 10,000 contacts');
  if (floor && large) {
    const ratio = (a: number, b: number) => (a / b).toFixed(1);
    console.log(
      `${database}: 10,000-contact card / floor: p95 ${ratio(large.p95, floor.p95)}x, CPU per request ${ratio(large.cpuMs, floor.cpuMs)}x`,
    );
  }
}
process.exit(0);
