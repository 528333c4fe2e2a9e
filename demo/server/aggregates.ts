/**
 * What the server computes from a contact history, as the schema describes it: the
 * `ContactSummary` aggregates, the per-month volume and the newest-first Relay pages. Pure
 * functions over a history sorted newest first.
 */
import type {ContactPurpose, ContactRecord} from './records.js';

const DAY = 86_400_000;

/** Longest `contactSummary(days)` window, about ten years. */
const MAX_SUMMARY_DAYS = 3660;
/** Longest `monthly(months)` series, ten years. */
const MAX_MONTHS = 120;
/** Largest `contacts(first)` page. */
const MAX_PAGE_SIZE = 100;

export interface TopicRecord {
  /** The ticket the contacts are about, or `null` when grouped by purpose. */
  readonly ticketId: string | null;
  /** The purpose of the group's oldest contact (the one that started the topic). */
  readonly purpose: ContactPurpose;
  readonly count: number;
  readonly transfers: number;
  readonly firstAt: Date;
  readonly lastAt: Date;
}

export interface MonthlyRecord {
  /** `YYYY-MM`, UTC. */
  readonly month: string;
  readonly inbound: number;
  readonly outbound: number;
}

/** `ContactSummary` without `monthly`, which takes its own argument. */
export interface SummaryRecord {
  /** The window actually used, after clamping to 1..MAX_SUMMARY_DAYS. */
  readonly days: number;
  readonly count: number;
  readonly outboundSolicitations: readonly Date[];
  readonly lastRefusal: ContactRecord | null;
  readonly awaitingReply: readonly ContactRecord[];
  readonly missedByUs: readonly ContactRecord[];
  readonly topics: readonly TopicRecord[];
  readonly last: ContactRecord | null;
}

export interface PageRecord {
  readonly totalCount: number;
  readonly edges: readonly {readonly cursor: string; readonly node: ContactRecord}[];
  readonly pageInfo: {readonly hasNextPage: boolean; readonly endCursor: string | null};
}

/** `value` rounded down and brought into `min..max`. */
function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * The `ContactSummary` of `contacts` (newest first) over the `days` days up to `now` (both
 * ends included; contacts after `now`, e.g. appointments not yet due, are not in the window):
 * window figures (`count`, `outboundSolicitations`, `missedByUs`, `topics`) and whole-history
 * ones (`lastRefusal`, `awaitingReply`, `last`).
 */
export function summarize(contacts: readonly ContactRecord[], now: Date, days: number): SummaryRecord {
  const windowDays = clamp(days, 1, MAX_SUMMARY_DAYS);
  const end = now.getTime();
  const start = end - windowDays * DAY;
  const recent = contacts.filter((contact) => contact.at.getTime() >= start && contact.at.getTime() <= end);
  return {
    days: windowDays,
    count: recent.length,
    outboundSolicitations: recent
      .filter((contact) => contact.direction === 'OUTBOUND' && contact.purpose === 'SALES')
      .map((contact) => contact.at),
    lastRefusal: contacts.find((contact) => contact.outcome === 'REFUSED') ?? null,
    awaitingReply: contacts.filter((contact) => contact.outcome === 'AWAITING_OUR_REPLY').reverse(),
    missedByUs: recent.filter((contact) => contact.outcome === 'MISSED_BY_US'),
    topics: topics(recent),
    last: contacts[0] ?? null,
  };
}

/** Groups contacts (newest first) by ticket, or by purpose when no ticket; most recent topic first. */
function topics(contacts: readonly ContactRecord[]): TopicRecord[] {
  const groups = new Map<string, TopicRecord>();
  for (const contact of contacts) {
    const key = contact.ticketId === null ? `purpose:${contact.purpose}` : `ticket:${contact.ticketId}`;
    const group = groups.get(key);
    groups.set(key, {
      ticketId: contact.ticketId,
      purpose: contact.purpose,
      count: (group?.count ?? 0) + 1,
      transfers: (group?.transfers ?? 0) + contact.transfers,
      firstAt: contact.at,
      lastAt: group?.lastAt ?? contact.at,
    });
  }
  return [...groups.values()];
}

/** The UTC `YYYY-MM` of an instant. */
function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/**
 * Inbound and outbound contacts per UTC calendar month for the `months` months ending with
 * the current one (clamped to 1..MAX_MONTHS), oldest first, months without contacts at zero.
 */
export function monthlyCounts(contacts: readonly ContactRecord[], now: Date, months: number): MonthlyRecord[] {
  const length = clamp(months, 1, MAX_MONTHS);
  const keys = Array.from({length}, (_, index) =>
    monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (length - 1 - index), 1))),
  );
  const counts = new Map(keys.map((key) => [key, {inbound: 0, outbound: 0}]));
  const oldest = keys[0];
  for (const contact of contacts) {
    const key = monthKey(contact.at);
    if (oldest !== undefined && key < oldest) break;
    const count = counts.get(key);
    if (!count) continue;
    if (contact.direction === 'INBOUND') count.inbound += 1;
    else count.outbound += 1;
  }
  return keys.map((month) => ({month, inbound: 0, outbound: 0, ...counts.get(month)}));
}

/** The opaque cursor of the contact at `index` in the newest-first history. */
function encodeCursor(index: number): string {
  return Buffer.from(`contact:${index}`).toString('base64');
}

/** The index a cursor points at; throws on anything `encodeCursor` did not produce. */
function decodeCursor(cursor: string): number {
  const match = /^contact:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new Error(`Invalid cursor: ${cursor}`);
  return Number(match[1]);
}

/**
 * One Relay page of the newest-first history: `first` contacts (clamped to
 * 1..MAX_PAGE_SIZE) after the one `after` points at, or from the newest one.
 */
export function paginate(contacts: readonly ContactRecord[], first: number, after: string | null): PageRecord {
  const size = clamp(first, 1, MAX_PAGE_SIZE);
  const start = after === null ? 0 : decodeCursor(after) + 1;
  const edges = contacts.slice(start, start + size).map((node, offset) => ({cursor: encodeCursor(start + offset), node}));
  return {
    totalCount: contacts.length,
    edges,
    pageInfo: {
      hasNextPage: start + size < contacts.length,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
