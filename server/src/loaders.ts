/**
 * The SQL of every section of a card, as per-request DataLoaders: the customers a request asks
 * for (one, or twenty aliased `customer` fields) are read together, one set-based statement per
 * section (`WHERE customer_id = ANY($1)`), and the aggregates are computed by the database on
 * its indexes. A card costs the same number of statements for 10 contacts as for 10,000.
 */
import DataLoader from 'dataloader';
import {prepared} from './db.js';
import type {Db} from './db.js';
import type {
  Contact,
  ContactConnection,
  ContactPurpose,
  MonthlyCount,
  ServerHint,
  Ticket,
  TopicSummary,
} from './generated/resolvers.js';
import type {CustomerRow, LookupKind, SummaryRow} from './model.js';

/** Longest `contactSummary(days)` / `topics(days)` window, about ten years. */
export const MAX_SUMMARY_DAYS = 3660;
/** Longest `monthly(months)` series, ten years. */
export const MAX_MONTHS = 120;
/** Largest `contacts(first)` page. */
export const MAX_PAGE_SIZE = 100;

/** The subject an agent without the `confidential` role sees instead of a confidential ticket's. */
export const CONFIDENTIAL_SUBJECT = 'Confidential ticket';

/** `value` rounded down and brought into `min..max`. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * The window `$2` minus `$3` days .. `$2` (both ends included), once per statement: `start` and
 * `now`; its whole UTC days `firstDay` .. before `endDay`, read from `contact_days`; and the two
 * partial ends read from `contacts`, `[start, headEnd)` and `[tailStart, now]`. With no whole day
 * in it, the head is the whole window and the tail is empty. Days are UTC whatever the session's
 * time zone: a `date` becomes an instant only as a `timestamp` read `AT TIME ZONE 'UTC'`.
 */
const WINDOW = `w AS (
  SELECT s.start, s.now, d."firstDay", d."endDay",
    CASE WHEN d."firstDay" < d."endDay" THEN d."firstDay"::timestamp AT TIME ZONE 'UTC' ELSE 'infinity'::timestamptz END AS "headEnd",
    CASE WHEN d."firstDay" < d."endDay" THEN d."endDay"::timestamp AT TIME ZONE 'UTC' ELSE 'infinity'::timestamptz END AS "tailStart"
  FROM (SELECT $2::timestamptz - make_interval(secs => $3::int * 86400) AS start, $2::timestamptz AS now) s
  CROSS JOIN LATERAL (SELECT ((s.start - interval '1 microsecond') AT TIME ZONE 'UTC')::date + 1 AS "firstDay",
    (s.now AT TIME ZONE 'UTC')::date AS "endDay") d)`;

/** Contacts of `k.id` within the window `w`. */
const IN_WINDOW = `c.customer_id = k.id AND c.at >= w.start AND c.at <= w.now`;

const PROFILE_SQL = prepared(`
SELECT c.id, c.display_name AS "displayName", c.given_name AS "givenName", c.family_name AS "familyName",
  c.preferred_name AS "preferredName", c.salutation, c.locale, c.time_zone AS "timeZone",
  to_char(c.customer_since, 'YYYY-MM-DD') AS "customerSince", c.area, c.do_not_call AS "doNotCall",
  c.preferred_channel AS "preferredChannel",
  COALESCE((SELECT json_agg(e.email ORDER BY e.position) FROM customer_emails e WHERE e.customer_id = c.id), '[]') AS emails,
  COALESCE((SELECT json_agg(p.phone ORDER BY p.position) FROM customer_phones p WHERE p.customer_id = c.id), '[]') AS phones,
  COALESCE((SELECT json_agg(json_build_object('purpose', s.purpose, 'granted', s.granted, 'updatedAt', c360_iso(s.updated_at))
      ORDER BY s.position) FROM consents s WHERE s.customer_id = c.id), '[]') AS consents,
  COALESCE((SELECT json_agg(json_build_object('days', to_json(h.days), 'from', h.from_time, 'to', h.to_time) ORDER BY h.position)
      FROM preferred_hours h WHERE h.customer_id = c.id), '[]') AS "preferredHours",
  (SELECT json_build_object('reason', q.reason, 'since', c360_iso(q.since), 'until', c360_iso(q.until))
      FROM quiet_periods q WHERE q.customer_id = c.id) AS "quietPeriod",
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'category', p.category,
      'since', to_char(p.since, 'YYYY-MM-DD'), 'status', p.status) ORDER BY p.position)
      FROM products p WHERE p.customer_id = c.id), '[]') AS products,
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'category', o.category, 'campaign', o.campaign,
      'eligible', o.eligible, 'ineligibilityReason', o.ineligibility_reason, 'newCustomersOnly', o.new_customers_only)
      ORDER BY o.position) FROM offers o WHERE o.customer_id = c.id), '[]') AS offers
FROM customers c
WHERE c.id = ANY($1::text[])`);

const TICKETS_SQL = prepared(`
SELECT t.customer_id AS "customerId", t.id,
  CASE WHEN t.confidential AND NOT $2::boolean THEN $4::text ELSE t.subject END AS subject,
  t.status, t.priority, t.category, c360_iso(t.opened_at) AS "openedAt", c360_iso(t.updated_at) AS "updatedAt",
  COALESCE(n.count, 0) AS "contactCount", COALESCE(n.transfers, 0) AS "transferCount"
FROM tickets t
LEFT JOIN LATERAL (
  SELECT count(*)::int AS count, sum(c.transfers)::int AS transfers
  FROM contacts c WHERE c.customer_id = t.customer_id AND c.ticket_id = t.id
) n ON true
WHERE t.customer_id = ANY($1::text[]) AND (NOT $3::boolean OR t.status NOT IN ('RESOLVED', 'CLOSED'))
ORDER BY t.customer_id, t.opened_at DESC, t.id`);

/** `$2`/`$3`: the keyset cursor (`at` with microseconds, id) or nulls; `$4`: page size + 1. */
const CONTACTS_SQL = prepared(`
SELECT k.id AS "customerId",
  COALESCE((SELECT n.contact_count FROM customers n WHERE n.id = k.id), 0) AS "totalCount",
  COALESCE((
    SELECT json_agg(json_build_object('node', p.node, 'at', p.at, 'id', p.id) ORDER BY p.at DESC, p.id DESC)
    FROM (
      SELECT c.node, to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, c.id
      FROM contacts c
      WHERE c.customer_id = k.id AND ($2::timestamptz IS NULL OR (c.at, c.id) < ($2::timestamptz, $3::text))
      ORDER BY c.at DESC, c.id DESC
      LIMIT $4::int
    ) p
  ), '[]') AS page
FROM unnest($1::text[]) AS k(id)`);

/**
 * The window's count from its whole days and its two ends; its two lists on their partial
 * indexes; the whole-history parts on theirs. Contacts come as their stored JSON (`node`).
 */
const SUMMARY_SQL = prepared(`
WITH ${WINDOW}
SELECT k.id AS "customerId",
  (SELECT COALESCE(sum(d.inbound + d.outbound), 0) FROM contact_days d
    WHERE d.customer_id = k.id AND d.day >= w."firstDay" AND d.day < w."endDay")::int
  + (SELECT count(*) FROM contacts c WHERE ${IN_WINDOW} AND c.at < w."headEnd")::int
  + (SELECT count(*) FROM contacts c WHERE ${IN_WINDOW} AND c.at >= w."tailStart")::int AS count,
  COALESCE((SELECT json_agg(c360_iso(c.at) ORDER BY c.at DESC, c.id DESC) FROM contacts c
    WHERE ${IN_WINDOW} AND c.direction = 'OUTBOUND' AND c.purpose = 'SALES'), '[]') AS "outboundSolicitations",
  COALESCE((SELECT json_agg(c.node ORDER BY c.at DESC, c.id DESC) FROM contacts c
    WHERE ${IN_WINDOW} AND c.outcome = 'MISSED_BY_US'), '[]') AS "missedByUs",
  (SELECT c.node FROM contacts c WHERE c.customer_id = k.id AND c.outcome = 'REFUSED'
    ORDER BY c.at DESC, c.id DESC LIMIT 1) AS "lastRefusal",
  COALESCE((SELECT json_agg(c.node ORDER BY c.at, c.id) FROM contacts c
    WHERE c.customer_id = k.id AND c.outcome = 'AWAITING_OUR_REPLY'), '[]') AS "awaitingReply",
  (SELECT c.node FROM contacts c WHERE c.customer_id = k.id ORDER BY c.at DESC, c.id DESC LIMIT 1) AS last
FROM unnest($1::text[]) AS k(id) CROSS JOIN w`);

/**
 * Grouped by ticket, or by purpose when no ticket; the purpose of a ticket's group is its oldest
 * contact's in the window, found on the ticket index.
 */
const TOPICS_SQL = prepared(`
WITH ${WINDOW}
SELECT g.customer_id AS "customerId", g.ticket_id AS "ticketId",
  COALESCE(g.purpose, (SELECT f.purpose FROM contacts f
    WHERE f.customer_id = g.customer_id AND f.ticket_id = g.ticket_id AND f.at >= w.start AND f.at <= w.now
    ORDER BY f.at, f.id LIMIT 1)) AS purpose,
  g.count, g.transfers, c360_iso(g.first) AS "firstAt", c360_iso(g.last) AS "lastAt"
FROM w CROSS JOIN LATERAL (
  SELECT c.customer_id, c.ticket_id, CASE WHEN c.ticket_id IS NULL THEN c.purpose END AS purpose,
    count(*)::int AS count, sum(c.transfers)::int AS transfers, min(c.at) AS first, max(c.at) AS last
  FROM unnest($1::text[]) AS k(id) JOIN contacts c ON ${IN_WINDOW}
  GROUP BY 1, 2, 3
) g
ORDER BY g.customer_id, g.last DESC, g.ticket_id, 3`);

/** UTC calendar months, the `$3` ending with the one of `$2`, oldest first, empty months at zero. */
const MONTHLY_SQL = prepared(`
SELECT k.id AS "customerId", to_char(m.month, 'YYYY-MM') AS month,
  COALESCE(n.inbound, 0) AS inbound, COALESCE(n.outbound, 0) AS outbound
FROM unnest($1::text[]) AS k(id)
CROSS JOIN generate_series(
  date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC') - make_interval(months => $3::int - 1),
  date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC'),
  interval '1 month') AS m(month)
LEFT JOIN LATERAL (
  SELECT sum(d.inbound)::int AS inbound, sum(d.outbound)::int AS outbound
  FROM contact_days d
  WHERE d.customer_id = k.id AND d.day >= m.month AND d.day < m.month + interval '1 month'
) n ON true
ORDER BY k.id, m.month`);

/** Texts in the language `$2`, else English. */
const HINTS_SQL = prepared(`
SELECT h.customer_id AS "customerId", h.id, h.kind, h.severity,
  COALESCE(h.text ->> $2::text, h.text ->> 'en') AS text, h.suppress, h.promotional,
  COALESCE((SELECT json_agg(json_build_object(
      'label', COALESCE(e.value -> 'label' ->> $2::text, e.value -> 'label' ->> 'en', ''),
      'value', COALESCE(e.value -> 'value' ->> $2::text, e.value -> 'value' ->> 'en', '')) ORDER BY e.ordinality)
    FROM jsonb_array_elements(h.evidence) WITH ORDINALITY AS e(value, ordinality)), '[]') AS evidence
FROM server_hints h
WHERE h.customer_id = ANY($1::text[])
ORDER BY h.customer_id, h.position`);

const LOOKUP_SQL: Record<Exclude<LookupKind, 'id'>, string> = {
  email: prepared(`SELECT count(*)::int AS count, min(e.customer_id) AS id FROM customer_emails e WHERE e.email = $1`),
  phone: prepared(`SELECT count(*)::int AS count, min(p.customer_id) AS id FROM customer_phones p WHERE p.phone = $1`),
  'email+phone': prepared(`SELECT count(*)::int AS count, min(e.customer_id) AS id
    FROM customer_emails e JOIN customer_phones p ON p.customer_id = e.customer_id
    WHERE e.email = $1 AND p.phone = $2`),
};

const AUDIT_SQL = prepared(`
INSERT INTO audit_reads (agent, customer_id, lookup)
SELECT $1::text, r.customer_id, r.lookup FROM unnest($2::text[], $3::text[]) AS r(customer_id, lookup)`);

/** A page of contacts with the keyset each edge's cursor encodes. */
interface PageRow {
  readonly customerId: string;
  readonly totalCount: number;
  readonly page: {node: Contact; at: string; id: string}[];
}

/** The opaque cursor of a contact: its instant (microseconds, UTC) and id. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** The keyset a cursor holds, or `null` when `encodeCursor` did not make it. */
export function decodeCursor(cursor: string): {at: string; id: string} | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || id.includes('\u0000')) return null;
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) || Number.isNaN(Date.parse(at))) return null;
    return {at, id};
  } catch {
    return null;
  }
}

/** Rows grouped by their `customerId`, in the order of `ids`. */
function byCustomer<R extends {customerId: string}>(ids: readonly string[], rows: readonly R[]): R[][] {
  const groups = new Map<string, R[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.customerId)?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Removes the `customerId` the batching needed. */
function strip<R extends {customerId: string}>(row: R): Omit<R, 'customerId'> {
  const {customerId: _customerId, ...rest} = row;
  return rest;
}

/** What a request may see and when: the reader's rights and the instant "now". */
export interface LoaderOptions {
  readonly db: Db;
  readonly now: Date;
  readonly agentId: string;
  /** True when the agent may read confidential tickets' subjects. */
  readonly seesConfidential: boolean;
}

/**
 * One request's loaders. Each section has a loader per argument set (`contacts(first: 10)`
 * and `contacts(first: 5)` are two), batching the customers that ask for it.
 */
export function createLoaders(options: LoaderOptions) {
  const {db} = options;
  const now = options.now.toISOString();
  const perArgs = new Map<string, DataLoader<string, unknown>>();

  /** The loader of `section` for one argument set, created on first use. */
  function loader<T>(section: string, args: readonly unknown[], batch: (ids: readonly string[]) => Promise<T[]>) {
    const key = JSON.stringify([section, ...args]);
    let found = perArgs.get(key);
    if (!found) perArgs.set(key, (found = new DataLoader<string, unknown>(batch)));
    return found as DataLoader<string, T>;
  }

  const profiles = new DataLoader<string, CustomerRow | null>(async (ids) => {
    const {rows} = await db.query<CustomerRow>(PROFILE_SQL, [ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  const audit = new DataLoader<{customerId: string; kind: LookupKind}, true, string>(
    async (reads) => {
      await db.query(AUDIT_SQL, [options.agentId, reads.map((r) => r.customerId), reads.map((r) => r.kind)]);
      return reads.map(() => true as const);
    },
    {cacheKeyFn: (read) => `${read.kind}:${read.customerId}`},
  );

  return {
    /** The customer's profile, or `null` when there is no such customer. */
    profile: (id: string) => profiles.load(id),

    /** Records that the agent read this customer; resolves once the audit row is written. */
    audit: (customerId: string, kind: LookupKind) => audit.load({customerId, kind}),

    /** How many customers have this email and/or phone, and the one when exactly one does. */
    async lookup(email: string | null, phone: string | null) {
      const kind: Exclude<LookupKind, 'id'> = email && phone ? 'email+phone' : email ? 'email' : 'phone';
      const params = [email, phone].filter((value) => value !== null);
      const {rows} = await db.query<{count: number; id: string | null}>(LOOKUP_SQL[kind], params);
      const row = rows[0] ?? {count: 0, id: null};
      return {count: row.count, customerId: row.count === 1 ? row.id : null, kind};
    },

    tickets(customerId: string, openOnly: boolean): Promise<Ticket[]> {
      return loader('tickets', [openOnly], async (ids) => {
        const params = [ids, options.seesConfidential, openOnly, CONFIDENTIAL_SUBJECT];
        const {rows} = await db.query<Ticket & {customerId: string}>(TICKETS_SQL, params);
        return byCustomer(ids, rows).map((group) => group.map(strip));
      }).load(customerId);
    },

    /** A page of `first` contacts after the keyset `after` (already decoded), newest first. */
    contacts(customerId: string, first: number, after: {at: string; id: string} | null): Promise<ContactConnection> {
      const size = clamp(first, 1, MAX_PAGE_SIZE);
      return loader('contacts', [size, after?.at, after?.id], async (ids) => {
        const {rows} = await db.query<PageRow>(CONTACTS_SQL, [ids, after?.at ?? null, after?.id ?? null, size + 1]);
        const found = new Map(rows.map((row) => [row.customerId, row]));
        return ids.map((id): ContactConnection => {
          const row = found.get(id);
          const page = row?.page ?? [];
          const edges = page.slice(0, size).map((edge) => ({cursor: encodeCursor(edge.at, edge.id), node: edge.node}));
          return {
            totalCount: row?.totalCount ?? 0,
            edges,
            pageInfo: {hasNextPage: page.length > size, endCursor: edges[edges.length - 1]?.cursor ?? null},
          };
        });
      }).load(customerId);
    },

    summary(customerId: string, days: number): Promise<SummaryRow> {
      const window = clamp(days, 1, MAX_SUMMARY_DAYS);
      return loader('summary', [window], async (ids) => {
        const {rows} = await db.query<SummaryRow>(SUMMARY_SQL, [ids, now, window]);
        const found = new Map(rows.map((row) => [row.customerId, row]));
        return ids.map((id) => ({...found.get(id)!, customerId: id, days: window}));
      }).load(customerId);
    },

    topics(customerId: string, days: number): Promise<TopicSummary[]> {
      const window = clamp(days, 1, MAX_SUMMARY_DAYS);
      return loader('topics', [window], async (ids) => {
        const {rows} = await db.query<TopicSummary & {customerId: string; purpose: ContactPurpose}>(TOPICS_SQL, [
          ids,
          now,
          window,
        ]);
        return byCustomer(ids, rows).map((group) => group.map(strip));
      }).load(customerId);
    },

    monthly(customerId: string, months: number): Promise<MonthlyCount[]> {
      const length = clamp(months, 1, MAX_MONTHS);
      return loader('monthly', [length], async (ids) => {
        const {rows} = await db.query<MonthlyCount & {customerId: string}>(MONTHLY_SQL, [ids, now, length]);
        return byCustomer(ids, rows).map((group) => group.map(strip));
      }).load(customerId);
    },

    hints(customerId: string, language: string): Promise<ServerHint[]> {
      return loader('hints', [language], async (ids) => {
        const {rows} = await db.query<ServerHint & {customerId: string}>(HINTS_SQL, [ids, language]);
        return byCustomer(ids, rows).map((group) => group.map(strip));
      }).load(customerId);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
