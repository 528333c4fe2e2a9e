/**
 * The seed stories' texts written by `Intl` (dates, times, plurals), in the browser whose ICU
 * data agents have. Their hints, their order and the rest run under Node
 * (test/node/hints/seeds.test.ts).
 */
import {expect} from '@open-wc/testing';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint} from '../../../src/hints/index.js';
import {NOW, seed001Transferred, seed004Martin} from '../../node/hints/fixtures.js';

const ids = (hints: readonly Hint[]): string[] => hints.map((h) => h.id);

describe('seed fixtures: the exact, ordered hints of each story', () => {
  it('001: repeat contact, no transfer and the unanswered e-mail are all there, with their figures', () => {
    const hints = computeHints(seed001Transferred(), {now: NOW, locale: 'en-GB'});
    const byId = new Map(hints.map((h) => [h.id, h]));
    expect(byId.get('repeat-contact')?.text).to.equal('Own it: 4 contacts about “Internet drops every evening”');
    expect(byId.get('repeat-contact')?.detail).to.equal('Ticket T-4907 · 4 contacts in 30 days');
    expect(byId.get('no-transfer')?.text).to.equal('Don’t transfer: 3 transfers already');
    expect(byId.get('no-transfer')?.detail).to.equal('Transferred 3 times in 30 days');
    expect(byId.get('unanswered-contact')?.text).to.equal('Answer their email of 9 March');
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
