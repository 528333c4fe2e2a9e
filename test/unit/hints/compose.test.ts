/**
 * The call brief (src/hints/compose.ts), the tests whose expected texts are written by `Intl`
 * (dates, times, plurals), in the browser whose ICU data agents have. The rest runs under Node
 * (test/node/hints/compose.test.ts).
 */
import {expect} from '@open-wc/testing';
import {composeBrief, computeHints} from '../../../src/hints/index.js';
import type {Brief, HintInput} from '../../../src/hints/index.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import {NOW, ago, contact, customer, hours, offer, product, sale, seed003QuietPeriod, ticket} from '../../node/hints/fixtures.js';

function brief(view: CustomerView, input: HintInput = {}): Brief {
  return composeBrief(computeHints(view, {now: NOW, ...input}), view, {locale: input.locale});
}

describe('composeBrief: one "don\'t sell" row, one "don\'t call" row', () => {
  it('folds contact-fatigue, calling hours and do-not-contact, with when contact is possible again', () => {
    const view = customer({
      doNotCall: true,
      history: [1, 2, 3, 4, 5].map((d) => sale(ago(d))),
    });
    const b = brief(view, {now: new Date('2025-03-15T10:00:00Z')}); // a Saturday: outside legal hours
    const call = b.rows.filter((r) => r.group === 'dont-call');
    expect(call.length).to.equal(1);
    expect(call[0]?.ids).to.have.members(['do-not-contact', 'contact-fatigue', 'outside-calling-hours']);
    expect(call[0]?.notes.join('\n')).to.match(/Called 5 times/);
  });
  it('a quiet period leads the "don\'t sell" row and says until when (003)', () => {
    const view = {
      ...seed003QuietPeriod(),
      offers: [offer({id: 'o', name: 'Promo', category: 'tv'})],
      products: [product({id: 'p', category: 'tv'})],
    };
    const b = brief(view);
    expect(b.rows[0]?.id).to.equal('quiet-period');
    expect(b.rows[0]?.ids).to.include('already-owns');
    expect(b.rows[0]?.notes[0]).to.match(/^Until \d+ \w+|^Until \w+ \d+/);
  });
});

describe('repeat-contact wording', () => {
  it('speaks of a recurring topic when nothing on it is still owed', () => {
    const history = [1, 5, 9].map((d) => contact({at: ago(d), ticketId: 'T-1', outcome: 'RESOLVED'}));
    expect(computeHints(customer({history}), {now: NOW}).find((h) => h.id === 'repeat-contact')?.text).to.equal(
      'Recurring: 3 contacts about T-1',
    );
  });
  it('says "own it" while its ticket is open', () => {
    const history = [1, 5, 9].map((d) => contact({at: ago(d), ticketId: 'T-1'}));
    const view = customer({history, tickets: [ticket({id: 'T-1', openedAt: ago(40)})]});
    expect(computeHints(view, {now: NOW}).find((h) => h.id === 'repeat-contact')?.text).to.equal(
      'Own it: 3 contacts about “Subject of T-1”',
    );
  });
});

describe('composeBrief on crowded customers', () => {
  it('3. the don’t-call headline names when contact is possible: Monday 10:00, not the Sunday the cap frees', () => {
    // The cap frees on Sunday 19 October 2025 (the 4th newest call, 19 September, + 30 days).
    const now = new Date('2025-10-16T09:30:00Z');
    const history = ['2025-10-14', '2025-10-01', '2025-09-25', '2025-09-19'].map((d) => sale(new Date(`${d}T09:00:00Z`)));
    const call = (view: CustomerView, locale = 'en') =>
      brief(view, {now, locale: locale === 'en' ? 'en-GB' : locale}).rows.find((r) => r.ids.includes('contact-fatigue'))!;
    const plain = call(customer({history}));
    expect(plain.until?.toISOString()).to.equal('2025-10-20T08:00:00.000Z');
    expect(plain.text).to.equal('No outbound call before Mon 20 Oct, 10:00');
    expect(call(customer({history}), 'fr').text).to.equal('Ne rappelez pas avant lun. 20 oct., 10:00');
    const evenings = call(customer({history, preferredHours: [hours(['MONDAY', 'TUESDAY'], '18:00', '20:00')]}));
    expect(evenings.until?.toISOString()).to.equal('2025-10-20T16:00:00.000Z');
    expect(evenings.text).to.equal('No outbound call before Mon 20 Oct, 18:00');
    // A refusal whose 60 days end later: its date counts, and it folds into the same row.
    const refused = call(customer({history: [...history, sale(new Date('2025-09-01T09:00:00Z'), {outcome: 'REFUSED'})]}));
    expect(refused.ids).to.include('refused-recently');
    expect(refused.until?.toISOString()).to.equal('2025-10-31T09:00:00.000Z');
    // On the do-not-call registry: no date, and the row says so.
    const registry = call(customer({history, doNotCall: true}));
    expect(registry.until).to.equal(undefined);
    expect(registry.notes[0]).to.equal('No end date: until they consent again');
  });
});
