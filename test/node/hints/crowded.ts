/**
 * Crowded customers for property tests of the call brief: seeded random customers with many
 * hints at once (a missed visit and the complaint about it, calls and unanswered mail about it,
 * duplicate tickets, cancellations, quiet periods with promotional server hints, outbound
 * calls at the legal cap, refusals), seen at random clocks that favour weekends, French public
 * holidays, DST change days and the edges of the calling hours, in several time zones.
 *
 * `crowdedCustomer(seed, index)` is a pure function of its two numbers: a failure names them,
 * and the same call rebuilds that customer alone.
 */
import type {
  Contact,
  ContactPurpose,
  CustomerView,
  HoursWindow,
  Offer,
  Product,
  ServerHint,
  Ticket,
  TicketCategory,
  Weekday,
} from '../../../src/data/view-model.js';
import {summarize} from './fixtures.js';

/**
 * The stream the property tests of the call brief run: the invariants under Node
 * (test/node/hints/crowded.test.ts), the headlines' times written by `Intl` in the browser
 * (test/unit/hints/crowded.test.ts).
 */
export const CROWDED_SEED = 0x21c0ffee;
/** How many crowded customers (6 to 15 hints) the property tests check. */
export const CROWDED_CUSTOMERS = 10_000;

export interface Crowded {
  view: CustomerView;
  now: Date;
  /** The agent's suppressions (never legal hints: the engine refuses those anyway). */
  suppress: string[];
  promotionsDisabled: boolean;
  locale: 'en' | 'fr';
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rand {
  (): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

function rand(seed: number): Rand {
  const next = prng(seed);
  const r = (() => next()) as Rand;
  r.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  r.chance = (p) => next() < p;
  r.pick = (items) => items[Math.floor(next() * items.length)]!;
  return r;
}

const ZONES = [
  'Europe/Paris',
  'Europe/Paris',
  'Europe/Paris',
  'Europe/Paris',
  'America/Martinique',
  'Indian/Reunion',
  'Pacific/Noumea',
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  undefined,
  'Mars/Olympus_Mons',
];

/** Calendar days that make calling rules interesting (month, day), the rest is random. */
const SPECIAL_DAYS: readonly (readonly [number, number])[] = [
  [1, 1],
  [5, 1],
  [5, 8],
  [7, 14],
  [8, 15],
  [11, 1],
  [11, 11],
  [12, 24],
  [12, 25],
  [12, 31],
];

/** The last Sunday of a month (the EU's DST change days), as a UTC date. */
function lastSunday(year: number, month: number): Date {
  const last = new Date(Date.UTC(year, month, 0));
  return new Date(last.getTime() - last.getUTCDay() * DAY);
}

/** A clock: any day 2025–2032, or one near a holiday, a DST change, Easter, a weekend; any time. */
function clock(r: Rand): Date {
  const year = r.int(2025, 2032);
  let day: Date;
  const kind = r();
  if (kind < 0.25) {
    const [m, d] = r.pick(SPECIAL_DAYS);
    day = new Date(Date.UTC(year, m - 1, d + r.int(-2, 2)));
  } else if (kind < 0.45) {
    day = new Date(lastSunday(year, r.pick([3, 10])).getTime() + r.int(-3, 2) * DAY);
  } else if (kind < 0.6) {
    // Around Easter and the feasts that follow it (computed here without the card's code:
    // a window of late March to mid June catches Easter Monday, Ascension and Whit Monday).
    day = new Date(Date.UTC(year, 2, 20) + r.int(0, 85) * DAY);
  } else {
    day = new Date(Date.UTC(year, 0, 1) + r.int(0, 364) * DAY);
  }
  // Times cluster around the calling hours' edges (in Paris, give or take the zone).
  const minute = r.chance(0.5) ? r.pick([8, 9, 11, 12, 13, 18, 19, 20, 21]) * 60 + r.int(-40, 40) : r.int(0, 1439);
  return new Date(day.getTime() + minute * MINUTE + r.int(0, 59) * 1000);
}

const WEEK: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function preferredHours(r: Rand): HoursWindow[] {
  const shape = r();
  if (shape < 0.45) return [];
  if (shape < 0.65) return [{days: WEEK.slice(0, 5), from: 18 * 60, to: 20 * 60}];
  if (shape < 0.75) return [{days: ['TUESDAY', 'THURSDAY'], from: 9 * 60, to: 12 * 60}];
  if (shape < 0.8) return [{days: ['SATURDAY', 'SUNDAY'], from: 10 * 60, to: 12 * 60}];
  // Anything: one to three windows on random days, possibly in the night or empty.
  return Array.from({length: r.int(1, 3)}, () => {
    const from = r.int(0, 47) * 30;
    return {days: WEEK.filter(() => r.chance(0.5)), from, to: Math.min(1440, from + r.int(1, 10) * 30)};
  });
}

const SUBJECTS: Readonly<Record<TicketCategory, readonly string[]>> = {
  COMPLAINT: [
    'Energy-audit visit missed',
    'Disputed adjustment bill (2,480 €)',
    'Card fraud: unknown payments',
    'Rude agent on the phone',
  ],
  CANCELLATION: ['Cancel subscription', 'Close the account after moving abroad'],
  TECHNICAL: ['Internet outage', 'Décodeur TV en panne', 'Two mobile lines cannot receive calls', 'Router keeps rebooting'],
  BILLING: ['Charged twice on the last invoice', 'Wrong address on bills'],
  APPOINTMENT: ['Reschedule the technician visit', 'Meter reading appointment'],
  OTHER: ['Change of contact person', 'Question about the customer portal'],
};
const CATEGORIES = Object.keys(SUBJECTS) as TicketCategory[];
const PRODUCT_CATEGORIES = ['internet', 'tv', 'mobile', 'energy', 'magazine', 'security'];

/** One crowded customer: the `index`-th of the stream `seed`. */
export function crowdedCustomer(seed: number, index: number): Crowded {
  const r = rand((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const now = clock(r);
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * DAY - hours * HOUR);
  let seq = 0;
  const contacts: Contact[] = [];
  const add = (spec: Partial<Contact> & Pick<Contact, 'at'>): Contact => {
    const c: Contact = {
      id: `c${index}-${(seq += 1)}`,
      channel: 'PHONE',
      direction: 'INBOUND',
      purpose: 'SUPPORT',
      outcome: 'ANSWERED',
      transfers: 0,
      ...spec,
    };
    contacts.push(c);
    return c;
  };

  // Tickets, a duplicate of one of them now and then.
  const tickets: Ticket[] = [];
  const ticketCount = r.int(0, 4);
  for (let i = 0; i < ticketCount; i += 1) {
    const category = r.pick(CATEGORIES);
    tickets.push({
      id: `T-${r.int(10000, 99999)}`,
      subject: r.pick(SUBJECTS[category]),
      status: r.chance(0.8) ? 'OPEN' : 'PENDING',
      priority: r.pick(['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const),
      category,
      openedAt: at(r.int(0, 40), r.int(0, 23)),
      contactCount: r.int(0, 6),
      transferCount: r.int(0, 3),
    });
  }
  const original = tickets.length > 0 && r.chance(0.4) ? r.pick(tickets) : undefined;
  if (original) {
    // The same outage opened again from the app: same subject, or a contact that says so.
    const sameSubject = r.chance(0.5);
    const dup: Ticket = {
      ...original,
      id: `T-${r.int(10000, 99999)}`,
      subject: sameSubject ? original.subject.toUpperCase() : r.pick(SUBJECTS[original.category]),
      openedAt: at(r.int(0, 5), r.int(0, 23)),
    };
    tickets.push(dup);
    if (!sameSubject || r.chance(0.5)) {
      add({
        at: at(r.int(0, 3), 2),
        channel: 'CHAT',
        ticketId: dup.id,
        summary: `Opened again from the app, same as ${original.id}.`,
      });
    }
    if (r.chance(0.6)) add({at: at(r.int(0, 2), 1), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', ticketId: dup.id});
  }

  // Several records per subject: calls, mails, transfers on the tickets.
  for (const t of tickets) {
    const n = r.int(0, 5);
    for (let i = 0; i < n; i += 1) {
      add({
        at: new Date(Math.min(now.getTime(), t.openedAt.getTime() + r.int(0, 10) * DAY)),
        channel: r.pick(['PHONE', 'EMAIL', 'CHAT'] as const),
        purpose:
          t.category === 'APPOINTMENT' ? 'APPOINTMENT' : r.pick<ContactPurpose>(['SUPPORT', 'BILLING', 'OTHER', 'APPOINTMENT']),
        outcome: r.pick(['ANSWERED', 'TRANSFERRED', 'RESOLVED', 'AWAITING_OUR_REPLY', 'ANSWERED'] as const),
        transfers: r.chance(0.3) ? r.int(1, 2) : 0,
        sentiment: r.pick([undefined, 'NEGATIVE', 'NEUTRAL'] as const),
        ticketId: t.id,
      });
    }
  }
  // A missed visit (and, now and then, the complaint about it) or a missed callback.
  if (r.chance(0.4)) {
    const visit = r.chance(0.6);
    const missed = add({
      at: at(r.int(1, 30)),
      channel: visit ? 'VISIT' : 'PHONE',
      direction: 'OUTBOUND',
      purpose: visit ? 'APPOINTMENT' : r.pick<ContactPurpose>(['SALES', 'BILLING', 'SUPPORT']),
      outcome: 'MISSED_BY_US',
      ...(r.chance(0.3) && tickets.length > 0 ? {ticketId: r.pick(tickets).id} : {}),
    });
    if (visit && r.chance(0.6)) {
      const complaint: Ticket = {
        id: `T-${r.int(10000, 99999)}`,
        subject: 'Energy-audit visit missed',
        status: 'OPEN',
        priority: 'HIGH',
        category: 'COMPLAINT',
        openedAt: new Date(missed.at.getTime() + HOUR),
        contactCount: 1,
        transferCount: 0,
      };
      tickets.push(complaint);
      add({at: complaint.openedAt, purpose: 'APPOINTMENT', sentiment: 'NEGATIVE', ticketId: complaint.id});
    }
  }
  // Unanswered mail with no ticket; a bad last contact.
  if (r.chance(0.3)) add({at: at(r.int(0, 10), 3), channel: 'EMAIL', outcome: 'AWAITING_OUR_REPLY', purpose: 'BILLING'});
  if (r.chance(0.3)) add({at: at(0, r.int(1, 5)), sentiment: 'NEGATIVE', purpose: r.pick<ContactPurpose>(['SUPPORT', 'OTHER'])});
  // Outbound sales calls, often at or over the cap; a refusal now and then.
  const sales = r.pick([0, 2, 3, 4, 4, 5, 6, 8]);
  for (let i = 0; i < sales; i += 1) {
    add({
      at: at(r.int(0, 29), r.int(0, 10)),
      direction: 'OUTBOUND',
      purpose: 'SALES',
      outcome: r.pick(['NO_ANSWER', 'ANSWERED', 'NO_ANSWER'] as const),
      sentiment: r.chance(0.2) ? 'NEGATIVE' : undefined,
    });
  }
  if (r.chance(0.35))
    add({at: at(r.int(1, 70)), direction: 'OUTBOUND', purpose: 'SALES', outcome: 'REFUSED', sentiment: 'NEGATIVE'});
  // Only the past is history.
  const history = contacts.filter((c) => c.at <= now);

  const products: Product[] = PRODUCT_CATEGORIES.filter(() => r.chance(0.4)).map((category, i) => ({
    id: `p${i}`,
    name: `${category} plan`,
    category,
    status: r.chance(0.12) ? 'CANCELLATION_REQUESTED' : r.chance(0.1) ? 'ENDED' : 'ACTIVE',
  }));
  const offers: Offer[] = Array.from({length: r.int(0, 4)}, (_, i) => ({
    id: `o${i}`,
    name: `Offer ${i}`,
    category: r.pick(PRODUCT_CATEGORIES),
    eligible: r.chance(0.7),
    ...(r.chance(0.5) ? {ineligibilityReason: 'Not available at this address'} : {}),
    newCustomersOnly: r.chance(0.25),
  }));
  const serverHints: ServerHint[] = [];
  // The offer engine pushes promotions, whatever the moment.
  for (let i = 0; i < r.int(0, 2); i += 1) {
    serverHints.push({
      id: `offer-engine-${i}`,
      kind: 'do',
      severity: r.int(2, 4),
      text: `Pitch Offer ${i}`,
      suppress: false,
      promotional: true,
      evidence: [],
    });
  }
  if (r.chance(0.15)) {
    serverHints.push({
      id: 'vip-escalation',
      kind: 'do',
      severity: 1,
      text: 'Escalate to the VIP desk',
      suppress: false,
      promotional: false,
      evidence: [],
    });
  }
  // The server turns off a hint now and then (never a legal one: the engine refuses it).
  if (r.chance(0.15)) {
    const id = r.pick(['loyal-customer', 'recent-negative', 'preferred-channel', 'contact-fatigue']);
    serverHints.push({id, kind: 'do', severity: 3, suppress: true, promotional: false, evidence: []});
  }

  const sinceDays = r.pick([10, 40, 400, 2200, 5500, 9000]);
  const timeZone = r.pick(ZONES);
  const consents: CustomerView['consents'] = [];
  if (r.chance(0.15)) consents.push({purpose: 'MARKETING', granted: false, updatedAt: at(r.int(10, 900))});
  if (r.chance(0.08)) consents.push({purpose: 'PHONE', granted: false, updatedAt: at(r.int(10, 900))});
  const newestFirst = [...history].sort((a, b) => b.at.getTime() - a.at.getTime());
  const view: CustomerView = {
    id: `crowded-${seed}-${index}`,
    displayName: 'Claude Mercier',
    givenName: 'Claude',
    familyName: 'Mercier',
    ...(r.chance(0.6) ? {salutation: r.pick(['Madame', 'Monsieur', 'Dr'])} : {}),
    ...(r.chance(0.2) ? {preferredName: 'Claudie'} : {}),
    ...(timeZone ? {timeZone} : {}),
    customerSince: new Date(Math.floor(now.getTime() / DAY - sinceDays) * DAY),
    doNotCall: r.chance(0.1),
    consents,
    ...(r.chance(0.5) ? {preferredChannel: r.pick(['PHONE', 'EMAIL', 'SMS'] as const)} : {}),
    preferredHours: preferredHours(r),
    ...(r.chance(0.25) ? {quietPeriod: {reason: 'Bereavement', since: at(r.int(1, 10)), until: at(-r.int(1, 40))}} : {}),
    products,
    offers,
    tickets,
    contacts: {totalCount: newestFirst.length, items: newestFirst.slice(0, 10), hasNextPage: newestFirst.length > 10},
    summary: summarize(history, 90, now),
    serverHints,
    failed: [],
    invalid: [],
    truncated: [],
  };
  const suppress = r.chance(0.2)
    ? [r.pick(['loyal-customer', 'recent-negative', 'no-transfer', 'new-customer', 'outside-calling-hours'])]
    : [];
  return {view, now, suppress, promotionsDisabled: r.chance(0.08), locale: r.chance(0.5) ? 'en' : 'fr'};
}

const knownZones = new Map<string, boolean>();
/** The zone the card reads the customer's clock in: theirs when the runtime knows it, else Paris (the jurisdiction's). */
export function zoneOf(view: CustomerView): string {
  const zone = view.timeZone ?? 'Europe/Paris';
  if (!knownZones.has(zone)) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: zone});
      knownZones.set(zone, true);
    } catch {
      knownZones.set(zone, false);
    }
  }
  return knownZones.get(zone) ? zone : 'Europe/Paris';
}
