/**
 * Every built-in rule: a case where it fires, one where it does not, and its boundary
 * (exactly at the threshold). Views come from `customer()` in fixtures.ts; NOW is a
 * Wednesday, 11:30 in Paris. The tests whose expected texts are written by `Intl` (dates,
 * times, weekday names, plurals) are in the browser: test/unit/hints/rules.test.ts.
 */
import {expect} from '../../expect.js';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint, HintInput} from '../../../src/hints/index.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import {NOW, WEEKDAYS, ago, contact, customer, date, hours, offer, product, sale, ticket} from './fixtures.js';

const compute = (view: CustomerView, input: HintInput = {}): Hint[] => computeHints(view, {now: NOW, locale: 'en-GB', ...input});
const ids = (view: CustomerView, input: HintInput = {}): string[] => compute(view, input).map((h) => h.id);
const find = (view: CustomerView, id: string, input: HintInput = {}): Hint | undefined =>
  compute(view, input).find((h) => h.id === id);
const fires = (view: CustomerView, id: string, input: HintInput = {}): boolean => ids(view, input).includes(id);

describe('rule loyal-customer (tenure ≥ 5 years)', () => {
  it('does not fire for 2 years', () => {
    expect(fires(customer({customerSince: date('2023-01-15')}), 'loyal-customer')).to.equal(false);
  });
  it('boundary: fires on the 5th anniversary, not the day before', () => {
    expect(fires(customer({customerSince: date('2020-03-12')}), 'loyal-customer')).to.equal(true);
    expect(fires(customer({customerSince: date('2020-03-13')}), 'loyal-customer')).to.equal(false);
  });
  it("boundary: the anniversary is read on the customer's calendar, not UTC", () => {
    // 11 March 23:30 UTC is already 12 March in Paris.
    const now = new Date('2025-03-11T23:30:00Z');
    expect(fires(customer({customerSince: date('2020-03-12')}), 'loyal-customer', {now})).to.equal(true);
    expect(fires(customer({customerSince: date('2020-03-12'), timeZone: 'UTC'}), 'loyal-customer', {now})).to.equal(false);
  });
  it('follows a host threshold', () => {
    expect(fires(customer({customerSince: date('2023-01-15')}), 'loyal-customer', {options: {loyaltyYears: 2}})).to.equal(true);
  });
});

describe('rule new-customer (tenure < 90 days)', () => {
  it('fires for 12 days', () => {
    expect(find(customer({customerSince: date('2025-02-28')}), 'new-customer')?.text).to.equal('Check onboarding went well');
  });
  it('does not fire for 3 years, nor without a start date', () => {
    expect(fires(customer({}), 'new-customer')).to.equal(false);
    expect(fires(customer({customerSince: undefined}), 'new-customer')).to.equal(false);
  });
  it('boundary: 89 days fires, 90 days does not', () => {
    expect(fires(customer({customerSince: date('2024-12-13')}), 'new-customer')).to.equal(true);
    expect(fires(customer({customerSince: date('2024-12-12')}), 'new-customer')).to.equal(false);
  });
  it('boundary: day 0 says "since today"; a start date in the future is ignored', () => {
    expect(find(customer({customerSince: date('2025-03-12')}), 'new-customer')?.text).to.equal('Check onboarding went well');
    expect(fires(customer({customerSince: date('2025-04-01')}), 'new-customer')).to.equal(false);
  });
});

describe('rule already-owns', () => {
  const owned = [product({id: 'p-fibre', name: 'Fibre 1 Gb/s', category: 'internet'})];
  it('does not fire for a category the customer does not hold', () => {
    expect(fires(customer({products: owned, offers: [offer({id: 'o', category: 'tv'})]}), 'already-owns')).to.equal(false);
  });
  it('boundary: an ENDED product is not held; one offer names the product and the offer', () => {
    const ended = [product({id: 'p', category: 'internet', status: 'ENDED'})];
    expect(fires(customer({products: ended, offers: [offer({id: 'o', category: 'internet'})]}), 'already-owns')).to.equal(false);
    expect(
      find(customer({products: owned, offers: [offer({id: 'o', name: 'Fibre Max', category: 'internet'})]}), 'already-owns')
        ?.text,
    ).to.equal('Don’t pitch “Fibre Max”');
  });
});

describe('rule not-eligible', () => {
  it('fires for an offer the customer cannot get, with the reason', () => {
    const hint = find(
      customer({
        offers: [
          offer({id: 'o', name: 'TV Max', category: 'tv', eligible: false, ineligibilityReason: 'Not available at this address'}),
        ],
      }),
      'not-eligible',
    );
    expect(hint?.text).to.equal('Don’t pitch “TV Max”');
    expect(hint?.evidence).to.deep.equal([
      {label: 'TV Max', value: 'Not available at this address', ref: {type: 'offer', id: 'o'}},
    ]);
  });
  it('does not fire for eligible offers', () => {
    expect(fires(customer({offers: [offer({id: 'o', category: 'tv'})]}), 'not-eligible')).to.equal(false);
  });
  it('boundary: no reason given still fires, and says so', () => {
    const hint = find(customer({offers: [offer({id: 'o', category: 'tv', eligible: false})]}), 'not-eligible');
    expect(hint?.evidence[0]?.value).to.equal('no reason given');
  });
});

describe('rule new-customers-only', () => {
  const deal = [offer({id: 'o', name: 'Welcome deal', category: 'mobile', newCustomersOnly: true})];
  it('fires for an established customer', () => {
    expect(find(customer({offers: deal}), 'new-customers-only')?.text).to.equal('Don’t pitch “Welcome deal”');
  });
  it('does not fire for a new customer (who also gets new-customer: the two agree)', () => {
    const view = customer({offers: deal, customerSince: date('2025-02-28')});
    expect(fires(view, 'new-customers-only')).to.equal(false);
    expect(fires(view, 'new-customer')).to.equal(true);
  });
  it('boundary: fires at exactly 90 days of tenure, not at 89', () => {
    expect(fires(customer({offers: deal, customerSince: date('2024-12-12')}), 'new-customers-only')).to.equal(true);
    expect(fires(customer({offers: deal, customerSince: date('2024-12-13')}), 'new-customers-only')).to.equal(false);
  });
  it('boundary: without a start date, holding a product makes one an existing customer', () => {
    expect(fires(customer({offers: deal, customerSince: undefined}), 'new-customers-only')).to.equal(false);
    expect(
      fires(
        customer({offers: deal, customerSince: undefined, products: [product({id: 'p', category: 'x'})]}),
        'new-customers-only',
      ),
    ).to.equal(true);
  });
});

describe('rule open-ticket-first', () => {
  it('does not fire without tickets', () => {
    expect(fires(customer({}), 'open-ticket-first')).to.equal(false);
  });
  it('boundary: a resolved ticket is not open; a PENDING one is', () => {
    expect(fires(customer({tickets: [ticket({id: 'T', status: 'RESOLVED'})]}), 'open-ticket-first')).to.equal(false);
    expect(
      find(customer({tickets: [ticket({id: 'T', status: 'PENDING', priority: 'HIGH'})]}), 'open-ticket-first')?.text,
    ).to.equal('Deal with “Subject of T”');
  });
});

describe('rule no-upsell', () => {
  it('fires on an open complaint', () => {
    const hint = find(customer({tickets: [ticket({id: 'T-9', category: 'COMPLAINT'})]}), 'no-upsell');
    expect(hint?.text).to.equal('Sell nothing: open complaint');
    expect(hint?.evidence[0]?.ref).to.deep.equal({type: 'ticket', id: 'T-9'});
  });
  it('does not fire on a technical ticket', () => {
    expect(fires(customer({tickets: [ticket({id: 'T'})]}), 'no-upsell')).to.equal(false);
  });
  it('boundary: a cancellation-requested product alone fires; a closed complaint does not', () => {
    expect(
      find(customer({products: [product({id: 'p', category: 'x', status: 'CANCELLATION_REQUESTED'})]}), 'no-upsell')?.text,
    ).to.equal('Sell nothing: cancellation in progress');
    expect(fires(customer({tickets: [ticket({id: 'T', category: 'COMPLAINT', status: 'CLOSED'})]}), 'no-upsell')).to.equal(false);
  });
});

describe('rule cancellation-pending', () => {
  it('fires on a cancellation-requested product, naming it', () => {
    expect(
      find(
        customer({products: [product({id: 'p', name: 'Magazine', category: 'x', status: 'CANCELLATION_REQUESTED'})]}),
        'cancellation-pending',
      )?.text,
    ).to.equal('Wants to cancel: handle only that');
  });
  it('does not fire on active products', () => {
    expect(fires(customer({products: [product({id: 'p', category: 'x'})]}), 'cancellation-pending')).to.equal(false);
  });
  it('boundary: an open CANCELLATION ticket alone fires; a resolved one does not', () => {
    expect(find(customer({tickets: [ticket({id: 'T', category: 'CANCELLATION'})]}), 'cancellation-pending')?.text).to.equal(
      'Wants to cancel: handle only that',
    );
    expect(
      fires(customer({tickets: [ticket({id: 'T', category: 'CANCELLATION', status: 'RESOLVED'})]}), 'cancellation-pending'),
    ).to.equal(false);
  });
});

describe('rule missed-appointment (last 90 days)', () => {
  const missed = (at: Date, purpose: 'APPOINTMENT' | 'SUPPORT' = 'APPOINTMENT') =>
    contact({at, direction: 'OUTBOUND', purpose, outcome: 'MISSED_BY_US'});
  it('does not fire when the customer missed it', () => {
    expect(fires(customer({history: [contact({at: ago(1), outcome: 'MISSED_BY_CUSTOMER'})]}), 'missed-appointment')).to.equal(
      false,
    );
  });
  it('boundary: 89 days ago fires, 90 days ago does not', () => {
    const view = (days: number) => customer({history: [missed(ago(days))], summaryDays: 120});
    expect(fires(view(89), 'missed-appointment')).to.equal(true);
    expect(fires(view(90), 'missed-appointment')).to.equal(false);
  });
  it('says "callback" for a missed callback', () => {
    expect(find(customer({history: [missed(ago(2), 'SUPPORT')]}), 'missed-appointment')?.text).to.equal(
      'Apologise: we missed a promised callback',
    );
  });
});

describe('rule unanswered-contact', () => {
  it('does not fire once answered', () => {
    expect(
      fires(customer({history: [contact({at: ago(3), channel: 'EMAIL', outcome: 'ANSWERED'})]}), 'unanswered-contact'),
    ).to.equal(false);
  });
});

describe('rule repeat-contact (≥ 3 contacts on one topic in 30 days)', () => {
  const onTicket = (...days: number[]) => days.map((d) => contact({at: ago(d), ticketId: 'T-1'}));
  it('does not fire for 2 contacts, nor for our own sales calls', () => {
    expect(fires(customer({history: onTicket(1, 5)}), 'repeat-contact')).to.equal(false);
    expect(fires(customer({history: [sale(ago(1)), sale(ago(2)), sale(ago(3))]}), 'repeat-contact')).to.equal(false);
  });
  it('boundary: exactly 3 fires; a contact 30 days ago falls outside the window', () => {
    expect(fires(customer({history: onTicket(1, 5, 29)}), 'repeat-contact')).to.equal(true);
    expect(fires(customer({history: onTicket(1, 5, 30)}), 'repeat-contact')).to.equal(false);
  });
});

describe('rule no-transfer (≥ 2 transfers in 30 days)', () => {
  const transferred = (days: number, transfers = 1) =>
    contact({at: ago(days), outcome: 'TRANSFERRED', transfers, ticketId: 'T-1'});
  it('does not fire for 1 transfer', () => {
    expect(fires(customer({history: [transferred(1)]}), 'no-transfer')).to.equal(false);
  });
  it('boundary: exactly 2 fires; a transfer 30 days ago does not count', () => {
    expect(fires(customer({history: [transferred(1), transferred(29)]}), 'no-transfer')).to.equal(true);
    expect(fires(customer({history: [transferred(1), transferred(30)]}), 'no-transfer')).to.equal(false);
  });
});

describe('rule recent-negative', () => {
  it('fires when the last contact was negative', () => {
    expect(find(customer({history: [contact({at: ago(2), sentiment: 'NEGATIVE'})]}), 'recent-negative')?.text).to.equal(
      'Acknowledge the bad last contact',
    );
  });
  it('does not fire when it was neutral', () => {
    expect(fires(customer({history: [contact({at: ago(2), sentiment: 'NEUTRAL'})]}), 'recent-negative')).to.equal(false);
  });
  it('boundary: only the very last contact counts', () => {
    const history = [contact({at: ago(1), sentiment: 'POSITIVE'}), contact({at: ago(2), sentiment: 'NEGATIVE'})];
    expect(fires(customer({history}), 'recent-negative')).to.equal(false);
  });
});

describe('rule quiet-period', () => {
  it('does not fire once it is over, or before it starts', () => {
    expect(fires(customer({quietPeriod: {reason: 'x', until: ago(1)}}), 'quiet-period')).to.equal(false);
    expect(fires(customer({quietPeriod: {reason: 'x', since: new Date(NOW.getTime() + 1)}}), 'quiet-period')).to.equal(false);
  });
  it('boundary: `until` is exclusive, `since` inclusive', () => {
    expect(fires(customer({quietPeriod: {reason: 'x', until: NOW}}), 'quiet-period')).to.equal(false);
    expect(fires(customer({quietPeriod: {reason: 'x', since: NOW}}), 'quiet-period')).to.equal(true);
  });
  it('fires host-wide when promotions are disabled', () => {
    const hint = find(customer({}), 'quiet-period', {promotionsDisabled: true});
    expect(hint?.text).to.equal('Promotions paused: no promotion');
    expect(hint?.evidence).to.deep.equal([{label: 'Promotions', value: 'paused by the host application'}]);
  });
});

describe('rule do-not-contact', () => {
  it('fires on the do-not-call registry', () => {
    expect(find(customer({doNotCall: true}), 'do-not-contact')?.text).to.equal('No sales calls: on a do-not-call list');
  });
  it('does not fire when consents are missing: a missing record is unknown, not a refusal', () => {
    expect(fires(customer({consents: []}), 'do-not-contact')).to.equal(false);
    expect(fires(customer({consents: [{purpose: 'EMAIL', granted: false}]}), 'do-not-contact')).to.equal(false);
  });
});

describe('rule contact-fatigue (≥ 4 solicitations in 30 days)', () => {
  it('the free-up date is exact: the day before, the window still holds 4', () => {
    const history = [1, 3, 6, 10, 15, 20].map((d) => sale(ago(d)));
    const onDay = (iso: string) => new Date(`${iso}T10:30:00Z`);
    expect(fires(customer({history}), 'contact-fatigue', {now: onDay('2025-03-31')})).to.equal(true);
    expect(fires(customer({history}), 'contact-fatigue', {now: onDay('2025-04-01')})).to.equal(false);
  });
  it('does not fire for 3 calls, nor for inbound or support contacts', () => {
    expect(fires(customer({history: [1, 2, 3].map((d) => sale(ago(d)))}), 'contact-fatigue')).to.equal(false);
    const support = [1, 2, 3, 4].map((d) => contact({at: ago(d), direction: 'OUTBOUND', purpose: 'SUPPORT'}));
    expect(fires(customer({history: support}), 'contact-fatigue')).to.equal(false);
  });
  it('boundary: exactly 4 fires; a call 30 days ago is out of the window, 29 days ago in', () => {
    expect(fires(customer({history: [1, 2, 3, 29].map((d) => sale(ago(d)))}), 'contact-fatigue')).to.equal(true);
    expect(fires(customer({history: [1, 2, 3, 30].map((d) => sale(ago(d)))}), 'contact-fatigue')).to.equal(false);
  });
  it("follows another jurisdiction's cap", () => {
    const history = [1, 2].map((d) => sale(ago(d)));
    expect(fires(customer({history}), 'contact-fatigue', {options: {jurisdiction: {contactCap: {max: 2}}}})).to.equal(true);
  });
});

describe('rule refused-recently (60 days after a refusal)', () => {
  const refused = (days: number) => customer({history: [sale(ago(days), {outcome: 'REFUSED'})]});
  it('does not fire 61 days after', () => {
    expect(fires(refused(61), 'refused-recently')).to.equal(false);
  });
  it('boundary: 59 days after fires, 60 days after (refusal + 60) does not', () => {
    expect(fires(refused(59), 'refused-recently')).to.equal(true);
    expect(fires(refused(60), 'refused-recently')).to.equal(false);
  });
});

describe('rule outside-calling-hours (France: Mon–Fri 10–13, 14–20, no holidays)', () => {
  it('does not fire on a Wednesday at 11:30', () => {
    expect(fires(customer({}), 'outside-calling-hours')).to.equal(false);
  });
  it('says "don\'t call now" when no time fits both within two weeks', () => {
    const view = customer({preferredHours: [hours(['SUNDAY'], '10:00', '12:00')]});
    const hint = find(view, 'outside-calling-hours');
    expect(hint?.text).to.equal('No outbound call for now');
    expect(hint?.evidence).to.deep.include({label: 'Next allowed time', value: 'none in the next 14 days'});
  });
});

describe('rule salutation-unknown', () => {
  it('fires when no salutation is recorded, with the full name to use', () => {
    expect(find(customer({salutation: undefined}), 'salutation-unknown')?.text).to.equal(
      'No title on record: say “Camille Durand”',
    );
  });
  it('does not fire when one is recorded', () => {
    expect(fires(customer({salutation: 'Madame'}), 'salutation-unknown')).to.equal(false);
  });
  it('boundary: a blank salutation is not recorded; a preferred name is used instead of the full name', () => {
    expect(fires(customer({salutation: '  '}), 'salutation-unknown')).to.equal(true);
    expect(find(customer({salutation: undefined, preferredName: 'Cam'}), 'salutation-unknown')?.text).to.contain('say “Cam”');
  });
});

describe('rule preferred-name', () => {
  it('fires with the preferred name', () => {
    expect(find(customer({preferredName: 'Cam'}), 'preferred-name')?.text).to.equal('Address them as “Cam”');
  });
  it('does not fire with neither a preferred name nor a salutation', () => {
    expect(fires(customer({salutation: undefined}), 'preferred-name')).to.equal(false);
  });
  it('boundary: a recorded salutation alone fires, with the family name', () => {
    expect(find(customer({salutation: 'Dr'}), 'preferred-name')?.text).to.equal('Address them as “Dr Durand”');
  });
});

describe('rule preferred-channel', () => {
  it('does not fire when nothing is recorded', () => {
    expect(fires(customer({}), 'preferred-channel')).to.equal(false);
  });
});

describe('protections fail closed in the rules', () => {
  it('an assumed registry flag or consent gives do-not-contact, saying it was assumed', () => {
    const hint = find(customer({assumed: ['do-not-call']}), 'do-not-contact');
    expect(hint?.text).to.equal('No sales calls: on a do-not-call list');
    expect(hint?.evidence).to.deep.include({label: 'Do-not-call registry', value: 'could not be read: assumed'});
    expect(find(customer({assumed: ['consents']}), 'do-not-contact')?.text).to.equal('No promotion: consent withdrawn');
  });
  it('an unreadable quiet period is active, whatever its dates', () => {
    const view = customer({quietPeriod: {reason: '', until: ago(10)}, assumed: ['quiet-period']});
    const hint = find(view, 'quiet-period');
    expect(hint?.evidence).to.deep.include({label: 'Quiet period', value: 'could not be read: assumed'});
    expect(compute(view).some((h) => h.promotional)).to.equal(false);
  });
  it('unreadable refusals and contact history: no new offer, no call', () => {
    const view = customer({assumed: ['refusals', 'contact-pressure']});
    expect(find(view, 'refused-recently')?.text).to.equal('No new offer: refusals unknown');
    expect(find(view, 'contact-fatigue')?.text).to.equal('No outbound call: contact history unknown');
    expect(find(customer({}), 'contact-fatigue')).to.equal(undefined);
  });
});

describe('the instant an outbound call is allowed again (every reason counted)', () => {
  // Cap 4 in 30 days; the 4th newest solicitation on Friday 19 September 2025 frees the cap on
  // Sunday 19 October 2025: the law allows Monday 20 October 10:00, an evening caller 18:00.
  const now = new Date('2025-10-16T09:30:00Z'); // Thursday 16 October, 11:30 in Paris
  const history = ['2025-10-14', '2025-10-01', '2025-09-25', '2025-09-19'].map((d) => sale(new Date(`${d}T09:00:00Z`)));
  it('…at 18:00 for a customer who prefers evenings', () => {
    const view = customer({history, preferredHours: [hours(WEEKDAYS, '18:00', '20:00')]});
    expect(find(view, 'contact-fatigue', {now})?.until?.toISOString()).to.equal('2025-10-20T16:00:00.000Z');
  });
  it('a refusal whose quiet time ends later moves it to that day, across the DST change', () => {
    // Refused on 1 September: 60 days → 31 October 2025, a Friday, in winter time (UTC+1).
    const refused = [...history, sale(new Date('2025-09-01T09:00:00Z'), {outcome: 'REFUSED'})];
    const view = customer({history: refused});
    expect(find(view, 'contact-fatigue', {now})?.until?.toISOString()).to.equal('2025-10-31T09:00:00.000Z');
    expect(find(view, 'refused-recently', {now})?.until?.toISOString()).to.equal('2025-10-31T09:00:00.000Z');
  });
  it('a public holiday after the free day is skipped (Tuesday 11 November 2025)', () => {
    const late = ['2025-11-07', '2025-11-03', '2025-10-20', '2025-10-11'].map((d) => sale(new Date(`${d}T09:00:00Z`)));
    // The cap frees on Monday 10 November: 10:00 that day. For a customer who takes calls on
    // Tuesdays and Wednesdays only, Tuesday 11 (Armistice Day) is skipped: Wednesday 12.
    const hint = find(customer({history: late}), 'contact-fatigue', {now: new Date('2025-11-07T10:00:00Z')});
    expect(hint?.until?.toISOString()).to.equal('2025-11-10T09:00:00.000Z');
    const view = customer({history: late, preferredHours: [hours(['TUESDAY', 'WEDNESDAY'], '10:00', '12:00')]});
    expect(find(view, 'contact-fatigue', {now: new Date('2025-11-07T10:00:00Z')})?.until?.toISOString()).to.equal(
      '2025-11-12T09:00:00.000Z',
    );
  });
  it('do-not-contact has no date and says so', () => {
    const hint = find(customer({doNotCall: true}), 'do-not-contact');
    expect(hint?.until).to.equal(undefined);
    expect(hint?.detail).to.equal('No end date: until they consent again');
    expect(find(customer({doNotCall: true}), 'do-not-contact', {locale: 'fr'})?.detail).to.equal(
      'Sans date de fin\u202F: jusqu’à un nouveau consentement',
    );
  });
});
