import {expect} from '@open-wc/testing';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint, HintRule} from '../../../src/hints/index.js';
import {
  NOW,
  SEED_EXPECTATIONS,
  seed000MissedAppointment,
  seed001Transferred,
  seed002Dupin,
  seed003QuietPeriod,
  seed004Martin,
} from './fixtures.js';

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

  it('001: repeat contact, no transfer and the unanswered e-mail are all there, with their figures', () => {
    const hints = computeHints(seed001Transferred(), {now: NOW, locale: 'en-GB'});
    const byId = new Map(hints.map((h) => [h.id, h]));
    expect(byId.get('repeat-contact')?.text).to.equal('Own it: 4 contacts about “Internet drops every evening”');
    expect(byId.get('repeat-contact')?.detail).to.equal('Ticket T-4907 · 4 contacts in 30 days');
    expect(byId.get('no-transfer')?.text).to.equal('Don’t transfer: 3 transfers already');
    expect(byId.get('no-transfer')?.detail).to.equal('Transferred 3 times in 30 days');
    expect(byId.get('unanswered-contact')?.text).to.equal('Answer their email of 9 March');
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

  it('004: Martin gets loyalty acknowledged, and every offer he owns or cannot get is a "don\'t"', () => {
    const hints = computeHints(seed004Martin(), {now: NOW, locale: 'fr'});
    expect(ids(hints)).to.include.members([
      'loyal-customer',
      'already-owns',
      'not-eligible',
      'new-customers-only',
      'contact-fatigue',
      'refused-recently',
      'recent-negative',
    ]);
    const byId = new Map(hints.map((h) => [h.id, h]));
    expect(byId.get('loyal-customer')?.text).to.equal('Remerciez pour 15 ans de fidélité');
    // Solicitations on 10 Mar, 7 Mar, 3 Mar, 26 Feb…: the 4th newest (26 Feb) + 30 days = 28 March,
    // when the cap frees up. But he refused an offer on 15 February (no solicitation for 60
    // days: 16 April), and he wants calls between 18:00 and 20:00: Wednesday 16 April, 18:00.
    expect(byId.get('contact-fatigue')?.evidence).to.deep.include({label: 'De nouveau possible le', value: '28 mars 2025'});
    expect(byId.get('contact-fatigue')?.text).to.equal('Ne rappelez pas avant mer. 16 avr., 18:00');
    expect(byId.get('contact-fatigue')?.until?.toISOString()).to.equal('2025-04-16T16:00:00.000Z');
    expect(byId.get('contact-fatigue')?.detail).to.equal('6 appels en 30 jours (plafond\u202F: 4)');
    expect(byId.get('refused-recently')?.text).to.equal('Aucune offre avant le 16 avril');
    expect(byId.get('refused-recently')?.detail).to.equal('Offre refusée le 15 février');
    const owned = byId.get('already-owns');
    expect(owned?.evidence.map((e) => e.ref?.id)).to.deep.equal(['o-bundle', 'o-tv-max', 'o-welcome']);
    expect(owned?.text).to.equal('Ne proposez pas 3 offres déjà possédées');
  });
});
