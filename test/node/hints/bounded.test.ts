/**
 * Hints cost the same whatever history the view holds: the rules read the server's aggregates
 * and at most one page (`MAX_PAGE`) of contacts, so 10,000 contacts give the hints of the
 * newest page. Compared, not timed.
 */
import {expect} from '../../expect.js';
import {computeHints} from '../../../src/hints/index.js';
import {MAX_PAGE} from '../../../src/hints/facts.js';
import type {Contact, CustomerView} from '../../../src/data/view-model.js';
import {NOW, ago, contact, customer} from './fixtures.js';

/** A view whose page holds `n` contacts, one every 3 hours back from NOW (newest first). */
function viewWith(n: number, failed: CustomerView['failed'] = []): CustomerView {
  const items: Contact[] = Array.from({length: n}, (_, i) =>
    contact({
      at: ago(0, 3 * (i + 1)),
      direction: i % 2 ? 'OUTBOUND' : 'INBOUND',
      purpose: i % 3 ? 'SALES' : 'SUPPORT',
      outcome: i % 5 ? 'NO_ANSWER' : 'TRANSFERRED',
      transfers: i % 5 ? 0 : 1,
    }),
  );
  const base = customer({history: items.slice(0, 10)});
  return {...base, failed, contacts: {totalCount: n, items, hasNextPage: false}};
}

describe('hint cost does not grow with the history', () => {
  it(`reads at most ${MAX_PAGE} contacts: 10,000 in the view give the hints of the newest ${MAX_PAGE}`, () => {
    for (const failed of [[], ['summary' as const]]) {
      const all = viewWith(10_000, failed);
      const page = {...all, contacts: {...all.contacts, items: all.contacts.items.slice(0, MAX_PAGE)}};
      expect(computeHints(all, {now: NOW, locale: 'fr'})).to.deep.equal(computeHints(page, {now: NOW, locale: 'fr'}));
    }
  });
});
