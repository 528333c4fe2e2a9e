/**
 * Languages on demand (src/i18n/locales.ts): English is built in, French is a file loaded
 * the first time it is needed. This page imports nothing that registers French by itself.
 */
import {expect} from '@open-wc/testing';
import {translate} from '../../src/i18n/format.js';
import {LANGUAGES, hasLocale, loadLocale} from '../../src/i18n/locales.js';
import {hintTexts} from '../../src/hints/texts.js';
// The hint engine, which brings the English hint texts.
import '../../src/hints/compute.js';
import type {SupportedLocale} from '../../src/i18n/messages.js';

describe('languages on demand', () => {
  it('shows English until French is loaded, then French (card texts and hint texts)', async () => {
    expect(LANGUAGES).to.deep.equal(['en', 'fr']);
    expect(hasLocale('en')).to.equal(true);
    expect(hasLocale('fr')).to.equal(false);
    expect(translate('fr', 'retry')).to.equal('Try again');
    expect(hintTexts('fr').brief.newCustomersOnly).to.equal('new customers only');

    const first = loadLocale('fr');
    expect(loadLocale('fr'), 'one load per language, whoever asks').to.equal(first);
    expect(await first).to.equal(true);

    expect(hasLocale('fr')).to.equal(true);
    expect(translate('fr', 'retry')).to.equal('Réessayer');
    expect(translate('fr-CA', 'tenureYears', {n: 2})).to.equal('Avec nous depuis 2 ans');
    expect(hintTexts('fr').brief.newCustomersOnly).to.equal('réservée aux nouveaux clients');
    expect(translate('en', 'retry'), 'English is untouched').to.equal('Try again');
    expect(await loadLocale('fr'), 'loaded once, then answered at once').to.equal(true);
  });

  it('answers false for a language without a file, and the texts stay English', async () => {
    const klingon = 'tlh' as SupportedLocale;
    expect(await loadLocale(klingon)).to.equal(false);
    expect(hasLocale(klingon)).to.equal(false);
    expect(translate(klingon, 'retry')).to.equal('Try again');
  });
});
