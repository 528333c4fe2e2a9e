import type {HintId} from './catalog.js';

/**
 * Hints that state a legal duty or a customer's explicit wish (consent, the contact cap,
 * calling hours, a refusal, a quiet period). When the card computes one, no host rule, host
 * suppression or server hint may replace its text or hide it: a mistake elsewhere must never
 * let an agent break the law. A host or a server may still add one the card did not compute.
 */
export const LEGAL_HINTS: readonly HintId[] = [
  'do-not-contact',
  'contact-fatigue',
  'outside-calling-hours',
  'refused-recently',
  'quiet-period',
];

export const isLegalHint = (id: string): boolean => (LEGAL_HINTS as readonly string[]).includes(id);
