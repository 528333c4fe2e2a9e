import type {Channel, ContactPurpose, Sentiment, TicketPriority} from '../data/view-model.js';
import type {HintId} from './catalog.js';
import type {HintFormat} from './types.js';

/**
 * Every word the built-in hints show: the English table, and the shape every language's
 * table has (French is in src/locales/fr.ts, loaded on demand; the `Messages` type makes a
 * missing key a compile error). Text functions receive already-formatted dates and names, and
 * `f` for numbers and plurals, so each language builds its own sentence (French may need a
 * different word order, "1er", or a gender-neutral turn of phrase).
 *
 * English typography, as in the card's own texts (src/i18n/messages.ts): the typographic
 * apostrophe (’, U+2019: "Don’t call", "Customer’s time now"), never the straight one, and
 * curly quotes around a name (“Fibre Max”).
 */

const enQ = (text: string): string => `“${text}”`;

export interface HintTextParams {
  'missed-appointment': {count: number; date: string; callback: boolean};
  'unanswered-contact': {count: number; since: string; channel: string};
  /** `names`: the products (or tickets) concerned, listed. */
  'cancellation-pending': {products: number; names: string};
  'open-ticket-first': {count: number; ticket: string; subject: string; priority: string};
  /** `solved`: none of the topic's contacts is still waiting on us (the ticket is closed, nothing awaits a reply). */
  'repeat-contact': {count: number; days: number; topic: string; isTicket: boolean; ticket?: string; solved: boolean};
  'no-transfer': {count: number; days: number};
  'recent-negative': {date: string};
  'quiet-period': {hostWide: boolean; reason?: string; until?: string};
  'do-not-contact': {reason: 'registry' | 'marketing' | 'phone'};
  /** `unknown`: the contact history could not be read, so the cap is assumed reached. */
  'contact-fatigue': {count: number; days: number; until?: string; max: number; unknown?: boolean};
  /** `unknown`: refusals could not be read, so a recent one is assumed. */
  'refused-recently': {date: string; until: string; unknown?: boolean};
  'outside-calling-hours': {reason: 'legal' | 'preferred' | 'both'; next?: string};
  'no-upsell': {reason: 'cancellation' | 'complaint'};
  'already-owns': {count: number; offer: string; product: string};
  'not-eligible': {count: number; offer: string; reason: string};
  'new-customers-only': {count: number; offer: string};
  'salutation-unknown': {name: string};
  'preferred-name': {name: string};
  'preferred-channel': {channel?: string; hours?: string};
  'loyal-customer': {years: number};
  'new-customer': {days: number};
}

/** A headline (one line in a 400 px sidebar) and an optional detail line shown under it. */
export type HintLine = readonly [text: string, detail?: string];

export type HintTexts = {[K in HintId]: (p: HintTextParams[K], f: HintFormat) => HintLine};

export type LabelKey =
  | 'customerSince'
  | 'tenure'
  | 'threshold'
  | 'missedByUs'
  | 'awaitingReply'
  | 'cancellationRequested'
  | 'cancellationTicket'
  | 'openComplaint'
  | 'openTicket'
  | 'topic'
  | 'transfersInWindow'
  | 'lastContact'
  | 'sentiment'
  | 'quietReason'
  | 'quietPeriod'
  | 'quietSince'
  | 'quietUntil'
  | 'promotions'
  | 'doNotCallRegistry'
  | 'marketingConsent'
  | 'phoneConsent'
  | 'solicitationsInWindow'
  | 'cap'
  | 'solicitationDates'
  | 'freeFrom'
  | 'refusedOn'
  | 'refusalQuietTime'
  | 'newOfferFrom'
  | 'localTime'
  | 'legalHours'
  | 'preferredHours'
  | 'today'
  | 'nextAllowed'
  | 'salutation'
  | 'nameToUse'
  | 'preferredName'
  | 'preferredChannel'
  | 'source';

export interface ValueTexts {
  years(n: number, f: HintFormat): string;
  days(n: number, f: HintFormat): string;
  contacts(n: number, f: HintFormat): string;
  transfers(n: number, f: HintFormat): string;
  perDays(max: number, days: number, f: HintFormat): string;
  countInDays(count: number, days: number, f: HintFormat): string;
  alreadyHas(product: string): string;
  newCustomersOnly(since: string | undefined): string;
  openedOn(date: string): string;
  since(date: string): string;
  span(from: string, to: string): string;
  withdrawnOn(date: string | undefined): string;
  inZone(time: string, zone: string): string;
  /** A legal fact's label with the jurisdiction it comes from: "Canvassing hours (France)". */
  law(label: string, jurisdiction: string): string;
  latestContactsOnly(n: number, f: HintFormat): string;
  noReason: string;
  /** Data that could lift a protection could not be read: the protection is applied. */
  assumed: string;
  notRecorded: string;
  registered: string;
  pausedByHost: string;
  weekend: string;
  publicHoliday: string;
  outsideWindows: string;
  noneSoon: string;
  anyTime: string;
}

export interface Messages {
  hints: HintTexts;
  labels: Readonly<Record<LabelKey, string>>;
  /** Channel as a noun in evidence and in parentheses. */
  channel: Readonly<Record<Channel, string>>;
  /** Channel as the object of "prefers …" (French needs the article). */
  channelPhrase: Readonly<Record<Channel, string>>;
  purpose: Readonly<Record<ContactPurpose, string>>;
  priority: Readonly<Record<TicketPriority, string>>;
  sentiment: Readonly<Record<Sentiment, string>>;
  values: ValueTexts;
  /** The few words the call brief adds (src/hints/compose.ts). */
  brief: {
    dontPitch(count: number): string;
    newCustomersOnly: string;
    separator: string;
    /** One row for the must-see rows that do not fit: "Also: <headline> · <headline>". */
    also(headlines: readonly string[]): string;
  };
}

const en: Messages = {
  hints: {
    'missed-appointment': (p, f) => [
      p.count > 1
        ? `Apologise: we missed ${f.number(p.count)} appointments`
        : p.callback
          ? 'Apologise: we missed a promised callback'
          : 'Apologise: we missed their appointment',
      p.callback ? `Callback promised for ${p.date}` : `Appointment of ${p.date}`,
    ],
    'unanswered-contact': (p, f) =>
      p.count > 1
        ? [`Answer the ${f.number(p.count)} requests awaiting us`, `Waiting since ${p.since}`]
        : [`Answer their ${p.channel} of ${p.since}`],
    'cancellation-pending': (p, f) => [
      p.products > 1 ? `Wants to cancel ${f.number(p.products)} products: handle only that` : 'Wants to cancel: handle only that',
      p.names,
    ],
    'open-ticket-first': (p, f) =>
      p.count > 1
        ? [`${f.number(p.count)} open tickets: start with ${enQ(p.subject)}`, `Ticket ${p.ticket} · ${p.priority}`]
        : [`Deal with ${enQ(p.subject)}`, `Open ticket ${p.ticket} · ${p.priority}`],
    'repeat-contact': (p, f) => [
      `${p.solved ? 'Recurring' : 'Own it'}: ${f.plural(p.count, {one: '# contact', other: '# contacts'})} about ${p.isTicket && p.topic !== p.ticket ? enQ(p.topic) : p.topic}`,
      `${p.ticket && p.topic !== p.ticket ? `Ticket ${p.ticket} · ` : ''}${f.plural(p.count, {one: '# contact', other: '# contacts'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
    'no-transfer': (p, f) => [
      `Don’t transfer: ${f.plural(p.count, {one: 'already once', other: '# transfers already'})}`,
      `Transferred ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
    'recent-negative': (p) => ['Acknowledge the bad last contact', `Last contact: ${p.date}`],
    'quiet-period': (p) =>
      p.hostWide
        ? ['Promotions paused: no promotion', 'Paused by the host application']
        : ['Quiet period: no promotion', [p.until && `Until ${p.until}`, p.reason].filter(Boolean).join(' · ')],
    'do-not-contact': (p) => [
      p.reason === 'registry'
        ? 'No sales calls: on a do-not-call list'
        : p.reason === 'marketing'
          ? 'No promotion: consent withdrawn'
          : 'No sales calls: consent withdrawn',
      'No end date: until they consent again',
    ],
    'contact-fatigue': (p, f) =>
      p.unknown
        ? ['No outbound call: contact history unknown', 'This month’s calls could not be counted']
        : [
            p.until ? `No outbound call before ${p.until}` : 'No outbound call for now',
            `Called ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})} (cap ${f.number(p.max)})`,
          ],
    'refused-recently': (p) =>
      p.unknown
        ? ['No new offer: refusals unknown', 'Past refusals could not be read']
        : [`No new offer before ${p.until}`, `Refused an offer on ${p.date}`],
    'outside-calling-hours': (p) => [
      p.next ? `No outbound call before ${p.next}` : 'No outbound call for now',
      p.reason === 'legal'
        ? 'Outside legal calling hours'
        : p.reason === 'preferred'
          ? 'Outside their preferred hours'
          : 'Outside legal and preferred hours',
    ],
    'no-upsell': (p) => [p.reason === 'cancellation' ? 'Sell nothing: cancellation in progress' : 'Sell nothing: open complaint'],
    'already-owns': (p, f) =>
      p.count > 1
        ? [`Don’t pitch ${f.number(p.count)} offers already owned`]
        : [`Don’t pitch ${enQ(p.offer)}`, `Already has ${p.product}`],
    'not-eligible': (p, f) =>
      p.count > 1 ? [`Don’t pitch ${f.number(p.count)} offers: not eligible`] : [`Don’t pitch ${enQ(p.offer)}`, p.reason],
    'new-customers-only': (p, f) =>
      p.count > 1
        ? [`Don’t pitch ${f.number(p.count)} new-customer offers`]
        : [`Don’t pitch ${enQ(p.offer)}`, 'New customers only'],
    'salutation-unknown': (p) => [`No title on record: say ${enQ(p.name)}`, 'Never guess Mr or Ms'],
    'preferred-name': (p) => [`Address them as ${enQ(p.name)}`],
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? [`Prefers ${p.channel}, ${p.hours}`]
        : p.channel
          ? [`Prefers ${p.channel}`]
          : [`Prefers contact ${p.hours ?? ''}`],
    'loyal-customer': (p, f) => [`Thank them for ${f.plural(p.years, {one: '# year', other: '# years'})} of loyalty`],
    'new-customer': (p, f) => [
      'Check onboarding went well',
      p.days === 0 ? 'Customer since today' : `Customer for ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
  },
  labels: {
    customerSince: 'Customer since',
    tenure: 'Tenure',
    threshold: 'Threshold',
    missedByUs: 'Missed by us',
    awaitingReply: 'Awaiting our reply',
    cancellationRequested: 'Cancellation requested',
    cancellationTicket: 'Cancellation ticket',
    openComplaint: 'Open complaint',
    openTicket: 'Open ticket',
    topic: 'Topic',
    transfersInWindow: 'Transfers',
    lastContact: 'Last contact',
    sentiment: 'Sentiment',
    quietReason: 'Reason',
    quietPeriod: 'Quiet period',
    quietSince: 'Since',
    quietUntil: 'Until',
    promotions: 'Promotions',
    doNotCallRegistry: 'Do-not-call registry',
    marketingConsent: 'Marketing consent',
    phoneConsent: 'Phone consent',
    solicitationsInWindow: 'Sales contacts',
    cap: 'Cap',
    solicitationDates: 'Dates',
    freeFrom: 'Allowed again from',
    refusedOn: 'Refused on',
    refusalQuietTime: 'Quiet time after a refusal',
    newOfferFrom: 'New offer allowed from',
    localTime: 'Customer’s time now',
    legalHours: 'Canvassing hours',
    preferredHours: 'Preferred hours',
    today: 'Today',
    nextAllowed: 'Next allowed time',
    salutation: 'Salutation',
    nameToUse: 'Name to use',
    preferredName: 'Preferred name',
    preferredChannel: 'Preferred channel',
    source: 'Source',
  },
  channel: {
    PHONE: 'phone',
    EMAIL: 'email',
    SMS: 'SMS',
    CHAT: 'chat',
    MAIL: 'mail',
    VISIT: 'visit',
    OTHER: 'other channel',
  },
  channelPhrase: {
    PHONE: 'phone',
    EMAIL: 'email',
    SMS: 'SMS',
    CHAT: 'chat',
    MAIL: 'mail',
    VISIT: 'visits',
    OTHER: 'another channel',
  },
  purpose: {
    SALES: 'sales',
    SUPPORT: 'support',
    APPOINTMENT: 'appointment',
    BILLING: 'billing',
    CANCELLATION: 'cancellation',
    OTHER: 'other matters',
  },
  priority: {
    LOW: 'low priority',
    NORMAL: 'normal priority',
    HIGH: 'high priority',
    URGENT: 'urgent',
    OTHER: 'priority unknown',
  },
  sentiment: {POSITIVE: 'positive', NEUTRAL: 'neutral', NEGATIVE: 'negative'},
  values: {
    years: (n, f) => f.plural(n, {one: '# year', other: '# years'}),
    days: (n, f) => f.plural(n, {one: '# day', other: '# days'}),
    contacts: (n, f) => f.plural(n, {one: '# contact', other: '# contacts'}),
    transfers: (n, f) => f.plural(n, {one: '# transfer', other: '# transfers'}),
    perDays: (max, days, f) => `${f.number(max)} per ${f.plural(days, {one: 'day', other: '# days'})}`,
    countInDays: (count, days, f) => `${f.number(count)} in ${f.plural(days, {one: '# day', other: '# days'})}`,
    alreadyHas: (product) => `already has ${product}`,
    newCustomersOnly: (since) =>
      since ? `new customers only; customer since ${since}` : 'new customers only; already a customer',
    openedOn: (date) => `opened ${date}`,
    since: (date) => `since ${date}`,
    span: (from, to) => (from === to ? from : `${from} – ${to}`),
    withdrawnOn: (date) => (date ? `withdrawn on ${date}` : 'withdrawn'),
    inZone: (time, zone) => `${time} (${zone})`,
    law: (label, jurisdiction) => `${label} (${jurisdiction})`,
    latestContactsOnly: (n, f) =>
      `${f.plural(n, {one: 'latest contact', other: 'latest # contacts'})} only (summary unavailable)`,
    noReason: 'no reason given',
    assumed: 'could not be read: assumed',
    notRecorded: 'not recorded',
    registered: 'registered',
    pausedByHost: 'paused by the host application',
    weekend: 'weekend',
    publicHoliday: 'public holiday',
    outsideWindows: 'outside the allowed hours',
    noneSoon: 'none in the next 14 days',
    anyTime: 'any time',
  },
  brief: {
    dontPitch: (n) => `Don’t pitch these ${n} offers`,
    newCustomersOnly: 'new customers only',
    separator: ': ',
    also: (headlines) => `Also: ${headlines.join(' · ')}`,
  },
};

/** English: registered by the hint engine (compute.ts) and by `customer-360/hints`. */
export {en};
