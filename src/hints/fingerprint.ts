/**
 * A hint's evidence fingerprint, as the contract defines it (`HintFingerprintInput`): the
 * records its evidence is about, as `type:id`, deduplicated, sorted by code point and joined by
 * one space (`contact:k-9 ticket:T-1`); empty for a hint about no particular record. A stored
 * dismissal keeps it, and a stored suppression hides the hint only while it is the same, so
 * dismissing "start with ticket T-1" never hides next week's hint about ticket T-2.
 */
import type {Hint} from './types.js';

/** The longest fingerprint the contract accepts. */
export const MAX_FINGERPRINT = 2000;

/** Compares by code point (not by UTF-16 unit, as `sort()` does: they differ above U+FFFF). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * The fingerprint of `hint`'s evidence. Kept within `MAX_FINGERPRINT` characters by whole
 * records (the first ones in code-point order), so it stays the same for the same evidence.
 */
export function fingerprintOf(hint: Pick<Hint, 'evidence'>): string {
  const refs = new Set<string>();
  for (const {ref} of hint.evidence) if (ref) refs.add(`${ref.type}:${ref.id}`);
  let out = '';
  for (const ref of [...refs].sort(byCodePoint)) {
    const next = out ? `${out} ${ref}` : ref;
    if (next.length > MAX_FINGERPRINT) break;
    out = next;
  }
  return out;
}
