/**
 * The audit trail and erasure: a row per customer read (agent, time, customer, lookup kind,
 * never the email or phone), no row for a read that found nobody, a failed audit write fails
 * the read, erasure removes one customer everywhere, retention prunes old rows, and migrations
 * run once when two servers start together.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import type {Db} from '../src/db.js';
import {eraseCustomer, pruneAudit} from '../src/erase.js';
import {importRecords} from '../src/import.js';
import {migrate, readMigrations} from '../src/migrate.js';
import {generateCustomers} from '../src/sample.js';
import {openPostgres} from '../src/db.js';
import {NOW, backends, closeTemplate, testServer} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

interface AuditRow {
  agent: string;
  customer_id: string;
  lookup: string;
  at: string;
  row: string;
}

for (const backend of backends()) {
  describe(`audit and erasure on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    const customers = generateCustomers({count: 4, seed: 9, now: NOW, contacts: 5});
    const [first, second] = customers.map((c) => ({
      id: c['id'] as string,
      email: (c['emails'] as string[])[0]!,
      phone: (c['phones'] as string[])[0]!,
    }));

    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
      await importRecords(db, customers);
    });
    after(() => test_db.drop());

    const auditRows = async () =>
      (
        await db.query<AuditRow>(
          'SELECT agent, customer_id, lookup, c360_iso(at) AS at, row_to_json(a)::text AS row FROM audit_reads a ORDER BY id',
        )
      ).rows;

    test('one audit row per customer read, with the agent and the lookup kind, never the email or phone', async () => {
      await db.query('DELETE FROM audit_reads');
      const {post} = await testServer(db, {
        authenticate: (request) => ({id: request.headers.get('x-agent') ?? 'nobody', roles: []}),
      });
      const lookup = 'query($email: String, $phone: String) { customerLookup(email: $email, phone: $phone) { customer { id } } }';
      await post(
        'query($id: ID!) { a: customer(id: $id) { id } b: customer(id: $id) { displayName } }',
        {id: first!.id},
        {'x-agent': 'agent-1'},
      );
      await post(lookup, {email: second!.email}, {'x-agent': 'agent-2'});
      await post(lookup, {phone: second!.phone}, {'x-agent': 'agent-2'});
      await post(lookup, {email: second!.email, phone: second!.phone}, {'x-agent': 'agent-3'});
      await post('{ customer(id: "nobody") { id } }', {}, {'x-agent': 'agent-4'});
      await post(lookup, {email: 'nobody@example.com'}, {'x-agent': 'agent-4'});
      const rows = await auditRows();
      assert.deepEqual(
        rows.map((r) => [r.agent, r.customer_id, r.lookup]),
        [
          ['agent-1', first!.id, 'id'],
          ['agent-2', second!.id, 'email'],
          ['agent-2', second!.id, 'phone'],
          ['agent-3', second!.id, 'email+phone'],
        ],
      );
      for (const row of rows) {
        assert.ok(Math.abs(Date.parse(row.at) - Date.now()) < 60_000, 'stamped with the real time, not the data clock');
        assert.ok(!row.row.includes(second!.email) && !row.row.includes(second!.phone), row.row);
      }
    });

    test('a read whose audit row cannot be written answers no data', async () => {
      const noAudit: Db = {
        ...db,
        query: (text, params) =>
          /INSERT INTO audit_reads/.test(text) ? Promise.reject(new Error('audit disk full')) : db.query(text, params),
      };
      const {post} = await testServer(noAudit);
      const answer = await post('query($id: ID!) { customer(id: $id) { id displayName } }', {id: first!.id});
      assert.deepEqual(answer.body.data, {customer: null});
      assert.equal(answer.body.errors?.length, 1);
    });

    test('erasure removes one customer everywhere, audit rows included, and nobody else', async () => {
      const before = {contacts: (await db.query<{n: number}>('SELECT count(*)::int AS n FROM contacts')).rows[0]!.n};
      const erased = await eraseCustomer(db, first!.id);
      assert.deepEqual(erased, {
        customers: 1,
        contacts: 5,
        tickets: (customers[0]!['tickets'] as unknown[]).length,
        auditReads: 1,
        notes: 0,
        dismissals: 0,
      });
      const tables = [
        'customers',
        'customer_emails',
        'customer_phones',
        'consents',
        'preferred_hours',
        'quiet_periods',
        'products',
        'offers',
        'tickets',
        'contacts',
        'contact_days',
        'server_hints',
        'audit_reads',
      ];
      for (const table of tables) {
        const column = table === 'customers' ? 'id' : 'customer_id';
        const {rows} = await db.query<{n: number}>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [first!.id]);
        assert.equal(rows[0]!.n, 0, table);
      }
      assert.equal((await db.query<{n: number}>('SELECT count(*)::int AS n FROM contacts')).rows[0]!.n, before.contacts - 5);
      assert.ok((await auditRows()).some((r) => r.customer_id === second!.id));
      const {post} = await testServer(db);
      assert.deepEqual((await post('query($id: ID!) { customer(id: $id) { id } }', {id: first!.id})).body.data, {customer: null});
      assert.deepEqual(await eraseCustomer(db, first!.id), {
        customers: 0,
        contacts: 0,
        tickets: 0,
        auditReads: 0,
        notes: 0,
        dismissals: 0,
      });
    });

    test('retention deletes audit rows older than the setting, keeps the others', async () => {
      await db.query('DELETE FROM audit_reads');
      await db.query(
        `INSERT INTO audit_reads (agent, customer_id, lookup, at) VALUES
         ('a', 'x', 'id', $1::timestamptz - interval '400 days'), ('a', 'y', 'id', $1::timestamptz - interval '10 days')`,
        [NOW.toISOString()],
      );
      assert.equal(await pruneAudit(db, NOW, 365), 1);
      assert.deepEqual(
        (await auditRows()).map((r) => r.customer_id),
        ['y'],
      );
      assert.equal(await pruneAudit(db, NOW, 365), 0);
    });

    test('migrations are recorded once, and a database newer than the server is refused', async () => {
      const {rows} = await db.query<{version: number}>('SELECT version FROM schema_migrations ORDER BY version');
      const migrations = await readMigrations();
      assert.deepEqual(
        rows.map((r) => r.version),
        migrations.map((m) => m.version),
      );
      assert.deepEqual(await migrate(db), []);
      await assert.rejects(migrate(db, migrations.slice(0, 0)), /newer than this server knows/);
    });
  });
}

for (const backend of backends()) {
  test(`on ${backend.name}, upgrading a database that holds contacts fills what later migrations keep`, async () => {
    const fresh = await backend.open({migrated: false});
    try {
      const migrations = await readMigrations();
      const before = migrations.filter((m) => m.version < 4);
      assert.deepEqual(await migrate(fresh.db, before), [1, 2, 3]);
      // Contacts written by a server of the previous version, on two days and both directions.
      await fresh.db.query(`INSERT INTO customers (id, display_name) VALUES ('old', 'Old Customer')`);
      await fresh.db.query(
        `INSERT INTO contacts (customer_id, id, at, channel, direction, purpose, outcome, transfers, ticket_id, summary)
         SELECT 'old', 'k' || n, $1::timestamptz - make_interval(hours => n * 7), 'PHONE',
           CASE WHEN n % 3 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END, 'SUPPORT', 'MISSED_BY_US', n % 2, 'T-1', 'Said "hi"'
         FROM generate_series(1, 12) AS n`,
        [NOW.toISOString()],
      );
      assert.deepEqual(await migrate(fresh.db, migrations), [4]);
      const days = await fresh.db.query<{day: string; inbound: number; outbound: number}>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, inbound, outbound FROM contact_days WHERE customer_id = 'old' ORDER BY day`,
      );
      // 12 contacts 7 hours apart back from 2026-12-01T10:00Z, every third one outbound.
      assert.deepEqual(days.rows, [
        {day: '2026-11-27', inbound: 0, outbound: 1},
        {day: '2026-11-28', inbound: 2, outbound: 1},
        {day: '2026-11-29', inbound: 3, outbound: 1},
        {day: '2026-11-30', inbound: 2, outbound: 1},
        {day: '2026-12-01', inbound: 1, outbound: 0},
      ]);
      const {post} = await testServer(fresh.db);
      const answer = await post(
        `{ customer(id: "old") { contactSummary(days: 3) { count missedByUs { id at direction transfers ticketId summary } } } }`,
      );
      const summary = (answer.body.data!['customer'] as Record<string, Record<string, unknown>>)['contactSummary']!;
      assert.equal(summary['count'], 10);
      const missed = summary['missedByUs'] as Record<string, unknown>[];
      assert.deepEqual(missed[0], {
        id: 'k1',
        at: '2026-12-01T03:00:00.000Z',
        direction: 'INBOUND',
        transfers: 1,
        ticketId: 'T-1',
        summary: 'Said "hi"',
      });
      assert.equal(missed.length, 10);
    } finally {
      await fresh.drop();
    }
  });
}

if (process.env['DATABASE_URL']) {
  test('two servers migrating one PostgreSQL at once apply each migration once', async () => {
    const [backend] = backends().filter((b) => b.name === 'postgres');
    const fresh = await backend!.open({migrated: false});
    const other = openPostgres(fresh.url!);
    try {
      const results = await Promise.all([migrate(fresh.db), migrate(other), migrate(openPostgresOnce(fresh.url!))]);
      assert.deepEqual(results.map((applied) => applied.length).sort(), [0, 0, (await readMigrations()).length]);
    } finally {
      await other.close();
      await fresh.drop();
    }
  });
}

/** A pool used for one migration, closed after it. */
function openPostgresOnce(url: string): Db {
  const db = openPostgres(url);
  return {...db, transaction: (body) => db.transaction(body).finally(() => db.close())};
}
