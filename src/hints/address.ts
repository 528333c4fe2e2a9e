/**
 * How to greet the person, from the record alone: the preferred name, else the recorded
 * salutation with the family name, else the full name with no title (never a guessed Madame or
 * Monsieur). One function for the card's header, the brief and the rules' texts.
 */
import type {CustomerView} from '../data/view-model.js';
import type {Hint} from './types.js';

export interface BriefAddress {
  /** What to call the person: the preferred name, else salutation + family name, else the full name. */
  name: string;
  basis: 'preferred-name' | 'salutation' | 'full-name';
  /** No salutation on record: never guess one (the card says so next to the name). */
  noTitle: boolean;
  /** The hint the line stands for (`preferred-name` or `salutation-unknown`), when it was produced. */
  hintId?: string;
  /** Every address hint the line stands for. */
  hintIds: string[];
}

/** Hints the header shows instead of a row. */
export const ADDRESS_IDS = ['preferred-name', 'salutation-unknown'];

const filled = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** How to greet the person, from the record alone: never a guessed title. */
export function addressOf(view: CustomerView, hints: readonly Hint[] = []): BriefAddress {
  const preferred = filled(view.preferredName);
  const salutation = filled(view.salutation);
  const family = filled(view.familyName);
  const full = [view.givenName, view.familyName].map(filled).filter(Boolean).join(' ') || view.displayName;
  const hintIds = ADDRESS_IDS.filter((id) => hints.some((h) => h.id === id));
  const basis = preferred ? 'preferred-name' : salutation ? 'salutation' : 'full-name';
  const name = preferred ?? (salutation ? `${salutation} ${family ?? full}` : full);
  // The line stands for the hint that says what it shows: the name to use, or "no title".
  const lead = basis === 'full-name' ? 'salutation-unknown' : 'preferred-name';
  const hintId = hintIds.includes(lead) ? lead : hintIds[0];
  return {name, basis, noTitle: !salutation, hintId, hintIds: hintId ? [hintId, ...hintIds.filter((id) => id !== hintId)] : []};
}
