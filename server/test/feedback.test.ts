/**
 * Feedback from agents (issue 22) through the real HTTP endpoint on a real database:
 * dismissals and the suppression policy (per reason, per fingerprint, at the request's
 * instant), legal hints never suppressed, idempotent replays (concurrent too), validation,
 * notes (pages, authors, audit), erasure, the report recounted from the raw rows, injection
 * through every new argument, and a constant number of statements per card.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {seedDismissals} from '../../demo/server/kit.js';
import {bearerTokens} from '../src/auth.js';
import type {Db} from '../src/db.js';
import {eraseCustomer} from '../src/erase.js';
import {importRecords} from '../src/import.js';
import {generateCustomers} from '../src/sample.js';
import {NOW, backends, closeTemplate, reads, testServer} from './helpers.js';
import type {GraphQLAnswer, TestDb} from './helpers.js';

after(closeTemplate);

const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

const TOKENS = {
  'token-ana': {id: 'ana', roles: [], name: 'Ana Lima'},
  'token-ben': {id: 'ben', roles: ['reports'], name: 'Ben <Okafor>'},
};
const ANA = {authorization: 'Bearer token-ana'};
const BEN = {authorization: 'Bearer token-ben'};

const DISMISS = `mutation($input: DismissHintInput!) {
  dismissHint(input: $input) { id customerId hintIds reason note at suppressions { hintId fingerprint until } }
}`;
const ADD_NOTE = `mutation($input: AddNoteInput!) { addNote(input: $input) { id author at text } }`;
const HINTS = `query($id: ID!) { customer(id: $id) { hints(locale: "en") { id kind severity suppress fingerprint until evidence { label } } } }`;
const NOTES = `query($id: ID!, $first: Int, $after: String) {
  customer(id: $id) { notes(first: $first, after: $after) { totalCount edges { cursor node { id author at text } } pageInfo { hasNextPage endCursor } } }
}`;
const REPORT = `query($from: DateTime!, $to: DateTime!) {
  dismissalReport(from: $from, to: $to) { from to cardLoads dismissals rows { hintId reason count perThousandLoads } }
}`;

interface Hint {
  id: string;
  suppress: boolean | null;
  fingerprint: string | null;
  until: string | null;
}

const codeOf = (answer: GraphQLAnswer) => (answer.body.errors?.[0]?.extensions as {code?: string} | undefined)?.code;
const messageOf = (answer: GraphQLAnswer) => answer.body.errors?.[0]?.message ?? '';

for (const backend of backends()) {
  describe(`feedback on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    const customers = generateCustomers({count: 4, seed: 22, now: NOW, contacts: 5, prefix: 'fb-'});
    // The first customer has a hint of the server's own, dismissable like a catalog hint.
    customers[0]!['hints'] = [{id: 'acme-vip', kind: 'DO', severity: 3, text: {en: 'VIP'}, suppress: null, evidence: []}];
    const [c0, c1, c2, c3] = customers.map((c) => c['id'] as string) as [string, string, string, string];
    let clock = NOW;
    let server: Awaited<ReturnType<typeof testServer>>;
    let keys = 0;
    const key = () => `key-${backend.name}-${++keys}`.padEnd(12, '-');

    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
      await importRecords(db, customers);
      server = await testServer(db, {authenticate: bearerTokens(TOKENS), now: () => clock, ownHintIds: ['deploy-own']});
    });
    after(() => test_db.drop());

    const dismiss = (input: Record<string, unknown>, headers = ANA) =>
      server.post(DISMISS, {input: {idempotencyKey: key(), reason: 'ALREADY_DONE', ...input}}, headers);
    const suppressions = async (id: string, headers = BEN): Promise<Hint[]> => {
      const answer = await server.post(HINTS, {id}, headers);
      assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body.errors));
      const hints = (answer.body.data!['customer'] as {hints: Hint[]}).hints;
      return hints.filter((h) => h.suppress === true);
    };
    const count = async (sql: string, params: unknown[] = []) => (await db.query<{n: number}>(sql, params)).rows[0]!.n;

    test('ALREADY_DONE hides the hints, per fingerprint, for 30 days, for every agent; on day 31 they are back', async () => {
      clock = NOW;
      const answer = await dismiss({
        customerId: c0,
        hintIds: ['open-ticket-first', 'loyal-customer'],
        fingerprints: [{hintId: 'open-ticket-first', fingerprint: 'ticket:T-1'}],
        note: '  Thanked them already  ',
        cardVersion: '1.2.3',
      });
      assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body.errors));
      const stored = answer.body.data!['dismissHint'] as Record<string, unknown>;
      const until = at(30).toISOString();
      assert.deepEqual(stored['hintIds'], ['open-ticket-first', 'loyal-customer']);
      assert.equal(stored['note'], 'Thanked them already');
      assert.equal(stored['at'], NOW.toISOString());
      assert.deepEqual(stored['suppressions'], [
        {hintId: 'open-ticket-first', fingerprint: 'ticket:T-1', until},
        {hintId: 'loyal-customer', fingerprint: '', until},
      ]);
      // Another agent (another token) loads the card: both are suppressed, each with its fingerprint.
      const next = await suppressions(c0, BEN);
      assert.deepEqual(
        next.map((h) => [h.id, h.fingerprint, h.until]),
        [
          ['loyal-customer', '', until],
          ['open-ticket-first', 'ticket:T-1', until],
        ],
      );
      // A later hint about another ticket is not covered: the only suppression names ticket T-1.
      assert.ok(!next.some((h) => h.id === 'open-ticket-first' && h.fingerprint === 'ticket:T-2'));
      const full = (await server.post(HINTS, {id: c0}, BEN)).body.data!['customer'] as {hints: Record<string, unknown>[]};
      const row = full.hints.find((h) => h['id'] === 'loyal-customer')!;
      assert.deepEqual(
        {kind: row['kind'], severity: row['severity'], evidence: row['evidence']},
        {kind: 'DO', severity: 2, evidence: []},
      );
      // The server's own hint is still served, beside the suppressions.
      assert.ok(full.hints.some((h) => h['id'] === 'acme-vip' && h['suppress'] === null));

      clock = new Date(at(30).getTime() - 1);
      assert.equal((await suppressions(c0)).length, 2, 'the last millisecond of day 30');
      clock = at(30);
      assert.deepEqual(await suppressions(c0), [], 'day 31: back');
      // Before the dismissal (a clock behind it), nothing is hidden either.
      clock = at(-1);
      assert.deepEqual(await suppressions(c0), []);
      clock = NOW;
    });

    test('CUSTOMER_REQUEST hides for 180 days; NOT_RELEVANT, WRONG and OTHER hide nothing but are stored', async () => {
      clock = NOW;
      await dismiss({customerId: c1, hintIds: ['no-upsell'], reason: 'CUSTOMER_REQUEST'});
      for (const reason of ['NOT_RELEVANT', 'WRONG', 'OTHER']) {
        const answer = await dismiss({customerId: c1, hintIds: ['preferred-channel'], reason});
        assert.deepEqual((answer.body.data!['dismissHint'] as {suppressions: unknown[]}).suppressions, []);
      }
      assert.equal(await count(`SELECT count(*)::int AS n FROM dismissals WHERE customer_id = $1`, [c1]), 4);
      assert.deepEqual(
        (await suppressions(c1)).map((h) => [h.id, h.until]),
        [['no-upsell', at(180).toISOString()]],
      );
      clock = at(179);
      assert.equal((await suppressions(c1)).length, 1);
      clock = at(180);
      assert.deepEqual(await suppressions(c1), []);
      clock = NOW;
    });

    test('the policy is data: an UPDATE changes what stored dismissals hide', async () => {
      clock = NOW;
      await dismiss({customerId: c3, hintIds: ['preferred-name'], reason: 'OTHER'});
      assert.deepEqual(await suppressions(c3), []);
      await db.query(`UPDATE dismissal_policy SET days = 7 WHERE reason = 'OTHER'`);
      try {
        assert.deepEqual(
          (await suppressions(c3)).map((h) => [h.id, h.until]),
          [['preferred-name', at(7).toISOString()]],
        );
      } finally {
        await db.query(`UPDATE dismissal_policy SET days = 0 WHERE reason = 'OTHER'`);
      }
      assert.deepEqual(await suppressions(c3), []);
    });

    test('a legal hint dismissed is stored and reported, never suppressed', async () => {
      clock = NOW;
      const legal = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours', 'refused-recently', 'quiet-period'];
      const answer = await dismiss({customerId: c2, hintIds: [...legal, 'new-customer'], reason: 'CUSTOMER_REQUEST'});
      assert.equal(answer.body.errors, undefined);
      const stored = answer.body.data!['dismissHint'] as {id: string; suppressions: {hintId: string}[]};
      assert.deepEqual(
        stored.suppressions.map((s) => s.hintId),
        ['new-customer'],
      );
      assert.equal(await count(`SELECT count(*)::int AS n FROM dismissal_hints WHERE dismissal_id = $1`, [stored.id]), 6);
      assert.deepEqual(
        (await suppressions(c2)).map((h) => h.id),
        ['new-customer'],
      );
    });

    test('replaying a key stores nothing twice, concurrent replays included; keys are per agent', async () => {
      clock = NOW;
      const input = {customerId: c3, hintIds: ['no-transfer', 'repeat-contact'], reason: 'WRONG', idempotencyKey: 'replay-key-1'};
      const before = await count('SELECT count(*)::int AS n FROM dismissals');
      const beforeHints = await count('SELECT count(*)::int AS n FROM dismissal_hints');
      const first = await server.post(DISMISS, {input}, ANA);
      const id = (first.body.data!['dismissHint'] as {id: string}).id;
      // The card retries later: the stored one comes back, with its first instant.
      clock = at(1);
      const again = await server.post(DISMISS, {input}, ANA);
      assert.deepEqual(again.body.data, first.body.data);
      // Ten concurrent replays.
      const storm = await Promise.all(Array.from({length: 10}, () => server.post(DISMISS, {input}, ANA)));
      for (const answer of storm) assert.equal((answer.body.data!['dismissHint'] as {id: string}).id, id);
      assert.equal(await count('SELECT count(*)::int AS n FROM dismissals'), before + 1);
      assert.equal(await count('SELECT count(*)::int AS n FROM dismissal_hints'), beforeHints + 2);
      // Ten concurrent first sends of a new key: one row.
      const fresh = {...input, idempotencyKey: 'replay-key-2'};
      const race = await Promise.all(Array.from({length: 10}, () => server.post(DISMISS, {input: fresh}, ANA)));
      assert.equal(new Set(race.map((a) => (a.body.data!['dismissHint'] as {id: string}).id)).size, 1);
      assert.equal(await count('SELECT count(*)::int AS n FROM dismissals'), before + 2);
      // Another agent's same key is their own dismissal.
      const ben = await server.post(DISMISS, {input}, BEN);
      assert.notEqual((ben.body.data!['dismissHint'] as {id: string}).id, id);
      // The same key for another customer is refused, not answered with the first one.
      const other = await server.post(DISMISS, {input: {...input, customerId: c2}}, ANA);
      assert.equal(codeOf(other), 'BAD_INPUT');
      assert.match(messageOf(other), /idempotencyKey/);
      // The same key with other content (another reason, note or hint) is refused too, and says so.
      for (const changed of [{reason: 'ALREADY_DONE'}, {note: 'other words'}, {hintIds: ['no-transfer']}]) {
        const reused = await server.post(DISMISS, {input: {...input, ...changed}}, ANA);
        assert.equal(codeOf(reused), 'BAD_INPUT', JSON.stringify(changed));
        assert.match(messageOf(reused), /^idempotencyKey: was already used for another dismissal/);
        assert.equal(reused.body.data, null);
      }
      assert.equal(await count('SELECT count(*)::int AS n FROM dismissals'), before + 3);
      clock = NOW;
    });

    test('unknown customer, unknown hint, and the ids a server accepts', async () => {
      const unknownCustomer = await dismiss({customerId: 'nobody', hintIds: ['no-upsell']});
      assert.equal(codeOf(unknownCustomer), 'UNKNOWN_CUSTOMER');
      assert.equal(unknownCustomer.body.data, null);
      const unknownHint = await dismiss({customerId: c0, hintIds: ['no-upsell', 'made-up']});
      assert.equal(codeOf(unknownHint), 'UNKNOWN_HINT');
      assert.match(messageOf(unknownHint), /made-up/);
      // The customer's own server hint, and the deployment's configured ids.
      assert.equal((await dismiss({customerId: c0, hintIds: ['acme-vip']})).body.errors, undefined);
      assert.equal(codeOf(await dismiss({customerId: c1, hintIds: ['acme-vip']})), 'UNKNOWN_HINT');
      assert.equal((await dismiss({customerId: c1, hintIds: ['deploy-own'], reason: 'WRONG'})).body.errors, undefined);
      const note = await server.post(ADD_NOTE, {input: {customerId: 'nobody', text: 'hi', idempotencyKey: key()}}, ANA);
      assert.equal(codeOf(note), 'UNKNOWN_CUSTOMER');
      // A stored dismissal of a server hint the server no longer has: its replay is answered, not refused.
      const kept = {customerId: c0, hintIds: ['acme-vip'], reason: 'WRONG', idempotencyKey: 'replay-gone-hint'};
      const stored = await server.post(DISMISS, {input: kept}, ANA);
      assert.equal(stored.body.errors, undefined);
      // The hint is renamed away, then back (an import that replaced it, and one that restores it).
      await db.query(`UPDATE server_hints SET id = 'acme-vip-gone' WHERE customer_id = $1 AND id = 'acme-vip'`, [c0]);
      try {
        const replayed = await server.post(DISMISS, {input: kept}, ANA);
        assert.deepEqual(replayed.body.data, stored.body.data, JSON.stringify(replayed.body.errors));
        assert.equal(codeOf(await dismiss({customerId: c0, hintIds: ['acme-vip']})), 'UNKNOWN_HINT', 'a new key still is');
      } finally {
        await db.query(`UPDATE server_hints SET id = 'acme-vip' WHERE customer_id = $1 AND id = 'acme-vip-gone'`, [c0]);
      }
    });

    test('bad input gets BAD_INPUT naming the field, and stores nothing', async () => {
      const before = await count('SELECT count(*)::int AS n FROM dismissals');
      const cases: [Record<string, unknown>, RegExp][] = [
        [{note: 'x'.repeat(501)}, /^note: is at most 500 characters/],
        [{fingerprints: [{hintId: 'no-upsell', fingerprint: 'x'.repeat(2001)}]}, /^fingerprints: is at most 2,000/],
        [{fingerprints: [{hintId: 'loyal-customer', fingerprint: ''}]}, /^fingerprints: .*not in hintIds/],
        [{idempotencyKey: 'short'}, /^idempotencyKey: is shorter than 8/],
        [{idempotencyKey: 'k'.repeat(101)}, /^idempotencyKey: is at most 100/],
        [{hintIds: []}, /^hintIds: lists no hint/],
        [{note: 'a\u0000b'}, /^note: cannot contain/],
        [{cardVersion: 'v'.repeat(101)}, /^cardVersion:/],
      ];
      for (const [input, message] of cases) {
        const answer = await dismiss({customerId: c0, hintIds: ['no-upsell'], ...input});
        assert.equal(codeOf(answer), 'BAD_INPUT', JSON.stringify(input).slice(0, 80));
        assert.match(messageOf(answer), message);
      }
      // 500 characters (astral ones count as one) are fine.
      assert.equal(
        (await dismiss({customerId: c0, hintIds: ['no-upsell'], note: '😀'.repeat(500), reason: 'WRONG'})).body.errors,
        undefined,
      );
      assert.equal(await count('SELECT count(*)::int AS n FROM dismissals'), before + 1);

      const notes = await count('SELECT count(*)::int AS n FROM notes');
      const long = await server.post(ADD_NOTE, {input: {customerId: c0, text: 'y'.repeat(2001), idempotencyKey: key()}}, ANA);
      assert.equal(codeOf(long), 'BAD_INPUT');
      assert.match(messageOf(long), /Notes are at most 2,000 characters/);
      const blank = await server.post(ADD_NOTE, {input: {customerId: c0, text: ' \n\t ', idempotencyKey: key()}}, ANA);
      assert.equal(codeOf(blank), 'BAD_INPUT');
      assert.match(messageOf(blank), /^text: is empty/);
      assert.equal(await count('SELECT count(*)::int AS n FROM notes'), notes);
    });

    test('notes: newest first in pages, the author as authentication names them, every agent sees them, audited', async () => {
      await db.query('DELETE FROM audit_reads');
      const texts: string[] = [];
      for (let i = 0; i < 7; i++) {
        clock = at(i / 24);
        const text = `Note ${i}: prefers <b>email</b> & "no" calls`;
        texts.push(text);
        const answer = await server.post(
          ADD_NOTE,
          {input: {customerId: c1, text: `  ${text}\n`, idempotencyKey: `note-key-${i}`}},
          i % 2 ? BEN : ANA,
        );
        assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body.errors));
        assert.deepEqual(answer.body.data!['addNote'], {
          id: (answer.body.data!['addNote'] as {id: string}).id,
          author: i % 2 ? 'Ben <Okafor>' : 'Ana Lima',
          at: clock.toISOString(),
          text,
        });
      }
      // A replay answers the stored note; the same key with another text says the key was reused.
      const replay = await server.post(
        ADD_NOTE,
        {input: {customerId: c1, text: ` ${texts[0]} `, idempotencyKey: 'note-key-0'}},
        ANA,
      );
      assert.equal((replay.body.data!['addNote'] as {text: string}).text, texts[0]);
      const reused = await server.post(ADD_NOTE, {input: {customerId: c1, text: 'changed', idempotencyKey: 'note-key-0'}}, ANA);
      assert.equal(codeOf(reused), 'BAD_INPUT');
      assert.match(messageOf(reused), /^idempotencyKey: was already used for another note/);
      assert.equal(reused.body.data, null);
      assert.equal(await count('SELECT count(*)::int AS n FROM notes WHERE customer_id = $1', [c1]), 7);

      type Page = {
        totalCount: number;
        edges: {cursor: string; node: {text: string; author: string}}[];
        pageInfo: {hasNextPage: boolean; endCursor: string | null};
      };
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 5; pages++) {
        const answer = await server.post(NOTES, {id: c1, first: 3, after}, pages % 2 ? ANA : BEN);
        const page = (answer.body.data!['customer'] as {notes: Page}).notes;
        assert.equal(page.totalCount, 7);
        seen.push(...page.edges.map((e) => e.node.text));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      assert.deepEqual(seen, [...texts].reverse());
      // The default page is 5; another customer has none.
      const defaults = await server.post(NOTES, {id: c1}, BEN);
      assert.equal((defaults.body.data!['customer'] as {notes: Page}).notes.edges.length, 5);
      const none = await server.post(NOTES, {id: c2}, BEN);
      assert.deepEqual((none.body.data!['customer'] as {notes: Page}).notes, {
        totalCount: 0,
        edges: [],
        pageInfo: {hasNextPage: false, endCursor: null},
      });
      // A cursor this list did not give is refused.
      const contactCursor = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', 'k-1'])).toString('base64url');
      const bad = await server.post(NOTES, {id: c1, first: 3, after: contactCursor}, BEN);
      assert.equal(codeOf(bad), 'BAD_INPUT');

      // The audit: who added, who read; never the text.
      const audit = (
        await db.query<{agent: string; customer_id: string; lookup: string; row: string}>(
          `SELECT agent, customer_id, lookup, row_to_json(a)::text AS row FROM audit_reads a WHERE lookup IN ('note-added', 'notes-read') ORDER BY id`,
        )
      ).rows;
      const added = audit.filter((r) => r.lookup === 'note-added');
      assert.deepEqual(
        added.map((r) => [r.agent, r.customer_id]),
        texts.map((_, i) => [i % 2 ? 'ben' : 'ana', c1]),
        'one row per note added, none for the replay',
      );
      const read = audit.filter((r) => r.lookup === 'notes-read');
      assert.deepEqual(
        read.map((r) => [r.agent, r.customer_id]),
        [
          ['ben', c1],
          ['ana', c1],
          ['ben', c1],
          ['ben', c1],
          ['ben', c2],
        ],
      );
      for (const row of audit) assert.ok(!row.row.includes('Note') && !row.row.includes('email'), row.row);
      clock = NOW;
    });

    test('erasing a customer erases their notes and dismissals, and nobody else’s', async () => {
      clock = NOW;
      await dismiss({customerId: c3, hintIds: ['preferred-name'], reason: 'WRONG'});
      await server.post(ADD_NOTE, {input: {customerId: c3, text: 'to be erased', idempotencyKey: key()}}, ANA);
      const others = {
        notes: await count('SELECT count(*)::int AS n FROM notes WHERE customer_id <> $1', [c3]),
        dismissals: await count('SELECT count(*)::int AS n FROM dismissals WHERE customer_id <> $1', [c3]),
        hints: await count('SELECT count(*)::int AS n FROM dismissal_hints WHERE customer_id <> $1', [c3]),
      };
      const mine = {
        notes: await count('SELECT count(*)::int AS n FROM notes WHERE customer_id = $1', [c3]),
        dismissals: await count('SELECT count(*)::int AS n FROM dismissals WHERE customer_id = $1', [c3]),
      };
      assert.ok(mine.notes >= 1 && mine.dismissals >= 1);
      const erased = await eraseCustomer(db, c3);
      assert.equal(erased.notes, mine.notes);
      assert.equal(erased.dismissals, mine.dismissals);
      for (const table of ['notes', 'dismissals', 'dismissal_hints'])
        assert.equal(await count(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1`, [c3]), 0, table);
      assert.deepEqual(
        {
          notes: await count('SELECT count(*)::int AS n FROM notes'),
          dismissals: await count('SELECT count(*)::int AS n FROM dismissals'),
          hints: await count('SELECT count(*)::int AS n FROM dismissal_hints'),
        },
        others,
      );
      // An import that replaces a customer keeps what agents left on them.
      const kept = await count('SELECT count(*)::int AS n FROM notes WHERE customer_id = $1', [c1]);
      await importRecords(db, [customers[1]!]);
      assert.equal(await count('SELECT count(*)::int AS n FROM notes WHERE customer_id = $1', [c1]), kept);
    });

    test('the report: per hint × reason per 1,000 card loads over [from, to), recounted from the raw rows', async () => {
      const from = at(-10);
      const to = at(400);
      // Card loads in the period are the audit rows of customer reads, not of notes.
      await db.query('DELETE FROM audit_reads');
      await db.query(
        `INSERT INTO audit_reads (at, agent, customer_id, lookup)
         SELECT $1::timestamptz + make_interval(secs => g * 3600), 'ana', 'x', (ARRAY['id', 'email', 'phone', 'email+phone', 'notes-read', 'note-added'])[1 + g % 6]
         FROM generate_series(0, 599) AS g`,
        [at(-12).toISOString()],
      );
      // A dismissal outside the period.
      clock = at(500);
      await dismiss({customerId: c0, hintIds: ['no-upsell'], reason: 'OTHER'});
      clock = NOW;
      const answer = await server.post(REPORT, {from: from.toISOString(), to: to.toISOString()}, BEN);
      assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body.errors));
      const report = answer.body.data!['dismissalReport'] as {
        cardLoads: number;
        dismissals: number;
        rows: {hintId: string; reason: string; count: number; perThousandLoads: number}[];
      };
      // The recount, in JavaScript from every raw row.
      const audit = (await db.query<{at: string; lookup: string}>(`SELECT c360_iso(at) AS at, lookup FROM audit_reads`)).rows;
      const inPeriod = (iso: string) => Date.parse(iso) >= from.getTime() && Date.parse(iso) < to.getTime();
      const loads = audit.filter((r) => inPeriod(r.at) && ['id', 'email', 'phone', 'email+phone'].includes(r.lookup)).length;
      const raw = (
        await db.query<{at: string; reason: string; hints: string[]}>(
          `SELECT c360_iso(d.at) AS at, d.reason, ARRAY(SELECT h.hint_id FROM dismissal_hints h WHERE h.dismissal_id = d.id) AS hints FROM dismissals d`,
        )
      ).rows.filter((r) => inPeriod(r.at));
      const counts = new Map<string, number>();
      for (const r of raw)
        for (const hint of r.hints) counts.set(`${hint}|${r.reason}`, (counts.get(`${hint}|${r.reason}`) ?? 0) + 1);
      assert.ok(loads > 0 && raw.length > 5);
      assert.equal(report.cardLoads, loads);
      assert.equal(report.dismissals, raw.length);
      assert.deepEqual(
        Object.fromEntries(report.rows.map((r) => [`${r.hintId}|${r.reason}`, [r.count, r.perThousandLoads]])),
        Object.fromEntries([...counts].map(([k, n]) => [k, [n, (n * 1000) / loads]])),
      );
      // Most dismissed first.
      assert.deepEqual(
        report.rows.map((r) => r.count),
        [...report.rows.map((r) => r.count)].sort((a, b) => b - a),
      );
      // No loads: zero per thousand, not a division by zero.
      const empty = await server.post(REPORT, {from: at(450).toISOString(), to: at(600).toISOString()}, BEN);
      const quiet = empty.body.data!['dismissalReport'] as {cardLoads: number; rows: {perThousandLoads: number}[]};
      assert.equal(quiet.cardLoads, 0);
      assert.deepEqual(
        quiet.rows.map((r) => r.perThousandLoads),
        [0],
      );
    });

    test('the report needs the reports role (everyone in demo mode); bad periods are BAD_INPUT', async () => {
      const period = {from: at(-1).toISOString(), to: at(1).toISOString()};
      const ana = await server.post(REPORT, period, ANA);
      assert.equal(codeOf(ana), 'FORBIDDEN');
      assert.equal(ana.body.data, null);
      const demo = await testServer(db, {now: () => NOW});
      assert.equal((await demo.post(REPORT, period)).body.errors, undefined);
      for (const [from, to] of [
        [period.to, period.from],
        [period.from, period.from],
        ['yesterday', period.to],
        [period.from, '2026-13-45T00:00:00Z'],
      ]) {
        const answer = await server.post(REPORT, {from, to}, BEN);
        assert.equal(codeOf(answer), 'BAD_INPUT', `${from} ${to}`);
      }
    });

    test('injection through every new argument reaches SQL only as a parameter', async () => {
      const payloads = [
        `' OR '1'='1`,
        `x'; DROP TABLE notes; --`,
        `$1) OR true --`,
        `\\'); DELETE FROM dismissals; --`,
        `" OR ""="`,
      ];
      for (const payload of payloads) {
        server.statements.length = 0;
        const notes = await count('SELECT count(*)::int AS n FROM notes');
        // As ids: unknown, never an SQL error.
        assert.equal(codeOf(await dismiss({customerId: payload, hintIds: ['no-upsell']})), 'UNKNOWN_CUSTOMER');
        assert.equal(codeOf(await dismiss({customerId: c0, hintIds: [payload]})), 'UNKNOWN_HINT');
        assert.equal(
          codeOf(await server.post(ADD_NOTE, {input: {customerId: payload, text: 'x', idempotencyKey: key()}}, ANA)),
          'UNKNOWN_CUSTOMER',
        );
        // As text: stored exactly as written.
        const stored = await dismiss({
          customerId: c0,
          hintIds: ['no-upsell'],
          reason: 'WRONG',
          note: payload,
          cardVersion: payload,
          fingerprints: [{hintId: 'no-upsell', fingerprint: payload}],
          idempotencyKey: `${payload}-${key()}`,
        });
        assert.equal(stored.body.errors, undefined, JSON.stringify(stored.body.errors));
        assert.equal((stored.body.data!['dismissHint'] as {note: string}).note, payload.trim());
        const note = await server.post(
          ADD_NOTE,
          {input: {customerId: c0, text: payload, idempotencyKey: `${payload}-${key()}`}},
          ANA,
        );
        assert.equal((note.body.data!['addNote'] as {text: string}).text, payload);
        assert.equal(await count('SELECT count(*)::int AS n FROM notes'), notes + 1);
        // As a cursor and as instants: refused with BAD_INPUT.
        assert.equal(codeOf(await server.post(NOTES, {id: c0, first: 2, after: payload}, BEN)), 'BAD_INPUT');
        assert.equal(codeOf(await server.post(REPORT, {from: payload, to: payload}, BEN)), 'BAD_INPUT');
        for (const statement of server.statements)
          assert.ok(!statement.text.includes(payload), `payload in SQL text: ${statement.text}`);
      }
      for (const table of ['notes', 'dismissals', 'dismissal_hints', 'customers'])
        assert.ok((await count(`SELECT count(*)::int AS n FROM ${table}`)) > 0, table);
    });

    test('the demo seeds only dismissals that hide nothing, so no persona changes whatever its clock', async () => {
      const seeds = seedDismissals();
      assert.ok(seeds.length >= 5);
      const {rows} = await db.query<{reason: string; days: number}>('SELECT reason, days FROM dismissal_policy');
      const days = new Map(rows.map((r) => [r.reason, r.days]));
      for (const seed of seeds) assert.equal(days.get(seed.reason), 0, `${seed.customerId} ${seed.reason}`);
    });

    test('suppressions cost one statement per page of customers, whatever their number', async () => {
      const card = (ids: string[]) =>
        `query { ${ids.map((id, i) => `c${i}: customer(id: ${JSON.stringify(id)}) { hints(locale: "en") { id suppress } }`).join(' ')} }`;
      server.statements.length = 0;
      await server.post(card([c0]), {}, BEN);
      const one = reads(server.statements).length;
      server.statements.length = 0;
      const answer = await server.post(card([c0, c1, c2]), {}, BEN);
      assert.equal(answer.body.errors, undefined);
      assert.equal(reads(server.statements).length, one);
      assert.equal(server.statements.filter((s) => s.text.includes('FROM dismissal_hints h')).length, 1);
    });
  });
}
