/**
 * Every built-in rule: a case where it fires, one where it does not, and its boundary
 * (exactly at the threshold). Views come from `customer()` in fixtures.ts; NOW is a
 * Wednesday, 11:30 in Paris. Here the tests whose expected texts are written by `Intl` (dates,
 * times, weekday names, plurals), in the browser whose ICU data agents have; the rest runs
 * under Node (test/node/hints/rules.test.ts).
 */
import {expect} from '@open-wc/testing';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint, HintInput} from '../../../src/hints/index.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import {NOW, WEEKDAYS, ago, contact, customer, date, hours, offer, product, sale, ticket} from '../../node/hints/fixtures.js';

const compute = (view: CustomerView, input: HintInput = {}): Hint[] => computeHints(view, {now: NOW, locale: 'en-GB', ...input});
const ids = (view: CustomerView, input: HintInput = {}): string[] => compute(view, input).map((h) => h.id);
const find = (view: CustomerView, id: string, input: HintInput = {}): Hint | undefined =>
  compute(view, input).find((h) => h.id === id);
const fires = (view: CustomerView, id: string, input: HintInput = {}): boolean => ids(view, input).includes(id);

describe('rule loyal-customer (tenure ≥ 5 years)', () => {
  it('fires for 15 years, naming the years', () => {
    const hint = find(customer({customerSince: date('2010-01-15')}), 'loyal-customer');
    expect(hint?.text).to.equal('Thank them for 15 years of loyalty');
    expect(hint?.evidence).to.deep.include({label: 'Customer since', value: '15 January 2010'});
  });
});

describe('rule already-owns', () => {
  const owned = [product({id: 'p-fibre', name: 'Fibre 1 Gb/s', category: 'internet'})];
  it('fires when an offer is for a category the customer holds, listing every such offer', () => {
    const hint = find(
      customer({
        products: [...owned, product({id: 'p-tv', name: 'TV', category: 'tv', status: 'SUSPENDED'})],
        offers: [offer({id: 'o-1', name: 'Fibre Max', category: 'internet'}), offer({id: 'o-2', name: 'TV Max', category: 'TV'})],
      }),
      'already-owns',
    );
    expect(hint?.text).to.equal('Don’t pitch 2 offers already owned');
    expect(hint?.evidence).to.deep.equal([
      {label: 'Fibre Max', value: 'already has Fibre 1 Gb/s', ref: {type: 'offer', id: 'o-1'}},
      {label: 'TV Max', value: 'already has TV', ref: {type: 'offer', id: 'o-2'}},
    ]);
  });
});

describe('rule open-ticket-first', () => {
  it('fires with the highest-priority, then oldest, ticket first', () => {
    const hint = find(
      customer({
        tickets: [
          ticket({id: 'T-3', priority: 'NORMAL', openedAt: ago(30)}),
          ticket({id: 'T-2', priority: 'URGENT', openedAt: ago(2)}),
          ticket({id: 'T-1', priority: 'URGENT', openedAt: ago(5)}),
        ],
      }),
      'open-ticket-first',
    );
    expect(hint?.text, 'the ticket is named by its subject').to.equal('3 open tickets: start with “Subject of T-1”');
    expect(hint?.detail, 'its id in the detail').to.equal('Ticket T-1 · urgent');
    expect(hint?.evidence.map((e) => e.ref?.id)).to.deep.equal(['T-1', 'T-2', 'T-3']);
  });
  it('puts a cancellation request first, as cancellation-pending says', () => {
    const view = customer({
      tickets: [
        ticket({id: 'T-urgent', priority: 'URGENT'}),
        ticket({id: 'T-cancel', category: 'CANCELLATION', priority: 'LOW'}),
      ],
    });
    expect(find(view, 'open-ticket-first')?.text).to.equal('2 open tickets: start with “Subject of T-cancel”');
  });
});

describe('rule missed-appointment (last 90 days)', () => {
  const missed = (at: Date, purpose: 'APPOINTMENT' | 'SUPPORT' = 'APPOINTMENT') =>
    contact({at, direction: 'OUTBOUND', purpose, outcome: 'MISSED_BY_US'});
  it('fires for an appointment we missed yesterday, and comes first', () => {
    const hints = compute(customer({history: [missed(ago(1))], tickets: [ticket({id: 'T', priority: 'URGENT'})]}));
    expect(hints[0]?.id).to.equal('missed-appointment');
    expect([hints[0]?.text, hints[0]?.detail]).to.deep.equal([
      'Apologise: we missed their appointment',
      'Appointment of 11 March',
    ]);
  });
});

describe('rule unanswered-contact', () => {
  const waiting = (at: Date) => contact({at, channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY'});
  it('fires for a message awaiting our reply', () => {
    expect(find(customer({history: [waiting(ago(3))]}), 'unanswered-contact')?.text).to.equal('Answer their email of 9 March');
  });
  it('boundary: any age counts (a year-old message is still owed an answer), oldest named', () => {
    expect(find(customer({history: [waiting(ago(2)), waiting(ago(400))]}), 'unanswered-contact')?.text).to.equal(
      'Answer the 2 requests awaiting us',
    );
  });
});

describe('rule repeat-contact (≥ 3 contacts on one topic in 30 days)', () => {
  const onTicket = (...days: number[]) => days.map((d) => contact({at: ago(d), ticketId: 'T-1'}));
  it('fires for 4 contacts on one ticket', () => {
    expect(find(customer({history: onTicket(1, 5, 9, 12)}), 'repeat-contact')?.text).to.equal('Recurring: 4 contacts about T-1');
  });
  it('groups contacts without a ticket by purpose', () => {
    const history = [1, 2, 3].map((d) => contact({at: ago(d), purpose: 'BILLING'}));
    expect(find(customer({history}), 'repeat-contact')?.text).to.equal('Recurring: 3 contacts about billing');
  });
});

describe('rule no-transfer (≥ 2 transfers in 30 days)', () => {
  const transferred = (days: number, transfers = 1) =>
    contact({at: ago(days), outcome: 'TRANSFERRED', transfers, ticketId: 'T-1'});
  it('fires for 3 transfers', () => {
    expect(find(customer({history: [transferred(1), transferred(4, 2)]}), 'no-transfer')?.text).to.equal(
      'Don’t transfer: 3 transfers already',
    );
  });
});

describe('rule quiet-period', () => {
  const until = new Date('2025-04-06T22:00:00Z');
  it('fires during a quiet period, with reason and last day (an end at midnight names the day before)', () => {
    const hint = find(customer({quietPeriod: {reason: 'Bereavement', until}}), 'quiet-period');
    expect([hint?.text, hint?.detail]).to.deep.equal(['Quiet period: no promotion', 'Until 6 April · Bereavement']);
  });
});

describe('rule do-not-contact', () => {
  it('boundary: an explicit refusal of MARKETING or PHONE fires; the latest record wins', () => {
    const hint = find(
      customer({consents: [{purpose: 'MARKETING', granted: false, updatedAt: date('2024-05-02')}]}),
      'do-not-contact',
    );
    expect(hint?.text).to.equal('No promotion: consent withdrawn');
    expect(hint?.evidence).to.deep.equal([{label: 'Marketing consent', value: 'withdrawn on 2 May 2024'}]);
    expect(fires(customer({consents: [{purpose: 'PHONE', granted: false}]}), 'do-not-contact')).to.equal(true);
    const regranted = [
      {purpose: 'PHONE' as const, granted: false, updatedAt: date('2024-01-01')},
      {purpose: 'PHONE' as const, granted: true, updatedAt: date('2024-06-01')},
    ];
    expect(fires(customer({consents: regranted}), 'do-not-contact')).to.equal(false);
  });
});

describe('rule contact-fatigue (≥ 4 solicitations in 30 days)', () => {
  it('fires for 6 calls, with the date the cap frees up', () => {
    const history = [1, 3, 6, 10, 15, 20].map((d) => sale(ago(d)));
    const hint = find(customer({history}), 'contact-fatigue');
    // Newest first: 11, 9, 6, 2 Mar, 25, 20 Feb. Below the cap once 2 Mar (the 4th newest) leaves: 1 April.
    // 1 April is a Tuesday: the first time a call is allowed is 10:00 that day.
    expect(hint?.text).to.equal('No outbound call before Tue 1 Apr, 10:00');
    expect(hint?.until?.toISOString()).to.equal('2025-04-01T08:00:00.000Z');
    expect(hint?.evidence).to.deep.include({label: 'Allowed again from', value: '1 April 2025'});
    expect(hint?.evidence, 'the law is named').to.deep.include({label: 'Cap (France)', value: '4 per 30 days'});
  });
});

describe('rule refused-recently (60 days after a refusal)', () => {
  const refused = (days: number) => customer({history: [sale(ago(days), {outcome: 'REFUSED'})]});
  it('fires 25 days after a refusal, with the date a new offer is allowed', () => {
    expect(find(refused(25), 'refused-recently')?.text).to.equal('No new offer before 16 April');
  });
});

describe('rule outside-calling-hours (France: Mon–Fri 10–13, 14–20, no holidays)', () => {
  const at = (iso: string) => ({now: new Date(iso)});
  it('fires on a Saturday, saying why and when calling is allowed again', () => {
    const hint = find(customer({}), 'outside-calling-hours', at('2025-03-15T13:00:00Z'));
    expect(hint?.text).to.equal('No outbound call before Mon 17 Mar, 10:00');
    expect(hint?.evidence).to.deep.include({label: 'Today', value: 'weekend'});
    expect(hint?.evidence).to.deep.include({label: 'Canvassing hours (France)', value: 'Mon–Fri 10:00–13:00, 14:00–20:00'});
  });
  it('boundary: 10:00 is in, 09:59 out; 13:00 out (exclusive), 19:59 in, 20:00 out', () => {
    const local = (hm: string) => at(`2025-03-12T${hm}:00+01:00`);
    expect(fires(customer({}), 'outside-calling-hours', local('10:00'))).to.equal(false);
    expect(fires(customer({}), 'outside-calling-hours', local('09:59'))).to.equal(true);
    expect(find(customer({}), 'outside-calling-hours', local('13:00'))?.text).to.equal('No outbound call before today, 14:00');
    expect(fires(customer({}), 'outside-calling-hours', local('19:59'))).to.equal(false);
    expect(fires(customer({}), 'outside-calling-hours', local('20:00'))).to.equal(true);
  });
  it('fires on a public holiday (1 May 2025, a Thursday)', () => {
    const hint = find(customer({}), 'outside-calling-hours', at('2025-05-01T09:00:00Z'));
    expect(hint?.evidence).to.deep.include({label: 'Today', value: 'public holiday (France)'});
    expect(hint?.text).to.equal('No outbound call before tomorrow, 10:00');
  });
  it("fires outside the customer's preferred hours, even inside legal ones", () => {
    const view = customer({preferredHours: [hours(WEEKDAYS, '18:00', '20:00')]});
    expect(find(view, 'outside-calling-hours')?.text).to.equal('No outbound call before today, 18:00');
    expect(fires(view, 'outside-calling-hours', at('2025-03-12T18:30:00+01:00'))).to.equal(false);
  });
});

describe('rule preferred-channel', () => {
  it('fires with channel and hours', () => {
    expect(
      find(customer({preferredChannel: 'EMAIL', preferredHours: [hours(WEEKDAYS, '18:00', '20:00')]}), 'preferred-channel')?.text,
    ).to.equal('Prefers email, Mon–Fri 18:00–20:00');
  });
  it('boundary: an unknown channel alone does not fire; hours alone do', () => {
    expect(fires(customer({preferredChannel: 'OTHER'}), 'preferred-channel')).to.equal(false);
    expect(
      find(customer({preferredHours: [hours(['SATURDAY', 'SUNDAY'], '09:00', '12:00')]}), 'preferred-channel')?.text,
    ).to.equal('Prefers contact Sat, Sun 09:00–12:00');
  });
});

describe('when the summary failed to load', () => {
  it('rebuilds the facts from the page of contacts, and says so', () => {
    const history = [1, 2, 3, 4].map((d) => sale(ago(d)));
    const view = {...customer({history}), failed: ['summary' as const]};
    view.summary = {days: 0, count: 0, outboundSolicitations: [], awaitingReply: [], missedByUs: [], topics: [], monthly: []};
    const hint = find(view, 'contact-fatigue');
    expect(hint).to.not.equal(undefined);
    expect(hint?.evidence).to.deep.include({label: 'Source', value: 'latest 4 contacts only (summary unavailable)'});
  });
});

describe('the instant an outbound call is allowed again (every reason counted)', () => {
  // Cap 4 in 30 days; the 4th newest solicitation on Friday 19 September 2025 frees the cap on
  // Sunday 19 October 2025: the law allows Monday 20 October 10:00, an evening caller 18:00.
  const now = new Date('2025-10-16T09:30:00Z'); // Thursday 16 October, 11:30 in Paris
  const history = ['2025-10-14', '2025-10-01', '2025-09-25', '2025-09-19'].map((d) => sale(new Date(`${d}T09:00:00Z`)));
  it('a cap that frees on a Sunday: Monday 10:00, not "before Sunday"', () => {
    const hint = find(customer({history}), 'contact-fatigue', {now});
    expect(hint?.evidence).to.deep.include({label: 'Allowed again from', value: '19 October 2025'});
    expect(hint?.until?.toISOString()).to.equal('2025-10-20T08:00:00.000Z');
    expect(hint?.text).to.equal('No outbound call before Mon 20 Oct, 10:00');
  });
  it('the evidence names the law it applies', () => {
    const hint = find(customer({history}), 'contact-fatigue', {now, locale: 'fr'});
    expect(hint?.evidence).to.deep.include({label: 'Heures de démarchage (France)', value: 'lun.–ven. 10:00–13:00, 14:00–20:00'});
    expect(hint?.evidence).to.deep.include({label: 'Plafond (France)', value: '4 par période de 30 jours'});
  });
});
