/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A communication channel. */
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'MAIL'
  | 'PHONE'
  | 'SMS'
  | 'VISIT'
  | '%future added value';

/** What a consent covers. */
export type ConsentPurpose =
  /** E-mails. */
  | 'EMAIL'
  /** Any promotional communication, whatever the channel. */
  | 'MARKETING'
  /** Calls on the phone. */
  | 'PHONE'
  /** Text messages. */
  | 'SMS'
  | '%future added value';

export type ContactOutcome =
  /** The contact reached the other side: a call or chat answered, a visit made, a message we sent delivered, one the customer sent replied to. */
  | 'ANSWERED'
  /** The customer wrote or called and is waiting for our answer. */
  | 'AWAITING_OUR_REPLY'
  /** The customer missed an appointment. */
  | 'MISSED_BY_CUSTOMER'
  /** We missed an appointment or a promised callback. */
  | 'MISSED_BY_US'
  | 'NO_ANSWER'
  /** The customer declined the solicitation. */
  | 'REFUSED'
  | 'RESOLVED'
  | 'TRANSFERRED'
  | '%future added value';

export type ContactPurpose =
  | 'APPOINTMENT'
  | 'BILLING'
  | 'CANCELLATION'
  | 'OTHER'
  /** Selling or canvassing; counts toward the contact cap. */
  | 'SALES'
  | 'SUPPORT'
  | '%future added value';

export type Direction =
  /** The customer reached us. */
  | 'INBOUND'
  /** We reached the customer (or tried to). */
  | 'OUTBOUND'
  | '%future added value';

export type HintKind =
  | 'DO'
  | 'DONT'
  | '%future added value';

export type ProductStatus =
  | 'ACTIVE'
  /** The customer asked to cancel; the request is being processed. */
  | 'CANCELLATION_REQUESTED'
  | 'ENDED'
  | 'SUSPENDED'
  | '%future added value';

export type Sentiment =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE'
  | '%future added value';

export type TicketCategory =
  | 'APPOINTMENT'
  | 'BILLING'
  | 'CANCELLATION'
  | 'COMPLAINT'
  | 'OTHER'
  | 'TECHNICAL'
  | '%future added value';

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT'
  | '%future added value';

export type TicketStatus =
  | 'CLOSED'
  | 'OPEN'
  /** Waiting on the customer or a third party; still not resolved. */
  | 'PENDING'
  | 'RESOLVED'
  | '%future added value';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | '%future added value';

export type Customer360QueryVariables = Exact<{
  id: string | number;
  contactsFirst: number;
  summaryDays: number;
  topicDays: number;
  locale?: string | null | undefined;
}>;


export type Customer360Query = { customer: { id: string, displayName: string, givenName: string | null, familyName: string | null, preferredName: string | null, salutation: string | null, locale: string | null, timeZone: string | null, customerSince: string | null, area: string | null, doNotCall: boolean | null, preferredChannel: Channel | null, consents: Array<{ purpose: ConsentPurpose, granted: boolean, updatedAt: string | null }> | null, preferredHours: Array<{ days: Array<Weekday>, from: string, to: string }> | null, quietPeriod: { reason: string, since: string | null, until: string | null } | null, products: Array<{ id: string, name: string, category: string, since: string | null, status: ProductStatus }> | null, offers: Array<{ id: string, name: string, category: string, campaign: string | null, eligible: boolean, ineligibilityReason: string | null, newCustomersOnly: boolean }> | null, tickets: Array<{ id: string, subject: string, status: TicketStatus, priority: TicketPriority, category: TicketCategory, openedAt: string, updatedAt: string | null, contactCount: number, transferCount: number }> | null, contacts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, contactSummary: { days: number, count: number, outboundSolicitations: Array<string>, lastRefusal: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, awaitingReply: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, missedByUs: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, topics: Array<{ ticketId: string | null, purpose: ContactPurpose, count: number, transfers: number, firstAt: string, lastAt: string }>, last: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, monthly: Array<{ month: string, inbound: number, outbound: number }> } | null, hints: Array<{ id: string, kind: HintKind, severity: number, text: string | null, suppress: boolean | null, fingerprint: string | null, promotional: boolean | null, evidence: Array<{ label: string, value: string }> }> | null } | null };

export type Customer360LookupQueryVariables = Exact<{
  email?: string | null | undefined;
  phone?: string | null | undefined;
  contactsFirst: number;
  summaryDays: number;
  topicDays: number;
  locale?: string | null | undefined;
}>;


export type Customer360LookupQuery = { customerLookup: { count: number, customer: { emails: Array<string>, phones: Array<string>, id: string, displayName: string, givenName: string | null, familyName: string | null, preferredName: string | null, salutation: string | null, locale: string | null, timeZone: string | null, customerSince: string | null, area: string | null, doNotCall: boolean | null, preferredChannel: Channel | null, consents: Array<{ purpose: ConsentPurpose, granted: boolean, updatedAt: string | null }> | null, preferredHours: Array<{ days: Array<Weekday>, from: string, to: string }> | null, quietPeriod: { reason: string, since: string | null, until: string | null } | null, products: Array<{ id: string, name: string, category: string, since: string | null, status: ProductStatus }> | null, offers: Array<{ id: string, name: string, category: string, campaign: string | null, eligible: boolean, ineligibilityReason: string | null, newCustomersOnly: boolean }> | null, tickets: Array<{ id: string, subject: string, status: TicketStatus, priority: TicketPriority, category: TicketCategory, openedAt: string, updatedAt: string | null, contactCount: number, transferCount: number }> | null, contacts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, contactSummary: { days: number, count: number, outboundSolicitations: Array<string>, lastRefusal: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, awaitingReply: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, missedByUs: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, topics: Array<{ ticketId: string | null, purpose: ContactPurpose, count: number, transfers: number, firstAt: string, lastAt: string }>, last: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, monthly: Array<{ month: string, inbound: number, outbound: number }> } | null, hints: Array<{ id: string, kind: HintKind, severity: number, text: string | null, suppress: boolean | null, fingerprint: string | null, promotional: boolean | null, evidence: Array<{ label: string, value: string }> }> | null } | null } };

export type CustomerCardFragment = { id: string, displayName: string, givenName: string | null, familyName: string | null, preferredName: string | null, salutation: string | null, locale: string | null, timeZone: string | null, customerSince: string | null, area: string | null, doNotCall: boolean | null, preferredChannel: Channel | null, consents: Array<{ purpose: ConsentPurpose, granted: boolean, updatedAt: string | null }> | null, preferredHours: Array<{ days: Array<Weekday>, from: string, to: string }> | null, quietPeriod: { reason: string, since: string | null, until: string | null } | null, products: Array<{ id: string, name: string, category: string, since: string | null, status: ProductStatus }> | null, offers: Array<{ id: string, name: string, category: string, campaign: string | null, eligible: boolean, ineligibilityReason: string | null, newCustomersOnly: boolean }> | null, tickets: Array<{ id: string, subject: string, status: TicketStatus, priority: TicketPriority, category: TicketCategory, openedAt: string, updatedAt: string | null, contactCount: number, transferCount: number }> | null, contacts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, contactSummary: { days: number, count: number, outboundSolicitations: Array<string>, lastRefusal: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, awaitingReply: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, missedByUs: Array<{ id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null }>, topics: Array<{ ticketId: string | null, purpose: ContactPurpose, count: number, transfers: number, firstAt: string, lastAt: string }>, last: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } | null, monthly: Array<{ month: string, inbound: number, outbound: number }> } | null, hints: Array<{ id: string, kind: HintKind, severity: number, text: string | null, suppress: boolean | null, fingerprint: string | null, promotional: boolean | null, evidence: Array<{ label: string, value: string }> }> | null };

export type Customer360ContactsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type Customer360ContactsQuery = { customer: { id: string, contacts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type ContactFieldsFragment = { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null };

export type ContactPageFragment = { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, channel: Channel, direction: Direction, purpose: ContactPurpose, outcome: ContactOutcome, transfers: number, sentiment: Sentiment | null, ticketId: string | null, summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const ContactPageFragmentDoc = new TypedDocumentString(`
    fragment ContactPage on ContactConnection {
  totalCount
  edges {
    cursor
    node {
      ...ContactFields
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}
    fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}`, {"fragmentName":"ContactPage"}) as unknown as TypedDocumentString<ContactPageFragment, unknown>;
export const CustomerCardFragmentDoc = new TypedDocumentString(`
    fragment CustomerCard on Customer {
  id
  displayName
  givenName
  familyName
  preferredName
  salutation
  locale
  timeZone
  customerSince
  area
  doNotCall
  consents {
    purpose
    granted
    updatedAt
  }
  preferredChannel
  preferredHours {
    days
    from
    to
  }
  quietPeriod {
    reason
    since
    until
  }
  products {
    id
    name
    category
    since
    status
  }
  offers {
    id
    name
    category
    campaign
    eligible
    ineligibilityReason
    newCustomersOnly
  }
  tickets(openOnly: true) {
    id
    subject
    status
    priority
    category
    openedAt
    updatedAt
    contactCount
    transferCount
  }
  contacts(first: $contactsFirst) {
    ...ContactPage
  }
  contactSummary(days: $summaryDays) {
    days
    count
    outboundSolicitations
    lastRefusal {
      ...ContactFields
    }
    awaitingReply {
      ...ContactFields
    }
    missedByUs {
      ...ContactFields
    }
    topics(days: $topicDays) {
      ticketId
      purpose
      count
      transfers
      firstAt
      lastAt
    }
    last {
      ...ContactFields
    }
    monthly(months: 6) {
      month
      inbound
      outbound
    }
  }
  hints(locale: $locale) {
    id
    kind
    severity
    text
    suppress
    fingerprint
    promotional
    evidence {
      label
      value
    }
  }
}
    fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}
fragment ContactPage on ContactConnection {
  totalCount
  edges {
    cursor
    node {
      ...ContactFields
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`, {"fragmentName":"CustomerCard"}) as unknown as TypedDocumentString<CustomerCardFragment, unknown>;
export const Customer360Document = new TypedDocumentString(`
    query Customer360($id: ID!, $contactsFirst: Int!, $summaryDays: Int!, $topicDays: Int!, $locale: String) {
  customer(id: $id) {
    ...CustomerCard
  }
}
    fragment CustomerCard on Customer {
  id
  displayName
  givenName
  familyName
  preferredName
  salutation
  locale
  timeZone
  customerSince
  area
  doNotCall
  consents {
    purpose
    granted
    updatedAt
  }
  preferredChannel
  preferredHours {
    days
    from
    to
  }
  quietPeriod {
    reason
    since
    until
  }
  products {
    id
    name
    category
    since
    status
  }
  offers {
    id
    name
    category
    campaign
    eligible
    ineligibilityReason
    newCustomersOnly
  }
  tickets(openOnly: true) {
    id
    subject
    status
    priority
    category
    openedAt
    updatedAt
    contactCount
    transferCount
  }
  contacts(first: $contactsFirst) {
    ...ContactPage
  }
  contactSummary(days: $summaryDays) {
    days
    count
    outboundSolicitations
    lastRefusal {
      ...ContactFields
    }
    awaitingReply {
      ...ContactFields
    }
    missedByUs {
      ...ContactFields
    }
    topics(days: $topicDays) {
      ticketId
      purpose
      count
      transfers
      firstAt
      lastAt
    }
    last {
      ...ContactFields
    }
    monthly(months: 6) {
      month
      inbound
      outbound
    }
  }
  hints(locale: $locale) {
    id
    kind
    severity
    text
    suppress
    fingerprint
    promotional
    evidence {
      label
      value
    }
  }
}
fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}
fragment ContactPage on ContactConnection {
  totalCount
  edges {
    cursor
    node {
      ...ContactFields
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<Customer360Query, Customer360QueryVariables>;
export const Customer360LookupDocument = new TypedDocumentString(`
    query Customer360Lookup($email: String, $phone: String, $contactsFirst: Int!, $summaryDays: Int!, $topicDays: Int!, $locale: String) {
  customerLookup(email: $email, phone: $phone) {
    count
    customer {
      ...CustomerCard
      emails
      phones
    }
  }
}
    fragment CustomerCard on Customer {
  id
  displayName
  givenName
  familyName
  preferredName
  salutation
  locale
  timeZone
  customerSince
  area
  doNotCall
  consents {
    purpose
    granted
    updatedAt
  }
  preferredChannel
  preferredHours {
    days
    from
    to
  }
  quietPeriod {
    reason
    since
    until
  }
  products {
    id
    name
    category
    since
    status
  }
  offers {
    id
    name
    category
    campaign
    eligible
    ineligibilityReason
    newCustomersOnly
  }
  tickets(openOnly: true) {
    id
    subject
    status
    priority
    category
    openedAt
    updatedAt
    contactCount
    transferCount
  }
  contacts(first: $contactsFirst) {
    ...ContactPage
  }
  contactSummary(days: $summaryDays) {
    days
    count
    outboundSolicitations
    lastRefusal {
      ...ContactFields
    }
    awaitingReply {
      ...ContactFields
    }
    missedByUs {
      ...ContactFields
    }
    topics(days: $topicDays) {
      ticketId
      purpose
      count
      transfers
      firstAt
      lastAt
    }
    last {
      ...ContactFields
    }
    monthly(months: 6) {
      month
      inbound
      outbound
    }
  }
  hints(locale: $locale) {
    id
    kind
    severity
    text
    suppress
    fingerprint
    promotional
    evidence {
      label
      value
    }
  }
}
fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}
fragment ContactPage on ContactConnection {
  totalCount
  edges {
    cursor
    node {
      ...ContactFields
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<Customer360LookupQuery, Customer360LookupQueryVariables>;
export const Customer360ContactsDocument = new TypedDocumentString(`
    query Customer360Contacts($id: ID!, $first: Int!, $after: String) {
  customer(id: $id) {
    id
    contacts(first: $first, after: $after) {
      ...ContactPage
    }
  }
}
    fragment ContactFields on Contact {
  id
  at
  channel
  direction
  purpose
  outcome
  transfers
  sentiment
  ticketId
  summary
}
fragment ContactPage on ContactConnection {
  totalCount
  edges {
    cursor
    node {
      ...ContactFields
    }
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<Customer360ContactsQuery, Customer360ContactsQueryVariables>;