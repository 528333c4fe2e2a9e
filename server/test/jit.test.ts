/**
 * Compiled execution (src/jit.ts) answers what the generic executor answers: per operation of
 * a document, with masked errors and 400s for bad variables, before and after compiling; and
 * what it keeps is bounded.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {createSchema, createYoga} from 'graphql-yoga';
import type {Db} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {createJit} from '../src/jit.js';
import {generateCustomers} from '../src/sample.js';
import {CARD_DOCUMENT, CARD_VARIABLES, NOW, backends, closeTemplate, testServer} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

/** More runs than it takes to compile (src/jit.ts compiles on the second). */
const RUNS = 4;

for (const backend of backends()) {
  describe(`compiled execution on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    const [customer] = generateCustomers({count: 1, seed: 51, now: NOW, contacts: 30, prefix: 'jit-'});
    const id = customer!['id'] as string;
    customer!['tickets'] = [
      {
        id: 'T-JIT',
        subject: 'Line down',
        status: 'OPEN',
        priority: 'HIGH',
        category: 'TECHNICAL',
        openedAt: '2026-11-20T10:00:00Z',
      },
    ];

    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
      await importRecords(db, [customer!]);
    });
    after(() => test_db.drop());

    test('each operation of one document answers its own, a query never runs the mutation beside it', async () => {
      const {post, request} = await testServer(db);
      const document = `query A { a: __typename }
        query B($id: ID!) { customer(id: $id) { id } }
        mutation W($input: AddNoteInput!) { addNote(input: $input) { text } }`;
      const notes = async () =>
        (await db.query<{n: number}>('SELECT count(*)::int AS n FROM notes WHERE customer_id = $1', [id])).rows[0]!.n;
      const written = await post(document, {input: {customerId: id, text: 'Called back', idempotencyKey: 'jit-note-1'}}, {}, 'W');
      assert.deepEqual(written.body.data, {addNote: {text: 'Called back'}});
      for (let run = 0; run < RUNS; run++) {
        assert.deepEqual((await post(document, {}, {}, 'A')).body.data, {a: 'Query'}, `A, run ${run}`);
        assert.deepEqual((await post(document, {id}, {}, 'B')).body.data, {customer: {id}}, `B, run ${run}`);
        const query = new URLSearchParams({query: document, operationName: 'A'});
        const got = await request({path: `/graphql?${query}`, headers: {'graphql-require-preflight': '1'}});
        assert.deepEqual(got.body.data, {a: 'Query'}, `A over GET, run ${run}`);
      }
      assert.equal(await notes(), 1);
    });

    test('errors the compiled code makes are masked like any unexpected error', async () => {
      // A value the schema cannot represent, as a database another tool writes to might hold.
      const odd: Db = {
        ...db,
        async query<R>(text: string, params?: readonly unknown[]) {
          const result = await db.query<R>(text, params);
          if (!/FROM tickets t/.test(text)) return result;
          return {rows: result.rows.map((row) => ({...row, status: 'WEIRD'}))};
        },
      };
      const {post} = await testServer(odd);
      const query = 'query($id: ID!) { customer(id: $id) { id tickets { id status } } }';
      for (let run = 0; run < RUNS; run++) {
        const answer = await post(query, {id});
        assert.equal(answer.status, 200);
        assert.equal((answer.body.data!['customer'] as {id: string}).id, id, `run ${run}`);
        assert.ok(answer.body.errors?.length, `run ${run}`);
        for (const error of answer.body.errors!) assert.equal(error.message, 'Unexpected error.', `run ${run}`);
        assert.doesNotMatch(JSON.stringify(answer.body), /WEIRD|TicketStatus/, `run ${run}`);
      }
    });

    test('variables that do not coerce answer 400, compiled or not', async () => {
      const {post} = await testServer(db);
      for (let run = 0; run < RUNS; run++) {
        const good = await post(CARD_DOCUMENT, {...CARD_VARIABLES, id}, {}, 'Customer360');
        assert.equal(good.body.errors, undefined, `run ${run}`);
        const bad = await post(CARD_DOCUMENT, {...CARD_VARIABLES, id, contactsFirst: 'ten'}, {}, 'Customer360');
        assert.equal(bad.status, 400, `run ${run}`);
        assert.match(bad.body.errors![0]!.message, /contactsFirst/, `run ${run}`);
        assert.equal(bad.body.data, undefined);
      }
    });
  });
}

describe('what compiled execution keeps', () => {
  const serve = (jit: ReturnType<typeof createJit>) =>
    createYoga({
      schema: createSchema({
        typeDefs: 'type Query { n(i: Int): Int }',
        resolvers: {Query: {n: (_: unknown, {i}: {i: number}) => i}},
      }),
      plugins: [jit.plugin],
      logging: false,
    });
  const ask = async (yoga: ReturnType<typeof serve>, query: string) => {
    const response = await yoga.fetch('http://jit.test/graphql', {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query}),
    });
    return (await response.json()) as {data?: Record<string, number>};
  };

  test('documents run often are compiled, and no more of them than the bound', async () => {
    const jit = createJit({maxEntries: 16});
    const yoga = serve(jit);
    for (let doc = 0; doc < 40; doc++)
      for (let run = 0; run < 3; run++) assert.deepEqual((await ask(yoga, `{ n(i: ${doc}) }`)).data, {n: doc});
    assert.equal(jit.compiled(), 16);
  });

  test('a document run once is not compiled, nor one over the size limit however often it runs', async () => {
    const jit = createJit({maxSource: 2000});
    const yoga = serve(jit);
    await ask(yoga, '{ n(i: 1) }');
    assert.equal(jit.compiled(), 0);
    const large = `{ ${Array.from({length: 200}, (_, i) => `f${i}: n(i: ${i})`).join(' ')} }`;
    assert.ok(large.length > 2000);
    for (let run = 0; run < 5; run++) assert.equal((await ask(yoga, large)).data!['f199'], 199);
    assert.equal(jit.compiled(), 0);
  });
});
