/** The call brief (src/hints/compose.ts): folding, the three-row cap, one "first", the address line. */
import {expect} from '@open-wc/testing';
import {MAX_VISIBLE_ROWS, addressOf, composeBrief, computeHints} from '../../../src/hints/index.js';
import type {Brief, BriefRow, Hint, HintInput} from '../../../src/hints/index.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import {
  NOW,
  ago,
  contact,
  customer,
  everything,
  offer,
  product,
  sale,
  seed000MissedAppointment,
  seed001Transferred,
  seed002Dupin,
  seed003QuietPeriod,
  seed004Martin,
  ticket,
} from './fixtures.js';

function brief(view: CustomerView, input: HintInput = {}): Brief {
  return composeBrief(computeHints(view, {now: NOW, ...input}), view, {locale: input.locale});
}
const visible = (b: Brief): BriefRow[] => b.rows.slice(0, b.visible);
const visibleIds = (b: Brief): string[] => visible(b).flatMap((r) => r.ids);
const rowOf = (b: Brief, id: string): BriefRow | undefined => b.rows.find((r) => r.ids.includes(id));

describe('composeBrief: every hint lands exactly once', () => {
  for (const [name, build] of [
    ['everything', everything],
    ['000', seed000MissedAppointment],
    ['001', seed001Transferred],
    ['002', seed002Dupin],
    ['003', seed003QuietPeriod],
    ['004', seed004Martin],
  ] as const) {
    it(`${name}: rows and header together hold each hint once, and the input is left unchanged`, () => {
      const view = build();
      const hints = computeHints(view, {now: NOW});
      const copy = structuredClone(hints);
      const b = composeBrief(hints, view);
      const inRows = b.rows.flatMap((r) => r.ids);
      const inHeader = [...b.address.hintIds, ...(b.channel ? [b.channel.hintId] : [])];
      expect([...inRows, ...inHeader].sort()).to.deep.equal(hints.map((h) => h.id).sort());
      expect(new Set(inRows).size, 'no id in two rows').to.equal(inRows.length);
      expect(hints).to.deep.equal(copy);
    });
  }
});

describe('composeBrief: three rows, one "first"', () => {
  it('shows at most three rows without a click, the rest in order after them', () => {
    const b = brief(everything());
    expect(b.rows.length).to.be.greaterThan(MAX_VISIBLE_ROWS);
    expect(b.visible).to.equal(3);
  });
  it('only the top row is first, and no headline but the top one says "first"', () => {
    for (const build of [everything, seed000MissedAppointment, seed001Transferred, seed002Dupin, seed004Martin]) {
      for (const locale of ['en', 'fr']) {
        const b = brief(build(), {locale});
        expect(b.rows.map((r) => r.first)).to.deep.equal(b.rows.map((_, i) => i === 0));
        for (const row of b.rows.slice(1)) {
          expect(`${row.text} ${row.notes.join(' ')}`, row.id).to.not.match(/\bfirst\b|d['’]abord|en premier/i);
        }
      }
    }
  });
  it("rows follow the hints' priority order (their lead hint's position)", () => {
    const view = everything();
    const hints = computeHints(view, {now: NOW});
    const b = composeBrief(hints, view);
    const positions = b.rows.map((r) => hints.findIndex((h) => h.id === r.id));
    expect(positions).to.deep.equal([...positions].sort((x, y) => x - y));
  });
  it('no hints: no rows, the address line still says how to greet', () => {
    const b = composeBrief([], customer({}));
    expect(b.rows).to.deep.equal([]);
    expect(b.visible).to.equal(0);
    expect(b.address.name).to.equal('Madame Durand');
  });
});

describe('composeBrief: one row per subject', () => {
  it('a cancellation request, its ticket and "sell nothing" are one row (002)', () => {
    const b = brief(seed002Dupin());
    const row = rowOf(b, 'cancellation-pending')!;
    expect(row.id).to.equal('cancellation-pending');
    expect(row.ids).to.include.members(['open-ticket-first', 'no-upsell']);
    expect(b.rows.filter((r) => r.group !== 'single').length).to.equal(1);
  });
  it('a missed appointment and the complaint about it are one row, on top (000)', () => {
    const b = brief(seed000MissedAppointment());
    expect(b.rows[0]?.id).to.equal('missed-appointment');
    expect(b.rows[0]?.ids).to.include.members(['open-ticket-first', 'no-upsell']);
  });
  it('an email awaiting our reply and its ticket are one row; "own it" and "don\'t transfer" stay readable in it (001)', () => {
    const b = brief(seed001Transferred());
    const row = rowOf(b, 'unanswered-contact')!;
    expect(row.id).to.equal('unanswered-contact');
    expect(row.ids).to.include.members(['repeat-contact', 'no-transfer']);
    expect(row.notes.join('\n')).to.match(/Don’t transfer/);
  });
  it('two unrelated records stay two rows', () => {
    const view = customer({
      tickets: [ticket({id: 'T-9', category: 'BILLING', openedAt: ago(2)})],
      history: [contact({at: ago(1), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', ticketId: 'T-other'})],
    });
    const b = brief(view);
    expect(rowOf(b, 'unanswered-contact')).to.not.equal(rowOf(b, 'open-ticket-first'));
  });
  it("the folded row keeps every folded hint's evidence", () => {
    const view = seed002Dupin();
    const hints = computeHints(view, {now: NOW});
    const row = rowOf(composeBrief(hints, view), 'cancellation-pending')!;
    const expected = hints.filter((h) => row.ids.includes(h.id)).flatMap((h) => h.evidence);
    expect(row.hints.flatMap((h) => h.evidence)).to.have.deep.members(expected);
  });
});

describe('composeBrief: one "don\'t sell" row, one "don\'t call" row', () => {
  it('names each offer not to pitch and why (004)', () => {
    const b = brief(seed004Martin());
    const sell = b.rows.find((r) => r.group === 'dont-sell')!;
    expect(sell.ids).to.include.members(['already-owns', 'not-eligible', 'new-customers-only']);
    const notes = sell.notes.join('\n');
    expect(notes).to.match(/TV Max[^\n]*: Not available at this address/);
    expect(notes).to.match(/Fibre \+ TV[^\n]*: already has/);
    expect(visible(b)).to.include(sell);
  });
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
  it('only offers: one headline, then one line per offer', () => {
    const view = customer({
      products: [product({id: 'p', name: 'Fibre', category: 'internet'})],
      offers: [
        offer({id: 'o1', name: 'Fibre Max', category: 'internet'}),
        offer({id: 'o2', name: 'TV Max', category: 'tv', eligible: false, ineligibilityReason: 'Not here'}),
      ],
    });
    const sell = brief(view).rows.find((r) => r.group === 'dont-sell')!;
    expect(sell.text).to.equal('Don’t pitch these 2 offers');
    expect(sell.notes).to.deep.equal(['TV Max: Not here', 'Fibre Max: already has Fibre']);
  });
  it('a bad last contact that was a sales pitch folds into "don\'t sell"', () => {
    const view = customer({
      offers: [offer({id: 'o', name: 'TV Max', category: 'tv', eligible: false})],
      history: [sale(ago(1), {outcome: 'ANSWERED', sentiment: 'NEGATIVE'})],
    });
    expect(rowOf(brief(view), 'recent-negative')?.group).to.equal('dont-sell');
  });
});

describe('addressOf: how to greet, never a guessed title', () => {
  it('the preferred name first', () => {
    const a = addressOf(customer({preferredName: 'Cam'}));
    expect([a.name, a.basis, a.noTitle]).to.deep.equal(['Cam', 'preferred-name', false]);
  });
  it('else the recorded salutation with the family name', () => {
    const a = addressOf(customer({salutation: 'Dr'}));
    expect([a.name, a.basis, a.noTitle]).to.deep.equal(['Dr Durand', 'salutation', false]);
  });
  it('else the full name and "no title", standing for salutation-unknown', () => {
    const view = customer({salutation: '  '});
    const hints: Hint[] = computeHints(view, {now: NOW});
    const a = composeBrief(hints, view).address;
    expect([a.name, a.basis, a.noTitle, a.hintId]).to.deep.equal(['Camille Durand', 'full-name', true, 'salutation-unknown']);
  });
  it('preferred name without a salutation: the name, and still "no title"', () => {
    const view = customer({salutation: undefined, preferredName: 'Sam'});
    const a = composeBrief(computeHints(view, {now: NOW}), view).address;
    expect([a.name, a.noTitle]).to.deep.equal(['Sam', true]);
    expect(a.hintIds).to.have.members(['preferred-name', 'salutation-unknown']);
  });
  it('salutation-unknown, preferred-name and preferred-channel never become rows', () => {
    const b = brief(everything());
    expect(b.rows.flatMap((r) => r.ids)).to.not.include.members(['salutation-unknown', 'preferred-name', 'preferred-channel']);
    expect(b.channel?.hintId).to.equal('preferred-channel');
  });
});

describe('the seed stories are visible without a click', () => {
  it("004: loyalty, the don't-sell row and contact-fatigue", () => {
    expect(visibleIds(brief(seed004Martin()))).to.include.members([
      'loyal-customer',
      'not-eligible',
      'already-owns',
      'contact-fatigue',
    ]);
  });
  it('002: the cancellation, nothing sold, no title', () => {
    const b = brief(seed002Dupin());
    expect(visibleIds(b)).to.include.members(['cancellation-pending', 'no-upsell']);
    expect(b.address.hintId).to.equal('salutation-unknown');
  });
  it('001: unanswered, no-transfer and repeat-contact', () => {
    expect(visibleIds(brief(seed001Transferred()))).to.include.members(['unanswered-contact', 'no-transfer', 'repeat-contact']);
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
