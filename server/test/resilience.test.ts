/**
 * Past one machine and past a bad day, on a real PostgreSQL (skipped without `DATABASE_URL`):
 * a database that does not answer at start (clear message, retries with backoff, `/health` says
 * so, then recovery), a database that drops every connection under load (requests fail cleanly,
 * the server recovers without a restart), and two server processes giving the same answers.
 *
 * The outages go through a TCP proxy in front of PostgreSQL that the test switches off and on
 * (the machine's PostgreSQL is shared: the test never stops it).
 */
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import type {ChildProcess} from 'node:child_process';
import {createServer as createTcpServer, connect} from 'node:net';
import type {AddressInfo, Socket} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {openPostgres} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {migrate} from '../src/migrate.js';
import {generateCustomers} from '../src/sample.js';
import {createServer} from '../src/server.js';
import {CARD_DOCUMENT, CARD_VARIABLES, NOW, createPostgresDatabase, testServer} from './helpers.js';

const adminUrl = process.env['DATABASE_URL'];

/** A TCP proxy to PostgreSQL that can go down (dropping every connection) and come back. */
async function proxyTo(target: URL) {
  const sockets = new Set<Socket>();
  let up = true;
  let attempts = 0;
  const waiters: {count: number; resolve: () => void}[] = [];
  const server = createTcpServer((client) => {
    attempts++;
    for (const w of waiters.filter((w) => attempts >= w.count)) w.resolve();
    if (!up) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const close = () => (client.destroy(), upstream.destroy(), sockets.delete(client), sockets.delete(upstream));
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    down() {
      up = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    up() {
      up = true;
    },
    /** Resolves once `count` more connections were attempted (the server's retries). */
    attempted(count: number): Promise<void> {
      return new Promise((resolve) => waiters.push({count: attempts + count, resolve}));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function viaProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.host = `127.0.0.1:${port}`;
  return parsed.toString();
}

describe('resilience on postgres', {skip: adminUrl ? false : 'set DATABASE_URL to run on PostgreSQL'}, () => {
  let database: {url: string; drop: () => Promise<void>};
  const customers = generateCustomers({count: 5, seed: 21, now: NOW, contacts: 30});

  before(async () => {
    database = await createPostgresDatabase();
    const db = openPostgres(database.url);
    await migrate(db);
    await importRecords(db, customers);
    await db.close();
  });
  after(() => database.drop());

  test('a database that does not answer at start: a clear message, retries, /health says so, then it recovers', async () => {
    const proxy = await proxyTo(new URL(database.url));
    proxy.down();
    const db = openPostgres(viaProxy(database.url, proxy.port), {connectionTimeoutMillis: 2000});
    const said: string[] = [];
    const retried = proxy.attempted(3);
    const server = createServer({db, now: () => NOW, retry: {firstDelayMs: 10, maxDelayMs: 40}, log: (m) => said.push(m)});
    try {
      await retried;
      const health = await server.fetch(new Request('http://kit.test/health'));
      assert.equal(health.status, 503);
      const body = (await health.json()) as {status: string; database: string; detail: string};
      assert.equal(body.status, 'unavailable');
      assert.equal(body.database, 'unreachable');
      assert.doesNotMatch(body.detail, /postgres:postgres/, 'no password in /health');
      const query = await server.fetch(
        new Request('http://kit.test/graphql', {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({query: '{ __typename }'}),
        }),
      );
      assert.equal(query.status, 503);
      assert.deepEqual(await query.json(), {errors: [{message: 'The customer database is not available yet.'}]});
      assert.match(said.join('\n'), /the database does not answer \(.+\); retrying in \d+ ms/);
      proxy.up();
      await server.ready;
      assert.equal((await server.fetch(new Request('http://kit.test/health'))).status, 200);
      const answer = await server.fetch(
        new Request('http://kit.test/graphql', {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({query: 'query($id: ID!) { customer(id: $id) { id } }', variables: {id: customers[0]!['id']}}),
        }),
      );
      assert.deepEqual(await answer.json(), {data: {customer: {id: customers[0]!['id']}}});
    } finally {
      server.close();
      await db.close();
      await proxy.close();
    }
  });

  test('the database drops every connection under load: requests fail cleanly, the server recovers without a restart', async () => {
    const proxy = await proxyTo(new URL(database.url));
    const db = openPostgres(viaProxy(database.url, proxy.port), {connectionTimeoutMillis: 2000});
    const {post, server} = await testServer(db);
    const ids = customers.map((c) => c['id'] as string);
    const card = (id: string) => post(CARD_DOCUMENT, {...CARD_VARIABLES, id}, {}, 'Customer360');
    try {
      const wave = () => Promise.all(Array.from({length: 30}, (_, i) => card(ids[i % ids.length]!)));
      const healthy = await wave();
      assert.ok(healthy.every((a) => a.status === 200 && a.body.errors === undefined));
      // Down in the middle of a wave, and for the whole next one.
      const during = wave();
      proxy.down();
      const answers = [...(await during), ...(await wave())];
      for (const answer of answers) {
        assert.ok([200, 503].includes(answer.status), `status ${answer.status}`);
        const text = JSON.stringify(answer.body);
        assert.doesNotMatch(text, /ECONNRESET|Connection terminated|SELECT|contacts|127\.0\.0\.1/);
      }
      assert.ok(
        answers.some((a) => a.body.errors?.some((e) => e.message === 'Unexpected error.')),
        'some requests failed (masked)',
      );
      assert.equal((await server.health()).status, 'unavailable');
      proxy.up();
      const recovered = await wave();
      assert.ok(
        recovered.every((a) => a.status === 200 && a.body.errors === undefined),
        JSON.stringify(recovered.find((a) => a.body.errors)?.body),
      );
      assert.equal((await server.health()).status, 'ok');
    } finally {
      server.close();
      await db.close();
      await proxy.close();
    }
  });

  test('two server processes on one PostgreSQL give the same answers', async () => {
    const bin = new URL('../bin/customer-360-server.mjs', import.meta.url).pathname;
    const start = (): Promise<{child: ChildProcess; url: string}> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
          env: {...process.env, DATABASE_URL: database.url, NODE_ENV: 'test'},
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const url = /(http:\/\/\S+\/graphql)/.exec(out)?.[1];
          if (url && /ready/.test(out)) resolve({child, url});
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
      });
    const servers = await Promise.all([start(), start()]);
    try {
      const ask = async (url: string, id: string) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({query: CARD_DOCUMENT, operationName: 'Customer360', variables: {...CARD_VARIABLES, id}}),
        });
        return (await response.json()) as {data: unknown; errors?: unknown};
      };
      for (const customer of customers) {
        const id = customer['id'] as string;
        const [a, b] = await Promise.all(servers.map((s) => ask(s.url, id)));
        assert.equal(a!.errors, undefined);
        assert.deepEqual(b, a, `customer ${id}`);
        // And a page further through the history from one, continued on the other.
        const page = (a!.data as {customer: {contacts: {pageInfo: {endCursor: string}}}}).customer.contacts.pageInfo.endCursor;
        const next = async (url: string) =>
          (await fetch(url, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({
              query:
                'query($id: ID!, $after: String) { customer(id: $id) { contacts(first: 5, after: $after) { edges { node { id } } } } }',
              variables: {id, after: page},
            }),
          }).then((r) => r.json())) as unknown;
        assert.deepEqual(await next(servers[1]!.url), await next(servers[0]!.url));
      }
    } finally {
      for (const {child} of servers) child.kill('SIGTERM');
    }
  });
});
