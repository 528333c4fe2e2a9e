/**
 * Import: JSON and CSV exports in one transaction; a bad row is named by file, row and field
 * and nothing is written; the command line says the same and exits non-zero.
 */
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, beforeEach, describe, test} from 'node:test';
import {promisify} from 'node:util';
import type {Db} from '../src/db.js';
import {ImportError, importCustomers, importRecords, parseCsv, readExport, rebaseShift, shiftDate} from '../src/import.js';
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

const PREFERRED_HOURS_CSV = `customerId,days,from,to
c-1,MONDAY;TUESDAY,18:00,20:00
c-1,SATURDAY,10:00,12:00
`;
const QUIET_PERIODS_CSV = `customerId,reason,since,until
c-2,Bereavement,2026-11-25T00:00:00Z,2026-12-25T00:00:00Z
`;
const SERVER_HINTS_CSV = `customerId,id,kind,severity,text.en,text.fr,suppress,promotional
c-1,acme-vip,DO,2,Offer the VIP line,Proposez la ligne VIP,,true
c-1,no-upsell,DONT,1,,,true,
`;
const EVIDENCE_CSV = `customerId,hintId,label.en,label.fr,value.en,value.fr
c-1,acme-vip,Spend,Dépenses,"€1,200 a year",1 200 € par an
c-1,acme-vip,Segment,Segment,Gold,Or
`;

/** A directory holding `files` (name → text), for the synchronous reader. */
function exportDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'c360-export-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function readProblems(body: () => unknown): string[] {
  try {
    body();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error.problems.map((p) => `${p.file}, row ${p.row}, field ${p.field}`);
  }
  return assert.fail('the export should have been refused');
}

describe('rebasing an export to another instant', () => {
  const asOf = new Date('2026-11-23T10:30:00Z'); // a Monday
  const DAY = 86_400_000;

  test('exact: instants move by the difference; by day or week: rounded down, keeping the time of day or the weekday', () => {
    const target = new Date('2027-03-04T08:15:00Z'); // a Thursday
    assert.equal(rebaseShift(asOf, target, 'exact').ms, target.getTime() - asOf.getTime());
    const byDay = new Date(asOf.getTime() + rebaseShift(asOf, target, 'day').ms);
    assert.equal(byDay.toISOString(), '2027-03-03T10:30:00.000Z');
    const byWeek = new Date(asOf.getTime() + rebaseShift(asOf, target, 'week').ms);
    assert.equal(byWeek.toISOString(), '2027-03-01T10:30:00.000Z');
    // Never past the target: what was before asOf stays before the target.
    for (const step of ['exact', 'day', 'week'] as const) {
      const {ms} = rebaseShift(asOf, target, step);
      assert.ok(asOf.getTime() + ms <= target.getTime(), step);
      assert.ok(asOf.getTime() + ms > target.getTime() - (step === 'week' ? 7 : 1) * DAY, step);
    }
    // Backwards in time as well.
    assert.equal(new Date(asOf.getTime() + rebaseShift(asOf, new Date('2025-01-01T00:00:00Z'), 'week').ms).getUTCDay(), 1);
  });

  test('dates keep their distance in whole years, then days: anniversaries stay anniversaries', () => {
    const to = (iso: string) => rebaseShift(asOf, new Date(iso));
    // 15 years before asOf → 15 years before the target, across 29 Februaries.
    assert.equal(shiftDate('2011-11-23', to('2027-07-04T19:45:00Z')), '2012-07-04');
    assert.equal(shiftDate('2011-11-23', to('2028-02-29T06:00:00Z')), '2013-03-01');
    // 21 days before, and 8 years and 45 days before.
    assert.equal(shiftDate('2026-11-02', to('2027-03-01T08:00:00Z')), '2027-02-08');
    assert.equal(shiftDate('2018-10-09', to('2027-07-04T19:45:00Z')), '2019-05-20');
    // A date after asOf moves the same way; no shift leaves it as it is.
    assert.equal(shiftDate('2027-11-23', to('2030-01-05T22:10:00Z')), '2031-01-05');
    assert.equal(shiftDate('2020-02-29', to('2026-11-23T23:59:00Z')), '2020-02-29');
  });

  test('asOf per file or per customer; rows of other files follow their customer', () => {
    const dir = exportDir({
      'export.json': JSON.stringify({
        asOf: '2026-11-23T10:30:00Z',
        customers: [
          {
            id: 'a',
            displayName: 'A',
            customerSince: '2020-01-01',
            contacts: [
              {
                id: 'k1',
                at: '2026-11-22T10:30:00Z',
                channel: 'PHONE',
                direction: 'INBOUND',
                purpose: 'SUPPORT',
                outcome: 'ANSWERED',
              },
            ],
          },
          {
            id: 'w',
            displayName: 'W',
            asOf: '2026-11-22T23:00:00Z',
            rebaseBy: 'week',
            quietPeriod: {reason: 'Moving', since: '2026-11-20T00:00:00Z', until: null},
          },
        ],
      }),
      'contacts.csv':
        'customerId,id,at,channel,direction,purpose,outcome\nw,k2,2026-11-20T18:00:00Z,PHONE,OUTBOUND,SALES,NO_ANSWER\n',
    });
    const target = new Date('2026-12-03T10:30:00Z'); // 10 days later: a customer by weeks moves 7
    const [a, w] = readExport(dir, {rebaseTo: target});
    assert.equal(a!['customerSince'], '2020-01-11');
    assert.deepEqual(
      (a!['contacts'] as {at: string}[]).map((c) => c.at),
      ['2026-12-02T10:30:00.000Z'],
    );
    assert.deepEqual(w!['quietPeriod'], {reason: 'Moving', since: '2026-11-27T00:00:00.000Z', until: null});
    assert.deepEqual(
      (w!['contacts'] as {at: string}[]).map((c) => c.at),
      ['2026-11-27T18:00:00.000Z'],
    );
    // Without a target, the data as written.
    assert.equal(readExport(dir)[0]!['customerSince'], '2020-01-01');
  });

  test('a customer without asOf cannot be rebased, and a bad asOf or step is named', () => {
    const customers = (extra: Record<string, unknown>) =>
      exportDir({
        'customers.csv': 'id,displayName,asOf,rebaseBy\nc-1,One,2026-11-23T10:30:00Z,\nc-2,Two,,\n',
        'more.json': JSON.stringify({customers: [{id: 'c-3', displayName: 'Three', ...extra}]}),
      });
    assert.deepEqual(
      readProblems(() => readExport(customers({}), {rebaseTo: new Date()})),
      ['customers.csv, row 2, field asOf', 'more.json, row 1, field asOf'],
    );
    // Read as written, an export needs no asOf; a wrong one is still wrong.
    assert.equal(readExport(customers({})).length, 3);
    assert.deepEqual(
      readProblems(() => readExport(customers({asOf: '23/11/2026', rebaseBy: 'month'}))),
      ['more.json, row 1, field asOf', 'more.json, row 1, field rebaseBy'],
    );
    // A file's own asOf is named once, at its row 0, not at each of its customers.
    const file = exportDir({
      'export.json': JSON.stringify({
        asOf: '2026-11-23',
        customers: [
          {id: 'a', displayName: 'A'},
          {id: 'b', displayName: 'B'},
        ],
      }),
    });
    assert.deepEqual(
      readProblems(() => readExport(file, {rebaseTo: new Date()})),
      ['export.json, row 0, field asOf'],
    );
  });
});

test('CSV: preferred hours, quiet periods, server hints and their evidence, read like their JSON', () => {
  const dir = exportDir({
    'customers.csv': CUSTOMERS_CSV,
    'preferred_hours.csv': PREFERRED_HOURS_CSV,
    'quiet_periods.csv': QUIET_PERIODS_CSV,
    'server_hints.csv': SERVER_HINTS_CSV,
    'server_hint_evidence.csv': EVIDENCE_CSV,
  });
  const [one, two] = readExport(dir);
  assert.deepEqual(one!['preferredHours'], [
    {days: ['MONDAY', 'TUESDAY'], from: '18:00', to: '20:00'},
    {days: ['SATURDAY'], from: '10:00', to: '12:00'},
  ]);
  assert.deepEqual(two!['quietPeriod'], {reason: 'Bereavement', since: '2026-11-25T00:00:00Z', until: '2026-12-25T00:00:00Z'});
  assert.deepEqual(one!['hints'], [
    {
      id: 'acme-vip',
      kind: 'DO',
      severity: 2,
      text: {en: 'Offer the VIP line', fr: 'Proposez la ligne VIP'},
      suppress: null,
      promotional: true,
      evidence: [
        {label: {en: 'Spend', fr: 'Dépenses'}, value: {en: '€1,200 a year', fr: '1 200 € par an'}},
        {label: {en: 'Segment', fr: 'Segment'}, value: {en: 'Gold', fr: 'Or'}},
      ],
    },
    {id: 'no-upsell', kind: 'DONT', severity: 1, text: null, suppress: true, promotional: null, evidence: []},
  ]);
});

test('CSV: a bad row of the new files is named by file, row and field', () => {
  const dir = exportDir({
    'customers.csv': CUSTOMERS_CSV,
    'preferred_hours.csv': PREFERRED_HOURS_CSV.replace('SATURDAY', 'SAMEDI'),
    'quiet_periods.csv': QUIET_PERIODS_CSV + 'c-2,Moving,,\n',
    'server_hints.csv': SERVER_HINTS_CSV.replace('DONT,1', 'DONT,9'),
    'server_hint_evidence.csv': EVIDENCE_CSV + 'c-1,acme-gold,Spend,,A lot,\nc-1,acme-vip,,,Gold,\n',
  });
  assert.deepEqual(
    readProblems(() => readExport(dir)),
    [
      'server_hint_evidence.csv, row 4, field label',
      'preferred_hours.csv, row 2, field days',
      'quiet_periods.csv, row 2, field reason',
      'server_hints.csv, row 2, field severity',
      'server_hint_evidence.csv, row 3, field hintId',
    ],
  );
  const columns = exportDir({'customers.csv': CUSTOMERS_CSV, 'server_hints.csv': 'customerId,id,kind,severity,text,evidence\n'});
  assert.deepEqual(
    readProblems(() => readExport(columns)),
    ['server_hints.csv, row 0, field text', 'server_hints.csv, row 0, field evidence'],
  );
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

    test('a CSV export with every table, rebased to another instant, is what the card reads', async () => {
      await writeFile(
        join(dir, 'customers.csv'),
        `id,displayName,salutation,asOf,emails,phones,doNotCall,customerSince
c-1,"Dupin, Jean-Baptiste",,2026-11-30T10:00:00Z,jb.dupin@example.fr,,false,2011-05-02
c-2,Awa Diallo,Madame,2026-11-30T10:00:00Z,awa@example.com,,true,
`,
      );
      await writeFile(join(dir, 'contacts.csv'), CONTACTS_CSV);
      await writeFile(join(dir, 'preferred_hours.csv'), PREFERRED_HOURS_CSV);
      await writeFile(join(dir, 'quiet_periods.csv'), QUIET_PERIODS_CSV);
      await writeFile(join(dir, 'server_hints.csv'), SERVER_HINTS_CSV);
      await writeFile(join(dir, 'server_hint_evidence.csv'), EVIDENCE_CSV);
      // Two days and an hour later than the export's asOf.
      await importCustomers(db, dir, {rebaseTo: new Date('2026-12-02T11:00:00Z')});
      const {post} = await testServer(db);
      const answer = await post(
        `{ one: customer(id: "c-1") { customerSince preferredHours { days from to } contacts { edges { node { id at } } }
             hints(locale: "fr") { id text evidence { label value } } }
           two: customer(id: "c-2") { quietPeriod { reason since until } } }`,
      );
      assert.deepEqual(answer.body.data, {
        one: {
          customerSince: '2011-05-04',
          preferredHours: [
            {days: ['MONDAY', 'TUESDAY'], from: '18:00', to: '20:00'},
            {days: ['SATURDAY'], from: '10:00', to: '12:00'},
          ],
          contacts: {
            edges: [{node: {id: 'k-1', at: '2026-12-02T10:00:00.000Z'}}, {node: {id: 'k-2', at: '2026-12-01T10:00:00.000Z'}}],
          },
          hints: [
            {
              id: 'acme-vip',
              text: 'Proposez la ligne VIP',
              evidence: [
                {label: 'Dépenses', value: '1 200 € par an'},
                {label: 'Segment', value: 'Or'},
              ],
            },
            {id: 'no-upsell', text: null, evidence: []},
          ],
        },
        two: {quietPeriod: {reason: 'Bereavement', since: '2026-11-27T01:00:00.000Z', until: '2026-12-27T01:00:00.000Z'}},
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

    test("an import inside the caller's transaction is kept with it, or rolled back with it", async () => {
      const customers = generateCustomers({count: 3, seed: 6, now: NOW, contacts: 4, prefix: 'tx-'});
      await assert.rejects(
        db.transaction(async (tx) => {
          await importRecords(tx, customers);
          throw new Error('the caller changed its mind');
        }),
        /changed its mind/,
      );
      assert.equal((await db.query<{n: number}>(`SELECT count(*)::int AS n FROM customers WHERE id LIKE 'tx-%'`)).rows[0]!.n, 0);
      const summary = await db.transaction((tx) => importRecords(tx, customers));
      assert.deepEqual([summary.customers, summary.contacts], [3, 12]);
      assert.equal(
        (await db.query<{n: number}>(`SELECT count(*)::int AS n FROM contacts WHERE customer_id LIKE 'tx-%'`)).rows[0]!.n,
        12,
      );
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

test('the command line rebases with --as-of, and refuses a clock without a zone', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'c360-cli-'));
  try {
    await writeFile(
      join(dir, 'export.json'),
      JSON.stringify({asOf: '2026-11-23T10:30:00Z', customers: [{id: 'c-1', displayName: 'One'}]}),
    );
    const bin = new URL('../bin/customer-360-server.mjs', import.meta.url).pathname;
    const env = {...process.env, DATABASE_URL: '', CUSTOMER360_DATA_DIR: join(dir, 'db')};
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [bin, 'import', join(dir, 'export.json'), ...args], {env});
    assert.match((await run('--as-of', 'now')).stdout, /Imported 1 customers/);
    const failure = await run('--as-of', '2026-12-01T10:00').then(
      () => assert.fail('a clock without a zone should be refused'),
      (e: {code: number; stderr: string}) => e,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /--as-of must be "now" or an ISO 8601 instant with a zone/);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});
