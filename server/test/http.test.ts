/**
 * The HTTP edge, over a real socket where it matters: who may read (401 before any SQL), CORS
 * from the configured list only, masked errors, query limits, SQL injection through every
 * argument, and graphql-http's GraphQL-over-HTTP audit.
 */
import assert from 'node:assert/strict';
import {createServer as createHttpServer, request as httpRequest} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {getIntrospectionQuery} from 'graphql';
import {auditServer} from 'graphql-http';
import {CORS_CHECKS} from '../../test/cors/checks.js';
import {bearerTokens} from '../src/auth.js';
import type {Db} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {generateCustomers} from '../src/sample.js';
import {createServer} from '../src/server.js';
import {NOW, backends, closeTemplate, testServer} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

const CRM = 'https://crm.example.com';

for (const backend of backends()) {
  describe(`HTTP on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    const customers = generateCustomers({count: 3, seed: 3, now: NOW});
    const id = customers[0]!['id'] as string;

    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
      await importRecords(db, customers);
    });
    after(() => test_db.drop());

    test('a request the hook refuses gets a 401 before any SQL', async () => {
      const {post, statements} = await testServer(db, {authenticate: bearerTokens({'s3cret-token': {id: 'agent-7', roles: []}})});
      const attempts: Record<string, string>[] = [
        {},
        {authorization: 'Bearer wrong'},
        {authorization: 's3cret-token'},
        {cookie: 'token=s3cret-token'},
      ];
      for (const headers of attempts) {
        const answer = await post('query($id: ID!) { customer(id: $id) { id } }', {id}, headers);
        assert.equal(answer.status, 401, JSON.stringify(headers));
        assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
      assert.equal(statements.length, 0);
      const allowed = await post('query($id: ID!) { customer(id: $id) { id } }', {id}, {authorization: 'Bearer s3cret-token'});
      assert.deepEqual(allowed.body, {data: {customer: {id}}});
      // A hook that fails (its identity provider is down) lets nobody in, and says so without details.
      const failing = await testServer(db, {
        authenticate: () => Promise.reject(new Error('idp.internal:8443 timed out')),
      });
      const refused = await failing.post('query($id: ID!) { customer(id: $id) { id } }', {id});
      assert.equal(refused.status, 503);
      assert.doesNotMatch(JSON.stringify(refused.body), /idp|8443/);
      assert.equal(failing.statements.length, 0);
    });

    test('without a hook the server refuses to start in production, and says it lets everyone in otherwise', () => {
      assert.throws(() => createServer({db, environment: 'production', log: () => undefined}), /needs an authenticate hook/);
      const said: string[] = [];
      const server = createServer({db, environment: 'development', log: (m) => said.push(m)});
      server.close();
      assert.match(said.join('\n'), /no authenticate hook, every request reads as agent "demo"/);
    });

    test('the fault control: off by default, refused in production, and when on it fails one section for real', async () => {
      const query = `query($id: ID!) { customer(id: $id) { id displayName tickets { id } } }`;
      const off = await testServer(db);
      const ignored = await off.request({
        method: 'POST',
        path: '/graphql?fault=partial',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({query, variables: {id}}),
      });
      assert.equal(ignored.body.errors, undefined, 'without the option, fault=partial changes nothing');
      assert.throws(
        () => createServer({db, faults: true, environment: 'production', authenticate: () => null, log: () => undefined}),
        /faults.*production/,
      );
      const on = await testServer(db, {faults: true});
      const partial = await on.request({
        method: 'POST',
        path: '/graphql?fault=partial',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({query, variables: {id}}),
      });
      assert.equal(partial.status, 200);
      assert.deepEqual(partial.body.data, {customer: {id, displayName: customers[0]!['displayName'], tickets: null}});
      assert.deepEqual(
        partial.body.errors!.map((e) => e.path),
        [['customer', 'tickets']],
      );
      const normal = await on.post(query, {id});
      assert.equal(normal.body.errors, undefined, 'without fault=partial the same server answers in full');
    });

    test('CORS: listed origins only, with credentials; nothing else grants access', async () => {
      const {request} = await testServer(db, {allowOrigins: [CRM, 'HTTP://LocalHost:8080/']});
      const preflight = (origin: string, path = '/graphql') =>
        request({
          method: 'OPTIONS',
          path,
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type, authorization',
          },
        });
      const listed = await preflight(CRM);
      assert.equal(listed.status, 204);
      assert.equal(listed.headers.get('access-control-allow-origin'), CRM);
      assert.equal(listed.headers.get('access-control-allow-credentials'), 'true');
      assert.match(listed.headers.get('access-control-allow-headers') ?? '', /authorization/);
      assert.equal(
        (await preflight('http://localhost:8080')).headers.get('access-control-allow-origin'),
        'http://localhost:8080',
      );
      for (const [origin, path] of [
        ['https://evil.example', '/graphql'],
        ['https://crm.example.com.evil.example', '/graphql'],
        ['null', '/graphql'],
        ['https://evil.example', `/graphql?allow-origin=${encodeURIComponent('https://evil.example')}`],
      ] as const) {
        const refused = await preflight(origin, path);
        assert.equal(refused.headers.get('access-control-allow-origin'), null, origin);
        assert.equal(refused.headers.get('access-control-allow-credentials'), null, origin);
      }
      const post = await request({
        method: 'POST',
        headers: {origin: 'https://evil.example', 'content-type': 'application/json', 'x-allow-origin': 'https://evil.example'},
        body: JSON.stringify({query: '{ __typename }'}),
      });
      assert.equal(post.headers.get('access-control-allow-origin'), null);
      assert.match(post.headers.get('vary') ?? '', /Origin/);
    });

    test("the previous issue's CORS checks (test/cors/checks.ts) pass against the kit over HTTP", async () => {
      const server = createServer({db, allowOrigins: ['http://intranet.test:5410'], log: () => undefined});
      await server.ready;
      const http = createHttpServer(server.listener);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      try {
        const target = {
          endpoint: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
          allowedOrigin: 'http://intranet.test:5410',
          refusedOrigin: 'http://elsewhere.test:5410',
        };
        for (const [name, check] of CORS_CHECKS)
          await check(target).catch((error: Error) => assert.fail(`${name}: ${error.message}`));
      } finally {
        server.close();
        await new Promise((resolve) => http.close(resolve));
      }
      assert.throws(() => createServer({db, allowOrigins: ['*'], log: () => undefined}), /"\*" would let every site/);
      assert.throws(
        () => createServer({db, allowOrigins: ['crm.example.com'], log: () => undefined}),
        /"crm.example.com" is not an origin/,
      );
    });

    test('errors are masked: no SQL, table name or stack reaches a client', async () => {
      const broken: Db = {
        ...db,
        query: (text, params) =>
          /FROM customers/.test(text)
            ? Promise.reject(
                Object.assign(new Error('relation "customers" does not exist at SELECT c.id FROM customers'), {code: '42P01'}),
              )
            : db.query(text, params),
      };
      const {post} = await testServer(broken);
      const answer = await post('query($id: ID!) { customer(id: $id) { id displayName } }', {id});
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.data, {customer: null});
      assert.deepEqual(
        answer.body.errors?.map((e) => e.message),
        ['Unexpected error.'],
      );
      assert.doesNotMatch(JSON.stringify(answer.body), /customers|relation|SELECT|42P01|at .*\.ts/);
    });

    test('queries over the limits are refused before anything runs', async () => {
      const {post, statements} = await testServer(db);
      const deep = `{ customer(id: "x") { contactSummary { last { id } } contacts { edges { node { id } } } } ${'__typename '.repeat(2)} }`;
      assert.equal((await post(deep)).body.errors, undefined, 'the card-like shape is within the limits');
      statements.length = 0;
      assert.equal(
        (await post(getIntrospectionQuery())).body.errors,
        undefined,
        'the standard introspection query is within the limits',
      );
      const nested = `{ __schema { types { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } } }`;
      const tooDeep = await post(nested);
      assert.match(tooDeep.body.errors![0]!.message, /nested deeper than the limit of 15/);
      const wide = `{ ${Array.from({length: 51}, (_, i) => `c${i}: customer(id: "${i}") { id }`).join(' ')} }`;
      assert.match((await post(wide)).body.errors![0]!.message, /51 top-level fields; the limit is 50/);
      // A fragment bomb: each level doubles the fields.
      const levels = 14;
      const bomb = [
        `query { customer(id: "x") { ...F0 } }`,
        ...Array.from(
          {length: levels},
          (_, i) =>
            `fragment F${i} on Customer { ${i + 1 < levels ? `a${i}: contacts { totalCount } ...F${i + 1} ...F${i + 1}` : 'id'} }`,
        ),
      ].join('\n');
      const bombed = await post(bomb);
      assert.match(bombed.body.errors![0]!.message, /more than the limit of 5000 fields/);
      assert.equal(statements.filter((s) => /customers|contacts/.test(s.text)).length, 0);
      const body = JSON.stringify({query: `{ __typename } # ${'x'.repeat(200_000)}`});
      const big = await post('{ __typename }', {}, {'content-length': String(Buffer.byteLength(body))});
      assert.equal(big.status, 413);
    });

    test('requests a page on another site could send without a preflight (GET, form posts) need a non-simple header', async () => {
      const {request, statements} = await testServer(db);
      const query = `query { customer(id: ${JSON.stringify(id)}) { id } }`;
      const get = (headers: Record<string, string> = {}) =>
        request({
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent(query)}`,
          headers: {accept: 'application/json', ...headers},
        });
      const refused = [
        await get(),
        await request({
          method: 'POST',
          headers: {'content-type': 'application/x-www-form-urlencoded'},
          body: `query=${encodeURIComponent(query)}`,
        }),
        await request({method: 'POST', headers: {'content-type': 'text/plain'}, body: JSON.stringify({query})}),
        await request({
          method: 'POST',
          body: (() => {
            const form = new FormData();
            form.set('operations', JSON.stringify({query}));
            return form;
          })(),
        }),
      ];
      for (const answer of refused) {
        assert.equal(answer.status, 403);
        assert.match(answer.body.errors![0]!.message, /GraphQL-Require-Preflight/);
      }
      assert.equal(statements.length, 0, 'nothing ran, not even the audit write');
      const allowed = await get({'graphql-require-preflight': '1'});
      assert.deepEqual([allowed.status, allowed.body.data], [200, {customer: {id}}]);
      const json = await request({method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query})});
      assert.deepEqual([json.status, json.body.data], [200, {customer: {id}}]);
    });

    // The timeout turns "the server waits for the whole body" into a failure instead of a hang.
    test(
      'a chunked body without Content-Length is cut at the limit, answered 413 before the client has sent it all',
      {timeout: 20_000},
      async () => {
        const server = createServer({db, log: () => undefined, maxBodyBytes: 1000});
        await server.ready;
        const http = createHttpServer(server.listener);
        await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
        const port = (http.address() as AddressInfo).port;
        /** Sends `chunks` with Transfer-Encoding: chunked; ends the body only when `end` is true. */
        const send = (chunks: string[], end: boolean) =>
          new Promise<{status: number; body: string}>((resolve, reject) => {
            const request = httpRequest(
              {host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: {'content-type': 'application/json'}},
              (response) => {
                let body = '';
                response.setEncoding('utf8');
                response.on('data', (chunk: string) => (body += chunk));
                response.on('end', () => resolve({status: response.statusCode ?? 0, body}));
              },
            );
            request.on('error', reject);
            for (const chunk of chunks) request.write(chunk);
            if (end) request.end();
          });
        try {
          // Within the limit, chunked: answered as usual.
          const query = JSON.stringify({query: '{ __typename }'});
          const small = await send([query.slice(0, 5), query.slice(5)], true);
          assert.deepEqual([small.status, JSON.parse(small.body)], [200, {data: {__typename: 'Query'}}]);
          // Over it: the answer comes while the body is still open (the server did not wait for it all).
          const padding = `{"query": "{ __typename }", "pad": "${'x'.repeat(600)}`;
          const big = await send([padding, 'x'.repeat(600)], false);
          assert.equal(big.status, 413);
          assert.match(JSON.parse(big.body).errors[0].message, /over 1000 bytes/);
        } finally {
          server.close();
          http.closeAllConnections();
          await new Promise((resolve) => http.close(resolve));
        }
      },
    );

    test('SQL injection through every argument reaches SQL only as a parameter', async () => {
      const {post, statements} = await testServer(db);
      const payloads = [
        `' OR '1'='1`,
        `x'; DROP TABLE customers; --`,
        `$1) OR true --`,
        `\\'); DELETE FROM contacts; --`,
        `" OR ""="`,
        `é\u0000`,
      ];
      for (const payload of payloads) {
        statements.length = 0;
        const answer = await post(
          `query($p: String!, $pid: ID!, $id: ID!) {
             byId: customer(id: $pid) { id }
             lookup: customerLookup(email: $p, phone: $p) { count }
             email: customerLookup(email: $p) { count }
             phone: customerLookup(phone: $p) { count }
             real: customer(id: $id) {
               contacts(first: 2, after: $p) { totalCount }
             }
             hints: customer(id: $id) { hints(locale: $p) { id } }
           }`,
          {p: payload, pid: payload, id},
        );
        const data = answer.body.data!;
        assert.equal(data['byId'], null);
        assert.deepEqual(data['lookup'], {count: 0});
        assert.deepEqual(data['email'], {count: 0});
        assert.deepEqual(data['phone'], {count: 0});
        assert.deepEqual(data['hints'], {hints: []});
        for (const statement of statements)
          assert.ok(!statement.text.includes(payload), `payload in SQL text: ${statement.text}`);
      }
      // Numbers and booleans cannot carry SQL (GraphQL types them), and out-of-range ones are clamped.
      const numbers = await post(
        `query($id: ID!) { customer(id: $id) { contacts(first: -5) { edges { cursor } } tickets(openOnly: false) { id }
           contactSummary(days: 2147483647) { days topics(days: -1) { count } monthly(months: 100000) { month } } } }`,
        {id},
      );
      assert.equal(numbers.body.errors, undefined, JSON.stringify(numbers.body.errors));
      const summary = (numbers.body.data!['customer'] as {contactSummary: {days: number; monthly: unknown[]}}).contactSummary;
      assert.equal(summary.days, 3660);
      assert.equal(summary.monthly.length, 120);
      const {rows} = await db.query<{n: number}>('SELECT count(*)::int AS n FROM customers');
      assert.equal(rows[0]!.n, customers.length);
    });

    test("the page at / is served only when asked for, and only the card's own files", async () => {
      const off = await testServer(db);
      assert.equal((await off.request({method: 'GET', path: '/'})).status, 404);
      const on = await testServer(db, {page: true});
      const page = await on.server.fetch(new Request('http://kit.test/?id=%22%3E%3Cscript%3Ealert(1)%3C/script%3E'));
      const html = await page.text();
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.ok(!html.includes('<script>alert(1)'), 'the id is escaped');
      for (const path of [
        '/card/../package.json',
        '/card/%2e%2e/package.json',
        '/card/..%2f..%2fpackage.json',
        '/card/../../server/src/db.ts',
      ]) {
        assert.equal((await on.server.fetch(new Request(`http://kit.test${path}`))).status, 404, path);
      }
    });

    test("graphql-http's GraphQL-over-HTTP audit passes over a real socket", async () => {
      const server = createServer({db, log: () => undefined});
      await server.ready;
      const http = createHttpServer(server.listener);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
        // GET requests carry the header the server asks of them (see the cross-site test above).
        const fetchFn = (input: string, init: RequestInit = {}) => {
          const headers = new Headers(init.headers);
          if ((init.method ?? 'GET') === 'GET') headers.set('graphql-require-preflight', '1');
          return fetch(input, {...init, headers});
        };
        const results = await auditServer({url, fetchFn});
        const failed = results.filter((r) => r.status === 'error');
        assert.deepEqual(
          failed.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`),
          [],
        );
        const ok = results.filter((r) => r.status === 'ok').length;
        console.log(
          `# graphql-http audit on ${backend.name}: ${ok}/${results.length} ok, ${results.length - ok - failed.length} warnings`,
        );
      } finally {
        server.close();
        await new Promise((resolve) => http.close(resolve));
      }
    });
  });
}
