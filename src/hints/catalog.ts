/**
 * The hint catalog: the 21 ids that hosts, servers and tests rely on (a public contract),
 * with the fixed facts the order and the consistency rules need.
 */

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
 * 2 — how to handle this very conversation (own it, don't bounce them, acknowledge a bad time,
 *     mind a quiet period's tone (a week of national mourning is no time for a cheerful pitch),
 *     thank a long-standing customer (a customer of fifteen years left because nobody ever did));
 * 3 — no solicitation now (consent, legal caps and hours, open dispute);
 * 4 — what not to pitch, and how to address the person;
 * 5 — relationship context worth a sentence (onboarding).
 */
/** The catalog in rank order (the tie-break within a severity): id, kind, severity. */
const CATALOG = [
  ['missed-appointment', 'do', 1],
  ['unanswered-contact', 'do', 1],
  ['cancellation-pending', 'do', 1],
  ['open-ticket-first', 'do', 1],
  ['repeat-contact', 'do', 2],
  ['no-transfer', 'dont', 2],
  ['recent-negative', 'do', 2],
  ['quiet-period', 'dont', 2],
  ['loyal-customer', 'do', 2],
  ['do-not-contact', 'dont', 3],
  ['contact-fatigue', 'dont', 3],
  ['refused-recently', 'dont', 3],
  ['outside-calling-hours', 'dont', 3],
  ['no-upsell', 'dont', 3],
  ['already-owns', 'dont', 4],
  ['not-eligible', 'dont', 4],
  ['new-customers-only', 'dont', 4],
  ['salutation-unknown', 'dont', 4],
  ['preferred-name', 'do', 4],
  ['preferred-channel', 'do', 4],
  ['new-customer', 'do', 5],
] as const;

/** The first element of each row, keeping the tuple, so `HINT_IDS` has its exact type. */
type FirstOfEach<T> = {-readonly [K in keyof T]: T[K] extends readonly [infer First, ...unknown[]] ? First : never};

/** Every built-in hint id, in catalog rank order. */
export const HINT_IDS = CATALOG.map(([id]) => id) as unknown as Readonly<FirstOfEach<typeof CATALOG>>;

export type HintId = (typeof HINT_IDS)[number];

export const HINT_CATALOG: Readonly<Record<HintId, CatalogEntry>> = Object.fromEntries(
  CATALOG.map(([id, kind, severity]) => [id, {kind, severity, promotional: false}]),
) as Record<HintId, CatalogEntry>;

export function isHintId(id: string): id is HintId {
  return (HINT_IDS as readonly string[]).includes(id);
}

/** Catalog position of an id; ids outside the catalog rank after every catalog id. */
export function catalogRank(id: string): number {
  const rank = (HINT_IDS as readonly string[]).indexOf(id);
  return rank < 0 ? HINT_IDS.length : rank;
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

export {LEGAL_HINTS, isLegalHint} from './legal.js';
