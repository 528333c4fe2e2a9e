/**
 * Public holidays computed from yearly rules (src/hints/holidays.ts): the calling rules must
 * not expire with a hand-written list. Easter dates are checked against published tables.
 */
import {expect} from '../../expect.js';
import {franceProfile} from '../../../src/hints/index.js';
import {easterSunday, holidayOn, holidaysIn, isPublicHoliday} from '../../../src/hints/holidays.js';
import {callingHoursStatus} from '../../../src/hints/calling-hours.js';
import {epochDayOf, isoDate} from '../../../src/core/time.js';

const FR = franceProfile.holidays ?? [];
const iso = (days: number[]) => days.map(isoDate);

describe('Easter Sunday (Gregorian)', () => {
  it('matches the published dates, early and late extremes included', () => {
    const known: [number, string][] = [
      [1818, '1818-03-22'],
      [1943, '1943-04-25'],
      [2000, '2000-04-23'],
      [2008, '2008-03-23'],
      [2011, '2011-04-24'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2028, '2028-04-16'],
      [2035, '2035-03-25'],
      [2038, '2038-04-25'],
      [2049, '2049-04-18'],
      [2100, '2100-03-28'],
    ];
    for (const [year, date] of known) expect(isoDate(easterSunday(year)), String(year)).to.equal(date);
  });
  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2300; year += 1) {
      const day = easterSunday(year);
      expect(new Date(day * 86_400_000).getUTCDay(), String(year)).to.equal(0);
      expect(day, String(year)).to.be.within(epochDayOf(year, 3, 22), epochDayOf(year, 4, 25));
    }
  });
});

describe('French public holidays, computed', () => {
  it('gives the 11 holidays of 2025, 2026 and 2027 that the law lists', () => {
    expect(iso(holidaysIn(FR, 2025))).to.deep.equal([
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-08',
      '2025-05-29',
      '2025-06-09',
      '2025-07-14',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ]);
    expect(iso(holidaysIn(FR, 2026))).to.deep.equal([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(iso(holidaysIn(FR, 2027))).to.deep.equal([
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-08',
      '2027-05-17',
      '2027-07-14',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]);
  });
  it('keeps working after 2027: Easter Monday, Ascension and Whit Monday of 2028 and 2035', () => {
    expect(iso(holidaysIn(FR, 2028))).to.include.members(['2028-04-17', '2028-05-25', '2028-06-05']);
    expect(iso(holidaysIn(FR, 2035))).to.include.members(['2035-03-26', '2035-05-03', '2035-05-14']);
  });
  it('when Ascension falls on 1 May (2008), the year has 10 distinct holidays, not a crash', () => {
    expect(holidaysIn(FR, 2008)).to.have.length(10);
    expect(isPublicHoliday(franceProfile, epochDayOf(2008, 5, 1))).to.equal(true);
  });
  it('a public holiday on a weekday after 2027 is outside the legal hours', () => {
    // Thursday 25 May 2028 (Ascension), 11:00 in Paris.
    const s = callingHoursStatus(new Date('2028-05-25T09:00:00Z'), 'Europe/Paris', franceProfile, []);
    expect([s.inLegalHours, s.legalReason]).to.deep.equal([false, 'publicHoliday']);
    expect(s.next?.toISOString()).to.equal('2028-05-26T08:00:00.000Z');
  });
  it('a deployment extends the rules (Alsace-Moselle: Good Friday, 26 December) or lists one-off dates', () => {
    const alsace = {...franceProfile, holidays: [...FR, 'easter-2', '12-26'], publicHolidays: ['2026-06-19']};
    expect(isPublicHoliday(alsace, epochDayOf(2026, 4, 3))).to.equal(true);
    expect(isPublicHoliday(alsace, epochDayOf(2026, 12, 26))).to.equal(true);
    expect(isPublicHoliday(alsace, epochDayOf(2026, 6, 19))).to.equal(true);
    expect(isPublicHoliday(franceProfile, epochDayOf(2026, 4, 3))).to.equal(false);
  });
  it('ignores rules that are not dates', () => {
    expect(holidayOn('02-30', 2026)).to.equal(undefined);
    expect(holidayOn('easter+x', 2026)).to.equal(undefined);
    expect(holidayOn('Christmas', 2026)).to.equal(undefined);
    expect(isoDate(holidayOn(' EASTER ', 2026)!)).to.equal('2026-04-05');
  });
});
