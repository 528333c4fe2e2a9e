/**
 * `npm run bench:report -w server`: `dismissalReport` over 1,000,000 stored dismissals (about
 * 1.5 hints each, spread over a year, five reasons, 40 hint ids) and 2,000,000 card loads in the
 * audit, through the real endpoint (GraphQL over HTTP, the reference server's resolvers). On
 * PostgreSQL (`DATABASE_URL`, a database of its own, dropped at the end) by default; `--pglite`
 * runs it on PGlite instead. Prints the median and the slowest of the runs per period, and the
 * query plan of the year-long one; exits 1 when a median is 1 s or more.
 *
 *   DATABASE_URL=postgres://… npm run bench:report -w server [-- --dismissals 1000000 --runs 5]
 */
import {parseArgs} from 'node:util';
import pg from 'pg';
import {bearerTokens} from '../src/auth.js';
import {openPglite, openPostgres} from '../src/db.js';
import {migrate} from '../src/migrate.js';
import {createServer} from '../src/server.js';
import {createPostgresDatabase} from '../test/helpers.js';

const {values} = parseArgs({
  options: {dismissals: {type: 'string'}, loads: {type: 'string'}, runs: {type: 'string'}, pglite: {type: 'boolean'}},
});
const DISMISSALS = Number(values.dismissals ?? 1_000_000);
const LOADS = Number(values.loads ?? 2 * DISMISSALS);
const RUNS = Number(values.runs ?? 5);
const END = new Date('2026-12-01T00:00:00Z');
const YEAR_MS = 365 * 86_400_000;

/** Runs a statement without the pool's statement timeout (generating takes longer than a query may). */
type Run = (text: string, params?: unknown[]) => Promise<unknown>;

/** Generates the rows in SQL (a client-side insert of a million rows would measure the driver). */
async function generate(db: Run): Promise<void> {
  const start = new Date(END.getTime() - YEAR_MS).toISOString();
  // Deterministic: every value is a function of the row number.
  await db(
    `INSERT INTO dismissals (customer_id, agent_id, agent_name, at, reason, note, card_version, idempotency_key)
     SELECT 'c-' || lpad((g % 50000)::text, 6, '0'), 'agent-' || (g % 200), 'Agent ' || (g % 200),
       $1::timestamptz + make_interval(secs => (g::bigint * 31536000 / $2::int)::double precision),
       (ARRAY['NOT_RELEVANT', 'ALREADY_DONE', 'CUSTOMER_REQUEST', 'WRONG', 'OTHER'])[1 + (g * 7) % 5],
       CASE WHEN g % 10 = 0 THEN 'note ' || g END, '1.0.0', 'bench-key-' || g
     FROM generate_series(1, $2::int) AS g`,
    [start, DISMISSALS],
  );
  // 1 hint for half of them, 2 for the other half; 40 hint ids.
  await db(
    `INSERT INTO dismissal_hints (dismissal_id, hint_id, position, fingerprint, customer_id, at, reason)
     SELECT d.id, 'hint-' || ((d.id * 13 + k) % 40), k, CASE WHEN k = 1 THEN 'ticket:T-' || (d.id % 997) ELSE '' END,
       d.customer_id, d.at, d.reason
     FROM dismissals d CROSS JOIN generate_series(1, 2) AS k
     WHERE k = 1 OR d.id % 2 = 0`,
  );
  await db(
    `INSERT INTO audit_reads (at, agent, customer_id, lookup)
     SELECT $1::timestamptz + make_interval(secs => (g::bigint * 31536000 / $2::int)::double precision),
       'agent-' || (g % 200), 'c-' || lpad((g % 50000)::text, 6, '0'),
       (ARRAY['id', 'id', 'id', 'email', 'phone', 'notes-read'])[1 + g % 6]
     FROM generate_series(1, $2::int) AS g`,
    [start, LOADS],
  );
  // As autovacuum would soon: statistics, and the visibility map index-only scans rely on.
  for (const table of ['dismissals', 'dismissal_hints', 'audit_reads']) await db(`VACUUM ANALYZE ${table}`);
}

const REPORT = `query($from: DateTime!, $to: DateTime!) {
  dismissalReport(from: $from, to: $to) { cardLoads dismissals rows { hintId reason count perThousandLoads } }
}`;

async function main(): Promise<void> {
  const usePostgres = !values.pglite;
  if (usePostgres && !process.env['DATABASE_URL']) {
    console.error('Set DATABASE_URL (PostgreSQL), or pass --pglite.');
    process.exit(2);
  }
  const created = usePostgres ? await createPostgresDatabase() : null;
  const db = created ? openPostgres(created.url) : await openPglite();
  try {
    await migrate(db);
    let started = performance.now();
    if (created) {
      const client = new pg.Client({connectionString: created.url});
      await client.connect();
      await generate((text, params) => client.query(text, params)).finally(() => client.end());
    } else {
      await generate((text, params) => db.query(text, params));
    }
    const counts = (
      await db.query<{d: number; h: number; a: number}>(
        `SELECT (SELECT count(*)::int FROM dismissals) AS d, (SELECT count(*)::int FROM dismissal_hints) AS h,
           (SELECT count(*)::int FROM audit_reads) AS a`,
      )
    ).rows[0]!;
    console.log(
      `# ${usePostgres ? 'PostgreSQL' : 'PGlite'}: ${counts.d.toLocaleString('en')} dismissals, ` +
        `${counts.h.toLocaleString('en')} dismissed hints, ${counts.a.toLocaleString('en')} audit rows ` +
        `(generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const server = createServer({
      db,
      authenticate: bearerTokens({bench: {id: 'bench', roles: ['reports']}}),
      auditRetentionDays: 0,
      log: () => undefined,
    });
    await server.ready;
    const periods = [
      {name: 'a year (every row)', from: new Date(END.getTime() - YEAR_MS), to: END},
      {name: '30 days', from: new Date(END.getTime() - 30 * 86_400_000), to: END},
      {name: 'a day', from: new Date(END.getTime() - 86_400_000), to: END},
    ];
    let slowest = 0;
    for (const period of periods) {
      const times: number[] = [];
      let summary = '';
      for (let run = 0; run <= RUNS; run++) {
        started = performance.now();
        const response = await server.fetch(
          new Request('http://bench.test/graphql', {
            method: 'POST',
            headers: {'content-type': 'application/json', authorization: 'Bearer bench'},
            body: JSON.stringify({query: REPORT, variables: {from: period.from.toISOString(), to: period.to.toISOString()}}),
          }),
        );
        const body = (await response.json()) as {
          data?: {dismissalReport: {cardLoads: number; dismissals: number; rows: unknown[]}};
          errors?: unknown;
        };
        const elapsed = performance.now() - started;
        if (!body.data) throw new Error(`The report failed: ${JSON.stringify(body.errors)}`);
        const report = body.data.dismissalReport;
        summary = `${report.dismissals.toLocaleString('en')} dismissals, ${report.cardLoads.toLocaleString('en')} loads, ${report.rows.length} rows`;
        // The first run warms the caches; it is reported apart.
        if (run > 0) times.push(elapsed);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      slowest = Math.max(slowest, median);
      console.log(
        `report over ${period.name}: median ${median.toFixed(0)} ms, slowest ${times[times.length - 1]!.toFixed(0)} ms ` +
          `over ${RUNS} runs (${summary})`,
      );
    }
    const plan = await db.query<Record<string, string>>(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT h.hint_id, h.reason, count(*)::int FROM dismissal_hints h
       WHERE h.at >= $1::timestamptz AND h.at < $2::timestamptz GROUP BY h.hint_id, h.reason`,
      [new Date(END.getTime() - YEAR_MS).toISOString(), END.toISOString()],
    );
    console.log('# plan of the per hint × reason count over the year:');
    for (const row of plan.rows) console.log(`#   ${Object.values(row)[0]}`);
    server.close();
    if (slowest >= 1000) {
      console.error(`The report took ${slowest.toFixed(0)} ms (median), over the 1 s target.`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
    await created?.drop();
  }
}

await main();
