/**
 * A customer with nothing recorded, as the card's view model (src/data/view-model.ts), for
 * tests that state only what they are about: `emptyView({tickets: [...]})`. No DOM, so Node's
 * tests and the browser's import it alike.
 */
import type {CustomerView} from '../src/data/view-model.js';

export function emptyView(overrides: Partial<CustomerView> = {}): CustomerView {
  return {
    id: 'c',
    displayName: 'C',
    doNotCall: false,
    consents: [],
    preferredHours: [],
    products: [],
    offers: [],
    tickets: [],
    contacts: {items: [], totalCount: 0, hasNextPage: false},
    summary: {days: 90, count: 0, outboundSolicitations: [], awaitingReply: [], missedByUs: [], topics: [], monthly: []},
    serverHints: [],
    failed: [],
    invalid: [],
    truncated: [],
    ...overrides,
  };
}
