/**
 * Small derivations on the view model that the card shows (pure, unit-tested): the order in
 * which to take open tickets, and a one-word relationship state for the header.
 */
import type {CustomerView, Ticket} from './view-model.js';

const PRIORITY_RANK: Record<Ticket['priority'], number> = {URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3, OTHER: 4};

/** Open tickets as the agent should take them: highest priority first, then the oldest. */
export function ticketOrder(tickets: readonly Ticket[]): Ticket[] {
  return [...tickets].sort(
    (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.openedAt.getTime() - b.openedAt.getTime(),
  );
}

export type RelationshipState = 'leaving' | 'quiet' | 'care' | 'ok';

/** One word on the relationship, for the header: the most pressing of these wins. */
export function relationshipState(view: CustomerView, now: Date): RelationshipState {
  if (
    view.products.some((p) => p.status === 'CANCELLATION_REQUESTED') ||
    view.tickets.some((t) => t.category === 'CANCELLATION')
  ) {
    return 'leaving';
  }
  const quiet = view.quietPeriod;
  if (quiet && (!quiet.until || quiet.until > now) && (!quiet.since || quiet.since <= now)) return 'quiet';
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
