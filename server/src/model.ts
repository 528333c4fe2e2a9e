/**
 * What the SQL statements answer, already in the schema's shape (instants and dates as ISO
 * text, enums as their names): the parent objects the codegen-typed resolvers receive.
 */
import type {Consent, Contact, HoursWindow, Offer, OwnedProduct, QuietPeriod, Channel} from './generated/resolvers.js';

/** How a customer was found, as the audit records it (never the email or phone value). */
export type LookupKind = 'id' | 'email' | 'phone' | 'email+phone';

/** A customer's profile: everything but the sections that take arguments. */
export interface CustomerRow {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly preferredName: string | null;
  readonly salutation: string | null;
  readonly locale: string | null;
  readonly timeZone: string | null;
  readonly customerSince: string | null;
  readonly area: string | null;
  readonly doNotCall: boolean;
  readonly preferredChannel: Channel | null;
  readonly emails: string[];
  readonly phones: string[];
  readonly consents: Consent[];
  readonly preferredHours: HoursWindow[];
  readonly quietPeriod: QuietPeriod | null;
  readonly products: OwnedProduct[];
  readonly offers: Offer[];
}

/** `ContactSummary` without `topics` and `monthly`, which take their own arguments. */
export interface SummaryRow {
  readonly customerId: string;
  readonly days: number;
  readonly count: number;
  readonly outboundSolicitations: string[];
  readonly lastRefusal: Contact | null;
  readonly awaitingReply: Contact[];
  readonly missedByUs: Contact[];
  readonly last: Contact | null;
}

/** `CustomerLookup`: the count, and the one customer's id when exactly one matched. */
export interface LookupRow {
  readonly count: number;
  readonly customerId: string | null;
  readonly kind: LookupKind;
}
