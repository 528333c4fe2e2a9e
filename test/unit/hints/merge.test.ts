/**
 * The context a host rule gets, with its formatting helpers: dates, plurals and numbers written
 * by `Intl`, in the browser whose ICU data agents have. The rest of host rules, server hints and
 * precedence runs under Node (test/node/hints/merge.test.ts).
 */
import {expect} from '@open-wc/testing';
import {computeHints} from '../../../src/hints/index.js';
import type {HintContext, HintRule} from '../../../src/hints/index.js';
import {NOW, customer} from '../../node/hints/fixtures.js';

describe('host rules', () => {
  it('get a context with now, language, zone, options and formatting helpers', () => {
    let seen: HintContext | undefined;
    const rule: HintRule = (view, ctx) => {
      seen = ctx;
      return [
        {
          id: 'acme-renewal',
          kind: 'do',
          severity: 2,
          text: ctx.format.pick({
            en: `Contract renews on ${ctx.format.date(new Date('2025-04-01T10:00:00Z'))}`,
            fr: `Renouvellement le ${ctx.format.date(new Date('2025-04-01T10:00:00Z'))}`,
          }),
          evidence: [{label: 'Lines', value: ctx.format.plural(view.products.length, {one: '# ligne', other: '# lignes'})}],
        },
      ];
    };
    const hint = computeHints(customer({}), {now: NOW, locale: 'fr', rules: [rule]}).find((h) => h.id === 'acme-renewal');
    expect(hint?.text).to.equal('Renouvellement le 1er avril');
    expect(hint?.evidence).to.deep.equal([{label: 'Lines', value: '0 ligne'}]);
    expect(seen?.now.toISOString()).to.equal(NOW.toISOString());
    expect([seen?.language, seen?.timeZone, seen?.options.loyaltyYears]).to.deep.equal(['fr', 'Europe/Paris', 5]);
    expect(seen?.format.number(10000)).to.equal('10\u202F000');
  });
});
