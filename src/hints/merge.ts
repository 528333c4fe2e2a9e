import type {ServerHint} from '../data/view-model.js';
import {HINT_CATALOG, PROMOTION_BLOCKERS, catalogRank, isHintId} from './catalog.js';
import type {HintSeverity} from './catalog.js';
import type {Hint, HintDraft, HintEvidence, HintEvidenceRef, HintSource} from './types.js';

/**
 * Turns host drafts and server hints into `Hint`s, merges the three sources by id, applies
 * suppressions and the promotional rule, and orders the result. Untrusted input (host code,
 * server data) is validated here: a malformed entry is dropped, never thrown on.
 */

const REF_TYPES: ReadonlySet<string> = new Set(['ticket', 'contact', 'offer', 'product']);
const PRECEDENCE: Readonly<Record<HintSource, number>> = {card: 0, host: 1, server: 2};

export function toSeverity(value: unknown, id: string): HintSeverity {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return Math.min(5, Math.max(1, Math.round(value))) as HintSeverity;
  }
  return isHintId(id) ? HINT_CATALOG[id].severity : 3;
}

function toEvidence(list: unknown): HintEvidence[] {
  if (!Array.isArray(list)) return [];
  const out: HintEvidence[] = [];
  for (const item of list as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const {label, value, ref} = item as {label?: unknown; value?: unknown; ref?: unknown};
    if (typeof label !== 'string' || typeof value !== 'string') continue;
    const evidence: HintEvidence = {label, value};
    if (ref && typeof ref === 'object') {
      const {type, id} = ref as {type?: unknown; id?: unknown};
      if (typeof type === 'string' && REF_TYPES.has(type) && typeof id === 'string') {
        evidence.ref = {type: type as HintEvidenceRef['type'], id};
      }
    }
    out.push(evidence);
  }
  return out;
}

function validId(id: unknown): id is string {
  return typeof id === 'string' && id.trim() !== '';
}

/** A host draft as a hint, or undefined when it lacks an id, a kind or a text. */
export function fromDraft(draft: HintDraft): Hint | undefined {
  if (!draft || typeof draft !== 'object') return undefined;
  if (!validId(draft.id) || (draft.kind !== 'do' && draft.kind !== 'dont')) return undefined;
  if (typeof draft.text !== 'string' || draft.text.trim() === '') return undefined;
  const id = draft.id.trim();
  return {
    id,
    kind: draft.kind,
    severity: toSeverity(draft.severity, id),
    text: draft.text,
    evidence: toEvidence(draft.evidence),
    promotional: draft.promotional === true,
    source: 'host',
  };
}

/**
 * A server hint as a hint. Without a text there is nothing to show, so it is dropped (a
 * server that wants to hide a hint sends `suppress: true`). It is promotional when the server
 * says so, or when its catalog entry is.
 */
export function fromServer(hint: ServerHint): Hint | undefined {
  if (!hint || hint.suppress || !validId(hint.id)) return undefined;
  if (hint.kind !== 'do' && hint.kind !== 'dont') return undefined;
  if (typeof hint.text !== 'string' || hint.text.trim() === '') return undefined;
  const id = hint.id.trim();
  return {
    id,
    kind: hint.kind,
    severity: toSeverity(hint.severity, id),
    text: hint.text,
    evidence: toEvidence(hint.evidence),
    promotional: hint.promotional === true || (isHintId(id) && HINT_CATALOG[id].promotional),
    source: 'server',
  };
}

export interface MergeInput {
  card: readonly Hint[];
  host: readonly Hint[];
  server: readonly Hint[];
  /** Ids hidden whatever their source (host `suppress` + server `suppress: true`). */
  suppressed: ReadonlySet<string>;
  /** Promotion blocked before looking at the hints (host switch, unknown tickets/products). */
  promotionBlocked: boolean;
}

interface Entry {
  hint: Hint;
  /** Order of first appearance of the id, the last tie-break (stable). */
  arrival: number;
}

/**
 * One hint per id, precedence server > host > card (the more specific knowledge wins; within
 * one source the first wins). Then: suppressed ids removed; promotional hints removed when any
 * blocker is present (a blocker computed by the card counts even if its hint was suppressed or
 * replaced: hiding a warning does not lift the protection); sorted by severity, then catalog
 * rank (ids outside the catalog after catalog ids), then arrival.
 */
export function mergeHints(input: MergeInput): Hint[] {
  const byId = new Map<string, Entry>();
  let arrival = 0;
  for (const hint of [...input.card, ...input.host, ...input.server]) {
    const existing = byId.get(hint.id);
    if (!existing) {
      byId.set(hint.id, {hint, arrival: arrival++});
    } else if (PRECEDENCE[hint.source] > PRECEDENCE[existing.hint.source]) {
      existing.hint = hint;
    }
  }
  const blockers: ReadonlySet<string> = new Set(PROMOTION_BLOCKERS);
  const visible = [...byId.values()].filter((e) => !input.suppressed.has(e.hint.id));
  const blocked =
    input.promotionBlocked ||
    input.card.some((h) => blockers.has(h.id)) ||
    visible.some((e) => blockers.has(e.hint.id));
  return visible
    .filter((e) => !(blocked && e.hint.promotional))
    .sort(
      (a, b) =>
        a.hint.severity - b.hint.severity ||
        catalogRank(a.hint.id) - catalogRank(b.hint.id) ||
        a.arrival - b.arrival,
    )
    .map((e) => e.hint);
}
