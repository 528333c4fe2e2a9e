/**
 * The contract on a real database: the card's own query answered from SQL, checked against an
 * independent recount (the demo server's pure aggregates), paging, lookups, confidential
 * tickets, a failing section, and the number of statements per card.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {monthlyCounts, summarize} from '../../demo/server/aggregates.js';
import type {ContactRecord} from '../../demo/server/records.js';
import {openPostgres, prepared} from '../src/db.js';
import type {Db} from '../src/db.js';
import {importRecords} from '../src/import.js';
import {generateCustomers} from '../src/sample.js';
import {CONFIDENTIAL_SUBJECT} from '../src/loaders.js';
import {CARD_DOCUMENT, CARD_VARIABLES, NOW, backends, closeTemplate, reads, testServer} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

type Json = Record<string, unknown>;
type Customer = Json & {contacts: Json[]; tickets: Json[]};

/** The generated customers as the demo's oracle wants them: newest first, instants as Dates. */
function history(customer: Customer): ContactRecord[] {
  return customer.contacts
    .map((c) => ({...c, at: new Date(c['at'] as string)}) as unknown as ContactRecord)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
}

const ids = (list: unknown): unknown[] => (list as Json[]).map((c) => c['id']);

for (const backend of backends()) {
  describe(`queries on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    const customers = generateCustomers({count: 25, seed: 7, now: NOW}) as Customer[];
    // Two customers share an email (a household), for the ambiguous lookup.
    (customers[3]!['emails'] as string[]).push('household@example.com');
    (customers[4]!['emails'] as string[]).push('household@example.com');
    // One confidential ticket, open.
    customers[5]!.tickets = [
      {
        id: 'T-SECRET',
        subject: 'Harassment complaint against agent',
        status: 'OPEN',
        priority: 'HIGH',
        category: 'COMPLAINT',
        openedAt: '2026-11-20T10:00:00Z',
        confidential: true,
      },
    ];
    const small = generateCustomers({count: 1, seed: 11, now: NOW, contacts: 10, prefix: 'small-'})[0]!;
    const large = generateCustomers({count: 1, seed: 12, now: NOW, contacts: 10_000, prefix: 'large-'})[0]!;

    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
      await importRecords(db, [...customers, small, large]);
    });
    after(() => test_db.drop());

    test('the card query agrees with an independent recount of the history', async () => {
      const {post} = await testServer(db);
      for (const customer of customers.slice(0, 8)) {
        const answer = await post(CARD_DOCUMENT, {...CARD_VARIABLES, id: customer['id']}, {}, 'Customer360');
        assert.equal(answer.status, 200);
        assert.equal(answer.body.errors, undefined);
        const card = answer.body.data!['customer'] as Json;
        const contacts = history(customer);
        const oracle = summarize(contacts, NOW, 90);
        const summary = card['contactSummary'] as Json;
        assert.equal(summary['count'], oracle.count, `count of ${customer['id']}`);
        assert.deepEqual(
          summary['outboundSolicitations'],
          oracle.outboundSolicitations.map((d) => d.toISOString()),
        );
        assert.equal((summary['lastRefusal'] as Json | null)?.['id'] ?? null, oracle.lastRefusal?.id ?? null);
        assert.deepEqual(
          ids(summary['awaitingReply']),
          oracle.awaitingReply.map((c) => c.id),
        );
        assert.deepEqual(
          ids(summary['missedByUs']),
          oracle.missedByUs.map((c) => c.id),
        );
        assert.equal((summary['last'] as Json | null)?.['id'] ?? null, oracle.last?.id ?? null);
        const topics = summarize(contacts, NOW, 30).topics.map((t) => ({
          ...t,
          firstAt: t.firstAt.toISOString(),
          lastAt: t.lastAt.toISOString(),
        }));
        assert.deepEqual(
          (summary['topics'] as Json[]).map((t) => JSON.stringify(t)).sort(),
          topics
            .map((t) =>
              JSON.stringify({
                ticketId: t.ticketId,
                purpose: t.purpose,
                count: t.count,
                transfers: t.transfers,
                firstAt: t.firstAt,
                lastAt: t.lastAt,
              }),
            )
            .sort(),
        );
        assert.deepEqual(summary['monthly'], monthlyCounts(contacts, NOW, 6));
        const page = card['contacts'] as {totalCount: number; edges: {node: Json}[]};
        assert.equal(page.totalCount, contacts.length);
        assert.deepEqual(
          page.edges.map((e) => e.node['id']),
          contacts.slice(0, 10).map((c) => c.id),
        );
        const open = customer.tickets.filter((t) => t['status'] === 'OPEN' || t['status'] === 'PENDING');
        assert.deepEqual(ids(card['tickets']).sort(), ids(open).sort());
        for (const ticket of card['tickets'] as Json[]) {
          const linked = contacts.filter((c) => c.ticketId === ticket['id']);
          assert.equal(ticket['contactCount'], linked.length);
          assert.equal(
            ticket['transferCount'],
            linked.reduce((sum, c) => sum + c.transfers, 0),
          );
        }
      }
    });

    test('cursors page through every contact exactly once, newest first', async () => {
      const {post} = await testServer(db);
      const customer = customers.find((c) => c.contacts.length > 30)!;
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const answer = await post(
          'query($id: ID!, $after: String) { customer(id: $id) { contacts(first: 7, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }',
          {id: customer['id'], after: cursor},
        );
        const page = (answer.body.data!['customer'] as Json)['contacts'] as {
          edges: {node: {id: string}}[];
          pageInfo: {hasNextPage: boolean; endCursor: string};
        };
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      assert.deepEqual(
        seen,
        history(customer).map((c) => c.id),
      );
    });

    test('an invalid cursor is refused with a clear error on that field, nothing else', async () => {
      const {post} = await testServer(db);
      const answer = await post(
        'query($id: ID!) { a: customer(id: $id) { id } b: customer(id: $id) { contacts(after: "bm90IGEgY3Vyc29y") { totalCount } } }',
        {id: customers[0]!['id']},
      );
      assert.deepEqual(answer.body.data!['a'], {id: customers[0]!['id']});
      assert.deepEqual(answer.body.data!['b'], {contacts: null});
      assert.match(answer.body.errors![0]!.message, /Invalid cursor/);
      assert.deepEqual(answer.body.errors![0]!.path, ['b', 'contacts']);
    });

    test('an unknown id answers null; lookups never pick one of several', async () => {
      const {post} = await testServer(db);
      const unknown = await post('{ customer(id: "nobody") { id } }');
      assert.deepEqual(unknown.body, {data: {customer: null}});
      const lookup =
        'query($email: String, $phone: String) { customerLookup(email: $email, phone: $phone) { count customer { id } } }';
      const target = customers[9]!;
      const byEmail = await post(lookup, {email: `  ${(target['emails'] as string[])[0]!.toUpperCase()} `});
      assert.deepEqual(byEmail.body.data, {customerLookup: {count: 1, customer: {id: target['id']}}});
      const byPhone = await post(lookup, {phone: (target['phones'] as string[])[0]});
      assert.deepEqual(byPhone.body.data, {customerLookup: {count: 1, customer: {id: target['id']}}});
      const both = await post(lookup, {
        email: (target['emails'] as string[])[0],
        phone: (customers[8]!['phones'] as string[])[0],
      });
      assert.deepEqual(both.body.data, {customerLookup: {count: 0, customer: null}});
      const household = await post(lookup, {email: 'household@example.com'});
      assert.deepEqual(household.body.data, {customerLookup: {count: 2, customer: null}});
      const neither = await post(lookup, {});
      assert.equal(neither.body.data, null);
      assert.match(neither.body.errors![0]!.message, /needs an email or a phone/);
    });

    test('a confidential ticket shows its subject only to agents with the role', async () => {
      const query = 'query($id: ID!) { customer(id: $id) { tickets(openOnly: true) { id subject } } }';
      const id = customers[5]!['id'];
      const plain = await testServer(db, {authenticate: () => ({id: 'agent-1', roles: []})});
      const answer = await plain.post(query, {id});
      assert.deepEqual((answer.body.data!['customer'] as Json)['tickets'], [{id: 'T-SECRET', subject: CONFIDENTIAL_SUBJECT}]);
      assert.doesNotMatch(JSON.stringify(answer.body), /Harassment/);
      const cleared = await testServer(db, {authenticate: () => ({id: 'agent-2', roles: ['confidential']})});
      const full = await cleared.post(query, {id});
      assert.deepEqual((full.body.data!['customer'] as Json)['tickets'], [
        {id: 'T-SECRET', subject: 'Harassment complaint against agent'},
      ]);
    });

    test('a failing section fails alone: it is null with the error path, the rest of the customer answers', async () => {
      const failing: Db = {
        ...db,
        query: (text, params) =>
          /FROM tickets/.test(text) ? Promise.reject(new Error('relation "tickets" is broken')) : db.query(text, params),
        transaction: (body) => db.transaction(body),
      };
      const {post} = await testServer(failing);
      const id = customers[0]!['id'];
      const answer = await post(
        'query($id: ID!) { a: customer(id: $id) { id displayName } b: customer(id: $id) { id tickets { id } } }',
        {id},
      );
      assert.equal(answer.status, 200);
      assert.equal((answer.body.data!['a'] as Json)['id'], id);
      assert.deepEqual(answer.body.data!['b'], {id, tickets: null});
      assert.deepEqual(
        answer.body.errors!.map((e) => e.path),
        [['b', 'tickets']],
      );
      assert.doesNotMatch(JSON.stringify(answer.body), /relation|tickets" is|SELECT/);
    });

    test('totalCount follows every write to the history: re-import, delete, insert, move, erase', async () => {
      const {post} = await testServer(db);
      const total = async (id: string) => {
        const answer = await post('query($id: ID!) { customer(id: $id) { contacts(first: 1) { totalCount } } }', {id});
        assert.equal(answer.body.errors, undefined);
        return ((answer.body.data!['customer'] as Json | null)?.['contacts'] as Json | undefined)?.['totalCount'];
      };
      const counted = async (id: string) =>
        (await db.query<{n: number}>('SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1', [id])).rows[0]!.n;
      const [a, b] = generateCustomers({count: 2, seed: 21, now: NOW, contacts: 7, prefix: 'count-'}) as Customer[];
      await importRecords(db, [a!, b!]);
      assert.deepEqual([await total('count-000001'), await total('count-000002')], [7, 7]);
      // Imported again with fewer contacts: replaced, not added to.
      await importRecords(db, [{...a!, contacts: a!.contacts.slice(0, 3)}]);
      assert.equal(await total('count-000001'), 3);
      // Written by someone else's SQL, several rows per statement.
      await db.query(`DELETE FROM contacts WHERE customer_id = 'count-000002' AND id = ANY($1::text[])`, [
        ids(b!.contacts.slice(0, 2)),
      ]);
      await db.query(
        `INSERT INTO contacts (customer_id, id, at, channel, direction, purpose, outcome, transfers)
         VALUES ('count-000001', 'extra-1', $1, 'PHONE', 'INBOUND', 'SUPPORT', 'ANSWERED', 0),
                ('count-000001', 'extra-2', $1, 'PHONE', 'INBOUND', 'SUPPORT', 'ANSWERED', 0)`,
        [NOW.toISOString()],
      );
      await db.query(`UPDATE contacts SET customer_id = 'count-000002' WHERE customer_id = 'count-000001' AND id = 'extra-1'`);
      for (const id of ['count-000001', 'count-000002']) assert.equal(await total(id), await counted(id), id);
      assert.deepEqual([await total('count-000001'), await total('count-000002')], [4, 6]);
      await db.query(`DELETE FROM customers WHERE id = 'count-000002'`);
      assert.equal(await total('count-000002'), undefined);
    });

    test('a window of any length at any instant agrees with the recount: whole days, partial ends, months', async () => {
      // Contacts on both sides of UTC midnights (a millisecond before, at, after) and at noon, on
      // the days where the windows tested below start and end, plus a spread-out history.
      const midnights = ['2026-12-01', '2026-11-30', '2026-11-29', '2026-11-24', '2026-11-01', '2026-09-02', '2026-09-01'].map(
        (day) => Date.parse(`${day}T00:00:00Z`),
      );
      const offsets = [-1, 0, 1, 12 * 3_600_000, 10 * 3_600_000];
      const spread = generateCustomers({count: 1, seed: 31, now: NOW, contacts: 400, prefix: 'edges-'})[0] as Customer;
      const purposes = ['SALES', 'SUPPORT', 'BILLING'];
      const outcomes = ['MISSED_BY_US', 'ANSWERED', 'REFUSED', 'AWAITING_OUR_REPLY'];
      let n = 0;
      const placed = midnights.flatMap((midnight) =>
        offsets.map((offset) => {
          n += 1;
          return {
            id: `edge-${String(n).padStart(3, '0')}`,
            at: new Date(midnight + offset).toISOString(),
            channel: 'PHONE',
            direction: n % 2 ? 'OUTBOUND' : 'INBOUND',
            purpose: purposes[n % 3],
            outcome: outcomes[n % 4],
            transfers: n % 3,
            sentiment: null,
            ticketId: n % 5 === 0 ? 'T-EDGE' : null,
            summary: null,
          };
        }),
      );
      const customer = {
        ...spread,
        tickets: [
          ...spread.tickets,
          {id: 'T-EDGE', subject: 'Edges', status: 'OPEN', priority: 'LOW', category: 'OTHER', openedAt: '2026-08-01T00:00:00Z'},
        ],
        contacts: [...spread.contacts, ...placed],
      } as Customer;
      await importRecords(db, [customer]);
      const contacts = history(customer);
      const query = `query($id: ID!, $days: Int, $topicDays: Int) { customer(id: $id) { contactSummary(days: $days) {
        count outboundSolicitations missedByUs { id at } topics(days: $topicDays) { ticketId purpose count transfers firstAt lastAt }
        monthly(months: 7) { month inbound outbound } } } }`;
      const instants = [
        '2026-12-01T00:00:00.000Z',
        '2026-12-01T00:00:00.001Z',
        '2026-11-30T23:59:59.999Z',
        '2026-12-01T10:00:00.000Z',
        '2026-12-01T12:00:00.000Z',
        '2026-11-30T13:37:12.345Z',
      ];
      let checked = 0;
      const check = async (reader: Db, zone: string) => {
        for (const instant of instants) {
          const now = new Date(instant);
          const {post} = await testServer(reader, {now: () => now});
          for (const days of [1, 2, 7, 30, 91, 400]) {
            const answer = await post(query, {id: customer['id'], days, topicDays: days});
            assert.equal(answer.body.errors, undefined);
            const summary = (answer.body.data!['customer'] as Json)['contactSummary'] as Json;
            const oracle = summarize(contacts, now, days);
            const at = `${days} days to ${instant}, session time zone ${zone}`;
            assert.equal(summary['count'], oracle.count, `count, ${at}`);
            assert.deepEqual(
              summary['outboundSolicitations'],
              oracle.outboundSolicitations.map((d) => d.toISOString()),
              at,
            );
            assert.deepEqual(
              ids(summary['missedByUs']),
              oracle.missedByUs.map((c) => c.id),
              at,
            );
            assert.deepEqual(
              summary['topics'],
              oracle.topics
                .map((t) => ({...t, firstAt: t.firstAt.toISOString(), lastAt: t.lastAt.toISOString()}))
                .sort(
                  (a, b) =>
                    (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0) ||
                    String(a.ticketId ?? '~').localeCompare(String(b.ticketId ?? '~')) ||
                    a.purpose.localeCompare(b.purpose),
                ),
              `topics, ${at}`,
            );
            assert.deepEqual(summary['monthly'], monthlyCounts(contacts, now, 7), at);
            checked += 1;
          }
        }
      };
      await check(db, 'UTC');
      if (backend.name === 'postgres') {
        // Days are UTC whatever the time zone a PostgreSQL session runs in (a server installed
        // in France defaults to Europe/Paris): the same windows, read through connections in
        // zones half an hour and five hours off UTC.
        for (const zone of ['Asia/Kolkata', 'America/New_York']) {
          const {rows} = await db.query<{name: string}>('SELECT current_database() AS name');
          await db.query(`ALTER DATABASE "${rows[0]!.name}" SET timezone = '${zone}'`);
          const zoned = openPostgres(test_db.url!);
          try {
            const shown = await zoned.query<{zone: string}>("SELECT current_setting('TimeZone') AS zone");
            assert.equal(shown.rows[0]!.zone, zone);
            await check(zoned, zone);
          } finally {
            await zoned.close();
            await db.query(`ALTER DATABASE "${rows[0]!.name}" RESET timezone`);
          }
        }
      }
      assert.equal(checked, backend.name === 'postgres' ? 3 * 36 : 36);
    });

    test('the per-day counts follow every write to the history, as a recount from the contacts finds them', async () => {
      const recount = `SELECT customer_id, (at AT TIME ZONE 'UTC')::date AS day,
          count(*) FILTER (WHERE direction = 'INBOUND')::int AS inbound, count(*) FILTER (WHERE direction = 'OUTBOUND')::int AS outbound
        FROM contacts GROUP BY 1, 2`;
      const stored = 'SELECT customer_id, day, inbound, outbound FROM contact_days';
      const differences = async () =>
        (await db.query<Json>(`(${stored} EXCEPT ${recount}) UNION ALL (${recount} EXCEPT ${stored})`)).rows;
      const [a, b] = generateCustomers({count: 2, seed: 41, now: NOW, contacts: 40, prefix: 'days-'}) as Customer[];
      await importRecords(db, [a!, b!]);
      assert.deepEqual(await differences(), []);
      await importRecords(db, [{...a!, contacts: a!.contacts.slice(0, 9)}]);
      // Moved to another day and turned around, moved to another customer, deleted, inserted.
      await db.query(
        `UPDATE contacts SET at = at - interval '3 days 5 hours', direction = CASE direction WHEN 'INBOUND' THEN 'OUTBOUND' ELSE 'INBOUND' END
        WHERE customer_id = 'days-000002' AND id = ANY($1::text[])`,
        [ids(b!.contacts.slice(0, 12))],
      );
      await db.query(
        `UPDATE contacts SET customer_id = 'days-000001' WHERE customer_id = 'days-000002' AND id = ANY($1::text[])`,
        [ids(b!.contacts.slice(10, 15))],
      );
      await db.query(`DELETE FROM contacts WHERE customer_id = 'days-000002' AND id = ANY($1::text[])`, [
        ids(b!.contacts.slice(20, 30)),
      ]);
      await db.query(
        `INSERT INTO contacts (customer_id, id, at, channel, direction, purpose, outcome, transfers)
         SELECT 'days-000001', 'more-' || n, $1::timestamptz - make_interval(hours => n), 'PHONE', 'INBOUND', 'SUPPORT', 'ANSWERED', 0
         FROM generate_series(1, 50) AS n`,
        [NOW.toISOString()],
      );
      assert.deepEqual(await differences(), []);
      const zero = await db.query<Json>('SELECT * FROM contact_days WHERE inbound + outbound = 0');
      assert.deepEqual(zero.rows, []);
      await db.query(`DELETE FROM customers WHERE id = 'days-000002'`);
      const left = await db.query<{n: number}>(`SELECT count(*)::int AS n FROM contact_days WHERE customer_id = 'days-000002'`);
      assert.equal(left.rows[0]!.n, 0);
      assert.deepEqual(await differences(), []);
    });

    test(
      'PostgreSQL: prepared with generic plans or not, the card answers the same',
      {skip: backend.name !== 'postgres'},
      async () => {
        const unprepared = openPostgres(test_db.url!, {prepare: false});
        try {
          for (const customer of [small, large, customers[5]!]) {
            const variables = {...CARD_VARIABLES, id: customer['id']};
            // Several times each: PostgreSQL switches a prepared statement's plan after five runs.
            for (let run = 0; run < 7; run++) {
              const prepared = await (await testServer(db)).post(CARD_DOCUMENT, variables, {}, 'Customer360');
              const plain = await (await testServer(unprepared)).post(CARD_DOCUMENT, variables, {}, 'Customer360');
              assert.equal(prepared.body.errors, undefined);
              assert.deepEqual(prepared.body.data, plain.body.data);
            }
          }
        } finally {
          await unprepared.close();
        }
      },
    );

    test('statements per card: the same for 10 and 10,000 contacts, at most 10', async () => {
      const {post, statements} = await testServer(db);
      const count = async (id: unknown) => {
        statements.length = 0;
        const answer = await post(CARD_DOCUMENT, {...CARD_VARIABLES, id}, {}, 'Customer360');
        assert.equal(answer.body.errors, undefined);
        assert.equal(
          ((answer.body.data!['customer'] as Json)['contacts'] as Json)['totalCount'],
          id === small['id'] ? 10 : 10_000,
        );
        return reads(statements).length;
      };
      const ten = await count(small['id']);
      const tenThousand = await count(large['id']);
      assert.equal(ten, tenThousand);
      assert.ok(ten <= 10, `${ten} statements`);
      console.log(
        `# statements reading customer data per card: ${ten} at 10 contacts, ${tenThousand} at 10,000 (${backend.name})`,
      );
    });

    test('a batch of 20 aliased customers costs what one costs', async () => {
      const {post, statements} = await testServer(db);
      const fragmentStart = CARD_DOCUMENT.indexOf('fragment CustomerCard');
      const fragments = CARD_DOCUMENT.slice(fragmentStart).replace(/query Customer360Contacts[\s\S]*?\n}\n/, '');
      const batchIds = customers.slice(0, 20).map((c) => c['id']);
      const declarations = batchIds.map((_, i) => `$id${i}: ID!`).join(', ');
      const fields = batchIds.map((_, i) => `c${i}: customer(id: $id${i}) { ...CustomerCard }`).join('\n');
      const batch = `query Batch(${declarations}, $contactsFirst: Int!, $summaryDays: Int!, $topicDays: Int!, $locale: String) {\n${fields}\n}\n${fragments}`;
      const variables = {...CARD_VARIABLES, ...Object.fromEntries(batchIds.map((id, i) => [`id${i}`, id]))};
      statements.length = 0;
      const one = await post(CARD_DOCUMENT, {...CARD_VARIABLES, id: batchIds[0]}, {}, 'Customer360');
      assert.equal(one.body.errors, undefined);
      const single = reads(statements).length;
      statements.length = 0;
      const many = await post(batch, variables);
      assert.equal(many.body.errors, undefined, JSON.stringify(many.body.errors));
      assert.deepEqual(
        batchIds.map((_, i) => (many.body.data![`c${i}`] as Json)['id']),
        batchIds,
      );
      assert.equal(reads(statements).length, single);
      // One audit write for the whole batch.
      assert.equal(statements.filter((s) => /INSERT INTO audit_reads/.test(s.text)).length, 1);
    });

    test('a prepared statement that fails leaves the database usable, outside and inside a transaction', async () => {
      const divide = prepared('SELECT 10 / $1::int AS quotient');
      await assert.rejects(db.query(divide, [0]), /division by zero/);
      assert.deepEqual((await db.query(divide, [5])).rows, [{quotient: 2}]);
      await assert.rejects(
        db.transaction((tx) => tx.query(divide, [0])),
        /division by zero/,
      );
      assert.deepEqual((await db.transaction((tx) => tx.query(divide, [2]))).rows, [{quotient: 5}]);
    });

    test('a prepared statement outside a transaction never runs inside another one', async () => {
      const setting = prepared(`SELECT current_setting('c360.probe', true) AS value`);
      await db.query(setting);
      let opened!: () => void;
      let release!: () => void;
      const open = new Promise<void>((resolve) => (opened = resolve));
      const held = new Promise<void>((resolve) => (release = resolve));
      const transaction = db.transaction(async (tx) => {
        await tx.query(`SELECT set_config('c360.probe', 'inside', true)`);
        opened();
        await held;
      });
      await open;
      const outside = db.query<{value: string | null}>(setting);
      release();
      await transaction;
      assert.notEqual((await outside).rows[0]!.value, 'inside');
    });
  });
}
