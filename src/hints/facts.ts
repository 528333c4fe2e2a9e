import type {Contact, ContactOutcome, ContactSummary, CustomerView, TopicSummary} from '../data/view-model.js';

/**
 * The contact-history facts the rules read, from the server's `summary` aggregates (so a
 * 10,000-contact history is never iterated in the browser). When the summary section failed
 * to load, the same facts are rebuilt from the one page of contacts the card has: a lower
 * bound, so a rule may stay silent but never fires on invented data. Dates are valid here:
 * `toCustomerView` (src/data/map.ts) drops every record whose date is not.
 */
export interface ContactFacts extends Pick<
  ContactSummary,
  'days' | 'outboundSolicitations' | 'lastRefusal' | 'awaitingReply' | 'missedByUs' | 'topics' | 'last'
> {
  /** False when built from the contact page because the summary failed (`days` is then 0). */
  fromSummary: boolean;
  /** The newest page of contacts the card holds (at most `MAX_PAGE`, newest first). */
  page: readonly Contact[];
}

/**
 * The most contacts the rules ever read: the server's largest page. A host that loaded
 * thousands with "show more" (or built a view by hand) gets the same cost as one page: the
 * aggregates carry everything older.
 */
export const MAX_PAGE = 100;

export function collectFacts(view: CustomerView): ContactFacts {
  const page = view.contacts.items.slice(0, MAX_PAGE);
  if (!view.failed.includes('summary')) return {...view.summary, fromSummary: true, page};
  const newestFirst = [...page].sort((a, b) => b.at.getTime() - a.at.getTime());
  const withOutcome = (outcome: ContactOutcome): Contact[] => newestFirst.filter((c) => c.outcome === outcome);
  return {
    days: 0,
    outboundSolicitations: newestFirst.filter((c) => c.direction === 'OUTBOUND' && c.purpose === 'SALES').map((c) => c.at),
    lastRefusal: withOutcome('REFUSED')[0],
    awaitingReply: withOutcome('AWAITING_OUR_REPLY').reverse(),
    missedByUs: withOutcome('MISSED_BY_US'),
    topics: topicsOf(newestFirst),
    last: newestFirst[0],
    fromSummary: false,
    page,
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
  return Math.max(c.outcome === 'TRANSFERRED' ? 1 : 0, Number.isFinite(c.transfers) ? c.transfers : 0);
}

export function belongsToTopic(c: Contact, topic: TopicSummary): boolean {
  return topic.ticketId !== undefined ? c.ticketId === topic.ticketId : c.ticketId === undefined && c.purpose === topic.purpose;
}
