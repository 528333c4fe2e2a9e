/**
 * Hand-built `CustomerView`s for the hint tests: one per seed story (000–004) and a base
 * customer to vary rule by rule. Everything is relative to a fixed `NOW`, a Wednesday at
 * 11:30 in Paris (inside France's canvassing hours), so no fixture depends on the clock.
 */
import type {
  Contact,
  ContactSummary,
  CustomerView,
  HoursWindow,
  Offer,
  Product,
  Ticket,
  TopicSummary,
  Weekday,
} from '../../../src/data/view-model.js';

/** Wednesday 12 March 2025, 11:30 in Paris (UTC+1). */
export const NOW = new Date('2025-03-12T10:30:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The instant `days` days (and `hours` hours) before NOW. */
export function ago(days: number, hours = 0): Date {
  return new Date(NOW.getTime() - days * DAY - hours * HOUR);
}

/** A calendar date as the data layer parses a GraphQL `Date` (UTC midnight). */
export function date(iso: string): Date {
  return new Date(iso);
}

export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
export const hours = (days: Weekday[], from: string, to: string): HoursWindow => ({
  days,
  from: minutes(from),
  to: minutes(to),
});
const minutes = (hm: string): number => {
  const [h = 0, m = 0] = hm.split(':').map(Number);
  return h * 60 + m;
};

let contactSeq = 0;
export function contact(spec: Partial<Contact> & Pick<Contact, 'at'>): Contact {
  contactSeq += 1;
  return {
    id: `c-${contactSeq}`,
    channel: 'PHONE',
    direction: 'INBOUND',
    purpose: 'SUPPORT',
    outcome: 'ANSWERED',
    transfers: 0,
    ...spec,
  };
}

export const sale = (at: Date, extra: Partial<Contact> = {}): Contact =>
  contact({at, direction: 'OUTBOUND', purpose: 'SALES', outcome: 'NO_ANSWER', ...extra});

export function ticket(spec: Partial<Ticket> & Pick<Ticket, 'id'>): Ticket {
  return {
    subject: `Subject of ${spec.id}`,
    status: 'OPEN',
    priority: 'NORMAL',
    category: 'TECHNICAL',
    openedAt: ago(10),
    contactCount: 1,
    transferCount: 0,
    ...spec,
  };
}

export const product = (spec: Partial<Product> & Pick<Product, 'id' | 'category'>): Product => ({
  name: `Product ${spec.id}`,
  status: 'ACTIVE',
  ...spec,
});

export const offer = (spec: Partial<Offer> & Pick<Offer, 'id' | 'category'>): Offer => ({
  name: `Offer ${spec.id}`,
  eligible: true,
  newCustomersOnly: false,
  ...spec,
});

/**
 * The aggregates a server computes over the last `days` days of a history (the history is
 * small here, so the fixtures can afford to derive them; the card never does).
 */
export function summarize(history: readonly Contact[], days = 90, now = NOW): ContactSummary {
  const newestFirst = [...history].sort((a, b) => b.at.getTime() - a.at.getTime());
  const inWindow = newestFirst.filter((c) => c.at.getTime() > now.getTime() - days * DAY);
  const topics = new Map<string, TopicSummary>();
  for (const c of inWindow) {
    const key = c.ticketId ?? `purpose:${c.purpose}`;
    const t = topics.get(key);
    const transfers = c.outcome === 'TRANSFERRED' ? Math.max(1, c.transfers) : c.transfers;
    if (t) {
      t.count += 1;
      t.transfers += transfers;
      t.firstAt = c.at;
    } else {
      topics.set(key, {
        ...(c.ticketId ? {ticketId: c.ticketId} : {}),
        purpose: c.purpose,
        count: 1,
        transfers,
        firstAt: c.at,
        lastAt: c.at,
      });
    }
  }
  const refusal = newestFirst.find((c) => c.outcome === 'REFUSED');
  const last = newestFirst[0];
  return {
    days,
    count: inWindow.length,
    outboundSolicitations: inWindow
      .filter((c) => c.direction === 'OUTBOUND' && c.purpose === 'SALES')
      .map((c) => c.at),
    ...(refusal ? {lastRefusal: refusal} : {}),
    awaitingReply: newestFirst.filter((c) => c.outcome === 'AWAITING_OUR_REPLY').reverse(),
    missedByUs: inWindow.filter((c) => c.outcome === 'MISSED_BY_US'),
    topics: [...topics.values()],
    ...(last ? {last} : {}),
    monthly: [],
  };
}

/** A customer with a history; `contacts` (page of 10) and `summary` are derived from it. */
export function customer(
  spec: Partial<CustomerView> & {history?: Contact[]; summaryDays?: number},
): CustomerView {
  const {history = [], summaryDays = 90, ...rest} = spec;
  const newestFirst = [...history].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    id: 'base',
    displayName: 'Camille Durand',
    givenName: 'Camille',
    familyName: 'Durand',
    salutation: 'Madame',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: date('2022-01-10'),
    doNotCall: false,
    consents: [],
    preferredHours: [],
    products: [],
    offers: [],
    tickets: [],
    contacts: {
      totalCount: newestFirst.length,
      items: newestFirst.slice(0, 10),
      hasNextPage: newestFirst.length > 10,
    },
    summary: summarize(history, summaryDays),
    serverHints: [],
    failed: [],
    invalid: [],
    truncated: [],
    ...rest,
  };
}

// ── the energy audit nobody came to ────────────────────────────────

export function seed000MissedAppointment(): CustomerView {
  return customer({
    id: 'missed-appointment',
    displayName: 'Claire Fontaine',
    givenName: 'Claire',
    familyName: 'Fontaine',
    salutation: 'Madame',
    customerSince: date('2022-03-12'),
    consents: [
      {purpose: 'PHONE', granted: true},
      {purpose: 'MARKETING', granted: true},
    ],
    preferredChannel: 'PHONE',
    products: [product({id: 'p-elec', name: 'Electricity – Basic plan', category: 'energy'})],
    offers: [offer({id: 'o-thermostat', name: 'Smart thermostat', category: 'smart-home'})],
    tickets: [
      ticket({id: 'T-5102', subject: 'Energy-audit visit missed', priority: 'HIGH', category: 'COMPLAINT', openedAt: ago(0, 23)}),
    ],
    history: [
      contact({at: ago(0, 23), purpose: 'APPOINTMENT', sentiment: 'NEGATIVE', ticketId: 'T-5102', summary: 'Waited 45 minutes; asked us not to come anymore.'}),
      contact({at: ago(1), channel: 'VISIT', direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'MISSED_BY_US', summary: 'Energy audit 14:00–16:00: the advisor never came.'}),
      contact({at: ago(1, 23), channel: 'SMS', direction: 'OUTBOUND', purpose: 'APPOINTMENT'}),
      sale(ago(2), {outcome: 'ANSWERED', sentiment: 'POSITIVE', summary: 'Accepted a free energy audit.'}),
      contact({at: ago(160), channel: 'EMAIL', purpose: 'BILLING', outcome: 'RESOLVED'}),
    ],
  });
}

// ── filtered, routed, transferred ───────────────────────────────────

export function seed001Transferred(): CustomerView {
  const call = (days: number, outcome: Contact['outcome'], transfers: number): Contact =>
    contact({at: ago(days), purpose: 'SUPPORT', outcome, transfers, sentiment: 'NEGATIVE', ticketId: 'T-4907'});
  return customer({
    id: 'transferred',
    displayName: 'Aïcha Benali',
    givenName: 'Aïcha',
    familyName: 'Benali',
    salutation: 'Madame',
    customerSince: date('2023-03-01'),
    consents: [
      {purpose: 'PHONE', granted: true},
      {purpose: 'MARKETING', granted: false, updatedAt: date('2023-04-20')},
    ],
    products: [product({id: 'p-fibre', name: 'Fibre 500 Mb/s', category: 'internet'})],
    offers: [offer({id: 'o-tv', name: 'TV Max 200 channels', category: 'tv'})],
    tickets: [
      ticket({id: 'T-4907', subject: 'Internet drops every evening', openedAt: ago(19), updatedAt: ago(3), contactCount: 4, transferCount: 3}),
    ],
    history: [
      contact({at: ago(3), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE', ticketId: 'T-4907', summary: 'Sent speed tests; asks for a technician.'}),
      call(10, 'ANSWERED', 1),
      call(15, 'TRANSFERRED', 1),
      call(19, 'TRANSFERRED', 1),
      contact({at: ago(300), channel: 'EMAIL', purpose: 'BILLING', outcome: 'RESOLVED'}),
    ],
  });
}

// ── "Madame Dupin", and a new subscription for someone cancelling ───

export function seed002Dupin(): CustomerView {
  return customer({
    id: 'dupin',
    displayName: 'Jean-Baptiste Dupin',
    givenName: 'Jean-Baptiste',
    familyName: 'Dupin',
    salutation: undefined,
    customerSince: date('2019-03-12'),
    consents: [
      {purpose: 'PHONE', granted: true},
      {purpose: 'MARKETING', granted: true},
    ],
    products: [product({id: 'p-mag', name: 'Le Jardin Facile', category: 'magazine', status: 'CANCELLATION_REQUESTED'})],
    offers: [
      offer({id: 'o-premium', name: 'Premium membership', category: 'membership'}),
      offer({id: 'o-renewal', name: 'Le Jardin Facile – 2 years', category: 'magazine'}),
    ],
    tickets: [ticket({id: 'T-4821', subject: 'Cancel subscription', category: 'CANCELLATION', openedAt: ago(4)})],
    history: [
      contact({at: ago(4), purpose: 'CANCELLATION', sentiment: 'NEUTRAL', ticketId: 'T-4821'}),
      contact({at: ago(55), channel: 'EMAIL', purpose: 'OTHER', outcome: 'RESOLVED', sentiment: 'NEGATIVE', summary: 'Letters call him « Madame Dupin ».'}),
      sale(ago(60), {channel: 'MAIL'}),
    ],
  });
}

// ── the week of a national tragedy ──────────────────────────────────

export function seed003QuietPeriod(): CustomerView {
  return customer({
    id: 'quiet-period',
    displayName: 'Hélène Rousseau',
    givenName: 'Hélène',
    familyName: 'Rousseau',
    salutation: 'Madame',
    customerSince: date('2017-02-01'),
    consents: [{purpose: 'MARKETING', granted: true}],
    preferredChannel: 'EMAIL',
    quietPeriod: {reason: 'Bereavement', since: ago(5), until: new Date('2025-04-06T22:00:00Z')},
    products: [product({id: 'p-mobile', name: 'Mobile 100 GB', category: 'mobile'})],
    offers: [offer({id: 'o-security', name: 'Home security pack', category: 'security'})],
    history: [
      contact({at: ago(5), purpose: 'OTHER', outcome: 'RESOLVED', sentiment: 'NEUTRAL', summary: 'Bereavement in the family.'}),
      sale(ago(210), {outcome: 'ANSWERED', sentiment: 'POSITIVE'}),
    ],
  });
}

// ── Monsieur Martin, loyal for 15 years ─────────────────────────────

export function seed004Martin(): CustomerView {
  return customer({
    id: 'martin',
    displayName: 'Bernard Martin',
    givenName: 'Bernard',
    familyName: 'Martin',
    salutation: 'Monsieur',
    customerSince: date('2010-03-12'),
    consents: [
      {purpose: 'PHONE', granted: true},
      {purpose: 'MARKETING', granted: true},
    ],
    preferredChannel: 'EMAIL',
    preferredHours: [hours(WEEKDAYS, '18:00', '20:00')],
    products: [
      product({id: 'p-fibre', name: 'Fibre 300 Mb/s', category: 'internet'}),
      product({id: 'p-mobile', name: 'Family mobile plan', category: 'mobile'}),
      product({id: 'p-tv', name: 'TV Essentiel', category: 'tv'}),
      product({id: 'p-adsl', name: 'ADSL 20 Mb/s', category: 'internet', status: 'ENDED'}),
    ],
    offers: [
      offer({id: 'o-bundle', name: 'Fibre + TV bundle', category: 'internet'}),
      offer({id: 'o-tv-max', name: 'TV Max 200 channels', category: 'tv', eligible: false, ineligibilityReason: 'Not available at this address'}),
      offer({id: 'o-welcome', name: 'Welcome mobile deal', category: 'mobile', newCustomersOnly: true}),
    ],
    history: [
      sale(ago(1, 22), {outcome: 'ANSWERED', sentiment: 'NEGATIVE', summary: 'Pitched TV Max again.'}),
      sale(ago(5, 3)),
      sale(ago(9, 5), {outcome: 'ANSWERED', sentiment: 'NEGATIVE'}),
      sale(ago(13, 22)),
      sale(ago(18, 4)),
      sale(ago(25, 2), {outcome: 'REFUSED', sentiment: 'NEGATIVE', summary: 'Refused the welcome mobile deal.'}),
      sale(ago(33)),
      sale(ago(41), {outcome: 'ANSWERED'}),
      contact({at: ago(400), channel: 'EMAIL', purpose: 'BILLING', outcome: 'RESOLVED'}),
    ],
  });
}

/** The seed fixtures with the exact, ordered hint ids each must produce at NOW. */
export const SEED_EXPECTATIONS: ReadonlyArray<{seed: string; build: () => CustomerView; ids: string[]}> = [
  {
    seed: '000 missed appointment',
    build: seed000MissedAppointment,
    ids: ['missed-appointment', 'open-ticket-first', 'recent-negative', 'no-upsell', 'preferred-name', 'preferred-channel'],
  },
  {
    seed: '001 transferred',
    build: seed001Transferred,
    ids: ['unanswered-contact', 'open-ticket-first', 'repeat-contact', 'no-transfer', 'recent-negative', 'do-not-contact', 'preferred-name'],
  },
  {
    seed: '002 dupin',
    build: seed002Dupin,
    ids: ['cancellation-pending', 'open-ticket-first', 'loyal-customer', 'no-upsell', 'already-owns', 'salutation-unknown'],
  },
  {
    seed: '003 quiet period',
    build: seed003QuietPeriod,
    ids: ['quiet-period', 'loyal-customer', 'preferred-name', 'preferred-channel'],
  },
  {
    seed: '004 martin',
    build: seed004Martin,
    ids: [
      'recent-negative',
      'loyal-customer',
      'contact-fatigue',
      'refused-recently',
      'outside-calling-hours',
      'already-owns',
      'not-eligible',
      'new-customers-only',
      'preferred-name',
      'preferred-channel',
    ],
  },
];

/**
 * A customer for whom every catalog hint except `new-customer` fires at NOW (loyal and new
 * exclude each other); `everythingNew()` is the same with a 12-day tenure.
 */
export function everything(): CustomerView {
  return customer({
    id: 'everything',
    displayName: 'Alex Morel',
    givenName: 'Alex',
    familyName: 'Morel',
    preferredName: 'Al',
    salutation: undefined,
    customerSince: date('2010-01-01'),
    doNotCall: true,
    preferredChannel: 'SMS',
    preferredHours: [hours(['SATURDAY'], '10:00', '12:00')],
    quietPeriod: {reason: 'Dispute', until: new Date('2025-04-01T00:00:00Z')},
    products: [
      product({id: 'p-1', name: 'Fibre', category: 'internet'}),
      product({id: 'p-2', name: 'Landline', category: 'phone', status: 'CANCELLATION_REQUESTED'}),
    ],
    offers: [
      offer({id: 'o-1', name: 'Fibre Max', category: 'internet'}),
      offer({id: 'o-2', name: 'TV Max', category: 'tv', eligible: false, ineligibilityReason: 'Not available at this address'}),
      offer({id: 'o-3', name: 'Welcome deal', category: 'mobile', newCustomersOnly: true}),
    ],
    tickets: [
      ticket({id: 'T-1', category: 'COMPLAINT', priority: 'HIGH', openedAt: ago(20), contactCount: 3, transferCount: 2}),
    ],
    history: [
      contact({at: ago(0, 2), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', sentiment: 'NEGATIVE', ticketId: 'T-1'}),
      contact({at: ago(3), outcome: 'TRANSFERRED', transfers: 2, ticketId: 'T-1'}),
      contact({at: ago(6), direction: 'OUTBOUND', purpose: 'APPOINTMENT', outcome: 'MISSED_BY_US', ticketId: 'T-1'}),
      sale(ago(8)),
      sale(ago(9)),
      sale(ago(10), {outcome: 'REFUSED'}),
      sale(ago(11)),
    ],
  });
}

export function everythingNew(): CustomerView {
  return {...everything(), customerSince: date('2025-02-28')};
}
