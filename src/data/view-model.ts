/**
 * The customer as the card and the hint rules see it: validated, typed, with `Date`s.
 *
 * Produced by `toCustomerView()` (map.ts) from whatever the server sent. Every field that
 * the server sent malformed is dropped and named in `invalid`; every section whose field
 * failed (GraphQL error, null, wrong shape) is named in `failed` and left empty, so the
 * rest of the card still renders. Enum values the card does not know are kept as `'OTHER'`
 * (or the given fallback) so a server may add values without breaking deployed cards.
 */

export type Channel = 'PHONE' | 'EMAIL' | 'SMS' | 'CHAT' | 'MAIL' | 'VISIT' | 'OTHER';
export type ConsentPurpose = 'PHONE' | 'EMAIL' | 'SMS' | 'MARKETING' | 'OTHER';
/** The days of the week, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type ProductStatus = 'ACTIVE' | 'SUSPENDED' | 'CANCELLATION_REQUESTED' | 'ENDED' | 'OTHER';
export type TicketStatus = 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED' | 'OTHER';
export type TicketPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT' | 'OTHER';
export type TicketCategory = 'COMPLAINT' | 'CANCELLATION' | 'TECHNICAL' | 'BILLING' | 'APPOINTMENT' | 'OTHER';
export type Direction = 'INBOUND' | 'OUTBOUND' | 'OTHER';
export type ContactPurpose = 'SALES' | 'SUPPORT' | 'APPOINTMENT' | 'BILLING' | 'CANCELLATION' | 'OTHER';
export type ContactOutcome =
  | 'ANSWERED'
  | 'NO_ANSWER'
  | 'REFUSED'
  | 'RESOLVED'
  | 'TRANSFERRED'
  | 'AWAITING_OUR_REPLY'
  | 'MISSED_BY_US'
  | 'MISSED_BY_CUSTOMER'
  | 'OTHER';
export type Sentiment = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';

/** Sections of the card that load (and may fail) independently. */
export type SectionName = 'products' | 'offers' | 'tickets' | 'contacts' | 'summary' | 'hints';

export interface Consent {
  purpose: ConsentPurpose;
  granted: boolean;
  updatedAt?: Date;
}

export interface HoursWindow {
  days: Weekday[];
  /** Minutes after local midnight, inclusive. */
  from: number;
  /** Minutes after local midnight, exclusive. */
  to: number;
}

export interface QuietPeriod {
  reason: string;
  since?: Date;
  until?: Date;
}

export interface Product {
  id: string;
  name: string;
  category: string;
  since?: Date;
  status: ProductStatus;
}

export interface Offer {
  id: string;
  name: string;
  category: string;
  campaign?: string;
  eligible: boolean;
  ineligibilityReason?: string;
  newCustomersOnly: boolean;
}

export interface Ticket {
  id: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: TicketCategory;
  openedAt: Date;
  updatedAt?: Date;
  contactCount: number;
  transferCount: number;
}

export interface Contact {
  id: string;
  at: Date;
  channel: Channel;
  direction: Direction;
  purpose: ContactPurpose;
  outcome: ContactOutcome;
  transfers: number;
  sentiment?: Sentiment;
  ticketId?: string;
  summary?: string;
}

export interface TopicSummary {
  ticketId?: string;
  purpose: ContactPurpose;
  count: number;
  transfers: number;
  firstAt: Date;
  lastAt: Date;
}

export interface MonthlyCount {
  /** `YYYY-MM`. */
  month: string;
  inbound: number;
  outbound: number;
}

export interface ContactSummary {
  days: number;
  count: number;
  outboundSolicitations: Date[];
  lastRefusal?: Contact;
  awaitingReply: Contact[];
  missedByUs: Contact[];
  topics: TopicSummary[];
  last?: Contact;
  monthly: MonthlyCount[];
}

export interface ContactPage {
  totalCount: number;
  items: Contact[];
  hasNextPage: boolean;
  endCursor?: string;
}

export interface ServerHint {
  id: string;
  kind: 'do' | 'dont';
  severity: number;
  text?: string;
  suppress: boolean;
  promotional: boolean;
  evidence: {label: string; value: string}[];
}

/**
 * A protection the card assumes because the data that could lift it is missing, malformed or
 * failed to load (it fails closed): `do-not-call` (the registry flag), `consents` (a consent
 * record), `quiet-period`, `refusals` and `contact-pressure` (the contact summary).
 */
export type AssumedProtection = 'do-not-call' | 'consents' | 'quiet-period' | 'refusals' | 'contact-pressure';

/** Date-only values (`customerSince`, `Product.since`) are UTC midnight of that date. */
export interface CustomerView {
  id: string;
  displayName: string;
  givenName?: string;
  familyName?: string;
  preferredName?: string;
  /** As recorded; `undefined` means never recorded (never guess). */
  salutation?: string;
  locale?: string;
  timeZone?: string;
  customerSince?: Date;
  area?: string;
  doNotCall: boolean;
  consents: Consent[];
  preferredChannel?: Channel;
  preferredHours: HoursWindow[];
  quietPeriod?: QuietPeriod;
  products: Product[];
  offers: Offer[];
  /** Open tickets only (not resolved, not closed). */
  tickets: Ticket[];
  contacts: ContactPage;
  summary: ContactSummary;
  serverHints: ServerHint[];
  /** Sections that could not be loaded; their arrays above are empty. */
  failed: SectionName[];
  /** Protections assumed because their data could not be read (see `AssumedProtection`). */
  assumed?: AssumedProtection[];
  /** Dotted paths of values the server sent malformed and the card ignored. */
  invalid: string[];
  /**
   * Dotted paths of lists longer than the card keeps (`MAX_ITEMS` in map.ts, or what the
   * query asked for): only their first items are here. Tickets, products, offers or server
   * hints cut this way block promotion, since the rest could hold a reason not to sell.
   */
  truncated: string[];
}
