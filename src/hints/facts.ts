import type {Contact, ContactOutcome, CustomerView, TopicSummary} from '../data/view-model.js';

/**
 * The contact-history facts the rules read, from the server's `summary` aggregates (so a
 * 10,000-contact history is never iterated in the browser). When the summary section failed
 * to load, the same facts are rebuilt from the one page of contacts the card has: a lower
 * bound, so a rule may stay silent but never fires on invented data.
 */
export interface ContactFacts {
  /** False when built from the contact page because the summary failed. */
  fromSummary: boolean;
  /** Window of the server's aggregates in days (0 when built from the page). */
  summaryDays: number;
  /** Outbound SALES contacts, newest first. */
  solicitations: readonly Date[];
  lastRefusal: Contact | undefined;
  /** Oldest first. */
  awaitingReply: readonly Contact[];
  /** Newest first. */
  missedByUs: readonly Contact[];
  topics: readonly TopicSummary[];
  last: Contact | undefined;
  /** The page of contacts the card holds (a handful, newest first). */
  page: readonly Contact[];
  /** True when the page holds every contact since `instantMs` (no older page is missing). */
  pageCovers(instantMs: number): boolean;
}

export function isValidDate(value: Date | undefined): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

export function collectFacts(view: CustomerView): ContactFacts {
  const page = view.contacts.items.filter((c) => isValidDate(c.at));
  let oldestMs = Infinity;
  for (const c of page) oldestMs = Math.min(oldestMs, c.at.getTime());
  const complete = !view.contacts.hasNextPage;
  const pageCovers = (instantMs: number): boolean => complete || oldestMs < instantMs;

  if (!view.failed.includes('summary')) {
    const s = view.summary;
    return {
      fromSummary: true,
      summaryDays: s.days,
      solicitations: s.outboundSolicitations.filter(isValidDate),
      lastRefusal: s.lastRefusal && isValidDate(s.lastRefusal.at) ? s.lastRefusal : undefined,
      awaitingReply: s.awaitingReply.filter((c) => isValidDate(c.at)),
      missedByUs: s.missedByUs.filter((c) => isValidDate(c.at)),
      topics: s.topics.filter((t) => isValidDate(t.firstAt) && isValidDate(t.lastAt)),
      last: s.last && isValidDate(s.last.at) ? s.last : undefined,
      page,
      pageCovers,
    };
  }

  const newestFirst = [...page].sort((a, b) => b.at.getTime() - a.at.getTime());
  const withOutcome = (outcome: ContactOutcome): Contact[] =>
    newestFirst.filter((c) => c.outcome === outcome);
  return {
    fromSummary: false,
    summaryDays: 0,
    solicitations: newestFirst
      .filter((c) => c.direction === 'OUTBOUND' && c.purpose === 'SALES')
      .map((c) => c.at),
    lastRefusal: withOutcome('REFUSED')[0],
    awaitingReply: withOutcome('AWAITING_OUR_REPLY').reverse(),
    missedByUs: withOutcome('MISSED_BY_US'),
    topics: topicsOf(newestFirst),
    last: newestFirst[0],
    page,
    pageCovers,
  };
}

/** Same grouping as the server's `ContactSummary.topics`: by ticket, else by purpose. */
function topicsOf(contacts: readonly Contact[]): TopicSummary[] {
  const byKey = new Map<string, TopicSummary>();
  for (const c of contacts) {
    const key = c.ticketId !== undefined ? `t:${c.ticketId}` : `p:${c.purpose}`;
    const topic = byKey.get(key);
    if (topic) {
      topic.count += 1;
      topic.transfers += transfersOf(c);
      if (c.at < topic.firstAt) topic.firstAt = c.at;
      if (c.at > topic.lastAt) topic.lastAt = c.at;
    } else {
      byKey.set(key, {
        ...(c.ticketId !== undefined ? {ticketId: c.ticketId} : {}),
        purpose: c.purpose,
        count: 1,
        transfers: transfersOf(c),
        firstAt: c.at,
        lastAt: c.at,
      });
    }
  }
  return [...byKey.values()];
}

/** A contact whose outcome is TRANSFERRED was transferred at least once, whatever `transfers` says. */
export function transfersOf(c: Contact): number {
  const counted = Number.isFinite(c.transfers) ? Math.max(0, c.transfers) : 0;
  return c.outcome === 'TRANSFERRED' ? Math.max(1, counted) : counted;
}

export function belongsToTopic(c: Contact, topic: TopicSummary): boolean {
  return topic.ticketId !== undefined
    ? c.ticketId === topic.ticketId
    : c.ticketId === undefined && c.purpose === topic.purpose;
}
