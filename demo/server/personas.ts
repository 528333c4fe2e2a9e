/**
 * The demo's customers, one per situation the hints must handle (a missed appointment, repeated
 * transfers, a cancellation, a quiet period, a loyal customer, a newcomer, a long history).
 *
 * Every instant is relative to the `now` given to `buildPersonas`, so "yesterday" stays
 * yesterday whenever the demo runs, and the same `now` always gives the same data (the large
 * history comes from a seeded PRNG, never `Math.random`).
 */
import type {
  Channel,
  ConsentPurpose,
  ContactOutcome,
  ContactPurpose,
  ConsentRecord,
  ContactRecord,
  CustomerRecord,
  Direction,
  Sentiment,
  Weekday,
} from './records.js';
import {CONTACT_POINTS} from './contact-points.js';

/** The persona ids, in the order the demo picker lists them. */
export type PersonaId =
  | 'martin'
  | 'missed-appointment'
  | 'dupin'
  | 'quiet-period'
  | 'transferred'
  | 'newcomer'
  | 'large-history'
  | 'duplicate-outage'
  | 'cap-on-sunday'
  | 'visit-and-dispute'
  | 'overflow'
  | 'reunion';

/**
 * French texts follow the card's typography (src/locales/fr.ts): a narrow no-break space before
 * ":" and ";" and as the thousands separator, the typographic apostrophe (’) in every elision.
 */
const NB = '\u202F';

/** One entry of the demo's persona picker. */
export interface PersonaInfo {
  readonly id: PersonaId;
  /** One line saying what the persona exercises. */
  readonly label: {readonly en: string; readonly fr: string};
}

export const personaList: readonly PersonaInfo[] = [
  {
    id: 'martin',
    label: {
      en: 'Loyal for 15 years, called six times this month with offers he has or cannot get',
      fr: 'Fidèle depuis 15 ans, appelé six fois ce mois-ci pour des offres qu’il a déjà ou ne peut pas avoir',
    },
  },
  {
    id: 'missed-appointment',
    label: {
      en: 'Accepted an energy audit; our advisor never came yesterday',
      fr: `A accepté un audit énergétique${NB}; notre conseiller n’est jamais venu hier`,
    },
  },
  {
    id: 'dupin',
    label: {
      en: 'Called to cancel; salutation never recorded',
      fr: `A appelé pour résilier${NB}; civilité jamais renseignée`,
    },
  },
  {
    id: 'quiet-period',
    label: {
      en: 'Bereavement: nothing promotional for a month',
      fr: `Deuil${NB}: aucune sollicitation commerciale pendant un mois`,
    },
  },
  {
    id: 'transferred',
    label: {
      en: 'Internet drops every evening; five contacts, transferred three times',
      fr: `Coupures internet chaque soir${NB}; cinq contacts, transférée trois fois`,
    },
  },
  {
    id: 'newcomer',
    label: {
      en: 'Joined three weeks ago; goes by Sam',
      fr: `Avec nous depuis trois semaines${NB}; se fait appeler Sam`,
    },
  },
  {
    id: 'large-history',
    label: {
      en: 'Business customer with 10,000 contacts over 8 years',
      fr: `Cliente professionnelle, 10${NB}000 contacts en 8 ans`,
    },
  },
  // Crowded customers: many hints at once, the call brief must still say the few that matter.
  {
    id: 'duplicate-outage',
    label: {
      en: 'Crowded: an outage opened twice, a mail on the duplicate, a disputed bill',
      fr: `Chargé${NB}: une panne ouverte deux fois, un e-mail sur le doublon, une facture contestée`,
    },
  },
  {
    id: 'cap-on-sunday',
    label: {
      en: 'Crowded: a missed loan callback; the call cap frees on a Sunday; prefers evenings',
      fr: `Chargé${NB}: un rappel promis oublié${NB}; le plafond d’appels se libère un dimanche${NB}; préfère le soir`,
    },
  },
  {
    id: 'visit-and-dispute',
    label: {
      en: 'Crowded: a missed technician visit, an unrelated bill dispute, a quiet period, pushed offers',
      fr: `Chargé${NB}: visite du technicien manquée, litige de facture sans lien, période de retrait, offres poussées`,
    },
  },
  {
    id: 'overflow',
    label: {
      en: 'Crowded: more urgent subjects than rows, and on a do-not-call list',
      fr: `Chargé${NB}: plus de sujets urgents que de lignes, et sur liste d’opposition`,
    },
  },
  {
    id: 'reunion',
    label: {
      en: 'Crowded: in Réunion (UTC+4), refused an offer, transferred again and again',
      fr: `Chargé${NB}: à La Réunion (UTC+4), a refusé une offre, transféré encore et encore`,
    },
  },
];

/** How many contacts the `large-history` persona has. */
const LARGE_HISTORY_SIZE = 10_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** Instants and calendar dates relative to one `now`. */
interface Clock {
  /** The instant `days` days, `hours` hours and `minutes` minutes before now. */
  ago(days: number, hours?: number, minutes?: number): Date;
  /** The instant `days` days after now. */
  ahead(days: number): Date;
  /** The calendar date (UTC midnight) `days` days before today. */
  dateDaysAgo(days: number): Date;
  /** The calendar date (UTC midnight) `years` years before today, same month and day. */
  dateYearsAgo(years: number): Date;
}

function clock(now: Date): Clock {
  const t = now.getTime();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    ago: (days, hours = 0, minutes = 0) => new Date(t - days * DAY - hours * HOUR - minutes * MINUTE),
    ahead: (days) => new Date(t + days * DAY),
    dateDaysAgo: (days) => new Date(today - days * DAY),
    dateYearsAgo: (years) =>
      new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate())),
  };
}

/** `date` plus `hours` hours (e.g. the time of day a contact happened on a calendar date). */
function onDay(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR);
}

/** A contact as written in a persona: the id is assigned by `history`, defaults filled in. */
type ContactSpec = Pick<ContactRecord, 'at' | 'channel' | 'direction' | 'purpose' | 'outcome'> &
  Partial<Pick<ContactRecord, 'transfers' | 'sentiment' | 'ticketId' | 'summary'>>;

/**
 * Sorts contacts newest first and gives them ids `c-<persona>-<n>`, the oldest being 1.
 */
function history(persona: PersonaId, specs: readonly ContactSpec[]): ContactRecord[] {
  const sorted = [...specs].sort((a, b) => b.at.getTime() - a.at.getTime());
  return sorted.map((spec, index) => ({
    transfers: 0,
    sentiment: null,
    ticketId: null,
    summary: null,
    ...spec,
    id: `c-${persona}-${sorted.length - index}`,
  }));
}

/** Consents granted for the given purposes, all recorded at `updatedAt`. */
function consents(updatedAt: Date, purposes: readonly ConsentPurpose[]): ConsentRecord[] {
  return purposes.map((purpose) => ({purpose, granted: true, updatedAt}));
}

/** Shorthands for the hand-written histories. */
function outboundSale(when: Date, outcome: ContactOutcome, extra: Partial<ContactSpec> = {}): ContactSpec {
  return {at: when, channel: 'PHONE', direction: 'OUTBOUND', purpose: 'SALES', outcome, ...extra};
}

function martin(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(15);
  return {
    id: 'martin',
    displayName: 'Bernard Martin',
    givenName: 'Bernard',
    familyName: 'Martin',
    preferredName: null,
    salutation: 'Monsieur',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Fougères countryside – limited TV coverage',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: 'EMAIL',
    preferredHours: [{days: WEEKDAYS, from: '18:00', to: '20:00'}],
    quietPeriod: null,
    products: [
      {id: 'p-martin-fibre', name: 'Fibre 300 Mb/s', category: 'internet', since: t.dateYearsAgo(5), status: 'ACTIVE'},
      {id: 'p-martin-mobile', name: 'Family mobile plan – 4 lines', category: 'mobile', since: t.dateYearsAgo(12), status: 'ACTIVE'},
      {id: 'p-martin-tv', name: 'TV Essentiel', category: 'tv', since, status: 'ACTIVE'},
      {id: 'p-martin-adsl', name: 'ADSL 20 Mb/s', category: 'internet', since, status: 'ENDED'},
    ],
    offers: [
      {id: 'o-martin-fibre-tv', name: 'Fibre + TV bundle', category: 'internet', campaign: 'Autumn bundle campaign', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
      {id: 'o-martin-tv-max', name: 'TV Max 200 channels', category: 'tv', campaign: 'Autumn TV campaign', eligible: false, ineligibilityReason: 'Not available at this address', newCustomersOnly: false},
      {id: 'o-martin-welcome-mobile', name: 'Welcome mobile deal', category: 'mobile', campaign: 'Conquest Q4', eligible: true, ineligibilityReason: null, newCustomersOnly: true},
      {id: 'o-martin-green-energy', name: 'Green electricity plan', category: 'energy', campaign: 'Next best offer', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [
      {id: 'T-3107', subject: 'Address change after moving house', status: 'RESOLVED', priority: 'NORMAL', category: 'OTHER', openedAt: t.ago(120), updatedAt: t.ago(118), contactCount: 2, transferCount: 0},
    ],
    contacts: history('martin', [
      outboundSale(t.ago(1, 22), 'ANSWERED', {sentiment: 'NEGATIVE', summary: 'Pitched TV Max again. Customer annoyed: he already told us it is not available at his address.'}),
      outboundSale(t.ago(5, 3), 'NO_ANSWER', {summary: 'No answer, no voicemail left.'}),
      outboundSale(t.ago(9, 5), 'ANSWERED', {sentiment: 'NEGATIVE', summary: 'Offered the Fibre + TV bundle: he already has fibre and TV with us.'}),
      outboundSale(t.ago(13, 22), 'NO_ANSWER', {summary: 'No answer.'}),
      outboundSale(t.ago(18, 4), 'NO_ANSWER', {summary: 'No answer.'}),
      outboundSale(t.ago(25, 2), 'REFUSED', {sentiment: 'NEGATIVE', summary: '« Je suis client depuis 15 ans et vous me proposez une offre nouveaux clients ? » Refused the welcome mobile deal.'}),
      outboundSale(t.ago(33), 'NO_ANSWER', {summary: 'No answer.'}),
      outboundSale(t.ago(41), 'ANSWERED', {sentiment: 'NEUTRAL', summary: 'Presented TV Max; customer doubts it works at his new address.'}),
      outboundSale(t.ago(52), 'NO_ANSWER', {summary: 'No answer.'}),
      outboundSale(t.ago(66), 'ANSWERED', {sentiment: 'NEUTRAL', summary: 'Presented the Fibre + TV bundle; customer says he already has it.'}),
      outboundSale(t.ago(80), 'NO_ANSWER', {summary: 'No answer.'}),
      outboundSale(t.ago(97), 'NO_ANSWER', {summary: 'No answer.'}),
      {at: t.ago(118), channel: 'EMAIL', direction: 'OUTBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', ticketId: 'T-3107', summary: 'Confirmation of the address change sent.'},
      {at: t.ago(120), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', sentiment: 'POSITIVE', ticketId: 'T-3107', summary: 'Moved house: internet, TV and the four mobile lines moved to the new address.'},
      {at: t.ago(400), channel: 'EMAIL', direction: 'INBOUND', purpose: 'BILLING', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Asked for his annual statement; sent.'},
      {at: t.ago(900), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', sentiment: 'POSITIVE', summary: "Fourth line added to the family plan for his daughter."},
      {at: t.ago(1800), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Router replaced after a thunderstorm.'},
      {at: onDay(since, 10), channel: 'VISIT', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed in store: ADSL, phone and TV.'},
    ]),
    hints: [],
  };
}

function missedAppointment(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(3);
  const callBack = t.ago(0, 23, 10);
  return {
    id: 'missed-appointment',
    displayName: 'Claire Fontaine',
    givenName: 'Claire',
    familyName: 'Fontaine',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Nantes – Chantenay',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'SMS', 'MARKETING']),
    preferredChannel: 'PHONE',
    preferredHours: [],
    quietPeriod: null,
    products: [
      {id: 'p-fontaine-electricity', name: 'Electricity – Basic plan', category: 'energy', since, status: 'ACTIVE'},
      {id: 'p-fontaine-gas', name: 'Natural gas – 3-year fixed price', category: 'energy', since, status: 'ACTIVE'},
    ],
    offers: [
      {id: 'o-fontaine-thermostat', name: 'Smart thermostat', category: 'smart-home', campaign: 'Energy-audit follow-up', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [
      {id: 'T-5102', subject: 'Energy-audit visit missed: customer waited 45 minutes', status: 'OPEN', priority: 'HIGH', category: 'COMPLAINT', openedAt: callBack, updatedAt: callBack, contactCount: 1, transferCount: 0},
    ],
    contacts: history('missed-appointment', [
      {at: callBack, channel: 'PHONE', direction: 'INBOUND', purpose: 'APPOINTMENT', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: 'T-5102', summary: 'Waited 45 minutes, asked us not to come anymore'},
      {at: t.ago(1), channel: 'VISIT', direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'MISSED_BY_US', summary: 'Energy-audit visit, 14:00–16:00: the advisor did not come and nobody warned the customer.'},
      {at: t.ago(1, 23, 55), channel: 'SMS', direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'ANSWERED', summary: 'Confirmation sent: energy audit tomorrow 14:00–16:00, with the list of documents to prepare.'},
      outboundSale(t.ago(2), 'ANSWERED', {sentiment: 'POSITIVE', summary: 'Offered a free energy audit; customer accepted a home visit tomorrow 14:00–16:00 and praised the call.'}),
      {at: t.ago(160), channel: 'EMAIL', direction: 'INBOUND', purpose: 'BILLING', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Gas regularisation bill spread over three months.'},
      {at: t.ago(540), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', sentiment: 'POSITIVE', summary: 'Meter reading corrected.'},
      {at: onDay(since, 11), channel: 'PHONE', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed to electricity and gas when moving in.'},
    ]),
    hints: [],
  };
}

function dupin(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(6);
  return {
    id: 'dupin',
    displayName: 'Jean-Baptiste Dupin',
    givenName: 'Jean-Baptiste',
    familyName: 'Dupin',
    preferredName: null,
    salutation: null,
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Lille – Wazemmes',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: null,
    preferredHours: [],
    quietPeriod: null,
    products: [
      {id: 'p-dupin-magazine', name: 'Le Jardin Facile – monthly magazine', category: 'magazine', since, status: 'CANCELLATION_REQUESTED'},
    ],
    offers: [
      {id: 'o-dupin-premium', name: 'Premium membership', category: 'membership', campaign: 'Loyalty programme', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
      {id: 'o-dupin-renewal', name: 'Le Jardin Facile – 2 years, 30 % off', category: 'magazine', campaign: 'Renewal campaign', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [
      {id: 'T-4821', subject: 'Cancel subscription', status: 'OPEN', priority: 'NORMAL', category: 'CANCELLATION', openedAt: t.ago(4), updatedAt: t.ago(4), contactCount: 1, transferCount: 0},
    ],
    contacts: history('dupin', [
      {at: t.ago(4), channel: 'PHONE', direction: 'INBOUND', purpose: 'CANCELLATION', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: 'T-4821', summary: 'Asked to cancel his magazine subscription after the current issue. Request logged.'},
      {at: t.ago(55), channel: 'EMAIL', direction: 'INBOUND', purpose: 'OTHER', outcome: 'RESOLVED', sentiment: 'NEGATIVE', summary: 'Complained that our letters call him « Madame Dupin ». Wrong salutation removed from his record.'},
      {at: t.ago(60), channel: 'MAIL', direction: 'OUTBOUND', purpose: 'SALES', outcome: 'NO_ANSWER', summary: 'Renewal offer letter sent, addressed to « Madame Dupin ».'},
      {at: t.ago(400), channel: 'PHONE', direction: 'INBOUND', purpose: 'BILLING', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Bank details changed.'},
      {at: onDay(since, 9), channel: 'MAIL', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', summary: 'Subscribed by post (reply coupon).'},
    ]),
    hints: [],
  };
}

function quietPeriod(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(8);
  return {
    id: 'quiet-period',
    displayName: 'Hélène Rousseau',
    givenName: 'Hélène',
    familyName: 'Rousseau',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Bordeaux – Caudéran',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: 'EMAIL',
    preferredHours: [],
    quietPeriod: {reason: 'Bereavement', since: t.ago(5), until: t.ahead(25)},
    products: [
      {id: 'p-rousseau-mobile', name: 'Mobile 100 GB', category: 'mobile', since: t.dateYearsAgo(4), status: 'ACTIVE'},
      {id: 'p-rousseau-fibre', name: 'Fibre 500 Mb/s', category: 'internet', since, status: 'ACTIVE'},
    ],
    offers: [
      {id: 'o-rousseau-tv-max', name: 'TV Max 200 channels', category: 'tv', campaign: 'Autumn TV campaign', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
      {id: 'o-rousseau-security', name: 'Home security pack', category: 'security', campaign: 'Next best offer', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [],
    contacts: history('quiet-period', [
      {at: t.ago(5), channel: 'PHONE', direction: 'INBOUND', purpose: 'OTHER', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Told us of a bereavement in the family. Quiet period set for 30 days.'},
      outboundSale(t.ago(210), 'ANSWERED', {sentiment: 'POSITIVE', summary: 'Plan review: customer happy with her current plans.'}),
      {at: t.ago(600), channel: 'CHAT', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'RESOLVED', sentiment: 'POSITIVE', summary: 'Wi-Fi password reset.'},
      {at: onDay(t.dateYearsAgo(4), 15), channel: 'PHONE', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Added a mobile line.'},
    ]),
    hints: [],
  };
}

function transferred(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(2);
  const ticket = 'T-4907';
  const call = (when: Date, outcome: ContactOutcome, transfers: number, sentiment: Sentiment, summary: string): ContactSpec => ({
    at: when,
    channel: 'PHONE',
    direction: 'INBOUND',
    purpose: 'SUPPORT',
    outcome,
    transfers,
    sentiment,
    ticketId: ticket,
    summary,
  });
  return {
    id: 'transferred',
    displayName: 'Aïcha Benali',
    givenName: 'Aïcha',
    familyName: 'Benali',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Marseille – La Joliette',
    doNotCall: false,
    consents: [
      ...consents(since, ['PHONE', 'EMAIL']),
      {purpose: 'MARKETING', granted: false, updatedAt: t.ago(700)},
    ],
    preferredChannel: null,
    preferredHours: [],
    quietPeriod: null,
    products: [
      {id: 'p-benali-fibre', name: 'Fibre 500 Mb/s', category: 'internet', since, status: 'ACTIVE'},
      {id: 'p-benali-mobile', name: 'Mobile 20 GB', category: 'mobile', since, status: 'ACTIVE'},
    ],
    offers: [
      {id: 'o-benali-tv-max', name: 'TV Max 200 channels', category: 'tv', campaign: 'Autumn TV campaign', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [
      {id: ticket, subject: 'Internet drops every evening', status: 'OPEN', priority: 'NORMAL', category: 'TECHNICAL', openedAt: t.ago(19), updatedAt: t.ago(3), contactCount: 5, transferCount: 3},
    ],
    contacts: history('transferred', [
      {at: t.ago(3), channel: 'EMAIL', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE', ticketId: ticket, summary: 'Sent speed tests taken between 20:00 and 23:00; asks for a technician visit.'},
      call(t.ago(6), 'ANSWERED', 0, 'NEGATIVE', 'Drops go on. Fourth call; asked her to send speed tests by e-mail.'),
      call(t.ago(10), 'ANSWERED', 1, 'NEGATIVE', 'Transferred once more; line test OK, router restarted remotely.'),
      call(t.ago(15), 'TRANSFERRED', 1, 'NEGATIVE', 'Same issue; level-2 queue closed, transferred to the technical desk.'),
      call(t.ago(19), 'TRANSFERRED', 1, 'NEUTRAL', 'Internet drops around 20:00 every evening. Transferred to level 2.'),
      {at: t.ago(300), channel: 'EMAIL', direction: 'INBOUND', purpose: 'BILLING', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Invoice copy sent.'},
      {at: onDay(since, 15), channel: 'CHAT', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed online to fibre and mobile.'},
    ]),
    hints: [],
  };
}

function newcomer(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateDaysAgo(21);
  return {
    id: 'newcomer',
    displayName: 'Samuel Okafor',
    givenName: 'Samuel',
    familyName: 'Okafor',
    preferredName: 'Sam',
    salutation: 'Monsieur',
    locale: 'en-GB',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Paris 11e',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'SMS', 'MARKETING']),
    preferredChannel: 'SMS',
    preferredHours: [],
    quietPeriod: null,
    products: [{id: 'p-okafor-fibre', name: 'Fibre 1 Gb/s', category: 'internet', since, status: 'ACTIVE'}],
    offers: [
      {id: 'o-okafor-welcome-mobile', name: 'Welcome mobile deal', category: 'mobile', campaign: 'Welcome pack', eligible: true, ineligibilityReason: null, newCustomersOnly: true},
      {id: 'o-okafor-tv-max', name: 'TV Max 200 channels', category: 'tv', campaign: 'Autumn TV campaign', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [],
    contacts: history('newcomer', [
      {at: t.ago(14), channel: 'PHONE', direction: 'OUTBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Welcome call: fibre installed, speed checked together, app set up.'},
    ]),
    hints: [],
  };
}

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one value with probability proportional to its weight. */
function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

const SUMMARIES: Readonly<Record<ContactPurpose, readonly string[]>> = {
  SALES: ['Presented the mobile fleet offer.', 'Annual plan review.', 'Proposed a higher fibre tier.', 'Cloud backup demo.'],
  SUPPORT: ['Line test run, no fault found.', 'Mobile line unblocked.', 'Router settings checked.', 'Password reset for the customer portal.'],
  APPOINTMENT: ['Technician visit for the office router.', 'Account review meeting.', 'Installation of a new line.'],
  BILLING: ['Invoice copy sent.', 'Question about a roaming charge.', 'Payment date changed.', 'VAT number added to invoices.'],
  CANCELLATION: ['Asked about contract end dates.'],
  OTHER: ['Change of contact person.', 'Postal address updated.', 'Question about the customer portal.'],
};

/** One random, plausible contact of a business customer (never one that is still pending on our side). */
function randomContact(random: () => number, when: Date): ContactSpec {
  const purpose = pick<ContactPurpose>(random, [['SUPPORT', 40], ['BILLING', 20], ['SALES', 12], ['APPOINTMENT', 8], ['OTHER', 20]]);
  const outboundShare = purpose === 'SALES' ? 0.95 : purpose === 'APPOINTMENT' ? 0.7 : 0.2;
  const direction: Direction = random() < outboundShare ? 'OUTBOUND' : 'INBOUND';
  const channel: Channel =
    purpose === 'APPOINTMENT' && random() < 0.5
      ? 'VISIT'
      : pick<Channel>(random, [['PHONE', 50], ['EMAIL', 25], ['CHAT', 12], ['SMS', 7], ['MAIL', 6]]);
  const outcome = pick<ContactOutcome>(
    random,
    purpose === 'APPOINTMENT'
      ? [['ANSWERED', 88], ['MISSED_BY_CUSTOMER', 12]]
      : purpose === 'SALES' && direction === 'OUTBOUND'
        ? [['ANSWERED', 45], ['NO_ANSWER', 40], ['REFUSED', 15]]
        : direction === 'INBOUND'
          ? [['RESOLVED', 45], ['ANSWERED', 40], ['TRANSFERRED', 15]]
          : [['ANSWERED', 60], ['NO_ANSWER', 30], ['RESOLVED', 10]],
  );
  const options = SUMMARIES[purpose];
  return {
    at: when,
    channel,
    direction,
    purpose,
    outcome,
    transfers: outcome === 'TRANSFERRED' ? (random() < 0.3 ? 2 : 1) : 0,
    sentiment: pick<Sentiment | null>(random, [[null, 40], ['POSITIVE', 25], ['NEUTRAL', 25], ['NEGATIVE', 10]]),
    summary: options[Math.floor(random() * options.length)] ?? null,
  };
}

function largeHistory(now: Date): PersonaRecord {
  const t = clock(now);
  const since = new Date(t.dateYearsAgo(8).getTime() - 45 * DAY);
  const recent: ContactSpec[] = [
    {at: t.ago(1, 2), channel: 'EMAIL', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEUTRAL', ticketId: 'T-7355', summary: 'Lists the two numbers that still cannot receive calls.'},
    {at: t.ago(2), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: 'T-7355', summary: 'Two mobile lines cannot receive calls since this morning.'},
    {at: t.ago(6), channel: 'PHONE', direction: 'INBOUND', purpose: 'BILLING', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: 'T-7341', summary: 'Charged twice on the last invoice.'},
  ];
  // Spread the rest evenly from `since` to now, one contact per slot, jittered inside it.
  const random = mulberry32(0x5eed_c360);
  const count = LARGE_HISTORY_SIZE - recent.length;
  const slot = (now.getTime() - since.getTime()) / count;
  const generated = Array.from({length: count}, (_, index) =>
    randomContact(random, new Date(now.getTime() - (index + random()) * slot)),
  );
  return {
    id: 'large-history',
    displayName: 'Nathalie Girard',
    givenName: 'Nathalie',
    familyName: 'Girard',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Lyon – Part-Dieu business district',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'SMS', 'MARKETING']),
    preferredChannel: 'PHONE',
    preferredHours: [{days: WEEKDAYS, from: '09:00', to: '12:00'}],
    quietPeriod: null,
    products: [
      {id: 'p-girard-mobile', name: 'Mobile Pro – 12 lines', category: 'mobile', since: t.dateYearsAgo(3), status: 'ACTIVE'},
      {id: 'p-girard-tv', name: 'TV Business', category: 'tv', since: t.dateYearsAgo(5), status: 'SUSPENDED'},
      {id: 'p-girard-fibre', name: 'Fibre Pro 2 Gb/s', category: 'internet', since: t.dateYearsAgo(6), status: 'ACTIVE'},
      {id: 'p-girard-adsl', name: 'ADSL Pro', category: 'internet', since, status: 'ENDED'},
    ],
    offers: [
      {id: 'o-girard-backup', name: 'Cloud backup 1 TB', category: 'cloud', campaign: 'Business next best offer', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
      {id: 'o-girard-mobile-20', name: 'Mobile Pro – 20 lines', category: 'mobile', campaign: 'Fleet upgrade', eligible: true, ineligibilityReason: null, newCustomersOnly: false},
    ],
    tickets: [
      {id: 'T-7355', subject: 'Two mobile lines cannot receive calls', status: 'PENDING', priority: 'HIGH', category: 'TECHNICAL', openedAt: t.ago(2), updatedAt: t.ago(1, 2), contactCount: 2, transferCount: 0},
      {id: 'T-7341', subject: 'Duplicate charge on the last invoice', status: 'OPEN', priority: 'NORMAL', category: 'BILLING', openedAt: t.ago(6), updatedAt: t.ago(6), contactCount: 1, transferCount: 0},
    ],
    contacts: history('large-history', [...recent, ...generated]),
    hints: [
      {
        id: 'acme-key-account',
        kind: 'DO',
        severity: 3,
        text: {
          en: 'Key account: involve her account manager, Julien Morel, in any commercial question.',
          fr: `Compte clé${NB}: associez son chargé de compte, Julien Morel, à toute question commerciale.`,
        },
        suppress: null,
        evidence: [
          {label: {en: 'Account manager', fr: 'Chargé de compte'}, value: {en: 'Julien Morel', fr: 'Julien Morel'}},
          {label: {en: 'Segment', fr: 'Segment'}, value: {en: 'Small business, 12 mobile lines', fr: 'Petite entreprise, 12 lignes mobiles'}},
        ],
      },
    ],
  };
}

// ── crowded customers ───────────────────────────────────────────────────────

/** Days from `now` to the next Sunday in Paris (1–7): the cap of `cap-on-sunday` frees then. */
function daysToSunday(now: Date): number {
  const weekday = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/Paris', weekday: 'short'}).format(now);
  const fromMonday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday);
  return 6 - fromMonday || 7;
}

function offer(id: string, name: string, category: string, extra: Partial<OfferSpec> = {}): OfferSpec {
  return {id, name, category, campaign: 'Next best offer', eligible: true, ineligibilityReason: null, newCustomersOnly: false, ...extra};
}
type OfferSpec = PersonaRecord['offers'][number];

function duplicateOutage(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(12);
  const outage = 'T-37201';
  const again = 'T-37240';
  const bill = 'T-37188';
  return {
    id: 'duplicate-outage',
    displayName: 'Hervé Lacoste',
    givenName: 'Hervé',
    familyName: 'Lacoste',
    preferredName: null,
    salutation: null,
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Rennes – Thabor',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: 'EMAIL',
    preferredHours: [],
    quietPeriod: null,
    products: [
      {id: 'p-lacoste-fibre', name: 'Fibre 1 Gb/s', category: 'internet', since: t.dateYearsAgo(4), status: 'ACTIVE'},
      {id: 'p-lacoste-tv', name: 'TV Essentiel', category: 'tv', since, status: 'ACTIVE'},
    ],
    offers: [
      offer('o-lacoste-fibre-max', 'Fibre Max 8 Gb/s', 'internet', {campaign: 'Fibre upgrade'}),
      offer('o-lacoste-tv-max', 'TV Max 200 channels', 'tv', {campaign: 'Autumn TV campaign'}),
    ],
    tickets: [
      {id: again, subject: 'No internet since Monday', status: 'OPEN', priority: 'NORMAL', category: 'TECHNICAL', openedAt: t.ago(2, 3), updatedAt: t.ago(1), contactCount: 2, transferCount: 0},
      {id: bill, subject: 'Disputed adjustment bill (2,480 €)', status: 'OPEN', priority: 'HIGH', category: 'COMPLAINT', openedAt: t.ago(9), updatedAt: t.ago(8), contactCount: 2, transferCount: 0},
      {id: outage, subject: 'No internet since Monday', status: 'OPEN', priority: 'HIGH', category: 'TECHNICAL', openedAt: t.ago(6), updatedAt: t.ago(4), contactCount: 3, transferCount: 2},
    ],
    contacts: history('duplicate-outage', [
      {at: t.ago(1), channel: 'EMAIL', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE', ticketId: again, summary: 'Asks when a technician will come; works from home.'},
      {at: t.ago(2, 3), channel: 'CHAT', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: again, summary: `Opened again from the app: same outage as ${outage}.`},
      {at: t.ago(4), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'TRANSFERRED', transfers: 1, sentiment: 'NEGATIVE', ticketId: outage, summary: 'Still no internet; transferred to the network team.'},
      {at: t.ago(5), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'TRANSFERRED', transfers: 1, sentiment: 'NEUTRAL', ticketId: outage, summary: 'Line test failed; transferred to level 2.'},
      {at: t.ago(6), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: outage, summary: 'No internet since Monday morning.'},
      {at: t.ago(8), channel: 'EMAIL', direction: 'OUTBOUND', purpose: 'BILLING', outcome: 'ANSWERED', ticketId: bill, summary: 'Sent the meter readings behind the adjustment.'},
      {at: t.ago(9), channel: 'PHONE', direction: 'INBOUND', purpose: 'BILLING', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: bill, summary: 'Disputes a 2,480 € adjustment bill.'},
      outboundSale(t.ago(11), 'NO_ANSWER', {summary: 'Fibre Max upgrade: no answer.'}),
      outboundSale(t.ago(50), 'REFUSED', {sentiment: 'NEUTRAL', summary: 'Refused the TV Max offer.'}),
      {at: onDay(since, 10), channel: 'VISIT', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed in store.'},
    ]),
    hints: [],
  };
}

function capOnSunday(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(18);
  // The 4th newest solicitation leaves the 30-day window on the coming Sunday.
  const fourth = 30 - daysToSunday(now);
  return {
    id: 'cap-on-sunday',
    displayName: 'Monique Carpentier',
    givenName: 'Monique',
    familyName: 'Carpentier',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Tours – Prébendes',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: 'PHONE',
    preferredHours: [{days: WEEKDAYS, from: '18:00', to: '20:00'}],
    quietPeriod: null,
    products: [
      {id: 'p-carpentier-card', name: 'Visa Premier card', category: 'card', since: t.dateYearsAgo(6), status: 'ACTIVE'},
      {id: 'p-carpentier-loan', name: 'Home loan', category: 'loan', since: t.dateYearsAgo(9), status: 'ACTIVE'},
      {id: 'p-carpentier-savings', name: 'Livret A savings', category: 'savings', since, status: 'ACTIVE'},
    ],
    offers: [
      offer('o-carpentier-gold', 'Gold card', 'card', {campaign: 'Card upgrade'}),
      offer('o-carpentier-home', 'Home insurance', 'insurance', {eligible: false, ineligibilityReason: 'Not for a rented home'}),
      offer('o-carpentier-welcome', 'Welcome savings bonus', 'savings', {newCustomersOnly: true, campaign: 'Conquest'}),
    ],
    tickets: [],
    contacts: history('cap-on-sunday', [
      {at: t.ago(2, 4), channel: 'PHONE', direction: 'OUTBOUND', purpose: 'BILLING', outcome: 'MISSED_BY_US', summary: 'Promised callback about the home-loan rate: nobody called.'},
      outboundSale(t.ago(3), 'NO_ANSWER', {summary: 'Gold card: no answer.'}),
      outboundSale(t.ago(9), 'ANSWERED', {sentiment: 'NEUTRAL', summary: 'Presented the Gold card; she will think about it.'}),
      outboundSale(t.ago(16), 'NO_ANSWER', {summary: 'Home insurance: no answer.'}),
      outboundSale(t.ago(fourth), 'NO_ANSWER', {summary: 'Welcome savings bonus: no answer.'}),
      {at: t.ago(5), channel: 'PHONE', direction: 'INBOUND', purpose: 'BILLING', outcome: 'ANSWERED', sentiment: 'NEUTRAL', summary: 'Asked to renegotiate the loan rate; callback promised.'},
      {at: onDay(since, 10), channel: 'VISIT', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Opened her account.'},
    ]),
    hints: [],
  };
}

function visitAndDispute(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(7);
  const box = 'T-39140';
  const bill = 'T-39177';
  return {
    id: 'visit-and-dispute',
    displayName: 'Claude Mercier',
    givenName: 'Claude',
    familyName: 'Mercier',
    preferredName: null,
    salutation: null,
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Dijon – Montchapet',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'EMAIL', 'MARKETING']),
    preferredChannel: null,
    preferredHours: [],
    quietPeriod: {reason: 'Bereavement', since: t.ago(6), until: t.ahead(24)},
    products: [
      {id: 'p-mercier-tv', name: 'TV Essentiel', category: 'tv', since, status: 'ACTIVE'},
      {id: 'p-mercier-fibre', name: 'Fibre 500 Mb/s', category: 'internet', since, status: 'ACTIVE'},
    ],
    offers: [
      offer('o-mercier-tv-max', 'TV Max 200 channels', 'tv', {campaign: 'Autumn TV campaign'}),
      offer('o-mercier-security', 'Home security pack', 'security'),
    ],
    tickets: [
      {id: bill, subject: 'Disputed adjustment bill (2,480 €)', status: 'OPEN', priority: 'HIGH', category: 'COMPLAINT', openedAt: t.ago(1, 2), updatedAt: t.ago(1, 2), contactCount: 1, transferCount: 0},
      {id: box, subject: 'Décodeur TV en panne', status: 'OPEN', priority: 'NORMAL', category: 'TECHNICAL', openedAt: t.ago(8), updatedAt: t.ago(3), contactCount: 2, transferCount: 0},
    ],
    contacts: history('visit-and-dispute', [
      {at: t.ago(1, 2), channel: 'EMAIL', direction: 'INBOUND', purpose: 'BILLING', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: bill, summary: 'Disputes the adjustment bill received yesterday.'},
      {at: t.ago(3), channel: 'VISIT', direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'MISSED_BY_US', ticketId: box, summary: 'Technician visit for the TV box, 9:00–12:00: nobody came.'},
      {at: t.ago(6), channel: 'PHONE', direction: 'INBOUND', purpose: 'OTHER', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Told us of a bereavement; quiet period set.'},
      {at: t.ago(8), channel: 'PHONE', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: box, summary: 'TV box stuck on boot; visit booked.'},
      outboundSale(t.ago(40), 'ANSWERED', {sentiment: 'NEUTRAL', summary: 'Plan review.'}),
      {at: onDay(since, 14), channel: 'PHONE', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed to fibre and TV.'},
    ]),
    // The offer engine pushes its pitch whatever happens: the card must drop it.
    hints: [
      {
        id: 'offer-engine-tv-max',
        kind: 'DO',
        severity: 3,
        text: {en: 'Pitch TV Max 200 channels: 3 months free', fr: `Proposez TV Max 200 chaînes${NB}: 3 mois offerts`},
        suppress: null,
        promotional: true,
        evidence: [{label: {en: 'Campaign', fr: 'Campagne'}, value: {en: 'Autumn TV campaign', fr: 'Campagne TV d’automne'}}],
      },
    ],
  };
}

function overflow(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(9);
  const audit = 'T-61502';
  const billing = 'T-61488';
  const cancel = 'T-61510';
  const heater = 'T-61460';
  return {
    id: 'overflow',
    displayName: 'Sophie Garnier',
    givenName: 'Sophie',
    familyName: 'Garnier',
    preferredName: null,
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: since,
    area: 'Angers – Doutre',
    doNotCall: true,
    consents: consents(since, ['EMAIL']),
    preferredChannel: 'EMAIL',
    preferredHours: [],
    quietPeriod: null,
    products: [
      {id: 'p-garnier-elec', name: 'Electricity – Basic plan', category: 'energy', since, status: 'ACTIVE'},
      {id: 'p-garnier-gas', name: 'Natural gas – fixed price', category: 'gas', since, status: 'CANCELLATION_REQUESTED'},
    ],
    offers: [
      offer('o-garnier-gas-2y', 'Natural gas – 2-year price freeze', 'gas', {campaign: 'Retention'}),
      offer('o-garnier-solar', 'Solar panels', 'solar', {eligible: false, ineligibilityReason: 'Not for a flat'}),
    ],
    tickets: [
      {id: cancel, subject: 'Cancel the gas contract', status: 'OPEN', priority: 'NORMAL', category: 'CANCELLATION', openedAt: t.ago(2), updatedAt: t.ago(2), contactCount: 1, transferCount: 0},
      {id: audit, subject: 'Energy-audit visit missed', status: 'OPEN', priority: 'HIGH', category: 'COMPLAINT', openedAt: t.ago(3, 20), updatedAt: t.ago(3, 20), contactCount: 1, transferCount: 0},
      {id: billing, subject: 'Charged twice in September', status: 'OPEN', priority: 'NORMAL', category: 'BILLING', openedAt: t.ago(10), updatedAt: t.ago(6), contactCount: 2, transferCount: 0},
      {id: heater, subject: 'Water heater makes a noise', status: 'PENDING', priority: 'LOW', category: 'TECHNICAL', openedAt: t.ago(20), updatedAt: t.ago(12), contactCount: 1, transferCount: 0},
    ],
    contacts: history('overflow', [
      {at: t.ago(2), channel: 'PHONE', direction: 'INBOUND', purpose: 'CANCELLATION', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: cancel, summary: 'Wants to end the gas contract at the end of the month.'},
      {at: t.ago(3, 20), channel: 'PHONE', direction: 'INBOUND', purpose: 'APPOINTMENT', outcome: 'ANSWERED', sentiment: 'NEGATIVE', ticketId: audit, summary: 'Waited all afternoon for the energy audit.'},
      {at: t.ago(4), channel: 'VISIT', direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'MISSED_BY_US', summary: 'Energy audit 14:00–16:00: the advisor never came.'},
      {at: t.ago(6), channel: 'EMAIL', direction: 'INBOUND', purpose: 'BILLING', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE', ticketId: billing, summary: 'Sends her bank statement showing the double charge.'},
      {at: t.ago(10), channel: 'PHONE', direction: 'INBOUND', purpose: 'BILLING', outcome: 'ANSWERED', sentiment: 'NEUTRAL', ticketId: billing, summary: 'Charged twice in September.'},
      {at: t.ago(20), channel: 'EMAIL', direction: 'INBOUND', purpose: 'SUPPORT', outcome: 'ANSWERED', ticketId: heater, summary: 'Water heater noise; visit to plan.'},
      {at: onDay(since, 9), channel: 'PHONE', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Moved in: electricity and gas.'},
    ]),
    // The server knows something the card does not: as urgent as what we owe her.
    hints: [
      {
        id: 'energy-ombudsman',
        kind: 'DO',
        severity: 1,
        text: {en: 'Ombudsman case open: escalate to the complaints desk', fr: `Saisine du médiateur${NB}: passez au service réclamations`},
        suppress: null,
        promotional: false,
        evidence: [{label: {en: 'Ombudsman case', fr: 'Dossier médiateur'}, value: {en: 'Opened 5 days ago', fr: 'Ouvert il y a 5 jours'}}],
      },
    ],
  };
}

function reunion(now: Date): PersonaRecord {
  const t = clock(now);
  const since = t.dateYearsAgo(3);
  const ticket = 'T-80412';
  const call = (when: Date, outcome: ContactOutcome, transfers: number, summary: string): ContactSpec => ({
    at: when,
    channel: 'PHONE',
    direction: 'INBOUND',
    purpose: 'SUPPORT',
    outcome,
    transfers,
    sentiment: 'NEGATIVE',
    ticketId: ticket,
    summary,
  });
  return {
    id: 'reunion',
    displayName: 'Jean-Marc Payet',
    givenName: 'Jean-Marc',
    familyName: 'Payet',
    preferredName: null,
    salutation: 'Monsieur',
    locale: 'fr-FR',
    timeZone: 'Indian/Reunion',
    customerSince: since,
    area: 'Saint-Denis (La Réunion)',
    doNotCall: false,
    consents: consents(since, ['PHONE', 'SMS', 'MARKETING']),
    preferredChannel: 'SMS',
    preferredHours: [],
    quietPeriod: null,
    products: [{id: 'p-payet-mobile', name: 'Mobile 50 GB', category: 'mobile', since, status: 'ACTIVE'}],
    offers: [
      offer('o-payet-welcome', 'Welcome fibre deal', 'internet', {newCustomersOnly: true, campaign: 'Conquest'}),
      offer('o-payet-roaming', 'Roaming pass', 'mobile', {campaign: 'Holidays'}),
    ],
    tickets: [
      {id: ticket, subject: 'No 4G in Saint-Denis since the update', status: 'OPEN', priority: 'HIGH', category: 'TECHNICAL', openedAt: t.ago(12), updatedAt: t.ago(2), contactCount: 4, transferCount: 3},
    ],
    contacts: history('reunion', [
      call(t.ago(2), 'TRANSFERRED', 1, 'Still no 4G; transferred to the network team again.'),
      call(t.ago(6), 'TRANSFERRED', 1, 'Transferred to level 2.'),
      call(t.ago(9), 'ANSWERED', 1, 'Settings reset; no change.'),
      call(t.ago(12), 'ANSWERED', 0, 'No 4G since the phone update.'),
      outboundSale(t.ago(20), 'REFUSED', {sentiment: 'NEGATIVE', summary: 'Refused the fibre deal: « I have no 4G and you sell me fibre? »'}),
      outboundSale(t.ago(33), 'NO_ANSWER', {summary: 'No answer.'}),
      {at: onDay(since, 11), channel: 'CHAT', direction: 'INBOUND', purpose: 'SALES', outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Subscribed online.'},
    ]),
    hints: [],
  };
}

/** What a persona builder writes; the contact points come from `contact-points.ts`. */
type PersonaRecord = Omit<CustomerRecord, 'emails' | 'phones'>;

const builders: Readonly<Record<PersonaId, (now: Date) => PersonaRecord>> = {
  martin,
  'missed-appointment': missedAppointment,
  dupin,
  'quiet-period': quietPeriod,
  transferred,
  newcomer,
  'large-history': largeHistory,
  'duplicate-outage': duplicateOutage,
  'cap-on-sunday': capOnSunday,
  'visit-and-dispute': visitAndDispute,
  overflow,
  reunion,
};

/** How many `now` values keep their dataset cached (tests use a handful of fixed instants). */
const CACHE_SIZE = 8;
const cache = new Map<number, ReadonlyMap<string, CustomerRecord>>();

/**
 * All personas, keyed by customer id, with every date relative to `now`. Cached per `now`
 * (the records are shared: never mutate them).
 */
export function buildPersonas(now: Date): ReadonlyMap<string, CustomerRecord> {
  const key = now.getTime();
  const cached = cache.get(key);
  if (cached) return cached;
  const personas = new Map(
    personaList.map(({id}) => [id, {...builders[id](now), ...CONTACT_POINTS[id]} as CustomerRecord] as const),
  );
  const oldest = cache.keys().next();
  if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
  cache.set(key, personas);
  return personas;
}
