/**
 * Feedback from agents (issue 22): dismissals of hints and shared notes.
 *
 * - `dismissHint` stores a dismissal (agent, instant, reason, note, each hint's evidence
 *   fingerprint, the card's version); the suppression policy (table `dismissal_policy`, data)
 *   says for how many days a reason hides the dismissed hints for that customer. Card loads get
 *   the active suppressions as `ServerHint {suppress: true, fingerprint, until}`, never for a
 *   legal hint.
 * - `addNote` and `Customer.notes`: plain-text notes every agent sees, newest first, audited.
 * - `dismissalReport`: dismissals per hint × reason per 1,000 card loads over a period.
 *
 * Both mutations are idempotent per agent: the same `idempotencyKey` answers what was stored
 * the first time (a unique constraint and `ON CONFLICT DO NOTHING`, so concurrent replays store
 * one row). Errors the agent should see are `GraphQLError`s with `extensions.code`.
 */
import DataLoader from 'dataloader';
import {GraphQLError} from 'graphql';
import {HINT_CATALOG, HINT_IDS} from '../../src/hints/catalog.js';
import {LEGAL_HINTS} from '../../src/hints/legal.js';
import type {Agent} from './auth.js';
import {enumValues} from './contract.js';
import {REPORTS_ROLE} from './auth.js';
import {prepared} from './db.js';
import type {Db} from './db.js';
import type {
  AddNoteInput,
  DismissHintInput,
  DismissReason,
  DismissalReport,
  HintDismissal,
  HintKind,
  Note,
  NoteConnection,
  ServerHint,
} from './generated/resolvers.js';
import {clamp, decodeCursor, encodeCursor} from './loaders.js';

/** Longest dismissal note, in characters. */
export const MAX_DISMISSAL_NOTE = 500;
/** Longest note text, in characters (after trimming). */
export const MAX_NOTE = 2000;
/** Longest evidence fingerprint, in characters. */
export const MAX_FINGERPRINT = 2000;
/** Idempotency keys are 8 to 100 characters. */
export const KEY_LENGTH = {min: 8, max: 100} as const;
/** Most hints one dismissal may fold. */
export const MAX_HINTS_PER_DISMISSAL = 50;
/** Largest `notes(first)` page. */
export const MAX_NOTES_PAGE = 50;
const DAY_MS = 86_400_000;

/** The contract's reasons (checked here for callers that do not go through GraphQL, such as the demo's seed). */
const REASONS = enumValues('DismissReason') as readonly DismissReason[];

/** An error the client should see: its message names the field and says why. */
export function badInput(field: string, why: string): GraphQLError {
  return new GraphQLError(`${field}: ${why}`, {extensions: {code: 'BAD_INPUT', field}});
}

/** A value quoted for a message, cut to a readable length. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** Length in characters (code points), as PostgreSQL's `char_length` counts. */
const characters = (text: string) => [...text].length;

function checkText(field: string, value: string, max: number, min = 0): void {
  if (value.includes('\u0000')) throw badInput(field, 'cannot contain the character U+0000.');
  const length = characters(value);
  if (length < min) throw badInput(field, min === 1 ? 'is empty.' : `is shorter than ${min} characters.`);
  if (length > max)
    throw badInput(field, `is at most ${max.toLocaleString('en')} characters (got ${length.toLocaleString('en')}).`);
}

function checkKey(key: string): void {
  checkText('idempotencyKey', key, KEY_LENGTH.max, KEY_LENGTH.min);
}

/** An instant of the API (`DateTime`), or a BAD_INPUT naming `field`. */
function instant(field: string, value: string): Date {
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw badInput(field, 'is not an ISO 8601 instant with a time zone (e.g. 2026-11-01T00:00:00Z).');
  return new Date(ms);
}

const CATALOG_IDS: ReadonlySet<string> = new Set(HINT_IDS);
const LEGAL: readonly string[] = LEGAL_HINTS;

/** The kind and severity a suppression of `id` carries: the catalog's, else the server hint's, else DO/5. */
function shapeOf(id: string, stored: {kind: HintKind | null; severity: number | null}): {kind: HintKind; severity: number} {
  const entry = (HINT_CATALOG as Readonly<Record<string, {kind: 'do' | 'dont'; severity: number}>>)[id];
  if (entry) return {kind: entry.kind === 'do' ? 'DO' : 'DONT', severity: entry.severity};
  return {kind: stored.kind ?? 'DO', severity: stored.severity ?? 5};
}

/** Active suppressions of the customers `$1` at the instant `$2`, legal hints `$3` left out. */
const SUPPRESSIONS_SQL = prepared(`
SELECT h.customer_id AS "customerId", h.hint_id AS id, h.fingerprint,
  c360_iso(max(h.at + make_interval(secs => p.days * 86400))) AS until,
  min(s.kind) AS kind, min(s.severity) AS severity
FROM dismissal_hints h
JOIN dismissal_policy p ON p.reason = h.reason AND p.days > 0
LEFT JOIN server_hints s ON s.customer_id = h.customer_id AND s.id = h.hint_id
WHERE h.customer_id = ANY($1::text[])
  AND h.at <= $2::timestamptz
  AND h.at > $2::timestamptz - make_interval(secs => p.days * 86400)
  AND h.hint_id <> ALL($3::text[])
GROUP BY h.customer_id, h.hint_id, h.fingerprint
ORDER BY h.customer_id, h.hint_id COLLATE "C", h.fingerprint COLLATE "C"`);

/** `$2`/`$3`: the keyset cursor (`at` with microseconds, id) or nulls; `$4`: page size + 1. */
const NOTES_SQL = `
SELECT k.id AS "customerId",
  (SELECT count(*)::int FROM notes n WHERE n.customer_id = k.id) AS "totalCount",
  COALESCE((
    SELECT json_agg(json_build_object('node', p.node, 'at', p.at, 'id', p.id) ORDER BY p.sort_at DESC, p.sort_id DESC)
    FROM (
      SELECT json_build_object('id', n.id::text, 'author', n.author, 'at', c360_iso(n.at), 'text', n.text) AS node,
        to_char(n.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, n.id::text AS id,
        n.at AS sort_at, n.id AS sort_id
      FROM notes n
      WHERE n.customer_id = k.id AND ($2::timestamptz IS NULL OR (n.at, n.id) < ($2::timestamptz, $3::bigint))
      ORDER BY n.at DESC, n.id DESC
      LIMIT $4::int
    ) p
  ), '[]') AS page
FROM unnest($1::text[]) AS k(id)`;

const AUDIT_NOTES_READ_SQL = `
INSERT INTO audit_reads (agent, customer_id, lookup)
SELECT $1::text, k.id, 'notes-read' FROM unnest($2::text[]) AS k(id)`;

/** The customer, with the ids of its own server hints (dismissable like catalog ids). */
const CUSTOMER_SQL = `
SELECT c.id, ARRAY(SELECT s.id FROM server_hints s WHERE s.customer_id = c.id) AS "hintIds"
FROM customers c WHERE c.id = $1`;

/** Stores a dismissal and its hints in one statement; no row when the agent's key was used. */
const DISMISS_SQL = `
WITH d AS (
  INSERT INTO dismissals (customer_id, agent_id, agent_name, at, reason, note, card_version, idempotency_key)
  VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7, $8)
  ON CONFLICT (agent_id, idempotency_key) DO NOTHING
  RETURNING id, customer_id, at, reason
), h AS (
  INSERT INTO dismissal_hints (dismissal_id, hint_id, position, fingerprint, customer_id, at, reason)
  SELECT d.id, x.hint_id, x.position, x.fingerprint, d.customer_id, d.at, d.reason
  FROM d, unnest($9::text[], $10::text[]) WITH ORDINALITY AS x(hint_id, fingerprint, position)
  RETURNING 1
)
SELECT d.id::text AS id, (SELECT count(*)::int FROM h) AS hints FROM d`;

/** The agent's dismissal stored under a key, with the policy's days for its reason. */
const STORED_DISMISSAL_SQL = `
SELECT d.id::text AS id, d.customer_id AS "customerId", d.reason, d.note, c360_iso(d.at) AS at, p.days,
  COALESCE((SELECT json_agg(json_build_object('hintId', h.hint_id, 'fingerprint', h.fingerprint) ORDER BY h.position)
    FROM dismissal_hints h WHERE h.dismissal_id = d.id), '[]') AS hints
FROM dismissals d JOIN dismissal_policy p ON p.reason = d.reason
WHERE d.agent_id = $1 AND d.idempotency_key = $2`;

/** Stores a note and its audit row in one statement; no row when the agent's key was used. */
const ADD_NOTE_SQL = `
WITH n AS (
  INSERT INTO notes (customer_id, agent_id, author, at, text, idempotency_key)
  SELECT c.id, $2, $3, $4::timestamptz, $5, $6 FROM customers c WHERE c.id = $1
  ON CONFLICT (agent_id, idempotency_key) DO NOTHING
  RETURNING customer_id
), a AS (
  INSERT INTO audit_reads (agent, customer_id, lookup) SELECT $2, n.customer_id, 'note-added' FROM n RETURNING 1
)
SELECT (SELECT count(*)::int FROM n) AS added, (SELECT count(*)::int FROM a) AS audited,
  EXISTS (SELECT 1 FROM customers c WHERE c.id = $1) AS known`;

const STORED_NOTE_SQL = `
SELECT n.id::text AS id, n.customer_id AS "customerId", n.author, c360_iso(n.at) AS at, n.text
FROM notes n WHERE n.agent_id = $1 AND n.idempotency_key = $2`;

/** The report over `[$1, $2)`: card loads, dismissals, and counts per hint × reason. */
const REPORT_SQL = `
SELECT
  (SELECT count(*)::int FROM audit_reads a
    WHERE a.at >= $1::timestamptz AND a.at < $2::timestamptz AND a.lookup IN ('id', 'email', 'phone', 'email+phone')) AS "cardLoads",
  (SELECT count(*)::int FROM dismissals d WHERE d.at >= $1::timestamptz AND d.at < $2::timestamptz) AS dismissals,
  COALESCE((
    SELECT json_agg(json_build_object('hintId', r.hint_id, 'reason', r.reason, 'count', r.n)
      ORDER BY r.n DESC, r.hint_id COLLATE "C", r.reason)
    FROM (
      SELECT h.hint_id, h.reason, count(*)::int AS n FROM dismissal_hints h
      WHERE h.at >= $1::timestamptz AND h.at < $2::timestamptz
      GROUP BY h.hint_id, h.reason
    ) r
  ), '[]') AS rows`;

interface StoredDismissal {
  readonly id: string;
  readonly customerId: string;
  readonly reason: DismissReason;
  readonly note: string | null;
  readonly at: string;
  readonly days: number;
  readonly hints: {hintId: string; fingerprint: string}[];
}

interface NotesRow {
  readonly customerId: string;
  readonly totalCount: number;
  readonly page: {node: Note; at: string; id: string}[];
}

export interface FeedbackOptions {
  readonly db: Db;
  /** The request's instant: dismissals and notes are stored at it, suppressions are active at it. */
  readonly now: Date;
  readonly agent: Agent;
  /** The deployment's own hint ids agents may dismiss (besides the catalog and the customer's server hints). */
  readonly ownHintIds?: readonly string[];
  /** True when every agent may read the report (demo mode, no authenticate hook). */
  readonly openReports?: boolean;
}

/** The HintDismissal of a stored row: the suppressions its reason's policy gives, never legal hints. */
function dismissalOf(row: StoredDismissal): HintDismissal {
  const until = new Date(Date.parse(row.at) + row.days * DAY_MS).toISOString();
  return {
    id: row.id,
    customerId: row.customerId,
    hintIds: row.hints.map((h) => h.hintId),
    reason: row.reason,
    note: row.note,
    at: row.at,
    suppressions:
      row.days > 0
        ? row.hints.filter((h) => !LEGAL.includes(h.hintId)).map((h) => ({hintId: h.hintId, fingerprint: h.fingerprint, until}))
        : [],
  };
}

/** One request's feedback: its loaders (batched like the card's sections) and mutations. */
export function createFeedback(options: FeedbackOptions) {
  const {db, agent} = options;
  const now = options.now.toISOString();
  const ownHintIds = new Set(options.ownHintIds ?? []);
  const author = agent.displayName?.trim() || agent.id;
  const notesLoaders = new Map<string, DataLoader<string, NoteConnection>>();

  const suppressions = new DataLoader<string, ServerHint[]>(async (ids) => {
    type Row = {
      customerId: string;
      id: string;
      fingerprint: string;
      until: string;
      kind: HintKind | null;
      severity: number | null;
    };
    const {rows} = await db.query<Row>(SUPPRESSIONS_SQL, [ids, now, LEGAL]);
    const groups = new Map<string, ServerHint[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      // The SQL leaves legal hints out; this keeps them out should it ever change.
      if (LEGAL.includes(row.id)) continue;
      groups.get(row.customerId)?.push({
        id: row.id,
        ...shapeOf(row.id, row),
        text: null,
        suppress: true,
        fingerprint: row.fingerprint,
        until: row.until,
        promotional: null,
        evidence: [],
      });
    }
    return ids.map((id) => groups.get(id) ?? []);
  });

  return {
    /** The customer's active suppressions at the request's instant, as server hints. */
    suppressions: (customerId: string) => suppressions.load(customerId),

    /** A page of notes, newest first; the read is audited before the notes leave. */
    notes(customerId: string, first: number, after: string | null): Promise<NoteConnection> {
      const keyset = after === null ? null : decodeCursor(after);
      if (after !== null && (keyset === null || !/^[1-9]\d{0,17}$/.test(keyset.id)))
        throw badInput('after', 'is not a cursor of this list: pass an endCursor this server gave.');
      const size = clamp(first, 1, MAX_NOTES_PAGE);
      const key = JSON.stringify([size, keyset?.at, keyset?.id]);
      let loader = notesLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, NoteConnection>(async (ids) => {
          const {rows} = await db.query<NotesRow>(NOTES_SQL, [ids, keyset?.at ?? null, keyset?.id ?? null, size + 1]);
          await db.query(AUDIT_NOTES_READ_SQL, [agent.id, ids]);
          const found = new Map(rows.map((row) => [row.customerId, row]));
          return ids.map((id) => {
            const row = found.get(id);
            const page = row?.page ?? [];
            const edges = page.slice(0, size).map((edge) => ({cursor: encodeCursor(edge.at, edge.id), node: edge.node}));
            return {
              totalCount: row?.totalCount ?? 0,
              edges,
              pageInfo: {hasNextPage: page.length > size, endCursor: edges[edges.length - 1]?.cursor ?? null},
            };
          });
        });
        notesLoaders.set(key, loader);
      }
      return loader.load(customerId);
    },

    /** Stores a dismissal (or answers the one stored under this agent's key). */
    async dismiss(input: DismissHintInput): Promise<HintDismissal> {
      checkKey(input.idempotencyKey);
      if (!REASONS.includes(input.reason)) throw badInput('reason', `is not one of ${REASONS.join(', ')}.`);
      const note = input.note == null ? null : input.note.trim() || null;
      if (note !== null) checkText('note', note, MAX_DISMISSAL_NOTE);
      if (input.cardVersion != null) checkText('cardVersion', input.cardVersion, 100);
      const hintIds = [...new Set(input.hintIds)];
      if (hintIds.length === 0) throw badInput('hintIds', 'lists no hint: give the id of every hint of the dismissed row.');
      if (hintIds.length > MAX_HINTS_PER_DISMISSAL)
        throw badInput('hintIds', `lists more than ${MAX_HINTS_PER_DISMISSAL} hints.`);
      const fingerprints = new Map<string, string>();
      for (const entry of input.fingerprints ?? []) {
        if (!hintIds.includes(entry.hintId))
          throw badInput('fingerprints', `names hint ${quoted(entry.hintId)}, which is not in hintIds.`);
        checkText('fingerprints', entry.fingerprint, MAX_FINGERPRINT);
        const earlier = fingerprints.get(entry.hintId);
        if (earlier !== undefined && earlier !== entry.fingerprint)
          throw badInput('fingerprints', `gives hint ${quoted(entry.hintId)} two different fingerprints.`);
        fingerprints.set(entry.hintId, entry.fingerprint);
      }
      const customer = input.customerId.includes('\u0000')
        ? undefined
        : (await db.query<{id: string; hintIds: string[]}>(CUSTOMER_SQL, [input.customerId])).rows[0];
      if (!customer)
        throw new GraphQLError(`No customer with id ${quoted(input.customerId)}.`, {extensions: {code: 'UNKNOWN_CUSTOMER'}});
      const own = new Set(customer.hintIds);
      const unknown = hintIds.find((id) => !CATALOG_IDS.has(id) && !own.has(id) && !ownHintIds.has(id));
      // A replay of a dismissal already stored answers it, even when a server hint it names is
      // gone since (an import replaced the customer's hints): the card's retry must not be refused.
      const replay =
        unknown !== undefined &&
        (await db.query<{id: string}>(STORED_DISMISSAL_SQL, [agent.id, input.idempotencyKey])).rows.length > 0;
      if (unknown !== undefined && !replay)
        throw new GraphQLError(`Unknown hint id ${quoted(unknown)}: not in the catalog nor this server's hints.`, {
          extensions: {code: 'UNKNOWN_HINT', hintId: unknown.slice(0, 200)},
        });
      await db.query(DISMISS_SQL, [
        customer.id,
        agent.id,
        author,
        now,
        input.reason,
        note,
        input.cardVersion ?? null,
        input.idempotencyKey,
        hintIds,
        hintIds.map((id) => fingerprints.get(id) ?? ''),
      ]);
      const stored = (await db.query<StoredDismissal>(STORED_DISMISSAL_SQL, [agent.id, input.idempotencyKey])).rows[0];
      if (!stored) throw new Error('The dismissal was neither stored nor found.');
      if (stored.customerId !== customer.id)
        throw badInput('idempotencyKey', 'was already used for a dismissal of another customer: choose a new key.');
      // A replay is the same request: the same key with other content is a mistake, not a retry.
      const same =
        stored.reason === input.reason &&
        stored.note === note &&
        JSON.stringify(stored.hints) ===
          JSON.stringify(hintIds.map((id) => ({hintId: id, fingerprint: fingerprints.get(id) ?? ''})));
      if (!same) throw badInput('idempotencyKey', 'was already used for another dismissal: choose a new key.');
      return dismissalOf(stored);
    },

    /** Stores a note (or answers the one stored under this agent's key). */
    async addNote(input: AddNoteInput): Promise<Note> {
      checkKey(input.idempotencyKey);
      const text = input.text.trim();
      if (text.includes('\u0000')) throw badInput('text', 'cannot contain the character U+0000.');
      if (!text) throw badInput('text', 'is empty: write the note.');
      if (characters(text) > MAX_NOTE)
        throw badInput(
          'text',
          `Notes are at most ${MAX_NOTE.toLocaleString('en')} characters (this one has ${characters(text).toLocaleString('en')}).`,
        );
      const customerId = input.customerId.includes('\u0000') ? null : input.customerId;
      const added =
        customerId === null
          ? undefined
          : (await db.query<{known: boolean}>(ADD_NOTE_SQL, [customerId, agent.id, author, now, text, input.idempotencyKey]))
              .rows[0];
      if (!added?.known)
        throw new GraphQLError(`No customer with id ${quoted(input.customerId)}.`, {extensions: {code: 'UNKNOWN_CUSTOMER'}});
      type Row = Note & {customerId: string};
      const stored = (await db.query<Row>(STORED_NOTE_SQL, [agent.id, input.idempotencyKey])).rows[0];
      if (!stored) throw new Error('The note was neither stored nor found.');
      if (stored.customerId !== customerId)
        throw badInput('idempotencyKey', 'was already used for a note on another customer: choose a new key.');
      if (stored.text !== text) throw badInput('idempotencyKey', 'was already used for another note: choose a new key.');
      const {customerId: _customerId, ...note} = stored;
      return note;
    },

    /** Dismissals per hint × reason per 1,000 card loads in `[from, to)`; agents with the `reports` role. */
    async report(fromText: string, toText: string): Promise<DismissalReport> {
      if (!options.openReports && !agent.roles.includes(REPORTS_ROLE))
        throw new GraphQLError(`The dismissal report needs the "${REPORTS_ROLE}" role.`, {extensions: {code: 'FORBIDDEN'}});
      const from = instant('from', fromText);
      const to = instant('to', toText);
      if (from.getTime() >= to.getTime()) throw badInput('to', 'is not after from.');
      type Row = {cardLoads: number; dismissals: number; rows: {hintId: string; reason: DismissReason; count: number}[]};
      const row = (await db.query<Row>(REPORT_SQL, [from.toISOString(), to.toISOString()])).rows[0]!;
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        cardLoads: row.cardLoads,
        dismissals: row.dismissals,
        rows: row.rows.map((r) => ({
          ...r,
          perThousandLoads: row.cardLoads > 0 ? (r.count * 1000) / row.cardLoads : 0,
        })),
      };
    },
  };
}

export type Feedback = ReturnType<typeof createFeedback>;
