/**
 * Hints cost the same whatever history the view holds: the rules read the server's aggregates
 * and at most one page (`MAX_PAGE`) of contacts, and no `Intl` object is built or called per
 * contact. Counted, not timed.
 */
import {expect} from '@open-wc/testing';
import {computeHints} from '../../../src/hints/index.js';
import {MAX_PAGE} from '../../../src/hints/facts.js';
import {clearIntlCache} from '../../../src/core/intl-cache.js';
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

/** Counts the calls to the Intl methods that cost, while `run` runs. */
function countIntl(run: () => void): number {
  const proto = Intl.DateTimeFormat.prototype;
  const {formatToParts} = proto;
  let calls = 0;
  const Original = Intl.DateTimeFormat;
  proto.formatToParts = function (this: Intl.DateTimeFormat, ...args) {
    calls += 1;
    return formatToParts.apply(this, args);
  };
  // Building one counts too.
  const Counting = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    calls += 1;
    return new Original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.setPrototypeOf(Counting, Original);
  Intl.DateTimeFormat = Counting;
  try {
    run();
  } finally {
    proto.formatToParts = formatToParts;
    Intl.DateTimeFormat = Original;
  }
  return calls;
}

describe('hint cost does not grow with the history', () => {
  beforeEach(() => clearIntlCache());

  it(`reads at most ${MAX_PAGE} contacts: 10,000 in the view give the hints of the newest ${MAX_PAGE}`, () => {
    for (const failed of [[], ['summary' as const]]) {
      const all = viewWith(10_000, failed);
      const page = {...all, contacts: {...all.contacts, items: all.contacts.items.slice(0, MAX_PAGE)}};
      expect(computeHints(all, {now: NOW, locale: 'fr'})).to.deep.equal(computeHints(page, {now: NOW, locale: 'fr'}));
    }
  });

  it('calls Intl the same, small number of times for 100 and for 10,000 contacts (none per contact)', () => {
    for (const failed of [[], ['summary' as const]]) {
      const large = viewWith(10_000, failed);
      const page = {...large, contacts: {...large.contacts, items: large.contacts.items.slice(0, MAX_PAGE)}};
      // Warm: the first computation probes the zone's offsets once per week it touches.
      computeHints(page, {now: NOW, locale: 'fr'});
      computeHints(large, {now: NOW, locale: 'fr'});
      const forPage = countIntl(() => computeHints(page, {now: NOW, locale: 'fr'}));
      const forLarge = countIntl(() => computeHints(large, {now: NOW, locale: 'fr'}));
      expect(forLarge, 'Intl calls with 10,000 contacts').to.equal(forPage);
      // Only the dates written into hint texts are formatted: far fewer than the 100 contacts read.
      expect(forPage).to.be.below(30);
    }
  });

  it('builds no formatter on a second computation', () => {
    const view = viewWith(100);
    computeHints(view, {now: NOW, locale: 'en'});
    let built = 0;
    const Original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      computeHints(view, {now: NOW, locale: 'en'});
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(built).to.equal(0);
  });
});
