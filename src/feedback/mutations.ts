/**
 * The two mutations the card sends (schema/customer-360.graphql, `Mutation`), and what goes
 * into a dismissal: the hints folded into the row that the server can know (the card's own
 * and the server's, and a catalog hint a host rule reworded; a host rule's own ids are the
 * host's, a server would answer `UNKNOWN_HINT`),
 * each with its evidence fingerprint.
 */
import {isHintId} from '../hints/catalog.js';
import {fingerprintOf} from '../hints/fingerprint.js';
import type {Hint} from '../hints/types.js';
import {NOTE_FIELDS} from './notes.js';

export const DISMISS_HINT = `mutation Customer360DismissHint($input:DismissHintInput!){dismissHint(input:$input){id}}`;
export const ADD_NOTE = `mutation Customer360AddNote($input:AddNoteInput!){addNote(input:$input){${NOTE_FIELDS}}}`;

/** The card's reasons (src/ui/hints.ts) as the contract's `DismissReason`. */
export const reasonOf = (reason: string): string =>
  ['not-relevant', 'already-done', 'customer-request', 'wrong'].includes(reason)
    ? reason.toUpperCase().replace(/-/g, '_')
    : 'OTHER';

export interface DismissInput {
  customerId: string;
  hintIds: string[];
  reason: string;
  note?: string;
  fingerprints: {hintId: string; fingerprint: string}[];
  cardVersion: string;
}

/**
 * The `DismissHintInput` (without its key) for the hints of a row; `undefined` when none of
 * them is one a server can know (a row of host hints only: nothing to send).
 */
export function dismissInput(
  customerId: string,
  hints: readonly Pick<Hint, 'id' | 'source' | 'evidence'>[],
  dismissal: {reason: string; note: string},
  cardVersion: string,
): DismissInput | undefined {
  // A host rule may reword a catalog hint (same id): that id is one every server knows.
  const known = hints.filter((h) => h.source !== 'host' || isHintId(h.id));
  if (!known.length) return undefined;
  const note = dismissal.note.trim();
  return {
    customerId,
    hintIds: known.map((h) => h.id),
    reason: reasonOf(dismissal.reason),
    ...(note && {note}),
    fingerprints: known.map((h) => ({hintId: h.id, fingerprint: fingerprintOf(h)})),
    cardVersion,
  };
}
