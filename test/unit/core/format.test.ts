import {expect} from '@open-wc/testing';
import {createFormatter, resolveLocale} from '../../../src/core/format.js';

/** A formatter for the agent's `tag`, in `zone`, at `now`. */
const formatter = (tag: string, now: string, zone = 'Europe/Paris') => createFormatter(resolveLocale(tag), zone, new Date(now));

describe('dateTime: yesterday, today and tomorrow by name', () => {
  // Monday 23 November 2026, 10:30 UTC = 11:30 in Paris.
  const NOW = '2026-11-23T10:30:00Z';

  it('today, 18:00 rather than "Mon, Nov 23, 18:00" on that Monday', () => {
    expect(formatter('en', NOW).dateTime(new Date('2026-11-23T17:00:00Z'))).to.equal('today, 18:00');
    expect(formatter('fr', NOW).dateTime(new Date('2026-11-23T17:00:00Z'))).to.equal('aujourd’hui à 18:00');
  });

  it('tomorrow and yesterday by name too', () => {
    expect(formatter('en', NOW).dateTime(new Date('2026-11-24T08:00:00Z'))).to.equal('tomorrow, 09:00');
    expect(formatter('fr', NOW).dateTime(new Date('2026-11-22T19:15:00Z'))).to.equal('hier à 20:15');
  });

  it('other days keep weekday and date', () => {
    expect(formatter('en-GB', NOW).dateTime(new Date('2026-11-25T09:00:00Z'))).to.equal('Wed 25 Nov, 10:00');
  });

  it('"today" is the calendar day in the customer\'s zone, not the agent\'s', () => {
    // 23:30 UTC on the 23rd is already the 24th, 08:30, in Tokyo: tomorrow there.
    expect(formatter('en', NOW, 'Asia/Tokyo').dateTime(new Date('2026-11-23T23:30:00Z'))).to.equal('tomorrow, 08:30');
    // 10:30 UTC on the 23rd is still the 22nd, 23:30 in Honolulu... and `now` is the 23rd 00:30 there.
    expect(formatter('en', NOW, 'Pacific/Honolulu').dateTime(new Date('2026-11-23T09:30:00Z'))).to.equal('yesterday, 23:30');
  });
});
