/**
 * The demo's own words (the persona picker's one-line stories, the server's own hints) follow
 * the card's typography: the typographic apostrophe in both languages, and in French a narrow
 * no-break space before ; : ! ? » and after «.
 */
import {expect} from '../expect.js';
import {personaList} from '../../demo/server/personas.js';
import {loadPersonas} from '../../demo/server/seed.js';

const NOW = new Date('2025-03-12T10:00:00Z');

/** The persona labels and every server hint's text, evidence labels and values, per language. */
function demoTexts(language: 'en' | 'fr'): string[] {
  const hints = [...loadPersonas(NOW).values()].flatMap((customer) => customer.hints);
  return [
    ...personaList.map((p) => p.label[language]),
    ...hints.flatMap((h) => [
      ...(h.text ? [h.text[language]] : []),
      ...h.evidence.flatMap((e) => [e.label[language], e.value[language]]),
    ]),
  ];
}

describe('demo texts: typography', () => {
  it('the persona labels and server hints use the typographic apostrophe (’), never the straight one', () => {
    for (const language of ['en', 'fr'] as const) {
      const texts = demoTexts(language);
      expect(texts.length, language).to.be.greaterThan(personaList.length);
      expect(
        texts.filter((text) => text.includes("'")),
        language,
      ).to.deep.equal([]);
    }
    expect(demoTexts('fr').some((text) => text.includes('qu’il a déjà'))).to.equal(true);
    expect(demoTexts('fr').some((text) => text.includes('n’est jamais venu'))).to.equal(true);
  });

  it('French: a narrow no-break space (U+202F) before ; : ! ? » and after «, never a plain one nor U+00A0', () => {
    const texts = demoTexts('fr');
    const misspaced = /[ \u00A0][;:!?»]|«[ \u00A0]|(?<!\u202F)[;!?»]|(?<![\u202F\d]):|«(?!\u202F)/;
    expect(texts.filter((text) => misspaced.test(text))).to.deep.equal([]);
    expect(texts.some((text) => text.includes('Deuil\u202F: aucune'))).to.equal(true);
    expect(texts.some((text) => text.includes('Compte clé\u202F: associez'))).to.equal(true);
  });
});

describe('demo texts: French stays gender-neutral where the card does', () => {
  it('no persona label says "Client(e) depuis" (the card says "Avec nous depuis")', () => {
    const labels = personaList.map((p) => p.label.fr);
    expect(labels.filter((text) => /Cliente? depuis/.test(text))).to.deep.equal([]);
    expect(labels.some((text) => text.startsWith('Avec nous depuis trois semaines'))).to.equal(true);
  });
});
