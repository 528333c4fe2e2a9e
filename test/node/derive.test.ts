import {expect} from '../expect.js';
import {
  cardFacts,
  isAlertOutcome,
  outcomeLabel,
  relationshipState,
  tenureOf,
  tenureSpan,
  ticketOrder,
} from '../../src/data/derive.js';
import {zonedParts} from '../../src/core/time.js';
import type {Contact, Ticket} from '../../src/data/view-model.js';
import {emptyView as view} from '../view.js';

const NOW = new Date('2026-11-23T10:00:00Z');

function ticket(id: string, priority: Ticket['priority'], openedAt: string, category: Ticket['category'] = 'TECHNICAL'): Ticket {
  return {id, subject: id, status: 'OPEN', priority, category, openedAt: new Date(openedAt), contactCount: 1, transferCount: 0};
}

const contact = (overrides: Partial<Contact>): Contact => ({
  id: 'k',
  at: NOW,
  channel: 'PHONE',
  direction: 'INBOUND',
  purpose: 'SUPPORT',
  outcome: 'ANSWERED',
  transfers: 0,
  ...overrides,
});

describe('ticketOrder', () => {
  it('takes the highest priority first, then the oldest', () => {
    const order = ticketOrder([
      ticket('new-normal', 'NORMAL', '2026-11-20'),
      ticket('old-normal', 'NORMAL', '2026-10-01'),
      ticket('urgent', 'URGENT', '2026-11-22'),
      ticket('unknown', 'OTHER', '2026-01-01'),
      ticket('high', 'HIGH', '2026-11-21'),
    ]).map((t) => t.id);
    expect(order).to.deep.equal(['urgent', 'high', 'old-normal', 'new-normal', 'unknown']);
  });

  it('a cancellation request first, then priority, then the oldest, then the id', () => {
    const order = ticketOrder([
      ticket('b-normal', 'NORMAL', '2026-01-01'),
      ticket('a-normal', 'NORMAL', '2026-01-01'),
      ticket('urgent', 'URGENT', '2026-11-22'),
      ticket('cancel', 'LOW', '2026-11-22', 'CANCELLATION'),
    ]).map((t) => t.id);
    expect(order).to.deep.equal(['cancel', 'urgent', 'a-normal', 'b-normal']);
  });

  it('does not reorder its input', () => {
    const input = [ticket('b', 'LOW', '2026-01-01'), ticket('a', 'URGENT', '2026-01-01')];
    ticketOrder(input);
    expect(input.map((t) => t.id)).to.deep.equal(['b', 'a']);
  });
});

describe('tenureOf / tenureSpan', () => {
  const day = (iso: string) => zonedParts(new Date(`${iso}T12:00:00Z`), 'UTC').epochDay;
  it('counts whole years, the anniversary day included', () => {
    expect(tenureOf(new Date('2011-11-24'), day('2026-11-23'))?.years).to.equal(14);
    expect(tenureOf(new Date('2011-11-23'), day('2026-11-23'))?.years).to.equal(15);
  });
  it('uses months then days for new customers', () => {
    expect(tenureSpan(tenureOf(new Date('2026-08-01'), day('2026-11-23'))!)).to.deep.equal({unit: 'months', n: 3});
    expect(tenureSpan(tenureOf(new Date('2026-11-02'), day('2026-11-23'))!)).to.deep.equal({unit: 'days', n: 21});
  });
  it('a start date in the future gives no tenure', () => {
    expect(tenureOf(new Date('2027-01-01'), day('2026-11-23'))).to.equal(undefined);
  });
});

describe('relationshipState', () => {
  it('is "ok" with nothing pending', () => {
    expect(relationshipState(view(), NOW)).to.equal('ok');
  });

  it('is "leaving" with a cancellation, whatever else is true', () => {
    const v = view({
      tickets: [ticket('t', 'LOW', '2026-11-01', 'CANCELLATION')],
      quietPeriod: {reason: 'x'},
    });
    expect(relationshipState(v, NOW)).to.equal('leaving');
    expect(
      relationshipState(view({products: [{id: 'p', name: 'p', category: 'tv', status: 'CANCELLATION_REQUESTED'}]}), NOW),
    ).to.equal('leaving');
  });

  it('is "quiet" only while the quiet period runs', () => {
    expect(relationshipState(view({quietPeriod: {reason: 'x', until: new Date('2026-12-01')}}), NOW)).to.equal('quiet');
    expect(relationshipState(view({quietPeriod: {reason: 'x', until: new Date('2026-11-01')}}), NOW)).to.equal('ok');
    expect(relationshipState(view({quietPeriod: {reason: 'x', since: new Date('2026-12-01')}}), NOW)).to.equal('ok');
  });

  it('is "care" after a missed appointment, an unanswered contact, a complaint or a bad last contact', () => {
    const base = view().summary;
    expect(relationshipState(view({summary: {...base, missedByUs: [contact({outcome: 'MISSED_BY_US'})]}}), NOW)).to.equal('care');
    expect(
      relationshipState(view({summary: {...base, awaitingReply: [contact({outcome: 'AWAITING_OUR_REPLY'})]}}), NOW),
    ).to.equal('care');
    expect(relationshipState(view({tickets: [ticket('t', 'LOW', '2026-11-01', 'COMPLAINT')]}), NOW)).to.equal('care');
    expect(relationshipState(view({summary: {...base, last: contact({sentiment: 'NEGATIVE'})}}), NOW)).to.equal('care');
  });
});

describe('relationshipFacts', () => {
  it('says what made the state, most telling first, at most three, counting a cancellation once', async () => {
    const {relationshipFacts} = await import('../../src/data/derive.js');
    const {customer, ticket, product, contact, ago, NOW} = await import('./hints/fixtures.js');
    const view = customer({
      products: [product({id: 'p', category: 'tv', status: 'CANCELLATION_REQUESTED'})],
      tickets: [ticket({id: 'T', category: 'CANCELLATION', openedAt: ago(2)})],
      history: [
        contact({at: ago(1), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE'}),
        contact({at: ago(3)}),
      ],
    });
    expect(relationshipFacts(view, NOW)).to.deep.equal([
      {key: 'cancellations', n: 1},
      {key: 'awaiting', n: 1},
      {key: 'negative'},
    ]);
  });
  it('a quiet period names its last day (its end is exclusive); nothing at all gives the contact count', async () => {
    const {relationshipFacts} = await import('../../src/data/derive.js');
    const {customer, NOW} = await import('./hints/fixtures.js');
    const until = new Date('2025-04-07T00:00:00Z');
    expect(relationshipFacts(customer({quietPeriod: {reason: 'x', until}}), NOW)[0]).to.deep.equal({
      key: 'quiet-until',
      until: new Date(until.getTime() - 1),
    });
    expect(relationshipFacts(customer({}), NOW)).to.deep.equal([]);
  });
});

describe('outcomeLabel: how the history words an outcome', () => {
  const label = (channel: string, direction: string, outcome = 'ANSWERED') =>
    outcomeLabel({channel, direction, outcome} as Parameters<typeof outcomeLabel>[0]);

  it('a message we sent was delivered, one the customer sent was replied to', () => {
    expect(label('SMS', 'OUTBOUND')).to.equal('DELIVERED');
    expect(label('EMAIL', 'OUTBOUND')).to.equal('DELIVERED');
    expect(label('MAIL', 'OUTBOUND')).to.equal('DELIVERED');
    expect(label('SMS', 'INBOUND')).to.equal('REPLIED');
    expect(label('EMAIL', 'INBOUND')).to.equal('REPLIED');
  });

  it('calls, chats and visits are answered; other outcomes keep their own word', () => {
    expect(label('PHONE', 'OUTBOUND')).to.equal('ANSWERED');
    expect(label('CHAT', 'INBOUND')).to.equal('ANSWERED');
    expect(label('VISIT', 'OUTBOUND')).to.equal('ANSWERED');
    expect(label('SMS', 'OTHER')).to.equal('ANSWERED');
    expect(label('SMS', 'OUTBOUND', 'NO_ANSWER')).to.equal('NO_ANSWER');
  });

  it('only what asks something of us is an alert, never the tone alone', () => {
    expect(isAlertOutcome('MISSED_BY_US')).to.equal(true);
    expect(isAlertOutcome('AWAITING_OUR_REPLY')).to.equal(true);
    expect(isAlertOutcome('ANSWERED')).to.equal(false);
    expect(isAlertOutcome('RESOLVED')).to.equal(false);
  });
});

describe('activeQuietPeriod: one answer for the header and the hint', () => {
  it('an unreadable quiet period is in force in both, whatever its dates', async () => {
    const {activeQuietPeriod, relationshipState} = await import('../../src/data/derive.js');
    const {computeHints} = await import('../../src/hints/index.js');
    const {customer, ago, NOW: HINT_NOW} = await import('./hints/fixtures.js');
    const over = customer({quietPeriod: {reason: 'x', until: ago(3)}});
    const unreadable = {...over, assumed: ['quiet-period' as const]};
    expect(activeQuietPeriod(over, HINT_NOW)).to.equal(undefined);
    expect(relationshipState(over, HINT_NOW)).to.not.equal('quiet');
    expect(computeHints(over, {now: HINT_NOW}).some((h) => h.id === 'quiet-period')).to.equal(false);
    expect(activeQuietPeriod(unreadable, HINT_NOW)).to.equal(unreadable.quietPeriod);
    expect(relationshipState(unreadable, HINT_NOW)).to.equal('quiet');
    expect(computeHints(unreadable, {now: HINT_NOW}).some((h) => h.id === 'quiet-period')).to.equal(true);
  });
});

describe('cardFacts: what the card shows, computed once per render', () => {
  it('holds the tenure in the customer’s calendar, the state and its facts, and the tickets in order', () => {
    const v = view({
      customerSince: new Date('2011-11-24T00:00:00Z'),
      tickets: [ticket('T-LOW', 'LOW', '2026-11-01T00:00:00Z'), ticket('T-URGENT', 'URGENT', '2026-11-20T00:00:00Z')],
    });
    // 23 Nov, 10:00 UTC: still 23 Nov in Paris (14 years), already 24 Nov on Kiritimati, UTC+14 (15 years).
    expect(cardFacts(v, NOW, 'Europe/Paris').tenure).to.deep.equal({unit: 'years', n: 14});
    expect(cardFacts(v, NOW, 'Pacific/Kiritimati').tenure).to.deep.equal({unit: 'years', n: 15});
    const facts = cardFacts(v, NOW, 'Europe/Paris');
    expect(facts.tickets.map((t) => t.id)).to.deep.equal(ticketOrder(v.tickets).map((t) => t.id));
    expect(facts.state).to.equal(relationshipState(v, NOW));
  });
});
