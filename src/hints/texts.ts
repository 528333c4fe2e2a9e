import type {Messages} from './messages.js';
import type {HintLanguage} from './types.js';

/**
 * The hint texts of each loaded language. English comes with the hint engine (compute.ts
 * registers it); another language is registered when its file arrives (src/i18n/locales.ts
 * loads them on demand; `customer-360/hints` registers French at once, so the pure engine
 * answers in French without waiting). This module holds no text itself, so the card's main
 * bundle carries the hint texts only inside the engine it loads (src/hints/engine.ts).
 */
let registered: Partial<Record<HintLanguage, Messages>> = {};

/** The hint texts of `language`, English while (or if) that language's file is not loaded. */
export function hintTexts(language: HintLanguage): Messages {
  return (registered[language] ?? registered.en) as Messages;
}

/** Makes `texts` the hint texts of `language` (the engine for English, a locale file for the others). */
export function registerHintTexts(language: HintLanguage, texts: Messages): void {
  registered[language] = texts;
}

/** The registry itself, for the engine's copy of this module to share (see `shareHintTexts`). */
export function hintTextsRegistry(): Partial<Record<HintLanguage, Messages>> {
  return registered;
}

/**
 * Makes this copy of the module read `shared`: the engine file (built on its own) composes the
 * brief with the texts the card registered, French included.
 */
export function shareHintTexts(shared: Partial<Record<HintLanguage, Messages>>): void {
  registered = shared;
}
