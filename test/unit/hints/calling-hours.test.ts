/**
 * Local time and calling hours across DST changes. Europe/Paris switches to summer time on
 * the last Sunday of March (30 March 2025, 01:00 UTC) and back on the last Sunday of October
 * (26 October 2025, 01:00 UTC): the same UTC instant falls in or out of the legal hours.
 */
import {expect} from '@open-wc/testing';
import {computeHints, franceProfile} from '../../../src/hints/index.js';
import {callingHoursStatus} from '../../../src/hints/calling-hours.js';
import {epochDayOf, zonedInstant, zonedParts} from '../../../src/core/time.js';
import {customer} from './fixtures.js';

const PARIS = 'Europe/Paris';
const status = (iso: string, zone = PARIS) => callingHoursStatus(new Date(iso), zone, franceProfile, []);
const hoursHint = (iso: string, view = customer({}), locale = 'en-GB') =>
  computeHints(view, {now: new Date(iso), locale}).find((h) => h.id === 'outside-calling-hours');

describe('local time in a zone (Intl formatToParts)', () => {
  it('jumps from 01:59 to 03:00 on 30 March 2025 in Paris', () => {
    expect(zonedParts(new Date('2025-03-30T00:59:00Z'), PARIS).minute).to.equal(1 * 60 + 59);
    expect(zonedParts(new Date('2025-03-30T01:00:00Z'), PARIS).minute).to.equal(3 * 60);
  });
  it('falls back from 02:59 to 02:00 on 26 October 2025 in Paris', () => {
    expect(zonedParts(new Date('2025-10-26T00:59:00Z'), PARIS).minute).to.equal(2 * 60 + 59);
    expect(zonedParts(new Date('2025-10-26T01:00:00Z'), PARIS).minute).to.equal(2 * 60);
  });
  it('gives weekday and calendar day in the zone, midnight as 0', () => {
    const p = zonedParts(new Date('2025-03-29T23:00:00Z'), PARIS);
    expect([p.weekday, p.minute, p.epochDay]).to.deep.equal([6, 0, epochDayOf(2025, 3, 30)]);
  });
  it('turns a local wall time back into the right instant on both sides of a change', () => {
    expect(zonedInstant(epochDayOf(2025, 3, 28), 600, PARIS).toISOString()).to.equal('2025-03-28T09:00:00.000Z');
    expect(zonedInstant(epochDayOf(2025, 3, 31), 600, PARIS).toISOString()).to.equal('2025-03-31T08:00:00.000Z');
    expect(zonedInstant(epochDayOf(2025, 10, 24), 600, PARIS).toISOString()).to.equal('2025-10-24T08:00:00.000Z');
    expect(zonedInstant(epochDayOf(2025, 10, 27), 600, PARIS).toISOString()).to.equal('2025-10-27T09:00:00.000Z');
    // 02:30 does not exist on 30 March: clocks show 03:30 (01:30 UTC).
    expect(zonedInstant(epochDayOf(2025, 3, 30), 150, PARIS).toISOString()).to.equal('2025-03-30T01:30:00.000Z');
  });
});

describe('calling hours across the March change (last Sunday of March)', () => {
  it('18:30 UTC is 19:30 on Friday (winter, allowed) but 20:30 on Monday (summer, not allowed)', () => {
    expect(status('2025-03-28T18:30:00Z').inLegalHours).to.equal(true);
    expect(status('2025-03-31T18:30:00Z').inLegalHours).to.equal(false);
  });
  it('08:30 UTC is 09:30 on Friday (too early) but 10:30 on Monday (allowed)', () => {
    expect(status('2025-03-28T08:30:00Z').inLegalHours).to.equal(false);
    expect(status('2025-03-31T08:30:00Z').inLegalHours).to.equal(true);
  });
  it('from Saturday before the change, the next allowed time is Monday 10:00 summer time', () => {
    const s = status('2025-03-29T12:00:00Z');
    expect(s.legalReason).to.equal('weekend');
    expect(s.next?.toISOString()).to.equal('2025-03-31T08:00:00.000Z');
    expect(hoursHint('2025-03-29T12:00:00Z')?.text).to.equal('Don’t call before Mon 31 Mar, 10:00');
  });
  it('on the night of the change itself (Sunday 03:30 local) it is the weekend', () => {
    expect(status('2025-03-30T01:30:00Z').legalReason).to.equal('weekend');
  });
});

describe('calling hours across the October change (last Sunday of October)', () => {
  it('08:30 UTC is 10:30 on Friday (summer, allowed) but 09:30 on Monday (winter, too early)', () => {
    expect(status('2025-10-24T08:30:00Z').inLegalHours).to.equal(true);
    const monday = status('2025-10-27T08:30:00Z');
    expect(monday.inLegalHours).to.equal(false);
    expect(monday.next?.toISOString()).to.equal('2025-10-27T09:00:00.000Z');
  });
  it('from Saturday before the change, the next allowed time is Monday 10:00 winter time', () => {
    expect(status('2025-10-25T12:00:00Z').next?.toISOString()).to.equal('2025-10-27T09:00:00.000Z');
    expect(hoursHint('2025-10-25T12:00:00Z', customer({}), 'fr')?.text).to.equal('Pas d’appel avant lun. 27 oct., 10:00');
  });
});

describe("calling hours in the customer's own zone", () => {
  it("uses the customer's zone: 10:30 UTC is 06:30 in Martinique", () => {
    const view = customer({timeZone: 'America/Martinique'});
    const hint = hoursHint('2025-03-12T10:30:00Z', view);
    expect(hint?.evidence[0]?.value).to.equal('today, 06:30 (America/Martinique)');
    expect(hint?.text).to.equal('Don’t call before today, 10:00');
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
    expect(hint?.text).to.equal('Don’t call before Sat 15 Mar, 09:00');
  });
});
