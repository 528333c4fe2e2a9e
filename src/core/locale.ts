import {intl as cached} from './intl-cache.js';

/**
 * Which language the card and its hints speak for a locale tag: one decision for both, so
 * the card's words and its hints never disagree (src/i18n/format.ts asks `languageOf`).
 */

/** The languages the card and its hints are written in. */
export type Language = 'en' | 'fr';

export interface ResolvedLocale {
  language: Language;
  /** The tag handed to `Intl`: the caller's own when its language is supported. */
  locale: string;
}

const normalize = (tag: string | undefined): string => (tag ?? '').trim().replace(/_/g, '-');

/**
 * The language of a tag, by its primary subtag alone: 'fr', 'fr-CA', 'FR_fr'… → French;
 * anything else → English. No `Intl` call: the card's first render (its skeleton, before the
 * request leaves) needs only this.
 */
export function languageOf(tag: string | undefined): Language {
  return normalize(tag).split('-')[0]?.toLowerCase() === 'fr' ? 'fr' : 'en';
}

/** 'fr', 'fr-CA', 'FR_fr'… → French; 'en-GB' → English with British dates; anything else → 'en'. */
export function resolveLocale(tag: string | undefined): ResolvedLocale {
  return cached(`locale|${tag ?? ''}`, () => {
    const normalized = normalize(tag);
    const language = languageOf(tag);
    let locale: string = language;
    try {
      if (normalized.split('-')[0]?.toLowerCase() === language) {
        locale = Intl.DateTimeFormat.supportedLocalesOf([normalized])[0] ?? language;
      }
    } catch {
      // A malformed tag makes Intl throw: fall back to the bare language.
    }
    return {language, locale};
  });
}
