/**
 * The checker against deliberately broken servers (test/broken.ts): each one breaks one rule
 * the way real servers do, and the check must fail exactly the rules that break says, while a
 * faithful copy of the same server passes.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {SHARED_EMAIL} from '../../demo/server/contact-points.js';
import {RULES, checkEndpoint} from '../src/check.js';
import type {Report, RuleId} from '../src/check.js';
import {formatTable} from '../src/report.js';
import {startBroken} from './broken.js';
import type {Break} from './broken.js';

const contractSdl = readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8');
const NOW = '2026-03-10T09:00:00.000Z';

/**
 * Paging breaks use `martin` (18 contacts) in pages of 5, so that there are several pages;
 * aggregate breaks use `large-history` (10,000 contacts, every aggregate non-empty) in pages of 1,000.
 */
async function checkBroken(broken: Break, customer: 'martin' | 'large-history'): Promise<Report> {
  const server = await startBroken(broken);
  try {
    return await checkEndpoint({
      url: `${server.url}?now=${NOW}`,
      now: new Date(NOW),
      customers: [customer, 'martin'],
      emails: [SHARED_EMAIL],
      pageSize: customer === 'martin' ? 5 : 1_000,
      contractSdl,
    });
  } finally {
    await server.close();
  }
}

function failing(report: Report): RuleId[] {
  return report.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id as RuleId);
}

function saw(report: Report, id: RuleId): string {
  return report.rules.find((rule) => rule.id === id)?.saw ?? '';
}

/** Each break, the persona it needs, the rules it must fail, and what the report must say. */
const CASES: readonly {broken: Break; customer: 'martin' | 'large-history'; fails: RuleId[]; says: RegExp}[] = [
  {
    broken: 'field-missing',
    customer: 'martin',
    fails: ['documents', 'cardQuery', 'unknownId', 'lookupCount'],
    says: /Cannot query field "preferredName"/,
  },
  {
    broken: 'naive-datetime',
    customer: 'martin',
    fails: ['cardQuery'],
    says: /DateTime cannot represent "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"/,
  },
  {broken: 'unknown-id-answers-a-customer', customer: 'martin', fails: ['unknownId'], says: /answered customer "martin"/},
  {
    broken: 'lookup-picks-first',
    customer: 'martin',
    fails: ['lookupCount', 'lookupAmbiguous'],
    says: /count 2 and customer "quiet-period", one of several picked/,
  },
  {broken: 'oldest-first', customer: 'martin', fails: ['contactsOrder'], says: /came after/},
  {broken: 'duplicate-across-pages', customer: 'martin', fails: ['contactsCursors'], says: /came twice/},
  // A cursor that skips: the pages hold fewer contacts than totalCount, and nothing tells
  // which of the two is wrong, so both rules fail (and the aggregates are not recounted).
  {broken: 'cursor-skips', customer: 'martin', fails: ['contactsTotal', 'contactsCursors'], says: /a cursor skipped some/},
  {
    broken: 'total-count-short',
    customer: 'martin',
    fails: ['contactsTotal'],
    says: /totalCount 17 on every page, but the pages held 18 distinct contacts/,
  },
  {
    broken: 'count-one-day-too-many',
    customer: 'large-history',
    fails: ['summaryCount'],
    says: /count \d+; the paged contacts give \d+ in the last 90 days/,
  },
  {
    broken: 'solicitations-answered-only',
    customer: 'large-history',
    fails: ['summaryOutbound'],
    says: /misses \d+ outbound SALES contacts .*NO_ANSWER/,
  },
  {broken: 'last-refusal-oldest', customer: 'large-history', fails: ['summaryLastRefusal'], says: /the newest refusal is/},
  {
    broken: 'awaiting-reply-windowed',
    customer: 'large-history',
    fails: ['summaryAwaiting'],
    says: /awaitingReply misses 1 contact/,
  },
  {
    broken: 'missed-by-us-includes-customer-misses',
    customer: 'large-history',
    fails: ['summaryMissed'],
    says: /which does not belong there/,
  },
  {
    broken: 'topics-ignore-their-days',
    customer: 'large-history',
    fails: ['summaryTopics'],
    says: /count \d+; the paged contacts give \d+/,
  },
  {broken: 'last-not-newest', customer: 'large-history', fails: ['summaryLast'], says: /the newest contact is/},
  {broken: 'monthly-newest-first', customer: 'large-history', fails: ['summaryMonthly'], says: /expected 6 months oldest first/},
  {
    broken: 'failure-nulls-customer',
    customer: 'martin',
    fails: ['partial'],
    says: /customer null: one failing section lost the whole card/,
  },
  {broken: 'failure-without-path', customer: 'martin', fails: ['partial'], says: /without a path into customer/},
  {
    broken: 'batch-answers-first-id',
    customer: 'martin',
    fails: ['batch'],
    says: /c1 \(id "conformance-check-no-such-customer-[0-9a-f]+"\) differs from the single query/,
  },
];

describe('conformance against deliberately broken servers', () => {
  for (const customer of ['martin', 'large-history'] as const) {
    it(`passes a faithful copy of the broken servers (${customer}), or says what it could not check`, async () => {
      const report = await checkBroken('none', customer);
      const table = formatTable(report);
      assert.deepEqual(failing(report), [], table);
      // This server has no fault control: the partial rule is "not checked", never "pass".
      assert.equal(report.rules.find((rule) => rule.id === 'partial')?.status, 'not checked', table);
      assert.match(saw(report, 'partial'), /no section failed/);
    });
  }

  it('says "not checked" for the documents when introspection is off, and still runs the card’s query', async () => {
    const report = await checkBroken('introspection-off', 'martin');
    const table = formatTable(report);
    assert.equal(report.rules.find((rule) => rule.id === 'documents')?.status, 'not checked', table);
    assert.match(saw(report, 'documents'), /^introspection is off \("GraphQL introspection has been disabled.*\(\+\d+ more\)\)/);
    assert.equal(report.rules.find((rule) => rule.id === 'cardQuery')?.status, 'pass', table);
    assert.deepEqual(failing(report), []);
  });

  it('does not blame a server that rejects the fault probe as a whole, unless its own --partial-url does so', async () => {
    const server = await startBroken('rejects-unknown-parameters');
    try {
      const options = {now: new Date(NOW), customers: ['martin'], contractSdl};
      const probed = await checkEndpoint({url: `${server.url}?now=${NOW}`, ...options});
      assert.deepEqual(failing(probed), [], formatTable(probed));
      assert.match(saw(probed, 'partial'), /the whole request failed \("Unknown query parameter: fault"\), not one section/);
      const given = await checkEndpoint({
        url: `${server.url}?now=${NOW}`,
        partialUrl: `${server.url}?now=${NOW}&fault=partial`,
        ...options,
      });
      assert.deepEqual(failing(given), ['partial'], formatTable(given));
      assert.match(saw(given, 'partial'), /one failing section lost the whole card/);
    } finally {
      await server.close();
    }
  });

  for (const {broken, customer, fails, says} of CASES) {
    it(`fails ${fails.join(', ')} against a server with "${broken}"`, async () => {
      const report = await checkBroken(broken, customer);
      const table = formatTable(report);
      assert.deepEqual(failing(report), fails, table);
      assert.equal(report.ok, false);
      assert.match(saw(report, fails[fails.length - 1]!), says, table);
    });
  }

  it('sees every rule fail against some broken server', () => {
    // Keeps the table above complete as rules are added.
    const seen = new Set(CASES.flatMap((c) => c.fails));
    const never = (Object.keys(RULES) as RuleId[]).filter((id) => !seen.has(id));
    assert.deepEqual(never, []);
  });
});
