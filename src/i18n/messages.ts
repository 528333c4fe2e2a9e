/**
 * Every string the card shows, in English (built in); French is in src/locales/fr.ts, loaded
 * on demand. Hint texts live with the hint rules (src/hints/messages.ts) so that module stays
 * importable on its own.
 *
 * A message is a string with `{name}` placeholders, or a plural table chosen with
 * `Intl.PluralRules` on the `n` parameter (see `translate()` in format.ts).
 */
export type Plural = {one: string; other: string};
export type Message = string | Plural;

const en = {
  loading: 'Loading customer…',
  notFound: 'No customer with id “{id}”.',
  notFoundHint: 'Check the id, or whether the customer was merged or deleted.',
  noId: 'No customer selected.',
  retry: 'Try again',
  retryIn: {one: 'Trying again in {n} second…', other: 'Trying again in {n} seconds…'},
  // Error states, by reason code (see src/data/errors.ts).
  'error.network': 'Can’t reach {origin}: the service is down or the address is wrong.',
  'error.timeout': 'The customer service is not responding.',
  'error.headers': 'The page could not provide the sign-in details for the customer service.',
  'error.unauthorized': 'The customer service did not accept the card’s credentials (HTTP 401).',
  'error.forbidden': 'You are not allowed to see this customer (HTTP 403).',
  'error.endpoint-not-found': 'The customer service address was not found (HTTP 404).',
  'error.cross-origin': '{origin} answers, but its CORS settings do not allow this page ({page}).',
  'error.client-error': 'The customer service rejected the card’s request (HTTP {status}).',
  'error.not-implemented': 'The endpoint is not a GraphQL endpoint (HTTP 501).',
  'error.config-credentials': 'The card’s credentials setting must be omit, same-origin or include.',
  'error.config-headers':
    'The card has a request header the browser refuses (a line break, a character it cannot send). Nothing was sent.',
  'error.rate-limited': 'The customer service asks us to slow down.',
  'error.server': 'The customer service had a problem (HTTP {status}).',
  'error.bad-response': 'The customer service sent an answer the card can’t read.',
  'error.graphql': 'The customer service refused the request.',
  'error.mismatch': 'The answer was for another customer and was discarded.',
  'error.config-endpoint': 'This card has no valid GraphQL endpoint. Set its endpoint attribute.',
  'error.offline': 'You are offline. The card will reload when the connection is back.',
  // Lookup by email or phone (src/data/lookup.ts); {what} names it, never its value.
  'what.email': 'this email',
  'what.phone': 'this phone number',
  'lookup.no-match': 'No customer with {what} in the CRM.',
  'lookup.ambiguous': '{n} customers share {what}: open the right one from the CRM.',
  'lookup.invalid': 'Cannot look up {what}: it is malformed or has look-alike characters. Nothing was sent to the CRM.',
  errorTitle: 'Customer not loaded',
  configTitle: 'Check the card’s configuration',
  configHint: 'Whoever set up this card can fix it (reason “{reason}”).',
  sectionFailed: 'Could not load this section.',
  someInvalid: 'Some values were unreadable and are not shown.',
  // Header.
  tenureYears: {one: 'Customer for {n} year', other: 'Customer for {n} years'},
  tenureMonths: {one: 'Customer for {n} month', other: 'Customer for {n} months'},
  tenureDays: {one: 'Customer for {n} day', other: 'Customer for {n} days'},
  since: 'since {date}',
  'state.ok': 'Good standing',
  'state.care': 'Needs care',
  'state.leaving': 'Wants to cancel',
  'state.quiet': 'Quiet period',
  customerCard: 'Customer {name}',
  addressAs: 'Address as',
  noTitle: 'no title on record',
  prefers: 'Prefers',
  'fact.cancellations': {one: '{n} cancellation requested', other: '{n} cancellations requested'},
  'fact.quiet-until': 'quiet until {date}',
  'fact.missed': {one: '{n} missed by us', other: '{n} missed by us'},
  'fact.awaiting': {one: '{n} awaiting our reply', other: '{n} awaiting our reply'},
  'fact.complaints': {one: '{n} open complaint', other: '{n} open complaints'},
  'fact.negative': 'last contact went badly',
  'fact.contacts': {one: '{n} contact in {days} days', other: '{n} contacts in {days} days'},
  'fact.transfers': {one: '{n} transfer', other: '{n} transfers'},
  // Sections.
  hints: 'Do and don’t',
  noHints: 'Nothing special to keep in mind.',
  hintsUnavailable:
    'The do and don’t hints could not be loaded. Until they are: no sales pitch, and check consents, quiet periods and refusals before any call.',
  moreHints: {one: 'Show {n} more hint', other: 'Show {n} more hints'},
  products: 'Products',
  noProducts: 'No products.',
  tickets: 'Open tickets',
  noTickets: 'No open tickets.',
  history: 'Contact history',
  noHistory: 'No contacts yet.',
  historyCount: {one: '{shown} of {n} contact', other: '{shown} of {n} contacts'},
  historyRange: 'Contacts {from}–{to} of {n}',
  historyNewest: 'Back to the newest',
  showMore: 'Show more',
  moreFailed: 'Could not load more contacts.',
  /** The chart's spoken label: `{months}` is the months' `pressureMonth` texts, joined by `pressureSeparator`. */
  pressure: 'Contacts per month, last 6 months: {months}',
  /** `{inbound}` / `{outbound}`: `pressureInbound` / `pressureOutbound`, each with the plural form of its own count. */
  pressureMonth: '{month}: {inbound}, {outbound}',
  pressureInbound: {one: '{n} inbound', other: '{n} inbound'},
  pressureOutbound: {one: '{n} outbound', other: '{n} outbound'},
  pressureSeparator: '; ',
  inbound: 'Inbound',
  outbound: 'Outbound',
  contactsOnTicket: {one: '{n} contact', other: '{n} contacts'},
  transfers: {one: '{n} transfer', other: '{n} transfers'},
  opened: 'opened {when}',
  // Hints panel.
  do: 'Do',
  doFirst: 'Do first',
  dont: 'Don’t',
  why: 'Why',
  dismiss: 'Dismiss',
  dismissHint: 'Dismiss “{text}”',
  dismissReason: 'Reason',
  dismissNote: 'Note (optional)',
  dismissConfirm: 'Dismiss hint',
  cancel: 'Cancel',
  dismissed: {one: '{n} dismissed hint', other: '{n} dismissed hints'},
  'reason.not-relevant': 'Not relevant now',
  'reason.already-done': 'Already handled',
  'reason.customer-request': 'The customer asked for it',
  'reason.wrong': 'The data is wrong',
  'reason.other': 'Other',
  // Domain labels.
  'product.ACTIVE': 'Active',
  'product.SUSPENDED': 'Suspended',
  'product.CANCELLATION_REQUESTED': 'Cancellation requested',
  'product.ENDED': 'Ended',
  'product.OTHER': 'Unknown status',
  'priority.LOW': 'Low',
  'priority.NORMAL': 'Normal',
  'priority.HIGH': 'High',
  'priority.URGENT': 'Urgent',
  'priority.OTHER': 'Unknown priority',
  'category.COMPLAINT': 'Complaint',
  'category.CANCELLATION': 'Cancellation',
  'category.TECHNICAL': 'Technical',
  'category.BILLING': 'Billing',
  'category.APPOINTMENT': 'Appointment',
  'category.OTHER': 'Other',
  'channel.PHONE': 'Call',
  'channel.EMAIL': 'Email',
  'channel.SMS': 'SMS',
  'channel.CHAT': 'Chat',
  'channel.MAIL': 'Letter',
  'channel.VISIT': 'Visit',
  'channel.OTHER': 'Other channel',
  'direction.INBOUND': 'from the customer',
  'direction.OUTBOUND': 'to the customer',
  'direction.OTHER': '',
  'outcome.ANSWERED': 'Answered',
  'outcome.NO_ANSWER': 'No answer',
  'outcome.REFUSED': 'Refused',
  'outcome.RESOLVED': 'Resolved',
  'outcome.TRANSFERRED': 'Transferred',
  'outcome.AWAITING_OUR_REPLY': 'Awaiting our reply',
  'outcome.MISSED_BY_US': 'Missed by us',
  'outcome.MISSED_BY_CUSTOMER': 'Missed by the customer',
  'outcome.OTHER': 'Other outcome',
  'outcome.DELIVERED': 'Delivered',
  'outcome.REPLIED': 'Replied',
  'sentiment.NEGATIVE': 'Negative tone',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** Registered tables: English built in, other languages when their file arrives (locales.ts). */
const registered: Partial<Record<SupportedLocale, Readonly<Record<MessageKey, Message>>>> = {en};

/** The card's texts in `language`, English while (or if) that language's file is not loaded. */
export function uiTexts(language: SupportedLocale): Readonly<Record<MessageKey, Message>> {
  return registered[language] ?? en;
}

/** Makes `texts` the card's texts in `language` (a locale file calls this when it loads). */
export function registerUiTexts(language: SupportedLocale, texts: Readonly<Record<MessageKey, Message>>): void {
  registered[language] = texts;
}

/** The languages the card ships: English built in, the others in a file each (src/locales/), loaded on demand. */
export type SupportedLocale = 'en' | 'fr';

export {en};
