/**
 * Facts about a customer that both the card and the hints state, each computed by one pure
 * function here so the two can never disagree: the order in which to take open tickets, the
 * customer's calendar zone, tenure, a one-word relationship state for the header, and how to
 * word a contact's outcome.
 */
import {epochDayToDate, fullYearsBetween, isValidTimeZone, utcEpochDay} from '../core/time.js';
import type {Contact, CustomerView, QuietPeriod, Ticket} from './view-model.js';

/** Most urgent first; a value the card does not know ranks last. */
const PRIORITY_RANK: Record<Ticket['priority'], number> = {URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3, OTHER: 4};

/** 0 for the most urgent priority. */
export function priorityRank(priority: Ticket['priority']): number {
  return PRIORITY_RANK[priority] ?? PRIORITY_RANK.OTHER;
}

/**
 * Open tickets as the agent should take them: a cancellation request first whatever its
 * priority (the customer wants to leave: that is what the call is about), then the highest
 * priority, then the oldest; the id settles ties so the order is stable.
 */
export function ticketOrder(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort(
    (a, b) =>
      Number(b.category === 'CANCELLATION') - Number(a.category === 'CANCELLATION') ||
      priorityRank(a.priority) - priorityRank(b.priority) ||
      a.openedAt.getTime() - b.openedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}

/** The zone of the customer's calendar: theirs when valid, else the jurisdiction's, else UTC. */
export function customerTimeZone(view: Pick<CustomerView, 'timeZone'>, defaultZone: string): string {
  return [view.timeZone, defaultZone].find((zone) => zone && isValidTimeZone(zone)) ?? 'UTC';
}

export interface Tenure {
  /** The start date as an epoch day (the date as recorded, a calendar date). */
  sinceDay: number;
  days: number;
  /** Whole months; 0 until the first monthly anniversary. */
  months: number;
  /** Whole years (the anniversary day counts as complete). */
  years: number;
}

/**
 * How long someone has been a customer on `today`, the epoch day of their own calendar (the
 * badge and the `loyal-customer` hint both read this, so a year completes for both on the
 * anniversary in the customer's zone). A start date in the future is a data error: no tenure.
 */
export function tenureOf(since: Date | undefined, today: number): Tenure | undefined {
  if (!since) return undefined;
  const sinceDay = utcEpochDay(since);
  const days = today - sinceDay;
  if (days < 0) return undefined;
  const from = epochDayToDate(sinceDay);
  const to = epochDayToDate(today);
  const months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    to.getUTCMonth() -
    from.getUTCMonth() -
    (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
  return {sinceDay, days, months: Math.max(0, months), years: fullYearsBetween(sinceDay, today)};
}

/** The tenure in the unit the badge shows: years from the first anniversary, then months, then days. */
export function tenureSpan(tenure: Tenure): {unit: 'years' | 'months' | 'days'; n: number} {
  if (tenure.years >= 1) return {unit: 'years', n: tenure.years};
  if (tenure.months >= 1) return {unit: 'months', n: tenure.months};
  return {unit: 'days', n: tenure.days};
}

export type RelationshipState = 'leaving' | 'quiet' | 'care' | 'ok';

/**
 * The quiet period in force at `now`, if any: `since` is inclusive, `until` exclusive (the
 * period is over at that instant). One that could not be read is in force whatever its dates
 * (a protection fails closed). The header state, its facts and the `quiet-period` hint all ask here.
 */
export function activeQuietPeriod(view: CustomerView, now: Date): QuietPeriod | undefined {
  const q = view.quietPeriod;
  if (!q) return undefined;
  if (view.assumed?.includes('quiet-period')) return q;
  return (!q.since || q.since <= now) && (!q.until || q.until > now) ? q : undefined;
}

/** One word on the relationship, for the header: the most pressing of these wins. */
export function relationshipState(view: CustomerView, now: Date): RelationshipState {
  if (
    view.products.some((p) => p.status === 'CANCELLATION_REQUESTED') ||
    view.tickets.some((t) => t.category === 'CANCELLATION')
  ) {
    return 'leaving';
  }
  if (activeQuietPeriod(view, now)) return 'quiet';
  if (
    view.summary.missedByUs.length > 0 ||
    view.summary.awaitingReply.length > 0 ||
    view.tickets.some((t) => t.category === 'COMPLAINT') ||
    view.summary.last?.sentiment === 'NEGATIVE'
  ) {
    return 'care';
  }
  return 'ok';
}

/** One fact behind the relationship state, for the line next to its badge. */
export type RelationshipFact =
  | {key: 'cancellations' | 'missed' | 'awaiting' | 'complaints' | 'transfers'; n: number}
  | {key: 'contacts'; n: number; days: number}
  | {key: 'negative'}
  | {key: 'quiet-until'; until: Date};

/**
 * The few facts that made the relationship state, most telling first (at most `max`):
 * an agent sees why the badge says "needs care" without opening the history. Computed from
 * the server's summary, so it costs the same for 10 contacts or 10,000.
 */
export function relationshipFacts(view: CustomerView, now: Date, max = 3): RelationshipFact[] {
  const {summary} = view;
  // A cancellation is usually both a product flagged and a ticket: count the requests once.
  const cancellations = Math.max(
    view.products.filter((p) => p.status === 'CANCELLATION_REQUESTED').length,
    view.tickets.filter((t) => t.category === 'CANCELLATION').length,
  );
  const quietUntil = activeQuietPeriod(view, now)?.until;
  const facts: RelationshipFact[] = [
    {key: 'cancellations', n: cancellations},
    // `until` is exclusive: name the last day included, as the quiet-period hint does.
    ...(quietUntil ? [{key: 'quiet-until', until: new Date(quietUntil.getTime() - 1)} as const] : []),
    {key: 'missed', n: summary.missedByUs.length},
    {key: 'awaiting', n: summary.awaitingReply.length},
    {key: 'complaints', n: view.tickets.filter((t) => t.category === 'COMPLAINT').length},
    ...(summary.last?.sentiment === 'NEGATIVE' ? [{key: 'negative'} as const] : []),
    {key: 'contacts', n: summary.count, days: summary.days},
    {key: 'transfers', n: summary.topics.reduce((sum, t) => sum + Math.max(0, t.transfers), 0)},
  ];
  return facts.filter((f) => !('n' in f) || f.n > 0).slice(0, max);
}

/** An outcome as the history words it: `ANSWERED` reads differently on a written channel. */
export type OutcomeLabel = Contact['outcome'] | 'DELIVERED' | 'REPLIED';

/**
 * `ANSWERED` means the contact reached the other side. For a call, a chat or a visit that is
 * "answered"; for a message (SMS, e-mail, letter) we sent it is "delivered", and for one the
 * customer sent, "replied" (we answered it): "SMS to the customer · Answered" misleads.
 */
export function outcomeLabel(contact: Pick<Contact, 'channel' | 'direction' | 'outcome'>): OutcomeLabel {
  if (contact.outcome !== 'ANSWERED' || !['SMS', 'EMAIL', 'MAIL'].includes(contact.channel)) return contact.outcome;
  return contact.direction === 'OUTBOUND' ? 'DELIVERED' : contact.direction === 'INBOUND' ? 'REPLIED' : 'ANSWERED';
}

/** Outcomes that ask something of us; shown as an alert. The customer's tone is shown on its own. */
export function isAlertOutcome(outcome: Contact['outcome']): boolean {
  return outcome === 'MISSED_BY_US' || outcome === 'AWAITING_OUR_REPLY';
}
