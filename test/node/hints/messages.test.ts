/**
 * The hint message tables: the same keys in English and French, a text function for every
 * catalog id. The texts themselves (plurals, dates, typography around what `Intl` writes) are
 * tested in the browser: test/unit/hints/messages.test.ts.
 */
import {expect} from '../../expect.js';
import {HINT_IDS, messages} from '../../../src/hints/index.js';

/** Every key path of a (nested) object: functions count as leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

describe('message tables', () => {
  it('English and French have exactly the same keys', () => {
    expect(keyPaths(messages.fr)).to.deep.equal(keyPaths(messages.en));
  });
  it('every catalog id has a text function in both languages', () => {
    for (const id of HINT_IDS) {
      expect(messages.en.hints[id], `en ${id}`).to.be.a('function');
      expect(messages.fr.hints[id], `fr ${id}`).to.be.a('function');
    }
  });
});
