import {expect} from '@open-wc/testing';
import {INTL_CACHE_SIZE, clearIntlCache, intl, intlCacheSize} from '../../../src/core/intl-cache.js';

describe('the one Intl cache', () => {
  beforeEach(() => clearIntlCache());

  it('builds once per key and reuses it', () => {
    let built = 0;
    const make = () => {
      built += 1;
      return new Intl.NumberFormat('fr');
    };
    const first = intl('n|fr', make);
    expect(intl('n|fr', make)).to.equal(first);
    expect(built).to.equal(1);
  });

  it(`stays bounded at ${INTL_CACHE_SIZE} entries, dropping the least recently used`, () => {
    intl('keep', () => 'kept');
    for (let i = 0; i < INTL_CACHE_SIZE * 3; i += 1) {
      intl(`zone|${i}`, () => i);
      intl('keep', () => 'rebuilt'); // used again: stays
    }
    expect(intlCacheSize()).to.equal(INTL_CACHE_SIZE);
    expect(intl('keep', () => 'rebuilt')).to.equal('kept');
    expect(intl('zone|0', () => 'again')).to.equal('again');
  });

  it('empties itself when the browser languages change', () => {
    intl('d|en', () => 1);
    expect(intlCacheSize()).to.equal(1);
    window.dispatchEvent(new Event('languagechange'));
    expect(intlCacheSize()).to.equal(0);
    expect(intl('d|en', () => 2)).to.equal(2);
  });

  it('does not keep a value whose construction threw', () => {
    expect(() => intl('bad', () => new Intl.DateTimeFormat('en', {timeZone: 'Nowhere/Nothing'}))).to.throw();
    expect(intlCacheSize()).to.equal(0);
  });
});
