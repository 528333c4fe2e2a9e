/** The card's messages where no `Intl` output is involved (that part: test/unit/format.test.ts, in the browser). */
import {expect} from '../expect.js';
import {supportedLocale, translate} from '../../src/i18n/format.js';
import {en} from '../../src/i18n/messages.js';
import {ui as fr} from '../../src/locales/fr.js';

describe('messages', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) {
      if (key === 'direction.OTHER') continue;
      const texts = typeof value === 'string' ? [value] : [value.one, value.other];
      for (const text of texts) expect(text, key).to.not.equal('');
    }
  });
});

describe('translate: the language', () => {
  it('falls back to English for unsupported locales', () => {
    expect(supportedLocale('de-DE')).to.equal('en');
    expect(supportedLocale('fr-CA')).to.equal('fr');
    expect(translate('de', 'retry')).to.equal('Try again');
  });
});
