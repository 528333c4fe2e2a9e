/**
 * The checker against this repository's real demo endpoint (demo/server/middleware.ts, the
 * one `npm start` serves): every rule passes, or is "not checked" with its reason.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {SHARED_EMAIL, SHARED_PHONE} from '../../demo/server/contact-points.js';
import {RULES, checkEndpoint} from '../src/check.js';
import type {CheckOptions, Report, RuleId} from '../src/check.js';
import {formatTable} from '../src/report.js';
import {startDemo} from './servers.js';
import type {Running} from './servers.js';

const contractSdl = readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8');
/** The demo's clock is an input (`now=`): a fixed instant makes every run the same. */
const NOW = '2026-03-10T09:00:00.000Z';

function statusOf(report: Report, id: RuleId): string {
  const rule = report.rules.find((r) => r.id === id);
  assert.ok(rule, `rule ${id} is in the report`);
  return rule.status;
}

function check(demo: Running, options: Partial<CheckOptions> & {customers: string[]}): Promise<Report> {
  return checkEndpoint({url: `${demo.url}?now=${NOW}`, now: new Date(NOW), contractSdl, ...options});
}

describe('conformance against the demo endpoint', () => {
  let demo: Running;
  before(async () => {
    demo = await startDemo();
  });
  after(() => demo.close());

  it('passes every rule for the 10,000-contact persona, with an ambiguous email and phone', async () => {
    const report = await check(demo, {
      customers: ['large-history', 'martin'],
      emails: [SHARED_EMAIL, 'n.girard@example.com'],
      phones: [SHARED_PHONE],
    });
    const table = formatTable(report);
    for (const id of Object.keys(RULES) as RuleId[]) assert.equal(statusOf(report, id), 'pass', `${id}\n${table}`);
    assert.equal(report.ok, true);
    const cursors = report.rules.find((r) => r.id === 'contactsCursors');
    assert.match(cursors?.saw ?? '', /^10,000 contacts over 101 pages \(5, 100 × 99, 95\), each exactly once$/);
    assert.match(table, /^18 passed, 0 failed, 0 not checked/m);
  });

  it('runs on the demo’s real clock too (no --now), and says a lookup it could not provoke is not checked', async () => {
    const report = await checkEndpoint({url: demo.url, customers: ['martin'], contractSdl});
    const table = formatTable(report);
    for (const id of Object.keys(RULES) as RuleId[]) {
      assert.equal(statusOf(report, id), id === 'lookupAmbiguous' ? 'not checked' : 'pass', `${id}\n${table}`);
    }
    assert.match(report.rules.find((r) => r.id === 'lookupAmbiguous')?.saw ?? '', /no --email or --phone given/);
    assert.equal(report.ok, true, 'a rule not checked does not fail the run');
  });

  it('prints "not checked", not "pass", when it cannot provoke a failure or read every contact', async () => {
    const report = await check(demo, {customers: ['large-history'], partialUrl: null, maxContacts: 1_000});
    const table = formatTable(report);
    assert.equal(statusOf(report, 'partial'), 'not checked', table);
    for (const id of Object.keys(RULES) as RuleId[]) {
      if (/^(contactsTotal|contactsCursors|summary)/.test(id))
        assert.equal(statusOf(report, id), 'not checked', `${id}\n${table}`);
    }
    assert.match(
      report.rules.find((r) => r.id === 'summaryCount')?.saw ?? '',
      /10,000 contacts, more than the 1,000 the check reads/,
    );
    assert.equal(report.ok, true);
  });

  it('says to pass --now when the URL sets the demo’s clock and the recount disagrees', async () => {
    const report = await checkEndpoint({url: `${demo.url}?now=${NOW}`, customers: ['martin'], contractSdl});
    const summary = report.rules.filter((rule) => rule.id.startsWith('summary') && rule.status === 'fail');
    assert.ok(summary.length > 0, formatTable(report));
    for (const rule of summary)
      assert.match(
        rule.saw,
        /\(the URL sets now=2026-03-10T09:00:00\.000Z: if that is the server's clock, pass it as --now too\)$/,
      );
  });

  it('fails every rule that needs an answer when nothing answers', async () => {
    const closed = await startDemo();
    await closed.close();
    const report = await checkEndpoint({url: closed.url, customers: ['martin'], contractSdl, timeoutMs: 5_000});
    assert.equal(report.ok, false);
    assert.equal(statusOf(report, 'documents'), 'not checked');
    assert.equal(statusOf(report, 'cardQuery'), 'fail');
    assert.match(report.rules.find((r) => r.id === 'cardQuery')?.saw ?? '', /no GraphQL answer: .*ECONNREFUSED/);
    assert.equal(statusOf(report, 'contactsOrder'), 'not checked');
  });
});
