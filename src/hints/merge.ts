import {isolate} from '../core/bidi.js';
import {truncate} from '../core/truncate.js';
import {HINT_CATALOG, PROMOTION_BLOCKERS, catalogRank, isHintId, isLegalHint} from './catalog.js';
import type {HintSeverity} from './catalog.js';
import type {Hint, HintEvidence, HintEvidenceRef, HintSource} from './types.js';
import {fingerprintOf} from './fingerprint.js';

/**
 * Turns host drafts and server hints into `Hint`s, merges the three sources by id, applies
 * suppressions and the promotional rule, and orders the result. Untrusted input (host code,
 * server data) is validated here: a malformed entry is dropped, never thrown on.
 */

const REF_TYPES: readonly string[] = ['ticket', 'contact', 'offer', 'product'];
/** Index = precedence on a shared id. */
const SOURCES: readonly HintSource[] = ['card', 'host', 'server'];

type Untrusted = Record<string, unknown>;

const isObject = (value: unknown): value is Untrusted => Boolean(value) && typeof value === 'object';

function toEvidence(list: unknown): HintEvidence[] {
  const out: HintEvidence[] = [];
  for (const item of Array.isArray(list) ? (list as unknown[]).slice(0, MAX_EVIDENCE) : []) {
    if (!isObject(item)) continue;
    const {label, value, ref} = item;
    if (typeof label !== 'string' || typeof value !== 'string') continue;
    const evidence: HintEvidence = {label: isolate(truncate(label, MAX_TEXT)), value: isolate(truncate(value, MAX_TEXT))};
    if (isObject(ref) && REF_TYPES.includes(ref.type as string) && typeof ref.id === 'string') {
      evidence.ref = {type: ref.type as HintEvidenceRef['type'], id: ref.id};
    }
    out.push(evidence);
  }
  return out;
}

/**
 * A host draft or a server hint as a hint, or undefined when it lacks an id, a kind or a
 * text (a server that wants to hide a hint sends `suppress: true`, which drops it here too).
 * Severity is clamped to 1–5, defaulting to the catalog's, else 3. A server hint is also
 * promotional when its catalog entry is.
 */
export function toHint(raw: unknown, source: 'host' | 'server'): Hint | undefined {
  if (!isObject(raw)) return undefined;
  // Each field is read once (a getter may answer differently, or throw: the caller guards).
  const {id: rawId, kind, text, detail, severity, evidence, promotional, suppress} = raw;
  if (source === 'server' && suppress) return undefined;
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  if (id === '' || id.length > MAX_ID || (kind !== 'do' && kind !== 'dont') || typeof text !== 'string' || text.trim() === '') {
    return undefined;
  }
  const catalog = isHintId(id) ? HINT_CATALOG[id] : undefined;
  // A legal hint added by a host or a server (one the card did not compute) keeps the
  // catalog's kind and rank and is never promotional: it can only add a protection.
  const legal = isLegalHint(id) && catalog;
  return {
    id,
    kind: legal ? catalog.kind : kind,
    severity: legal
      ? catalog.severity
      : typeof severity === 'number' && Number.isFinite(severity)
        ? (Math.min(5, Math.max(1, Math.round(severity))) as HintSeverity)
        : (catalog?.severity ?? 3),
    // Isolated, so right-to-left text or a stray U+202E in it cannot reorder the card's own
    // words around it (the dismissed list, the dismiss button's label).
    text: isolate(truncate(text, MAX_TEXT, true)),
    ...(typeof detail === 'string' && detail.trim() !== '' ? {detail: isolate(truncate(detail, MAX_TEXT))} : {}),
    evidence: toEvidence(evidence),
    promotional: !legal && (promotional === true || (source === 'server' && catalog?.promotional === true)),
    source,
  };
}

/** Longest hint id and text kept from a host or a server; evidence lines kept per hint. */
const MAX_ID = 200;
const MAX_TEXT = 2000;
const MAX_EVIDENCE = 10;

/** A blocker means "nothing promotional now", whoever produced it. */
export const isBlocker = (hint: Hint): boolean => (PROMOTION_BLOCKERS as readonly string[]).includes(hint.id);

/**
 * Suppressed hint ids, each with the evidence fingerprints it is limited to: `null` hides the
 * id whatever its evidence (the host's list, a server's suppression without a fingerprint).
 */
export type Suppressions = ReadonlyMap<string, readonly (string | null)[]>;

/** Whether `hint` is hidden: its id is suppressed for any evidence, or for its own fingerprint. Legal hints never are. */
export function isSuppressed(hint: Hint, suppressed: Suppressions): boolean {
  const limits = suppressed.get(hint.id);
  return !!limits && !isLegalHint(hint.id) && limits.some((f) => f === null || f === fingerprintOf(hint));
}

/**
 * `hints` in arrival order (card, then host, then server). One hint per id, precedence
 * server > host > card (the more specific knowledge wins; within one source the first wins).
 * Then: suppressed hints removed (see `isSuppressed`); promotional hints removed when selling is `blocked` already
 * or any remaining hint is a blocker; sorted by severity, then catalog rank (ids outside the
 * catalog after catalog ids), then arrival (the order of first appearance of the id, which
 * `Map` keeps, as the stable `sort` does).
 */
export function mergeHints(hints: readonly Hint[], suppressed: Suppressions, blocked: boolean): Hint[] {
  // (A legal hint computed by the card is never replaced: see LEGAL_HINTS. The caller keeps
  // legal ids out of `suppressed`.)
  const byId = new Map<string, Hint>();
  for (const hint of hints) {
    const existing = byId.get(hint.id);
    const locked = existing?.source === 'card' && isLegalHint(existing.id);
    if (!existing || (!locked && SOURCES.indexOf(hint.source) > SOURCES.indexOf(existing.source))) byId.set(hint.id, hint);
  }
  const visible = [...byId.values()].filter((h) => !isSuppressed(h, suppressed));
  const noSelling = blocked || visible.some(isBlocker);
  return visible
    .filter((h) => !(noSelling && h.promotional))
    .sort((a, b) => a.severity - b.severity || catalogRank(a.id) - catalogRank(b.id));
}
