/**
 * Local time and calling hours across DST changes. Europe/Paris switches to summer time on
 * the last Sunday of March (30 March 2025, 01:00 UTC) and back on the last Sunday of October
 * (26 October 2025, 01:00 UTC): the same UTC instant falls in or out of the legal hours.
 * The tests that read the hint's text (a date and time written by `Intl`) are in the browser:
 * test/unit/hints/calling-hours.test.ts.
 */
import {expect} from '../../expect.js';
import {franceProfile} from '../../../src/hints/index.js';
import {callingHoursStatus} from '../../../src/hints/calling-hours.js';
import {epochDayOf, zonedInstant, zonedParts} from '../../../src/core/time.js';

const PARIS = 'Europe/Paris';
const status = (iso: string, zone = PARIS) => callingHoursStatus(new Date(iso), zone, franceProfile, []);

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
});
