/**
 * English and French texts: every hint in both, plurals, dates, typography, in the browser whose
 * ICU data agents have (the texts hold what `Intl` writes). The tables' keys are checked under
 * Node (test/node/hints/messages.test.ts).
 */
import {expect} from '@open-wc/testing';
import {HINT_IDS, computeHints, messages} from '../../../src/hints/index.js';
import type {Hint, HintFormat, HintInput} from '../../../src/hints/index.js';
import {createFormatter, resolveLocale} from '../../../src/core/format.js';
import {ui} from '../../../src/locales/fr.js';
import {en as enUi} from '../../../src/i18n/messages.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import {NOW, ago, customer, date, everything, everythingNew, sale} from '../../node/hints/fixtures.js';

const text = (view: CustomerView, id: string, input: HintInput = {}): string | undefined =>
  computeHints(view, {now: NOW, ...input}).find((h) => h.id === id)?.text;
/** The headline and the line under it, as the call brief shows them. */
const line = (view: CustomerView, id: string, input: HintInput = {}): [string?, string?] => {
  const hint = computeHints(view, {now: NOW, ...input}).find((h) => h.id === id);
  return [hint?.text, hint?.detail];
};

describe('every hint in English and French', () => {
  const all = (locale: string): Hint[] => [
    ...computeHints(everything(), {now: NOW, locale}),
    ...computeHints(everythingNew(), {now: NOW, locale}).filter((h) => h.id === 'new-customer'),
  ];
  const en = all('en');
  const fr = all('fr');

  it('the fixtures fire all 21 ids', () => {
    expect([...new Set(en.map((h) => h.id))].sort()).to.deep.equal([...HINT_IDS].sort());
    expect([...new Set(fr.map((h) => h.id))].sort()).to.deep.equal([...HINT_IDS].sort());
  });

  for (const id of HINT_IDS) {
    it(`${id}: non-empty and different in each language, evidence filled in`, () => {
      const e = en.find((h) => h.id === id);
      const f = fr.find((h) => h.id === id);
      expect(e?.text, `en ${id}`).to.be.a('string').and.not.equal('');
      expect(f?.text, `fr ${id}`).to.be.a('string').and.not.equal('');
      expect(f?.text, id).to.not.equal(e?.text);
      expect(e?.evidence.length, `${id} evidence`).to.be.greaterThan(0);
      for (const item of [...(e?.evidence ?? []), ...(f?.evidence ?? [])]) {
        expect(item.label, `${id} label`).to.not.equal('');
        expect(item.value, `${id} value`).to.not.equal('');
      }
    });
  }

  it('French puts a narrow no-break space before every colon, never a plain space', () => {
    for (const hint of fr) {
      // Any colon that is not a clock's ("10:00") follows a narrow no-break space.
      for (const text of [hint.text, hint.detail ?? '']) expect(text, hint.id).to.not.match(/(?<![\u202F\d]):/);
    }
    expect(fr.filter((h) => /\u202F:/.test(h.text)).length, 'colons in French headlines').to.be.greaterThan(5);
  });

  it('French texts stay gender-neutral (no "Appelé", "Client depuis", "Madame" as address)', () => {
    for (const hint of fr) {
      for (const text of [hint.text, hint.detail ?? ''])
        expect(text, hint.id).to.not.match(/Appel[ée]|Client depuis|Transférée?\b/);
    }
  });
});

/** Strings anywhere in a table (plural forms included); functions are called separately. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/**
 * Every text of a language's hint table: each hint text function called over every branch its
 * parameters open (counts 0/1/2, every flag, every reason, optional values given or not), every
 * label, channel, purpose, priority and sentiment, every value and brief function.
 */
function allHintTexts(language: 'en' | 'fr'): string[] {
  const m = messages[language];
  const f = createFormatter(resolveLocale(language), 'Europe/Paris', NOW);
  const lines: string[] = [];
  const reasons = ['registry', 'marketing', 'phone', 'legal', 'preferred', 'both', 'cancellation', 'complaint', 'Deuil'];
  for (const count of [0, 1, 2])
    for (const flag of [false, true])
      for (const reason of reasons)
        for (const given of [undefined, '14 mars']) {
          const p = {
            ...{count, days: count, years: count, products: count, max: 4, reason, until: given, next: given},
            ...{callback: flag, hostWide: flag, unknown: flag, solved: flag, isTicket: flag, channel: given, hours: given},
            ...{
              date: '1er mars',
              since: '1er mars',
              names: 'Fibre',
              ticket: 'T-1',
              subject: 'Box en panne',
              priority: 'urgent',
              topic: 'Facturation',
            },
            ...{offer: 'Fibre+', product: 'Fibre', name: 'Sam'},
          };
          for (const id of HINT_IDS) {
            const write = m.hints[id] as (p: unknown, f: HintFormat) => readonly (string | undefined)[];
            lines.push(...write(p, f).filter((line) => line !== undefined));
          }
        }
  const {hints: _functions, values, brief, ...tables} = m;
  return [
    ...lines,
    ...strings(tables),
    ...strings(values),
    ...strings(brief),
    ...[values.years(2, f), values.days(2, f), values.contacts(2, f), values.transfers(2, f)],
    ...[values.years(1, f), values.days(1, f), values.contacts(1, f), values.transfers(1, f)],
    ...[values.perDays(4, 30, f), values.perDays(1, 1, f), values.countInDays(6, 30, f), brief.dontPitch(3)],
    ...[values.latestContactsOnly(1, f), values.latestContactsOnly(200, f)],
    ...[values.alreadyHas('Fibre'), values.newCustomersOnly(undefined), values.newCustomersOnly('1er mars')],
    ...[
      values.openedOn('1er mars'),
      values.since('1er mars'),
      values.span('1er mars', '2 mars'),
      values.span('1er mars', '1er mars'),
    ],
    ...[values.inZone('10:00', 'Paris'), values.withdrawnOn(undefined), values.withdrawnOn('1er mars')],
  ];
}

/** Each of `samples` is part of some text: the walk over the tables reached it. */
function expectReached(texts: string[], samples: string[]): void {
  for (const sample of samples)
    expect(
      texts.some((text) => text.includes(sample)),
      sample,
    ).to.equal(true);
}

describe('French typography', () => {
  const texts = [...strings(ui), ...allHintTexts('fr')];

  it('every French text uses the typographic apostrophe (’), never the straight one', () => {
    expect(texts.filter((text) => text.includes("'"))).to.deep.equal([]);
    // The walk reaches the elided words ("Pas d’appel", "S’adresser à", "Jusqu’au", "Aujourd’hui"…).
    expectReached(texts, [
      'Pas d’appel',
      'S’adresser à',
      'Jusqu’au',
      'Aujourd’hui',
      'Liste d’opposition',
      'l’application',
      'l’e-mail',
    ]);
  });

  it('a narrow no-break space (U+202F) before ; : ! ? » and after «, never a plain one nor U+00A0', () => {
    // A clock's colon ("10:00") has a digit before it; every other one is French punctuation.
    const misspaced = /[ \u00A0][;:!?»]|«[ \u00A0]|(?<!\u202F)[;!?»]|(?<![\u202F\d]):|«(?!\u202F)/;
    expect(texts.filter((text) => misspaced.test(text))).to.deep.equal([]);
    // The walk reaches each kind: colons in UI and hint texts, quotes, semicolons.
    expectReached(texts, [
      '{what}\u202F: ouvrez',
      'Impossible de joindre {origin}\u202F:',
      '{month}\u202F: {inbound}',
      '«\u202F{id}\u202F»',
      '«\u202F{text}\u202F»',
      '«\u202FSam\u202F»',
      'illisible\u202F: protection',
      'clients\u202F; avec nous',
      'Pas d’appel sortant\u202F: historique inconnu',
    ]);
  });
});

describe('English typography', () => {
  const texts = [...strings(enUi), ...allHintTexts('en')];

  it('every English text uses the typographic apostrophe (’), never the straight one', () => {
    expect(texts.filter((text) => text.includes("'"))).to.deep.equal([]);
    // The walk reaches the contractions and possessives of both tables.
    expectReached(texts, [
      'No outbound call before',
      'No outbound call for now',
      'No outbound call: contact history unknown',
      'Don’t transfer',
      'Don’t pitch',
      'This month’s calls',
      'Customer’s time now',
      'Can’t reach',
      'card’s credentials',
      'do and don’t hints',
    ]);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  const oneYear = customer({customerSince: date('2024-03-12')});
  it('1 year vs 15 years', () => {
    expect(text(oneYear, 'loyal-customer', {options: {loyaltyYears: 1}})).to.equal('Thank them for 1 year of loyalty');
    expect(text(oneYear, 'loyal-customer', {locale: 'fr', options: {loyaltyYears: 1}})).to.equal(
      'Remerciez pour 1 an de fidélité',
    );
    const old = customer({customerSince: date('2010-03-12')});
    expect(text(old, 'loyal-customer')).to.equal('Thank them for 15 years of loyalty');
    expect(text(old, 'loyal-customer', {locale: 'fr'})).to.equal('Remerciez pour 15 ans de fidélité');
  });
  it('1 day vs 12 days', () => {
    const oneDay = customer({customerSince: date('2025-03-11')});
    expect(line(oneDay, 'new-customer')).to.deep.equal(['Check onboarding went well', 'Customer for 1 day']);
    expect(line(oneDay, 'new-customer', {locale: 'fr'})).to.deep.equal([
      'Vérifiez la mise en service',
      'Avec nous depuis 1 jour',
    ]);
    expect(line(customer({customerSince: date('2025-02-28')}), 'new-customer', {locale: 'fr'})[1]).to.contain('depuis 12 jours');
  });
  it('called once vs 6 times; 1 transfer vs 3', () => {
    const once = customer({history: [sale(ago(2))]});
    const cap1 = {options: {jurisdiction: {contactCap: {max: 1}}}};
    expect(line(once, 'contact-fatigue', {...cap1, locale: 'en-GB'})).to.deep.equal([
      'No outbound call before Wed 9 Apr, 10:00',
      'Called once in 30 days (cap 1)',
    ]);
    expect(line(once, 'contact-fatigue', {...cap1, locale: 'fr'})).to.deep.equal([
      'Ne rappelez pas avant mer. 9 avr., 10:00',
      '1 appel en 30 jours (plafond\u202F: 1)',
    ]);
    const transfer = customer({
      history: [sale(ago(2), {direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'TRANSFERRED', transfers: 1})],
    });
    const min1 = {options: {transfers: {min: 1}}};
    expect(line(transfer, 'no-transfer', min1)).to.deep.equal(['Don’t transfer: already once', 'Transferred once in 30 days']);
    expect(line(transfer, 'no-transfer', {...min1, locale: 'fr'})).to.deep.equal([
      'Ne transférez plus\u202F: déjà 1 transfert',
      '1 transfert en 30 jours',
    ]);
  });
});

describe("dates (Intl.DateTimeFormat in the customer's zone)", () => {
  // 6 calls; the 4th newest was 28 days ago (12 Feb): free on 14 March.
  const martinLike = customer({history: [1, 2, 3, 28, 29, 29].map((d) => sale(ago(d)))});
  it('"Called 6 times in 30 days: don\'t call again before 14 March" / "… avant le 14 mars"', () => {
    expect(text(martinLike, 'contact-fatigue', {locale: 'en-GB'})).to.equal('No outbound call before Fri 14 Mar, 10:00');
    expect(line(martinLike, 'contact-fatigue', {locale: 'fr'})).to.deep.equal([
      'Ne rappelez pas avant ven. 14 mars, 10:00',
      '6 appels en 30 jours (plafond\u202F: 4)',
    ]);
    expect(text(martinLike, 'contact-fatigue', {locale: 'fr-CA'})).to.equal('Ne rappelez pas avant ven. 14 mars, 10 h 00');
  });
  it('a refusal 58 days ago frees up on 14 March', () => {
    const refused = customer({history: [sale(ago(58), {outcome: 'REFUSED'})]});
    const hint = computeHints(refused, {now: NOW, locale: 'fr'}).find((h) => h.id === 'refused-recently');
    expect(hint?.text).to.equal('Aucune offre avant le 14 mars');
    expect(hint?.detail).to.equal('Offre refusée le 13 janvier');
  });
  it('French writes the first of the month "1er"', () => {
    const refused = customer({history: [sale(new Date('2025-03-01T10:00:00Z'), {outcome: 'REFUSED'})]});
    const hint = computeHints(refused, {now: NOW, locale: 'fr'}).find((h) => h.id === 'refused-recently');
    expect(hint?.detail).to.equal('Offre refusée le 1er mars');
    expect(text(refused, 'refused-recently', {locale: 'fr'})).to.equal('Aucune offre avant le 30 avril');
  });
  it("the calendar day is the customer's: 23:30 UTC on 10 March is 11 March in Paris", () => {
    const late = customer({history: [sale(new Date('2025-03-10T23:30:00Z'), {outcome: 'REFUSED'})]});
    expect(line(late, 'refused-recently', {locale: 'en-GB'})).to.deep.equal([
      'No new offer before 10 May',
      'Refused an offer on 11 March',
    ]);
    expect(line({...late, timeZone: 'America/New_York'}, 'refused-recently', {locale: 'en-GB'})).to.deep.equal([
      'No new offer before 9 May',
      'Refused an offer on 10 March',
    ]);
  });
  it('a date in another year shows its year', () => {
    const refused = customer({history: [sale(new Date('2024-12-20T10:00:00Z'), {outcome: 'REFUSED'})]});
    expect(text(refused, 'refused-recently', {locale: 'en-GB', now: new Date('2025-01-10T10:00:00Z')})).to.equal(
      'No new offer before 18 February',
    );
  });
});

describe('locale resolution', () => {
  const view = customer({customerSince: date('2010-03-12')});
  it('regional French tags give French; unknown languages and no locale give English', () => {
    expect(text(view, 'loyal-customer', {locale: 'fr-CA'})).to.match(/^Remerciez/);
    expect(text(view, 'loyal-customer', {locale: 'FR_fr'})).to.match(/^Remerciez/);
    expect(text(view, 'loyal-customer', {locale: 'de-DE'})).to.match(/^Thank them for/);
    expect(text(view, 'loyal-customer', {locale: 'not a tag!'})).to.match(/^Thank them for/);
    expect(text(view, 'loyal-customer')).to.match(/^Thank them for/);
  });
  it('English dates follow the region of the tag', () => {
    const refused = customer({history: [sale(ago(58), {outcome: 'REFUSED'})]});
    expect(text(refused, 'refused-recently', {locale: 'en-US'})).to.contain('before March 14');
    expect(text(refused, 'refused-recently', {locale: 'en-GB'})).to.contain('before 14 March');
  });
});

describe('one concept, one name', () => {
  it('tenure and the quiet period read the same in the header badge, the hint and the evidence (French)', async () => {
    const {translate} = await import('../../../src/i18n/format.js');
    // The card's own texts in French are a file loaded on demand (the hint engine's entry
    // registers its French texts itself).
    const {loadLocale} = await import('../../../src/i18n/locales.js');
    expect(await loadLocale('fr')).to.equal(true);
    const view = customer({
      customerSince: date('2010-03-12'),
      quietPeriod: {reason: 'Deuil', until: new Date('2025-04-01T00:00:00Z')},
    });
    const hints = computeHints(view, {now: NOW, locale: 'fr'});
    const loyal = hints.find((h) => h.id === 'loyal-customer')!;
    expect(translate('fr', 'tenureYears', {n: 15})).to.match(/^Avec nous depuis/);
    expect(loyal.evidence[0]?.label).to.match(/^Avec nous depuis/);
    expect(translate('fr', 'state.quiet')).to.equal('Période sensible');
    expect(hints.find((h) => h.id === 'quiet-period')?.text).to.match(/^Période sensible/);
  });
});
