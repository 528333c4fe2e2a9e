/**
 * `npm run bench:statements -w server`: each statement of one card (the 10,000-contact customer),
 * timed alone: the card runs once through the real endpoint to record its statements, then each
 * is run again `--runs` times on its own, one at a time. Prints the median milliseconds per
 * statement, on PGlite and, when `DATABASE_URL` is set, on PostgreSQL.
 */
import {createServer as createHttpServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {parseArgs} from 'node:util';
import {readFileSync} from 'node:fs';
import {countingDb, openPglite, openPostgres} from '../src/db.js';
import type {Db, Statement} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {migrate} from '../src/migrate.js';
import {generateCustomers} from '../src/sample.js';
import {createServer} from '../src/server.js';
import {createPostgresDatabase} from '../test/helpers.js';

const {values} = parseArgs({options: {runs: {type: 'string'}}});
const RUNS = Number(values.runs ?? 200);
const NOW = new Date('2026-12-01T10:00:00Z');
const CARD = readFileSync(new URL('../../src/data/customer.graphql', import.meta.url), 'utf8');
const VARIABLES = {contactsFirst: 10, summaryDays: 90, topicDays: 30, locale: 'fr-FR', id: 'large-000001'};

async function time(database: string, db: Db): Promise<void> {
  await migrate(db);
  await importRecords(db, [
    ...generateCustomers({count: 200, seed: 1, now: NOW}),
    ...generateCustomers({count: 1, seed: 3, now: NOW, contacts: 10_000, prefix: 'large-'}),
  ]);
  const log: Statement[] = [];
  const server = createServer({db: countingDb(db, log), now: () => NOW, log: () => undefined});
  await server.ready;
  log.length = 0;
  const http = createHttpServer(server.listener);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const card = () =>
    fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query: CARD, operationName: 'Customer360', variables: VARIABLES}),
    });
  const answer = (await (await card()).json()) as {errors?: unknown};
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const recorded = [...log];
  let total = 0;
  for (const statement of recorded) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      await db.query(statement.text, statement.params);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(RUNS / 2)]!;
    total += median;
    const name = statement.text.replace(/\s+/g, ' ').trim().slice(0, 70);
    console.log(`${database}\t${median.toFixed(3)} ms\t${name}`);
  }
  // The whole card through the endpoint (HTTP layer in process, GraphQL, statements).
  const cards: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await (await card()).text();
    cards.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  cards.sort((a, b) => a - b);
  console.log(`${database}\t${total.toFixed(3)} ms\tsum of the ${recorded.length} statements`);
  console.log(`${database}\t${cards[Math.floor(RUNS / 2)]!.toFixed(3)} ms\twhole card, one at a time`);
  server.close();
  await new Promise((resolve) => http.close(resolve));
}

const pglite = await openPglite();
await time('PGlite', pglite);
await pglite.close();
if (process.env['DATABASE_URL']) {
  const created = await createPostgresDatabase();
  const db = openPostgres(created.url);
  try {
    await time('PostgreSQL', db);
  } finally {
    await db.close();
    await created.drop();
  }
}
process.exit(0);
