/**
 * The hint engine's wall-clock maths is arithmetic on a per-week offset table; these tests
 * compare it, minute by minute around every DST change of several zones (whole-hour,
 * half-hour and 45-minute offsets, both hemispheres, Ramadan suspensions), with what `Intl`
 * itself says for each instant.
 */
import {expect} from '@open-wc/testing';
import {clearIntlCache} from '../../../src/core/intl-cache.js';
import {isValidTimeZone, zonedInstant, zonedParts} from '../../../src/core/time.js';
import {intlWallClock} from '../../zone-reference.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What `formatToParts` says, without the engine's offset table: the reference. */
const reference = intlWallClock;

/** Instants where the offset changes in `zone` during `year` (found by hourly scan, then to the minute). */
function changes(zone: string, year: number): number[] {
  const offset = (ms: number) => {
    const r = reference(new Date(ms), zone);
    return r.epochDay * DAY + r.minute * MINUTE - ms;
  };
  const found: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let ms = Date.UTC(year, 0, 1); ms < end; ms += 3_600_000) {
    if (offset(ms) !== offset(ms + 3_600_000)) {
      let low = ms;
      let high = ms + 3_600_000;
      while (high - low > MINUTE) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === offset(low)) low = mid;
        else high = mid;
      }
      found.push(high);
    }
  }
  return found;
}

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'UTC',
];

describe('zonedParts (offset table, then arithmetic)', () => {
  beforeEach(() => clearIntlCache());

  for (const zone of ZONES) {
    it(`agrees with Intl around every offset change of 2024–2025 in ${zone}`, () => {
      let checked = 0;
      for (const year of [2024, 2025]) {
        for (const change of changes(zone, year)) {
          // Every minute from 3 hours before to 3 hours after, plus odd seconds.
          for (let ms = change - 3 * 3_600_000; ms <= change + 3 * 3_600_000; ms += MINUTE) {
            for (const at of [ms, ms + 59_999]) {
              expect(zonedParts(new Date(at), zone), `${zone} ${new Date(at).toISOString()}`).to.deep.equal(
                reference(new Date(at), zone),
              );
              checked += 1;
            }
          }
        }
      }
      if (zone !== 'UTC' && zone !== 'Asia/Kolkata') expect(checked).to.be.greaterThan(1000);
    });

    it(`agrees with Intl on 2,000 seeded instants over 30 years in ${zone}`, () => {
      // A small LCG with a printed seed: the same instants on every run.
      let seed = 20251123;
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      const from = Date.UTC(2000, 0, 1);
      for (let i = 0; i < 2000; i += 1) {
        const at = new Date(from + Math.floor(next() * 30 * 365 * DAY));
        expect(zonedParts(at, zone), `${zone} ${at.toISOString()} (seed 20251123, #${i})`).to.deep.equal(reference(at, zone));
      }
    });
  }

  it('zonedInstant maps a wall-clock time back, across both DST changes, as before the offset table', () => {
    // Paris, 30 March 2025: 02:00 → 03:00.
    const day = Math.floor(Date.UTC(2025, 2, 30) / DAY);
    expect(zonedInstant(day, 9 * 60, 'Europe/Paris').toISOString()).to.equal('2025-03-30T07:00:00.000Z');
    expect(zonedInstant(day, 1 * 60 + 59, 'Europe/Paris').toISOString()).to.equal('2025-03-30T00:59:00.000Z');
    // 02:30 does not exist that day: the hour is skipped forward (03:30 CEST).
    expect(zonedInstant(day, 2 * 60 + 30, 'Europe/Paris').toISOString()).to.equal('2025-03-30T01:30:00.000Z');
    // 26 October 2025: 03:00 → 02:00; 02:30 happens twice, the later one (CET) is taken.
    const autumn = Math.floor(Date.UTC(2025, 9, 26) / DAY);
    expect(zonedInstant(autumn, 2 * 60 + 30, 'Europe/Paris').toISOString()).to.equal('2025-10-26T01:30:00.000Z');
  });

  it('knows an unknown zone is invalid, without throwing', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('Europe/Paris')).to.equal(true);
  });
});
