/**
 * The customer as the card and the hint rules see it: validated, typed, with `Date`s.
 *
 * Produced by `toCustomerView()` (map.ts) from whatever the server sent. Every field that
 * the server sent malformed is dropped and named in `invalid`; every section whose field
 * failed (GraphQL error, null, wrong shape) is named in `failed` and left empty, so the
 * rest of the card still renders. Enum values the card does not know are kept as `'OTHER'`
 * (or the given fallback) so a server may add values without breaking deployed cards.
 */

import type * as Schema from '../gql/graphql.js';
import type {HoursWindow, Weekday} from '../core/time.js';

// The calendar's own types live with the calendar maths, below this layer.
export {WEEKDAYS, type HoursWindow, type Weekday} from '../core/time.js';

/** A schema enum's values, as codegen types them, without its placeholder for values added later. */
export type Known<E extends string> = Exclude<E, '%future added value'>;

/*
 * The enum values the card knows, each list written once, as the keys of an object that
 * `satisfies Record<Known<Schema.X>, 1>`: a value added to the schema (then `npm run codegen`)
 * is a missing key and fails to compile until it is handled here; a value dropped from the
 * schema, or misspelt here, is an extra key and fails too. The view model's types come from
 * these keys, and map.ts reads the server's values through them. At run time a value the card
 * does not know still becomes `'OTHER'` (or is dropped): a newer server never breaks a card.
 */
export const CHANNELS = {PHONE: 1, EMAIL: 1, SMS: 1, CHAT: 1, MAIL: 1, VISIT: 1} satisfies Record<Known<Schema.Channel>, 1>;
export const CONSENT_PURPOSES = {PHONE: 1, EMAIL: 1, SMS: 1, MARKETING: 1} satisfies Record<Known<Schema.ConsentPurpose>, 1>;
export const PRODUCT_STATUSES = {ACTIVE: 1, SUSPENDED: 1, CANCELLATION_REQUESTED: 1, ENDED: 1} satisfies Record<
  Known<Schema.ProductStatus>,
  1
>;
export const TICKET_STATUSES = {OPEN: 1, PENDING: 1, RESOLVED: 1, CLOSED: 1} satisfies Record<Known<Schema.TicketStatus>, 1>;
export const TICKET_PRIORITIES = {LOW: 1, NORMAL: 1, HIGH: 1, URGENT: 1} satisfies Record<Known<Schema.TicketPriority>, 1>;
export const TICKET_CATEGORIES = {
  COMPLAINT: 1,
  CANCELLATION: 1,
  TECHNICAL: 1,
  BILLING: 1,
  APPOINTMENT: 1,
  OTHER: 1,
} satisfies Record<Known<Schema.TicketCategory>, 1>;
export const DIRECTIONS = {INBOUND: 1, OUTBOUND: 1} satisfies Record<Known<Schema.Direction>, 1>;
export const CONTACT_PURPOSES = {
  SALES: 1,
  SUPPORT: 1,
  APPOINTMENT: 1,
  BILLING: 1,
  CANCELLATION: 1,
  OTHER: 1,
} satisfies Record<Known<Schema.ContactPurpose>, 1>;
export const CONTACT_OUTCOMES = {
  ANSWERED: 1,
  NO_ANSWER: 1,
  REFUSED: 1,
  RESOLVED: 1,
  TRANSFERRED: 1,
  AWAITING_OUR_REPLY: 1,
  MISSED_BY_US: 1,
  MISSED_BY_CUSTOMER: 1,
} satisfies Record<Known<Schema.ContactOutcome>, 1>;
export const SENTIMENTS = {POSITIVE: 1, NEUTRAL: 1, NEGATIVE: 1} satisfies Record<Known<Schema.Sentiment>, 1>;
/** Server hint kinds. */
export const HINT_KINDS = {DO: 1, DONT: 1} satisfies Record<Known<Schema.HintKind>, 1>;

export type Channel = keyof typeof CHANNELS | 'OTHER';
export type ConsentPurpose = keyof typeof CONSENT_PURPOSES | 'OTHER';
export type ProductStatus = keyof typeof PRODUCT_STATUSES | 'OTHER';
export type TicketStatus = keyof typeof TICKET_STATUSES | 'OTHER';
export type TicketPriority = keyof typeof TICKET_PRIORITIES | 'OTHER';
export type TicketCategory = keyof typeof TICKET_CATEGORIES;
export type Direction = keyof typeof DIRECTIONS | 'OTHER';
export type ContactPurpose = keyof typeof CONTACT_PURPOSES;
export type ContactOutcome = keyof typeof CONTACT_OUTCOMES | 'OTHER';
export type Sentiment = keyof typeof SENTIMENTS;

/** `true` when the list type `L` holds every value of `E`; `Exhaustive` compiles only then. */
export type Covers<L, E> = [E] extends [L] ? true : false;
export type Exhaustive<T extends true> = T;
/** Compiles only while `WEEKDAYS` lists every day the schema has (the objects above check themselves). */
export type WeekdaysComplete = Exhaustive<Covers<Weekday, Known<Schema.Weekday>>>;
/** Compiles only while every day in `WEEKDAYS` is one the schema has. */
export type WeekdaysKnown = Exhaustive<Covers<Known<Schema.Weekday>, Weekday>>;

/** Sections of the card that load (and may fail) independently. */
export type SectionName = 'products' | 'offers' | 'tickets' | 'contacts' | 'summary' | 'hints';

export interface Consent {
  purpose: ConsentPurpose;
  granted: boolean;
  updatedAt?: Date;
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
  /** With `suppress`: hide only the hint with this evidence fingerprint (src/hints/fingerprint.ts); absent: any. */
  fingerprint?: string;
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
