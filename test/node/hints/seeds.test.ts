/**
 * The seed stories (fixtures.ts): the exact, ordered hints of each. The tests that read their
 * texts written by `Intl` (dates, times, plurals) are in the browser:
 * test/unit/hints/seeds.test.ts.
 */
import {expect} from '../../expect.js';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint, HintRule} from '../../../src/hints/index.js';
import {NOW, SEED_EXPECTATIONS, seed000MissedAppointment, seed002Dupin, seed003QuietPeriod} from './fixtures.js';

const ids = (hints: readonly Hint[]): string[] => hints.map((h) => h.id);

/** A host rule that always pitches something: only a blocker may remove it. */
const pitch: HintRule = () => [{id: 'acme-pitch', kind: 'do', severity: 4, text: 'Offer the premium upgrade', promotional: true}];

describe('seed fixtures: the exact, ordered hints of each story', () => {
  for (const {seed, build, ids: expected} of SEED_EXPECTATIONS) {
    it(`seed ${seed}`, () => {
      for (const locale of ['en', 'fr']) {
        expect(ids(computeHints(build(), {now: NOW, locale})), `${seed} (${locale})`).to.deep.equal(expected);
      }
    });
  }

  it('000: the apology comes first, and no pitch while the complaint is open', () => {
    const hints = computeHints(seed000MissedAppointment(), {now: NOW, rules: [pitch]});
    expect(hints[0]?.id).to.equal('missed-appointment');
    expect(hints[0]?.text).to.equal('Apologise: we missed their appointment');
    expect(ids(hints)).not.to.include('acme-pitch');
  });

  it('002: never guess "Madame", handle the cancellation, and no promotional do', () => {
    const hints = computeHints(seed002Dupin(), {now: NOW, locale: 'fr', rules: [pitch]});
    expect(ids(hints)).to.include.members(['salutation-unknown', 'cancellation-pending', 'no-upsell']);
    expect(hints.filter((h) => h.kind === 'do' && h.promotional)).to.deep.equal([]);
    const salutation = hints.find((h) => h.id === 'salutation-unknown');
    expect(salutation?.text).to.equal('Civilité non renseignée\u202F: dites «\u202FJean-Baptiste Dupin\u202F»');
  });

  it('003: the quiet period silences promotional dos', () => {
    const hints = computeHints(seed003QuietPeriod(), {now: NOW, rules: [pitch]});
    expect(ids(hints)).to.include('quiet-period');
    expect(hints.filter((h) => h.promotional)).to.deep.equal([]);
    expect(ids(computeHints({...seed003QuietPeriod(), quietPeriod: undefined}, {now: NOW, rules: [pitch]}))).to.include(
      'acme-pitch',
    );
  });
});
