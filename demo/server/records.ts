/**
 * The demo server's own data model: what a CRM would store, shaped after
 * `schema/customer-360.graphql`. Instants and calendar dates are `Date`s (a calendar date is
 * UTC midnight of that day); the schema's scalars turn them into ISO strings. Absent values
 * are `null`, as GraphQL sends them.
 */

import type * as Schema from '../../src/gql/graphql.js';

/** A schema enum as the server stores it: the values the schema defines today, nothing else. */
type Known<T> = Exclude<T, '%future added value'>;

// The enums come from the schema (through codegen), so the server cannot drift from it.
export type Channel = Known<Schema.Channel>;
export type ConsentPurpose = Known<Schema.ConsentPurpose>;
export type Weekday = Known<Schema.Weekday>;
export type ProductStatus = Known<Schema.ProductStatus>;
export type TicketStatus = Known<Schema.TicketStatus>;
export type TicketPriority = Known<Schema.TicketPriority>;
export type TicketCategory = Known<Schema.TicketCategory>;
export type Direction = Known<Schema.Direction>;
export type ContactPurpose = Known<Schema.ContactPurpose>;
export type ContactOutcome = Known<Schema.ContactOutcome>;
export type Sentiment = Known<Schema.Sentiment>;

export interface ConsentRecord {
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly updatedAt: Date | null;
}

export interface HoursWindowRecord {
  readonly days: readonly Weekday[];
  /** Local time `HH:MM`, inclusive. */
  readonly from: string;
  /** Local time `HH:MM`, exclusive. */
  readonly to: string;
}

export interface QuietPeriodRecord {
  readonly reason: string;
  readonly since: Date | null;
  /** Exclusive end, or `null` until lifted by hand. */
  readonly until: Date | null;
}

export interface ProductRecord {
  readonly id: string;
  readonly name: string;
  /** Lowercase category matched against offers (`internet`, `tv`, `mobile`, `energy`…). */
  readonly category: string;
  /** Calendar date. */
  readonly since: Date | null;
  readonly status: ProductStatus;
}

export interface OfferRecord {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly campaign: string | null;
  readonly eligible: boolean;
  readonly ineligibilityReason: string | null;
  readonly newCustomersOnly: boolean;
}

export interface TicketRecord {
  readonly id: string;
  readonly subject: string;
  readonly status: TicketStatus;
  readonly priority: TicketPriority;
  readonly category: TicketCategory;
  readonly openedAt: Date;
  readonly updatedAt: Date | null;
  readonly contactCount: number;
  readonly transferCount: number;
}

export interface ContactRecord {
  readonly id: string;
  /** When it happened; for an appointment, when it was due. */
  readonly at: Date;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly purpose: ContactPurpose;
  readonly outcome: ContactOutcome;
  readonly transfers: number;
  readonly sentiment: Sentiment | null;
  readonly ticketId: string | null;
  readonly summary: string | null;
}

/** Text the server writes itself, in each language it speaks (it answers in the agent's). */
export interface LocalizedText {
  readonly en: string;
  readonly fr: string;
}

export interface ServerHintRecord {
  readonly id: string;
  readonly kind: 'DO' | 'DONT';
  /** 1 (most urgent) to 5 (informational). */
  readonly severity: number;
  readonly text: LocalizedText | null;
  readonly suppress: boolean | null;
  /** Following it leads to selling (an offer engine's pitch): the card drops it when selling is blocked. */
  readonly promotional?: boolean | null;
  readonly evidence: readonly {readonly label: LocalizedText; readonly value: LocalizedText}[];
}

/** Everything the server knows about one customer. */
export interface CustomerRecord {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly preferredName: string | null;
  /** As the customer gave it; `null` when never recorded. */
  readonly salutation: string | null;
  /** BCP 47 tag. */
  readonly locale: string | null;
  /** IANA zone. */
  readonly timeZone: string | null;
  /** Calendar date. */
  readonly customerSince: Date | null;
  readonly area: string | null;
  /** Email addresses, lowercased. */
  readonly emails: readonly string[];
  /** Phone numbers in E.164. */
  readonly phones: readonly string[];
  readonly doNotCall: boolean;
  readonly consents: readonly ConsentRecord[];
  readonly preferredChannel: Channel | null;
  readonly preferredHours: readonly HoursWindowRecord[];
  readonly quietPeriod: QuietPeriodRecord | null;
  /** Most recent first. */
  readonly products: readonly ProductRecord[];
  readonly offers: readonly OfferRecord[];
  /** All tickets, open and closed, most recently opened first. */
  readonly tickets: readonly TicketRecord[];
  /** The whole history, newest first. */
  readonly contacts: readonly ContactRecord[];
  readonly hints: readonly ServerHintRecord[];
}
