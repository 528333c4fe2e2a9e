/**
 * Local time and calling hours across DST changes. Europe/Paris switches to summer time on
 * the last Sunday of March (30 March 2025, 01:00 UTC) and back on the last Sunday of October
 * (26 October 2025, 01:00 UTC): the same UTC instant falls in or out of the legal hours.
 * Here the tests whose expected texts are written by `Intl` (dates, times, weekday names), in
 * the browser whose ICU data agents have; the rest runs under Node
 * (test/node/hints/calling-hours.test.ts).
 */
import {expect} from '@open-wc/testing';
import {computeHints, franceProfile} from '../../../src/hints/index.js';
import {callingHoursStatus} from '../../../src/hints/calling-hours.js';
import {customer} from '../../node/hints/fixtures.js';

const PARIS = 'Europe/Paris';
const status = (iso: string, zone = PARIS) => callingHoursStatus(new Date(iso), zone, franceProfile, []);
const hoursHint = (iso: string, view = customer({}), locale = 'en-GB') =>
  computeHints(view, {now: new Date(iso), locale}).find((h) => h.id === 'outside-calling-hours');

describe('calling hours across the March change (last Sunday of March)', () => {
  it('from Saturday before the change, the next allowed time is Monday 10:00 summer time', () => {
    const s = status('2025-03-29T12:00:00Z');
    expect(s.legalReason).to.equal('weekend');
    expect(s.next?.toISOString()).to.equal('2025-03-31T08:00:00.000Z');
    expect(hoursHint('2025-03-29T12:00:00Z')?.text).to.equal('No outbound call before Mon 31 Mar, 10:00');
  });
});

describe('calling hours across the October change (last Sunday of October)', () => {
  it('from Saturday before the change, the next allowed time is Monday 10:00 winter time', () => {
    expect(status('2025-10-25T12:00:00Z').next?.toISOString()).to.equal('2025-10-27T09:00:00.000Z');
    expect(hoursHint('2025-10-25T12:00:00Z', customer({}), 'fr')?.text).to.equal('Ne rappelez pas avant lun. 27 oct., 10:00');
  });
});

describe("calling hours in the customer's own zone", () => {
  it("uses the customer's zone: 10:30 UTC is 06:30 in Martinique", () => {
    const view = customer({timeZone: 'America/Martinique'});
    const hint = hoursHint('2025-03-12T10:30:00Z', view);
    expect(hint?.evidence[0]?.value).to.equal('today, 06:30 (America/Martinique)');
    expect(hint?.text).to.equal('No outbound call before today, 10:00');
    expect(status('2025-03-12T10:30:00Z', 'America/Martinique').next?.toISOString()).to.equal('2025-03-12T14:00:00.000Z');
  });
  it("falls back to the jurisdiction's zone when the customer's is unknown or invalid", () => {
    for (const timeZone of [undefined, 'Mars/Olympus_Mons']) {
      const hint = hoursHint('2025-03-15T12:00:00Z', customer({timeZone}));
      expect(hint?.evidence[0]?.value).to.equal('today, 13:00 (Europe/Paris)');
    }
  });
  it('another country is another Jurisdiction object, not code', () => {
    const weekendShop = {
      ...franceProfile,
      id: 'XX',
      defaultTimeZone: 'America/New_York',
      callingHours: [{days: ['SATURDAY' as const], from: 9 * 60, to: 12 * 60}],
      publicHolidays: [],
    };
    const s = callingHoursStatus(new Date('2025-03-15T14:00:00Z'), 'America/New_York', weekendShop, []);
    expect(s.inLegalHours).to.equal(true);
    const hint = computeHints(customer({timeZone: 'America/New_York'}), {
      now: new Date('2025-03-12T14:00:00Z'),
      locale: 'en-GB',
      options: {jurisdiction: weekendShop},
    }).find((h) => h.id === 'outside-calling-hours');
    expect(hint?.text).to.equal('No outbound call before Sat 15 Mar, 09:00');
  });
});
