/**
 * `customer-360/hints`: the pure do / don't hint engine (no DOM, no Lit, no network).
 *
 *     import {computeHints} from 'customer-360/hints';
 *     const hints = computeHints(view, {now, locale: 'fr', options: {loyaltyYears: 3}});
 */
export {computeHints} from './compute.js';
export {MAX_VISIBLE_ROWS, addressOf, composeBrief, rowEvidence} from './compose.js';
export type {Brief, BriefAddress, BriefChannel, BriefInput, BriefRow, BriefRowGroup} from './compose.js';
export {HINT_CATALOG, HINT_IDS, LEGAL_HINTS, PROMOTION_BLOCKERS, catalogRank, isHintId, isLegalHint} from './catalog.js';
export type {CatalogEntry, HintId, HintKind, HintSeverity} from './catalog.js';
export {defaultHintOptions, franceProfile, resolveHintOptions, summaryDaysFor} from './options.js';
export type {HintOptions, HintOptionsInit, Jurisdiction} from './options.js';
export {messages} from './messages.js';
export type {Messages} from './messages.js';
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
