/**
 * Generated customers in the import's JSON shape, from a seed: the same seed and `now` always
 * give the same customers (a seeded PRNG, never `Math.random`). Used for the sample export
 * (`customer-360-server sample`), the tests and the bench.
 */

/** mulberry32: a small, fast, seeded PRNG answering floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Camille',
  'Louis',
  'Chloé',
  'Hugo',
  'Léa',
  'Jules',
  'Manon',
  'Arthur',
  'Inès',
  'Noah',
  'Aïcha',
  'Yanis',
  'Zoé',
  'Mehdi',
  'Anna',
  'Tom',
];
const FAMILY = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Nguyen',
  'Haddad',
  'Fontaine',
  'Roux',
];
const AREAS = ['Rennes – rural FTTH zone', 'Lyon – city centre', 'Lille – suburbs', 'Marseille – north', 'Nantes – coast'];
const PRODUCTS = [
  ['Fibre 1 Gb/s', 'internet'],
  ['ADSL 20 Mb/s', 'internet'],
  ['TV Essentiel', 'tv'],
  ['Mobile 100 Go', 'mobile'],
  ['Électricité Verte', 'energy'],
] as const;
const OFFERS = [
  ['TV Max 200 channels', 'tv', 'Autumn TV campaign'],
  ['Mobile 5G 200 Go', 'mobile', 'Next best offer'],
  ['Fibre 2 Gb/s', 'internet', 'Upgrade campaign'],
] as const;
const CHANNELS = ['PHONE', 'PHONE', 'PHONE', 'EMAIL', 'EMAIL', 'SMS', 'CHAT', 'MAIL', 'VISIT'] as const;
const PURPOSES = ['SALES', 'SUPPORT', 'SUPPORT', 'APPOINTMENT', 'BILLING', 'CANCELLATION', 'OTHER'] as const;
const OUTCOMES = [
  'ANSWERED',
  'ANSWERED',
  'ANSWERED',
  'NO_ANSWER',
  'REFUSED',
  'RESOLVED',
  'TRANSFERRED',
  'AWAITING_OUR_REPLY',
  'MISSED_BY_US',
  'MISSED_BY_CUSTOMER',
] as const;
const STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'] as const;
const CATEGORIES = ['COMPLAINT', 'CANCELLATION', 'TECHNICAL', 'BILLING', 'APPOINTMENT', 'OTHER'] as const;
const SENTIMENTS = [null, 'POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;

const DAY = 86_400_000;

export interface SampleOptions {
  /** How many customers (ids `c-000001`…). */
  readonly count: number;
  readonly seed: number;
  /** The instant the histories end at. */
  readonly now: Date;
  /** Contacts per customer: from 0 to this many (default 60). */
  readonly maxContacts?: number;
  /** Exactly this many contacts for every customer (overrides `maxContacts`). */
  readonly contacts?: number;
  /** Id prefix (default `c-`). */
  readonly prefix?: string;
}

/** `count` customers in the import's JSON shape. */
export function generateCustomers(options: SampleOptions): Record<string, unknown>[] {
  const random = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const end = options.now.getTime();
  const prefix = options.prefix ?? 'c-';
  const customers: Record<string, unknown>[] = [];
  for (let n = 1; n <= options.count; n++) {
    const id = `${prefix}${String(n).padStart(6, '0')}`;
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const since = new Date(end - int(30, 6000) * DAY).toISOString().slice(0, 10);
    const tickets = Array.from({length: int(0, 3)}, (_, i) => ({
      id: `T-${id.slice(prefix.length)}-${i + 1}`,
      subject: pick(['Internet drops every evening', 'Bill higher than expected', 'Wants to cancel', 'Router replacement']),
      status: pick(STATUSES),
      priority: pick(['LOW', 'NORMAL', 'HIGH', 'URGENT']),
      category: pick(CATEGORIES),
      openedAt: new Date(end - int(1, 200) * DAY).toISOString(),
      updatedAt: null,
      confidential: random() < 0.1,
    }));
    const contactCount = options.contacts ?? int(0, options.maxContacts ?? 60);
    const contacts = Array.from({length: contactCount}, (_, i) => {
      const ticket = tickets.length && random() < 0.4 ? pick(tickets).id : null;
      // Spread over about three years, at whole seconds.
      const at = Math.floor((end - random() * 1100 * DAY) / 1000) * 1000;
      const outcome = pick(OUTCOMES);
      return {
        id: `k-${id.slice(prefix.length)}-${i + 1}`,
        at: new Date(at).toISOString(),
        channel: pick(CHANNELS),
        direction: random() < 0.5 ? 'INBOUND' : 'OUTBOUND',
        purpose: pick(PURPOSES),
        // Customers are not left waiting for months: an old contact was answered.
        outcome: outcome === 'AWAITING_OUR_REPLY' && end - at > 30 * DAY ? 'ANSWERED' : outcome,
        transfers: random() < 0.8 ? 0 : int(1, 3),
        sentiment: pick(SENTIMENTS),
        ticketId: ticket,
        summary:
          random() < 0.5
            ? null
            : pick(['Asked about the bill', 'Line tested remotely', 'Callback promised', 'Declined the offer']),
      };
    });
    const owned = PRODUCTS.filter(() => random() < 0.4);
    customers.push({
      id,
      displayName: `${given} ${family}`,
      givenName: given,
      familyName: family,
      preferredName: null,
      salutation: pick([null, 'Madame', 'Monsieur', 'Mx', 'Dr']),
      locale: pick(['fr-FR', 'fr-FR', 'en-GB']),
      timeZone: 'Europe/Paris',
      customerSince: since,
      area: pick(AREAS),
      emails: [
        `${given}.${family}.${n}@example.com`
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, '')
          .toLowerCase(),
      ],
      // Customers 49 and 50 of every 50 share a landline (a household): a lookup by it is ambiguous.
      phones: [
        `+336${String(10_000_000 + n).padStart(8, '0')}`,
        ...(n % 50 === 0 || n % 50 === 49 ? [`+3324${String(Math.ceil(n / 50)).padStart(7, '0')}`] : []),
      ],
      doNotCall: random() < 0.1,
      consents: [
        {purpose: 'PHONE', granted: random() < 0.7, updatedAt: new Date(end - int(1, 900) * DAY).toISOString()},
        {purpose: 'MARKETING', granted: random() < 0.4, updatedAt: null},
      ],
      preferredChannel: pick([null, 'PHONE', 'EMAIL', 'SMS']),
      preferredHours:
        random() < 0.3 ? [{days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], from: '18:00', to: '20:00'}] : [],
      quietPeriod:
        random() < 0.05
          ? {reason: 'Bereavement', since: new Date(end - 5 * DAY).toISOString(), until: new Date(end + 25 * DAY).toISOString()}
          : null,
      products: owned.map(([name, category], i) => ({
        id: `p-${id.slice(prefix.length)}-${i + 1}`,
        name,
        category,
        since: since,
        status: random() < 0.85 ? 'ACTIVE' : 'ENDED',
      })),
      offers: OFFERS.filter(() => random() < 0.3).map(([name, category, campaign], i) => ({
        id: `o-${i + 1}`,
        name,
        category,
        campaign,
        eligible: random() < 0.7,
        ineligibilityReason: null,
        newCustomersOnly: false,
      })),
      tickets,
      contacts,
      hints: [],
    });
  }
  return customers;
}
