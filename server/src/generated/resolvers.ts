import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRow, SummaryRow, LookupRow } from '../model.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`, e.g. `2011-05-02`. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with a time zone offset, e.g. `2026-11-23T09:30:00Z`. */
  DateTime: { input: string; output: string; }
};

export type AddNoteInput = {
  customerId: Scalars['ID']['input'];
  /** A client-chosen key (8 to 100 characters) identifying this note across retries. */
  idempotencyKey: Scalars['String']['input'];
  /** Plain text, trimmed, 1 to 2,000 characters. */
  text: Scalars['String']['input'];
};

/** A communication channel. */
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'MAIL'
  | 'PHONE'
  | 'SMS'
  | 'VISIT';

/** A consent given or withdrawn by the customer. */
export type Consent = {
  __typename?: 'Consent';
  /** True when consent is given, false when refused or withdrawn. */
  granted: Scalars['Boolean']['output'];
  /** What the consent covers. */
  purpose: ConsentPurpose;
  /** When it was given or withdrawn. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a consent covers. */
export type ConsentPurpose =
  /** E-mails. */
  | 'EMAIL'
  /** Any promotional communication, whatever the channel. */
  | 'MARKETING'
  /** Calls on the phone. */
  | 'PHONE'
  /** Text messages. */
  | 'SMS';

/** One interaction with the customer. */
export type Contact = {
  __typename?: 'Contact';
  /** When it happened (for an appointment: when it was due). */
  at: Scalars['DateTime']['output'];
  channel: Channel;
  direction: Direction;
  /** Stable id. */
  id: Scalars['ID']['output'];
  outcome: ContactOutcome;
  purpose: ContactPurpose;
  /** How the customer felt, when recorded. */
  sentiment?: Maybe<Sentiment>;
  /** A short free-text summary written by the agent. Shown as text, never as markup. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The ticket this contact was about, if any. */
  ticketId?: Maybe<Scalars['ID']['output']>;
  /** How many times the customer was transferred during this contact. */
  transfers: Scalars['Int']['output'];
};

/** A page of contacts, newest first. */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  /** All contacts of the customer, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  /** Opaque cursor; pass it as `after` to get the contacts that follow. */
  cursor: Scalars['String']['output'];
  node: Contact;
};

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
  | 'TRANSFERRED';

export type ContactPurpose =
  | 'APPOINTMENT'
  | 'BILLING'
  | 'CANCELLATION'
  | 'OTHER'
  /** Selling or canvassing; counts toward the contact cap. */
  | 'SALES'
  | 'SUPPORT';

/**
 * Aggregates over the contact history, computed by the server over the last `days` days
 * (and, for `lastRefusal`, `awaitingReply` and `last`, over the whole history).
 */
export type ContactSummary = {
  __typename?: 'ContactSummary';
  /** Contacts still waiting for our reply, any age, oldest first. */
  awaitingReply: Array<Contact>;
  /** How many contacts fall in the window. */
  count: Scalars['Int']['output'];
  /** The window these aggregates cover, in days. */
  days: Scalars['Int']['output'];
  /** The most recent contact, any age. */
  last?: Maybe<Contact>;
  /** The customer's most recent refusal of a solicitation, any age. */
  lastRefusal?: Maybe<Contact>;
  /** Appointments or callbacks we missed in the window, newest first. */
  missedByUs: Array<Contact>;
  /** Contacts per calendar month, oldest first, for the last `months` months including the current one. */
  monthly: Array<MonthlyCount>;
  /** Dates of outbound contacts with purpose SALES in the window (answered or not), newest first; they count toward the contact cap. */
  outboundSolicitations: Array<Scalars['DateTime']['output']>;
  /**
   * Contacts grouped by ticket (or by purpose when no ticket) over the last `days` days
   * (default: the summary's window); the card asks for its repeat-contact window (30 days).
   */
  topics: Array<TopicSummary>;
};


/**
 * Aggregates over the contact history, computed by the server over the last `days` days
 * (and, for `lastRefusal`, `awaitingReply` and `last`, over the whole history).
 */
export type ContactSummaryMonthlyArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Aggregates over the contact history, computed by the server over the last `days` days
 * (and, for `lastRefusal`, `awaitingReply` and `last`, over the whole history).
 */
export type ContactSummaryTopicsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type Customer = {
  __typename?: 'Customer';
  /** The customer's service or eligibility area, as a human label (e.g. `Rennes – rural FTTH zone`). */
  area?: Maybe<Scalars['String']['output']>;
  /** Consent per channel, with the date it was given or withdrawn. A missing channel means no recorded consent. */
  consents?: Maybe<Array<Consent>>;
  /** Server-side aggregates of the contact history over the last `days` days, so hints never need the whole history. */
  contactSummary?: Maybe<ContactSummary>;
  /** The contact history, newest first, paginated (Relay connection). */
  contacts?: Maybe<ContactConnection>;
  /** The date the relationship started; tenure is computed from it. */
  customerSince?: Maybe<Scalars['Date']['output']>;
  /** The name to show, as the customer wants to be shown (e.g. `Jean-Baptiste Dupin`). */
  displayName: Scalars['String']['output'];
  /** True when the customer is on a do-not-call registry (e.g. France's Bloctel): no canvassing calls. */
  doNotCall?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The customer's email addresses, lowercased. The card checks that a customer found by
   * email has the address it asked for, and refuses the answer otherwise.
   */
  emails: Array<Scalars['String']['output']>;
  /** Family name(s), when recorded separately. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Given name(s), when recorded separately. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** Extra hints computed by the server (or suppressions of built-in ones); merged with the card's own by id. */
  hints?: Maybe<Array<ServerHint>>;
  /** Stable CRM id; the card checks that the answer carries the id it asked for. */
  id: Scalars['ID']['output'];
  /** BCP 47 language tag the customer prefers to be addressed in (e.g. `fr-FR`). */
  locale?: Maybe<Scalars['String']['output']>;
  /**
   * Notes agents shared about this customer, newest first (Relay connection). The card asks for
   * them in a second, lazy request (`Customer360Notes`), never in its card query, so a server
   * without notes keeps serving the card: when this field fails validation there, the card
   * stops asking that endpoint for notes.
   */
  notes?: Maybe<NoteConnection>;
  /** Offers the business would pitch to this customer now (campaigns, next best offer), with eligibility. */
  offers?: Maybe<Array<Offer>>;
  /**
   * The customer's phone numbers in E.164 (`+33612345678`). The card checks that a customer
   * found by phone has the number it asked for, and refuses the answer otherwise.
   */
  phones: Array<Scalars['String']['output']>;
  /** The channel the customer prefers to be reached on, or `null`. */
  preferredChannel?: Maybe<Channel>;
  /** Time windows the customer prefers to be contacted in, in the customer's time zone. Empty when none. */
  preferredHours?: Maybe<Array<HoursWindow>>;
  /** The name the customer asked to be called by (e.g. `Jean-Bat`), or `null`. */
  preferredName?: Maybe<Scalars['String']['output']>;
  /** Products and subscriptions the customer has or had, most recent first. */
  products?: Maybe<Array<OwnedProduct>>;
  /** A period during which nothing promotional may be said (bereavement, dispute, national mourning…), or `null`. */
  quietPeriod?: Maybe<QuietPeriod>;
  /**
   * The salutation exactly as the customer gave it (e.g. `Monsieur`, `Mx`, `Dr`), or `null`
   * when it was never recorded. Never infer it from a first name: `null` makes the card
   * advise not to guess (hint `salutation-unknown`).
   */
  salutation?: Maybe<Scalars['String']['output']>;
  /** The customer's tickets. `openOnly: true` (the card's choice) returns only tickets that are not resolved or closed. */
  tickets?: Maybe<Array<Ticket>>;
  /** IANA time zone of the customer (e.g. `Europe/Paris`), used for calling hours. */
  timeZone?: Maybe<Scalars['String']['output']>;
};


/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type CustomerContactSummaryArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type CustomerContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type CustomerHintsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type CustomerNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person or household the business has a relationship with.
 *
 * The sections (`doNotCall`, `consents`, `preferredHours`, `products`, `offers`, `tickets`,
 * `contacts`, `contactSummary`, `hints`) are nullable on purpose: each may come from another
 * system, and one that fails answers `null` with an error whose `path` names it, while the rest
 * of the customer answers (partial data). The card shows that section as failed, and counts a
 * missing protection (do-not-call, consents, the contact history) as forbidding the call.
 */
export type CustomerTicketsArgs = {
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The answer to a lookup by email or phone. */
export type CustomerLookup = {
  __typename?: 'CustomerLookup';
  /** How many customers have this email or phone: 0 (no match), 1, or more (ambiguous). */
  count: Scalars['Int']['output'];
  /** The customer when exactly one matches; `null` when none or several do (never the first of several). */
  customer?: Maybe<Customer>;
};

export type Direction =
  /** The customer reached us. */
  | 'INBOUND'
  /** We reached the customer (or tried to). */
  | 'OUTBOUND';

export type DismissHintInput = {
  /** The card's version (`Customer360.version`), kept with the dismissal to review rules by release. */
  cardVersion?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  /**
   * Each hint's evidence fingerprint, as the card computed it. A hint of `hintIds` without one
   * has the empty fingerprint (a hint about no particular record).
   */
  fingerprints?: InputMaybe<Array<HintFingerprintInput>>;
  /** Every hint folded into the dismissed row: catalog ids, this server's own hint ids. */
  hintIds: Array<Scalars['String']['input']>;
  /** A client-chosen key (8 to 100 characters) identifying this dismissal across retries. */
  idempotencyKey: Scalars['String']['input'];
  /** The agent's free text, plain text, at most 500 characters; optional. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: DismissReason;
};

/** Why an agent dismissed a hint (the card's reason list). */
export type DismissReason =
  /** Already done (e.g. the loyalty was acknowledged already). */
  | 'ALREADY_DONE'
  /** The customer asked for it (e.g. not to hear about it again). */
  | 'CUSTOMER_REQUEST'
  /** Not relevant to this call. */
  | 'NOT_RELEVANT'
  /** Another reason, usually given in the note. */
  | 'OTHER'
  /** The hint is wrong: the facts behind it are not true. Counted for review of the rule. */
  | 'WRONG';

/** Dismissals per hint and reason over a period. */
export type DismissalReport = {
  __typename?: 'DismissalReport';
  /** Customer reads in the period (one per card load). */
  cardLoads: Scalars['Int']['output'];
  /** Stored dismissals in the period. */
  dismissals: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  /** One row per hint and reason that has dismissals, most dismissed first. */
  rows: Array<DismissalReportRow>;
  to: Scalars['DateTime']['output'];
};

export type DismissalReportRow = {
  __typename?: 'DismissalReportRow';
  count: Scalars['Int']['output'];
  hintId: Scalars['String']['output'];
  /** `count` per 1,000 card loads of the period (0 when there were no loads). */
  perThousandLoads: Scalars['Float']['output'];
  reason: DismissReason;
};

/** A stored dismissal. */
export type HintDismissal = {
  __typename?: 'HintDismissal';
  /** When it was stored (the first time, for a replayed key). */
  at: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  hintIds: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  reason: DismissReason;
  /**
   * The hints this dismissal hides on later loads of this customer, with when that ends
   * (empty when the policy for `reason` hides nothing, and always without legal hints).
   */
  suppressions: Array<Suppression>;
};

export type HintEvidence = {
  __typename?: 'HintEvidence';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * What a hint is about, so a dismissal can be tied to it: the records of its evidence as
 * `type:id` (`ticket:T-1`, `contact:k-42`, `product:p-7`, `offer:o-3`), deduplicated, sorted by
 * code point and joined by one space (`contact:k-9 ticket:T-1`); empty for a hint about no
 * particular record (e.g. `loyal-customer`). At most 2,000 characters.
 */
export type HintFingerprintInput = {
  fingerprint: Scalars['String']['input'];
  hintId: Scalars['String']['input'];
};

export type HintKind =
  | 'DO'
  | 'DONT';

/** A weekly time window in the customer's time zone, e.g. weekdays 18:00–20:00. */
export type HoursWindow = {
  __typename?: 'HoursWindow';
  /** The days the window applies to. */
  days: Array<Weekday>;
  /** Start, local time `HH:MM` (inclusive). */
  from: Scalars['String']['output'];
  /** End, local time `HH:MM` (exclusive). */
  to: Scalars['String']['output'];
};

/** Contact volume in one calendar month. */
export type MonthlyCount = {
  __typename?: 'MonthlyCount';
  inbound: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  outbound: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a note every agent sees on this customer. The text is plain text (never markup),
   * trimmed, 1 to 2,000 characters. Replaying the same `idempotencyKey` returns the note
   * already stored. Errors: `UNKNOWN_CUSTOMER`, `BAD_INPUT`.
   */
  addNote: Note;
  /**
   * Records that an agent dismissed a row of the call brief, with why. The server stores it
   * (agent, time, reason, note, each hint's evidence fingerprint, the card's version) and, by
   * its suppression policy for that reason, may hide those hints for this customer on later
   * loads (as `ServerHint {id, suppress: true, fingerprint, until}`). Legal hints are stored
   * and counted, never hidden.
   *
   * Replaying the same `idempotencyKey` (the card retries with it) returns the dismissal
   * already stored and stores nothing twice. Errors carry `extensions.code`:
   * `UNKNOWN_CUSTOMER`, `UNKNOWN_HINT`, `BAD_INPUT` (message says which field and why).
   */
  dismissHint: HintDismissal;
};


export type MutationAddNoteArgs = {
  input: AddNoteInput;
};


export type MutationDismissHintArgs = {
  input: DismissHintInput;
};

/** A note an agent shared about a customer. */
export type Note = {
  __typename?: 'Note';
  at: Scalars['DateTime']['output'];
  /** The author's display name, as the server's authentication knows them. */
  author: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Plain text: show it as text, never as markup. */
  text: Scalars['String']['output'];
};

/** A page of notes, newest first. */
export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  /** All notes of the customer, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** An offer the business would pitch to this customer now. */
export type Offer = {
  __typename?: 'Offer';
  /** The campaign or engine that proposes it (e.g. `Autumn TV campaign`). */
  campaign?: Maybe<Scalars['String']['output']>;
  /** Category of the product offered; the card warns when the customer already owns an active product of it. */
  category: Scalars['String']['output'];
  /** False when the customer cannot get it (address, plan, credit…). */
  eligible: Scalars['Boolean']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why not, in words, when `eligible` is false (e.g. `Not available at this address`). */
  ineligibilityReason?: Maybe<Scalars['String']['output']>;
  /** Commercial name (e.g. `TV Max 200 channels`). */
  name: Scalars['String']['output'];
  /** True when reserved to new customers. */
  newCustomersOnly: Scalars['Boolean']['output'];
};

/** A product or subscription the customer holds or held. */
export type OwnedProduct = {
  __typename?: 'OwnedProduct';
  /** Category used to match offers, lowercase (e.g. `internet`, `tv`, `mobile`, `energy`). */
  category: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Commercial name (e.g. `Fibre 1 Gb/s`). */
  name: Scalars['String']['output'];
  /** When the customer got it. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Current status. */
  status: ProductStatus;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ProductStatus =
  | 'ACTIVE'
  /** The customer asked to cancel; the request is being processed. */
  | 'CANCELLATION_REQUESTED'
  | 'ENDED'
  | 'SUSPENDED';

export type Query = {
  __typename?: 'Query';
  /** The customer with this id, or `null` when no such customer exists (the card then shows "no customer with id …"). */
  customer?: Maybe<Customer>;
  /**
   * Finds the customer a helpdesk knows only by an email address or a phone number (give one
   * of the two; with both, a customer must have both). The card sends emails trimmed and
   * lowercased, phones in E.164 (`+33612345678`), always as variables in a POST body.
   * Compare emails case-insensitively and phones digit for digit in E.164.
   *
   * Never pick one of several: when more than one customer matches, answer `count` > 1 and
   * `customer: null`; the card then says so and asks the agent to open the right one in the CRM.
   */
  customerLookup: CustomerLookup;
  /**
   * How often agents dismissed each hint, and why, per 1,000 card loads (customer reads) in
   * `[from, to)`: which rules agents find wrong is how the rules get better. The card never
   * asks for it; a server may leave it out. The reference server answers it to agents with the
   * `reports` role (everyone in its demo mode). Errors carry `extensions.code`: `FORBIDDEN`
   * (the agent may not read reports), `BAD_INPUT` (`to` not after `from`, or not an instant).
   */
  dismissalReport: DismissalReport;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerLookupArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDismissalReportArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** A period with no promotional contact. */
export type QuietPeriod = {
  __typename?: 'QuietPeriod';
  /** Why, in words an agent can read to themselves (e.g. `Bereavement`). */
  reason: Scalars['String']['output'];
  /** When it started. */
  since?: Maybe<Scalars['DateTime']['output']>;
  /** When it ends (exclusive), or `null` until lifted by hand. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type Sentiment =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

/**
 * A hint computed by the server. Merged with the card's hints by `id`: a server hint with a
 * catalog id replaces the card's own; `suppress: true` hides the card's hint with that id.
 */
export type ServerHint = {
  __typename?: 'ServerHint';
  /** The facts behind it, as label/value pairs. */
  evidence: Array<HintEvidence>;
  /**
   * With `suppress`: hide the hint only while its evidence fingerprint (see
   * `HintFingerprintInput`) is this one, so dismissing "start with ticket T-1" never hides a
   * later hint about ticket T-2. `null`: whatever its evidence.
   */
  fingerprint?: Maybe<Scalars['String']['output']>;
  /** Catalog id (e.g. `no-upsell`) or a deployment's own id (e.g. `acme-vip`). */
  id: Scalars['String']['output'];
  kind: HintKind;
  /** True when following the hint leads to selling: the card removes it during a quiet period, a cancellation or a complaint. */
  promotional?: Maybe<Scalars['Boolean']['output']>;
  /** 1 (most urgent) to 5 (informational). */
  severity: Scalars['Int']['output'];
  /**
   * When true, hides the hint with this id instead of adding one (a stored dismissal, a
   * deployment's rule). Legal hints (`do-not-contact`, `contact-fatigue`,
   * `outside-calling-hours`, `refused-recently`, `quiet-period`) are never hidden by it.
   */
  suppress?: Maybe<Scalars['Boolean']['output']>;
  /** The imperative line, in the agent's language (the `locale` argument of `Customer.hints`). */
  text?: Maybe<Scalars['String']['output']>;
  /** With `suppress`: when the suppression ends (informational; the server stops sending it then). */
  until?: Maybe<Scalars['DateTime']['output']>;
};

/** A hint hidden for one customer until an instant. */
export type Suppression = {
  __typename?: 'Suppression';
  fingerprint: Scalars['String']['output'];
  hintId: Scalars['String']['output'];
  until: Scalars['DateTime']['output'];
};

/** A support case. */
export type Ticket = {
  __typename?: 'Ticket';
  category: TicketCategory;
  /** How many contacts (calls, mails, chats) this ticket took so far. */
  contactCount: Scalars['Int']['output'];
  /** Stable id, shown to the agent (e.g. `T-4821`). */
  id: Scalars['ID']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  priority: TicketPriority;
  status: TicketStatus;
  /** One-line subject. */
  subject: Scalars['String']['output'];
  /** How many times the customer was transferred while on this ticket. */
  transferCount: Scalars['Int']['output'];
  /** When it last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type TicketCategory =
  | 'APPOINTMENT'
  | 'BILLING'
  | 'CANCELLATION'
  | 'COMPLAINT'
  | 'OTHER'
  | 'TECHNICAL';

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketStatus =
  | 'CLOSED'
  | 'OPEN'
  /** Waiting on the customer or a third party; still not resolved. */
  | 'PENDING'
  | 'RESOLVED';

/** Contacts about one ticket or topic within the summary window. */
export type TopicSummary = {
  __typename?: 'TopicSummary';
  /** How many contacts. */
  count: Scalars['Int']['output'];
  /** The first and last contact dates. */
  firstAt: Scalars['DateTime']['output'];
  lastAt: Scalars['DateTime']['output'];
  /** The purpose the contacts share when no ticket links them. */
  purpose: ContactPurpose;
  /** The ticket, when the contacts are linked to one. */
  ticketId?: Maybe<Scalars['ID']['output']>;
  /** How many transfers across them. */
  transfers: Scalars['Int']['output'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddNoteInput: AddNoteInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: Channel;
  Consent: ResolverTypeWrapper<Consent>;
  ConsentPurpose: ConsentPurpose;
  Contact: ResolverTypeWrapper<Contact>;
  ContactConnection: ResolverTypeWrapper<ContactConnection>;
  ContactEdge: ResolverTypeWrapper<ContactEdge>;
  ContactOutcome: ContactOutcome;
  ContactPurpose: ContactPurpose;
  ContactSummary: ResolverTypeWrapper<SummaryRow>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerLookup: ResolverTypeWrapper<LookupRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  DismissHintInput: DismissHintInput;
  DismissReason: DismissReason;
  DismissalReport: ResolverTypeWrapper<DismissalReport>;
  DismissalReportRow: ResolverTypeWrapper<DismissalReportRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HintDismissal: ResolverTypeWrapper<HintDismissal>;
  HintEvidence: ResolverTypeWrapper<HintEvidence>;
  HintFingerprintInput: HintFingerprintInput;
  HintKind: HintKind;
  HoursWindow: ResolverTypeWrapper<HoursWindow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MonthlyCount: ResolverTypeWrapper<MonthlyCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Note: ResolverTypeWrapper<Note>;
  NoteConnection: ResolverTypeWrapper<NoteConnection>;
  NoteEdge: ResolverTypeWrapper<NoteEdge>;
  Offer: ResolverTypeWrapper<Offer>;
  OwnedProduct: ResolverTypeWrapper<OwnedProduct>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProductStatus: ProductStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietPeriod: ResolverTypeWrapper<QuietPeriod>;
  Sentiment: Sentiment;
  ServerHint: ResolverTypeWrapper<ServerHint>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Suppression: ResolverTypeWrapper<Suppression>;
  Ticket: ResolverTypeWrapper<Ticket>;
  TicketCategory: TicketCategory;
  TicketPriority: TicketPriority;
  TicketStatus: TicketStatus;
  TopicSummary: ResolverTypeWrapper<TopicSummary>;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddNoteInput: AddNoteInput;
  Boolean: Scalars['Boolean']['output'];
  Consent: Consent;
  Contact: Contact;
  ContactConnection: ContactConnection;
  ContactEdge: ContactEdge;
  ContactSummary: SummaryRow;
  Customer: CustomerRow;
  CustomerLookup: LookupRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DismissHintInput: DismissHintInput;
  DismissalReport: DismissalReport;
  DismissalReportRow: DismissalReportRow;
  Float: Scalars['Float']['output'];
  HintDismissal: HintDismissal;
  HintEvidence: HintEvidence;
  HintFingerprintInput: HintFingerprintInput;
  HoursWindow: HoursWindow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MonthlyCount: MonthlyCount;
  Mutation: Record<PropertyKey, never>;
  Note: Note;
  NoteConnection: NoteConnection;
  NoteEdge: NoteEdge;
  Offer: Offer;
  OwnedProduct: OwnedProduct;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  QuietPeriod: QuietPeriod;
  ServerHint: ServerHint;
  String: Scalars['String']['output'];
  Suppression: Suppression;
  Ticket: Ticket;
  TopicSummary: TopicSummary;
};

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ContactOutcome'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ContactPurpose'], ParentType, ContextType>;
  sentiment?: Resolver<Maybe<ResolversTypes['Sentiment']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ticketId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
};

export type ContactSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactSummary'] = ResolversParentTypes['ContactSummary']> = {
  awaitingReply?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  lastRefusal?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  missedByUs?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  monthly?: Resolver<Array<ResolversTypes['MonthlyCount']>, ParentType, ContextType, RequireFields<ContactSummaryMonthlyArgs, 'months'>>;
  outboundSolicitations?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TopicSummary']>, ParentType, ContextType, Partial<ContactSummaryTopicsArgs>>;
};

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  contactSummary?: Resolver<Maybe<ResolversTypes['ContactSummary']>, ParentType, ContextType, RequireFields<CustomerContactSummaryArgs, 'days'>>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactConnection']>, ParentType, ContextType, RequireFields<CustomerContactsArgs, 'first'>>;
  customerSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  doNotCall?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hints?: Resolver<Maybe<Array<ResolversTypes['ServerHint']>>, ParentType, ContextType, Partial<CustomerHintsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, RequireFields<CustomerNotesArgs, 'first'>>;
  offers?: Resolver<Maybe<Array<ResolversTypes['Offer']>>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  preferredChannel?: Resolver<Maybe<ResolversTypes['Channel']>, ParentType, ContextType>;
  preferredHours?: Resolver<Maybe<Array<ResolversTypes['HoursWindow']>>, ParentType, ContextType>;
  preferredName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<Maybe<Array<ResolversTypes['OwnedProduct']>>, ParentType, ContextType>;
  quietPeriod?: Resolver<Maybe<ResolversTypes['QuietPeriod']>, ParentType, ContextType>;
  salutation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tickets?: Resolver<Maybe<Array<ResolversTypes['Ticket']>>, ParentType, ContextType, RequireFields<CustomerTicketsArgs, 'openOnly'>>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerLookupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerLookup'] = ResolversParentTypes['CustomerLookup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DismissalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DismissalReport'] = ResolversParentTypes['DismissalReport']> = {
  cardLoads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dismissals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['DismissalReportRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DismissalReportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DismissalReportRow'] = ResolversParentTypes['DismissalReportRow']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hintId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perThousandLoads?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DismissReason'], ParentType, ContextType>;
};

export type HintDismissalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HintDismissal'] = ResolversParentTypes['HintDismissal']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hintIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DismissReason'], ParentType, ContextType>;
  suppressions?: Resolver<Array<ResolversTypes['Suppression']>, ParentType, ContextType>;
};

export type HintEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HintEvidence'] = ResolversParentTypes['HintEvidence']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HoursWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HoursWindow'] = ResolversParentTypes['HoursWindow']> = {
  days?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthlyCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthlyCount'] = ResolversParentTypes['MonthlyCount']> = {
  inbound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outbound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addNote?: Resolver<ResolversTypes['Note'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'input'>>;
  dismissHint?: Resolver<ResolversTypes['HintDismissal'], ParentType, ContextType, RequireFields<MutationDismissHintArgs, 'input'>>;
};

export type NoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
};

export type OfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ineligibilityReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newCustomersOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OwnedProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnedProduct'] = ResolversParentTypes['OwnedProduct']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerLookup?: Resolver<ResolversTypes['CustomerLookup'], ParentType, ContextType, Partial<QueryCustomerLookupArgs>>;
  dismissalReport?: Resolver<ResolversTypes['DismissalReport'], ParentType, ContextType, RequireFields<QueryDismissalReportArgs, 'from' | 'to'>>;
};

export type QuietPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuietPeriod'] = ResolversParentTypes['QuietPeriod']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ServerHintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServerHint'] = ResolversParentTypes['ServerHint']> = {
  evidence?: Resolver<Array<ResolversTypes['HintEvidence']>, ParentType, ContextType>;
  fingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HintKind'], ParentType, ContextType>;
  promotional?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suppress?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SuppressionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suppression'] = ResolversParentTypes['Suppression']> = {
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hintId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = {
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  contactCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type TopicSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicSummary'] = ResolversParentTypes['TopicSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ContactPurpose'], ParentType, ContextType>;
  ticketId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Consent?: ConsentResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactSummary?: ContactSummaryResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerLookup?: CustomerLookupResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DismissalReport?: DismissalReportResolvers<ContextType>;
  DismissalReportRow?: DismissalReportRowResolvers<ContextType>;
  HintDismissal?: HintDismissalResolvers<ContextType>;
  HintEvidence?: HintEvidenceResolvers<ContextType>;
  HoursWindow?: HoursWindowResolvers<ContextType>;
  MonthlyCount?: MonthlyCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OwnedProduct?: OwnedProductResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuietPeriod?: QuietPeriodResolvers<ContextType>;
  ServerHint?: ServerHintResolvers<ContextType>;
  Suppression?: SuppressionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TopicSummary?: TopicSummaryResolvers<ContextType>;
};

