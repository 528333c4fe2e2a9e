/**
 * The hint catalog: the 21 ids that hosts, servers and tests rely on (a public contract),
 * with the fixed facts the order and the consistency rules need.
 */

/** Every built-in hint id, in catalog rank order (the tie-break within a severity). */
export const HINT_IDS = [
  'missed-appointment',
  'unanswered-contact',
  'cancellation-pending',
  'open-ticket-first',
  'repeat-contact',
  'no-transfer',
  'recent-negative',
  'quiet-period',
  'do-not-contact',
  'contact-fatigue',
  'refused-recently',
  'outside-calling-hours',
  'no-upsell',
  'already-owns',
  'not-eligible',
  'new-customers-only',
  'salutation-unknown',
  'preferred-name',
  'preferred-channel',
  'loyal-customer',
  'new-customer',
] as const;

export type HintId = (typeof HINT_IDS)[number];
export type HintKind = 'do' | 'dont';
/** 1 = act on it first, 5 = good to know. */
export type HintSeverity = 1 | 2 | 3 | 4 | 5;

export interface CatalogEntry {
  kind: HintKind;
  severity: HintSeverity;
  /**
   * True when following the hint leads to selling. No built-in hint does: the flag exists so
   * the consistency rule treats host and server hints the same way as the catalog.
   */
  promotional: boolean;
}

/*
 * Severity bands, so host and server hints can slot in by severity:
 * 1 — fix what we owe the customer before anything else (an apology, an answer, their request);
 * 2 — how to handle this very conversation (own it, don't bounce them, acknowledge a bad time);
 * 3 — no solicitation now (quiet period, consent, legal caps and hours, open dispute);
 * 4 — what not to pitch, and how to address the person;
 * 5 — relationship context worth a sentence (loyalty, onboarding).
 */
export const HINT_CATALOG: Readonly<Record<HintId, CatalogEntry>> = {
  'missed-appointment': {kind: 'do', severity: 1, promotional: false},
  'unanswered-contact': {kind: 'do', severity: 1, promotional: false},
  'cancellation-pending': {kind: 'do', severity: 1, promotional: false},
  'open-ticket-first': {kind: 'do', severity: 1, promotional: false},
  'repeat-contact': {kind: 'do', severity: 2, promotional: false},
  'no-transfer': {kind: 'dont', severity: 2, promotional: false},
  'recent-negative': {kind: 'do', severity: 2, promotional: false},
  'quiet-period': {kind: 'dont', severity: 3, promotional: false},
  'do-not-contact': {kind: 'dont', severity: 3, promotional: false},
  'contact-fatigue': {kind: 'dont', severity: 3, promotional: false},
  'refused-recently': {kind: 'dont', severity: 3, promotional: false},
  'outside-calling-hours': {kind: 'dont', severity: 3, promotional: false},
  'no-upsell': {kind: 'dont', severity: 3, promotional: false},
  'already-owns': {kind: 'dont', severity: 4, promotional: false},
  'not-eligible': {kind: 'dont', severity: 4, promotional: false},
  'new-customers-only': {kind: 'dont', severity: 4, promotional: false},
  'salutation-unknown': {kind: 'dont', severity: 4, promotional: false},
  'preferred-name': {kind: 'do', severity: 4, promotional: false},
  'preferred-channel': {kind: 'do', severity: 4, promotional: false},
  'loyal-customer': {kind: 'do', severity: 5, promotional: false},
  'new-customer': {kind: 'do', severity: 5, promotional: false},
};

const RANK: ReadonlyMap<string, number> = new Map(HINT_IDS.map((id, index) => [id, index]));

export function isHintId(id: string): id is HintId {
  return RANK.has(id);
}

/** Catalog position of an id; ids outside the catalog rank after every catalog id. */
export function catalogRank(id: string): number {
  return RANK.get(id) ?? HINT_IDS.length;
}

/**
 * Ids whose presence means "nothing promotional now": if any of them is on screen (whoever
 * produced it), promotional hints are removed so the list never contradicts itself.
 */
export const PROMOTION_BLOCKERS: readonly HintId[] = [
  'quiet-period',
  'cancellation-pending',
  'no-upsell',
  'do-not-contact',
  'refused-recently',
];
