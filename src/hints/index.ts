/**
 * `customer-360/hints`: the pure do / don't hint engine (no DOM, no Lit, no network).
 *
 *     import {computeHints} from 'customer-360/hints';
 *     const hints = computeHints(view, {now, locale: 'fr', options: {loyaltyYears: 3}});
 */
import {hints as fr} from '../locales/fr.js';
import {en, type Messages} from './messages.js';
import {registerHintTexts} from './texts.js';
import type {HintLanguage} from './types.js';

export {computeHints} from './compute.js';
export {MAX_VISIBLE_ROWS, addressOf, composeBrief, rowEvidence} from './compose.js';
export type {Brief, BriefAddress, BriefChannel, BriefInput, BriefRow, BriefRowGroup} from './compose.js';
export {HINT_CATALOG, HINT_IDS, LEGAL_HINTS, PROMOTION_BLOCKERS, catalogRank, isHintId, isLegalHint} from './catalog.js';
export type {CatalogEntry, HintId, HintKind, HintSeverity} from './catalog.js';
export {defaultHintOptions, franceProfile, resolveHintOptions, summaryDaysFor} from '../core/hint-options.js';
export type {HintOptions, HintOptionsInit, Jurisdiction} from '../core/hint-options.js';
export {hintTexts, registerHintTexts} from './texts.js';
export type {Messages} from './messages.js';

// The pure engine answers in French at once: this entry registers the French texts itself
// (the card, instead, loads them on demand: src/i18n/locales.ts).
registerHintTexts('en', en);
registerHintTexts('fr', fr);

/** Every built-in hint text, by language. */
export const messages: Readonly<Record<HintLanguage, Messages>> = {en, fr};
export type {
  Hint,
  HintContext,
  HintDraft,
  HintEvidence,
  HintEvidenceRef,
  HintFormat,
  HintInput,
  HintLanguage,
  HintRule,
  HintSource,
  PluralForms,
} from './types.js';
