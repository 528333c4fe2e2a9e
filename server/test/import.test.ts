/**
 * Import: JSON and CSV exports in one transaction; a bad row is named by file, row and field
 * and nothing is written; the command line says the same and exits non-zero.
 */
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, beforeEach, describe, test} from 'node:test';
import {promisify} from 'node:util';
import type {Db} from '../src/db.js';
import {ImportError, importCustomers, importRecords, parseCsv} from '../src/import.js';
import {generateCustomers} from '../src/sample.js';
import {NOW, backends, closeTemplate, testServer} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

const CUSTOMERS_CSV = `id,displayName,salutation,emails,phones,doNotCall,customerSince
c-1,"Dupin, Jean-Baptiste",,JB.Dupin@Example.fr;jb@work.example,+33612345678,false,2011-05-02
c-2,Awa Diallo,Madame,awa@example.com,,true,
`;
const CONTACTS_CSV = `customerId,id,at,channel,direction,purpose,outcome,transfers,sentiment,ticketId,summary
c-1,k-1,2026-11-30T09:00:00Z,PHONE,INBOUND,CANCELLATION,ANSWERED,0,,T-1,"Said ""cancel"", twice"
c-1,k-2,2026-11-29T09:00:00Z,EMAIL,OUTBOUND,SALES,REFUSED,0,NEGATIVE,,
c-2,k-3,2026-11-28T09:00:00Z,SMS,OUTBOUND,SALES,NO_ANSWER,0,,,
`;
const TICKETS_CSV = `customerId,id,subject,status,priority,category,openedAt,confidential
c-1,T-1,Cancellation request,OPEN,HIGH,CANCELLATION,2026-11-30T09:00:00Z,false
`;

async function count(db: Db, table: string): Promise<number> {
  return (await db.query<{n: number}>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
}

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => assert.fail('the import should have been refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ImportError, String(error));
  return error.problems.map((p) => `${p.file}, row ${p.row}, field ${p.field}`);
}

test('CSV fields with commas, quotes and line breaks', () => {
  assert.deepEqual(parseCsv('a,"b,c","d ""e""","f\ng"\r\n1,2,3,4\n'), [
    ['a', 'b,c', 'd "e"', 'f\ng'],
    ['1', '2', '3', '4'],
  ]);
});

test('the sample export is the same for the same seed, and another for another', () => {
  const one = JSON.stringify(generateCustomers({count: 50, seed: 1, now: NOW}));
  assert.equal(JSON.stringify(generateCustomers({count: 50, seed: 1, now: NOW})), one);
  assert.notEqual(JSON.stringify(generateCustomers({count: 50, seed: 2, now: NOW})), one);
});

for (const backend of backends()) {
  describe(`import on ${backend.name}`, () => {
    let test_db: TestDb;
    let db: Db;
    let dir: string;
    before(async () => {
      test_db = await backend.open();
      db = test_db.db;
    });
    after(() => test_db.drop());
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'c360-import-'));
      await db.query('DELETE FROM customers');
    });

    test('a CSV export is imported, and the card reads it', async () => {
      await writeFile(join(dir, 'customers.csv'), CUSTOMERS_CSV);
      await writeFile(join(dir, 'contacts.csv'), CONTACTS_CSV);
      await writeFile(join(dir, 'tickets.csv'), TICKETS_CSV);
      const summary = await importCustomers(db, dir);
      assert.deepEqual(summary, {customers: 2, contacts: 3, tickets: 1, files: ['contacts.csv', 'customers.csv', 'tickets.csv']});
      const {post} = await testServer(db);
      const answer = await post(
        `{ customer(id: "c-1") { displayName emails phones customerSince salutation tickets { id contactCount } contacts { totalCount edges { node { id summary } } }
           contactSummary(days: 30) { lastRefusal { id } } } }`,
      );
      assert.deepEqual(answer.body.data, {
        customer: {
          displayName: 'Dupin, Jean-Baptiste',
          emails: ['jb.dupin@example.fr', 'jb@work.example'],
          phones: ['+33612345678'],
          customerSince: '2011-05-02',
          salutation: null,
          tickets: [{id: 'T-1', contactCount: 1}],
          contacts: {
            totalCount: 2,
            edges: [{node: {id: 'k-1', summary: 'Said "cancel", twice'}}, {node: {id: 'k-2', summary: null}}],
          },
          contactSummary: {lastRefusal: {id: 'k-2'}},
        },
      });
    });

    test('a bad CSV row is named by file, row and field, and nothing is imported', async () => {
      await writeFile(join(dir, 'customers.csv'), CUSTOMERS_CSV);
      await writeFile(
        join(dir, 'contacts.csv'),
        CONTACTS_CSV.replace('2026-11-29T09:00:00Z', '29/11/2026').replace('c-2,k-3', 'c-9,k-3'),
      );
      assert.deepEqual(await problemsOf(importCustomers(db, dir)), [
        'contacts.csv, row 2, field at',
        'contacts.csv, row 3, field customerId',
      ]);
      assert.equal(await count(db, 'customers'), 0);
      assert.equal(await count(db, 'contacts'), 0);
    });

    test('a bad JSON customer is named by file, customer and field path, and nothing is imported', async () => {
      const customers = generateCustomers({count: 5, seed: 4, now: NOW, contacts: 3});
      (customers[3]!['contacts'] as Record<string, unknown>[])[2]!['outcome'] = 'HUNG_UP';
      (customers[1]!['phones'] as string[])[0] = '06 12 34 56 78';
      customers[4]!['hints'] = [{id: 'x', kind: 'DO', severity: 3, text: 'Be nice'}];
      await writeFile(join(dir, 'export.json'), JSON.stringify(customers));
      assert.deepEqual(await problemsOf(importCustomers(db, join(dir, 'export.json'))), [
        'export.json, row 2, field phones[0].phone',
        'export.json, row 4, field contacts[2].outcome',
        'export.json, row 5, field hints[0].text',
      ]);
      assert.equal(await count(db, 'customers'), 0);
    });

    test('a failure while writing rolls the whole import back', async () => {
      let inserts = 0;
      const failing: Db = {
        ...db,
        transaction: (body) =>
          db.transaction((tx) =>
            body({
              ...tx,
              query: (text, params) =>
                /^INSERT INTO contacts/.test(text) && ++inserts ? Promise.reject(new Error('disk full')) : tx.query(text, params),
            }),
          ),
      };
      await assert.rejects(importRecords(failing, generateCustomers({count: 10, seed: 5, now: NOW, contacts: 2})), /disk full/);
      assert.equal(inserts, 1);
      assert.equal(await count(db, 'customers'), 0);
      assert.equal(await count(db, 'customer_emails'), 0);
    });

    test("server hints are imported with their texts per language, and answered in the agent's", async () => {
      const [customer] = generateCustomers({count: 1, seed: 8, now: NOW, contacts: 1});
      customer!['hints'] = [
        {
          id: 'acme-vip',
          kind: 'DO',
          severity: 2,
          text: {en: 'Offer the VIP line', fr: 'Proposez la ligne VIP'},
          promotional: true,
          evidence: [{label: {en: 'Spend', fr: 'Dépenses'}, value: {en: '€1,200 a year', fr: '1 200 € par an'}}],
        },
        {id: 'no-upsell', kind: 'DONT', severity: 1, suppress: true},
      ];
      await importRecords(db, [customer!]);
      const {post} = await testServer(db);
      const hints = async (locale: string | null) =>
        (
          (
            await post(
              'query($id: ID!, $locale: String) { customer(id: $id) { hints(locale: $locale) { id kind severity text suppress promotional evidence { label value } } } }',
              {
                id: customer!['id'],
                locale,
              },
            )
          ).body.data!['customer'] as {hints: unknown[]}
        ).hints;
      assert.deepEqual(await hints('fr-CA'), [
        {
          id: 'acme-vip',
          kind: 'DO',
          severity: 2,
          text: 'Proposez la ligne VIP',
          suppress: null,
          promotional: true,
          evidence: [{label: 'Dépenses', value: '1 200 € par an'}],
        },
        {id: 'no-upsell', kind: 'DONT', severity: 1, text: null, suppress: true, promotional: null, evidence: []},
      ]);
      for (const locale of ['de-DE', null, "en' OR 1=1"]) {
        assert.deepEqual((await hints(locale))[0], {
          id: 'acme-vip',
          kind: 'DO',
          severity: 2,
          text: 'Offer the VIP line',
          suppress: null,
          promotional: true,
          evidence: [{label: 'Spend', value: '€1,200 a year'}],
        });
      }
    });

    test('re-importing an export replaces its customers instead of doubling them', async () => {
      const customers = generateCustomers({count: 5, seed: 6, now: NOW, contacts: 4});
      await importRecords(db, customers);
      await importRecords(db, customers);
      assert.equal(await count(db, 'customers'), 5);
      assert.equal(await count(db, 'contacts'), 20);
    });
  });
}

test('the command line names the bad row and exits non-zero', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'c360-cli-'));
  try {
    await writeFile(join(dir, 'customers.csv'), CUSTOMERS_CSV.replace('2011-05-02', '2011-02-30'));
    const bin = new URL('../bin/customer-360-server.mjs', import.meta.url).pathname;
    const run = promisify(execFile)(process.execPath, [bin, 'import', dir], {
      env: {...process.env, DATABASE_URL: '', CUSTOMER360_DATA_DIR: join(dir, 'db')},
    });
    const failure = await run.then(
      () => assert.fail('the import should fail'),
      (e: {code: number; stderr: string}) => e,
    );
    assert.equal(failure.code, 1);
    assert.match(
      failure.stderr,
      /Nothing imported: 1 problem\n {2}customers\.csv, row 1, field customerSince: must be a date YYYY-MM-DD, not "2011-02-30"/,
    );
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
