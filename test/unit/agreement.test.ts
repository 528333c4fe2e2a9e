/**
 * The card and its hints state the same facts: the header's tenure badge and the
 * `loyal-customer` hint, the ticket list and the `open-ticket-first` hint. Each pair reads
 * one function (src/data/derive.ts); these tests render the real sections and run the real rules.
 * The functions themselves are tested under Node (test/node/derive.test.ts).
 */
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {cardFacts, customerTimeZone} from '../../src/data/derive.js';
import type {CustomerView, Ticket} from '../../src/data/view-model.js';
import {computeHints} from '../../src/hints/index.js';
import {translate} from '../../src/i18n/format.js';
import type {RenderContext} from '../../src/ui/context.js';
import {renderHeader, renderTickets} from '../../src/ui/sections.js';
import {emptyView as view} from '../view.js';

function ctx(v: CustomerView, now: Date): RenderContext {
  return {
    locale: 'en',
    t: (key, params) => translate('en', key, params),
    now,
    timeZone: customerTimeZone(v, 'Europe/Paris'),
  };
}

/** What the card computes once per render (ui/card.ts) for the sections to show. */
const facts = (v: CustomerView, now: Date) => cardFacts(v, now, customerTimeZone(v, 'Europe/Paris'));

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

const ticket = (id: string, priority: Ticket['priority'], category: Ticket['category'], openedAt: string): Ticket => ({
  id,
  subject: id,
  status: 'OPEN',
  priority,
  category,
  openedAt: new Date(openedAt),
  contactCount: 1,
  transferCount: 0,
});

describe('one fact, one function: the card and the hints agree', () => {
  // 2025-03-11T23:30Z is already 12 March in Paris: the 15th anniversary of 2010-03-12.
  const since = new Date('2010-03-12T00:00:00Z');
  const now = new Date('2025-03-11T23:30:00Z');

  for (const [zone, years] of [
    ['Europe/Paris', 15],
    ['America/New_York', 14],
  ] as const) {
    it(`tenure on the anniversary night in ${zone}: badge and loyal-customer both say ${years}`, () => {
      const v = view({customerSince: since, timeZone: zone});
      const badge = mount(renderHeader(v, ctx(v, now), facts(v, now)))
        .querySelector('[part~="tenure"]')!
        .textContent!.replace(/\s+/g, ' ')
        .trim();
      expect(badge).to.equal(`Customer for ${years} years`);
      const loyal = computeHints(v, {now, locale: 'en'}).find((h) => h.id === 'loyal-customer');
      expect(loyal?.text).to.equal(`Thank them for ${years} years of loyalty`);
    });
  }

  it('a customer with no or an invalid zone is counted in the jurisdiction zone (Paris) by both', () => {
    for (const timeZone of [undefined, 'Mars/Olympus']) {
      const v = view({customerSince: since, timeZone});
      const badge = mount(renderHeader(v, ctx(v, now), facts(v, now))).querySelector('[part~="tenure"]')!.textContent!;
      expect(badge, String(timeZone)).to.contain('15 years');
      expect(computeHints(v, {now, locale: 'en'}).some((h) => h.id === 'loyal-customer')).to.equal(true);
    }
  });

  it('ticket order: a low-priority cancellation comes before an urgent ticket, in the list and the hint', () => {
    const v = view({
      tickets: [
        ticket('T-URGENT', 'URGENT', 'TECHNICAL', '2025-03-01T09:00:00Z'),
        ticket('T-CANCEL', 'LOW', 'CANCELLATION', '2025-03-05T09:00:00Z'),
      ],
    });
    const listed = [...mount(renderTickets(v, ctx(v, now), facts(v, now).tickets, () => {})).querySelectorAll('li')].map(
      (li) => li.textContent!,
    );
    expect(listed[0]).to.contain('T-CANCEL');
    const first = computeHints(v, {now, locale: 'en'}).find((h) => h.id === 'open-ticket-first');
    expect(first?.text).to.contain('T-CANCEL');
  });
});
