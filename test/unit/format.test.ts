/**
 * The card's words where `Intl` chooses or formats them (plurals, numbers, month names,
 * relative dates): asserted here, in the browser, whose ICU data is the one agents have. The
 * rest of the messages is tested under Node (test/node/messages.test.ts).
 */
import {expect} from '@open-wc/testing';
import {formatPressure, formatRelative, requestedLocale, translate} from '../../src/i18n/format.js';
import {loadLocale} from '../../src/i18n/locales.js';
import type {Weekday} from '../../src/data/view-model.js';

describe('translate', () => {
  // French is a file of its own, loaded on demand (src/i18n/locales.ts).
  before(() => loadLocale('fr'));

  it('chooses plurals by language', () => {
    expect(translate('en', 'tenureYears', {n: 1})).to.equal('Customer for 1 year');
    expect(translate('en', 'tenureYears', {n: 12})).to.equal('Customer for 12 years');
    expect(translate('fr', 'tenureYears', {n: 1})).to.equal('Avec nous depuis 1 an');
    expect(translate('fr', 'tenureYears', {n: 12})).to.equal('Avec nous depuis 12 ans');
    // French uses the singular for 0 and 1.
    expect(translate('fr', 'dismissed', {n: 0})).to.equal('0 conseil écarté');
  });

  it('fills placeholders as text, and formats numbers per locale', () => {
    expect(translate('en', 'notFound', {id: '<b>x</b>'})).to.equal('No customer with id “<b>x</b>”.');
    expect(translate('fr', 'historyCount', {shown: 5, n: 10000})).to.equal('5 sur 10\u202f000 contacts');
  });
});

describe("formatPressure (the contacts chart's spoken label)", () => {
  before(() => loadLocale('fr'));
  // Each count at 0, 1 and 2, in both columns.
  const months = [
    {month: '2026-06', inbound: 0, outbound: 1},
    {month: '2026-07', inbound: 1, outbound: 2},
    {month: '2026-08', inbound: 2, outbound: 0},
  ];

  it('English: each month with its counts', () => {
    expect(formatPressure('en', months)).to.equal(
      'Contacts per month, last 6 months: June 2026: 0 inbound, 1 outbound; July 2026: 1 inbound, 2 outbound; August 2026: 2 inbound, 0 outbound',
    );
  });

  it('French: each count takes its own plural form (0 and 1 singular), with narrow no-break spaces before : and ;', () => {
    expect(formatPressure('fr', months)).to.equal(
      'Contacts par mois, 6 derniers mois\u202F: juin 2026\u202F: 0 entrant, 1 sortant\u202F; ' +
        'juillet 2026\u202F: 1 entrant, 2 sortants\u202F; août 2026\u202F: 2 entrants, 0 sortant',
    );
    // French "many" (a million) reads as the plural.
    expect(formatPressure('fr', [{month: '2026-06', inbound: 1e6, outbound: 1}])).to.equal(
      'Contacts par mois, 6 derniers mois\u202F: juin 2026\u202F: 1\u202F000\u202F000 entrants, 1 sortant',
    );
  });

  it('each count is a plural message of its own, chosen on its number', () => {
    const forms = (locale: string, key: 'pressureInbound' | 'pressureOutbound') =>
      [0, 1, 2].map((n) => translate(locale, key, {n}));
    expect(forms('en', 'pressureInbound')).to.deep.equal(['0 inbound', '1 inbound', '2 inbound']);
    expect(forms('en', 'pressureOutbound')).to.deep.equal(['0 outbound', '1 outbound', '2 outbound']);
    expect(forms('fr', 'pressureInbound')).to.deep.equal(['0 entrant', '1 entrant', '2 entrants']);
    expect(forms('fr', 'pressureOutbound')).to.deep.equal(['0 sortant', '1 sortant', '2 sortants']);
  });

  it('no months: the title alone', () => {
    expect(formatPressure('en', [])).to.equal('Contacts per month, last 6 months: ');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('says yesterday and hier', () => {
    expect(formatRelative('en', new Date('2026-11-22T12:00:00Z'), now)).to.equal('yesterday');
    expect(formatRelative('fr', new Date('2026-11-22T12:00:00Z'), now)).to.equal('hier');
  });
  it('uses larger units for older dates', () => {
    expect(formatRelative('en', new Date('2024-11-23T12:00:00Z'), now)).to.equal('2 years ago');
    expect(formatRelative('fr', new Date('2026-11-16T12:00:00Z'), now)).to.equal('la semaine dernière');
  });
});

describe('requestedLocale', () => {
  it('prefers the explicit locale, then the closest lang ancestor across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    document.body.append(outer);
    try {
      expect(requestedLocale(inner, undefined)).to.equal('fr');
      expect(requestedLocale(inner, 'en-GB')).to.equal('en-GB');
    } finally {
      outer.remove();
    }
  });
});

describe('calling-hours grouping is linear (issue #10, item 3)', () => {
  it('groups 100,000 windows (same days) into one line with every time once', async () => {
    const {createFormatter} = await import('../../src/core/format.js');
    const f = createFormatter({language: 'en', locale: 'en-GB'}, 'Europe/Paris', new Date('2026-11-23T10:00:00Z'));
    const windows = Array.from({length: 100_000}, (_, i) => ({
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY'] as Weekday[],
      from: i % 1440,
      to: (i % 1440) + 1,
    }));
    // A quadratic grouping (copying the group on each window) would take hours here; this
    // asserts only the result, the test runner's timeout catches the rest.
    const text = f.hours(windows);
    expect(text.startsWith('Mon–Wed 00:00–00:01, 00:01–00:02')).to.equal(true);
    expect(text.split(', ').length).to.equal(100_000);
  });
});
