import {addressOf} from './address.js';
import {isolate} from '../core/bidi.js';
import type {
  Consent,
  ConsentPurpose,
  Contact,
  CustomerView,
  Offer,
  Product,
  Ticket,
  TicketCategory,
  TopicSummary,
} from '../data/view-model.js';
import {HINT_CATALOG} from './catalog.js';
import type {HintId} from './catalog.js';
import {callingHoursStatus} from './calling-hours.js';
import {nextContactInstant} from './contact-window.js';
import {intl} from '../core/intl-cache.js';
import {belongsToTopic, transfersOf} from './facts.js';
import type {ContactFacts} from './facts.js';
import type {Formatter} from '../core/format.js';
import type {HintTextParams, Messages} from './messages.js';
import {zonedParts} from '../core/time.js';
import {activeQuietPeriod, ticketOrder, type Tenure} from '../data/derive.js';
import type {Hint, HintContext, HintEvidence, HintEvidenceRef} from './types.js';

/*
 * Dates in the view are valid: `toCustomerView` (src/data/map.ts) drops malformed ones. Texts
 * and statuses are still checked (blank names, closed tickets), so a view built by hand, as
 * hosts and tests do, reads the same as a mapped one.
 */

/** Everything a built-in rule reads, computed once per `computeHints` call. */
export interface RuleEnv extends HintContext {
  view: CustomerView;
  format: Formatter;
  m: Messages;
  facts: ContactFacts;
  /** Local calendar day of `now` in the customer's zone (epoch day). */
  today: number;
  tenure: Tenure | undefined;
  promotionsDisabled: boolean;
}

export type {Tenure};

export type BuiltinRule = (env: RuleEnv) => Hint | undefined;

/** Statuses under which the customer still holds a product. */
const HELD: readonly Product['status'][] = ['ACTIVE', 'SUSPENDED', 'CANCELLATION_REQUESTED'];
/** Evidence lists stay readable in a sidebar: the rest is summed up in the count. */
const MAX_DATES_LISTED = 10;

function hint<K extends HintId>(env: RuleEnv, id: K, params: HintTextParams[K], evidence: HintEvidence[]): Hint {
  const {kind, severity, promotional} = HINT_CATALOG[id];
  // Every string piece (a name, a ticket id, a product) is bidi-isolated before it goes into
  // the sentence: right-to-left text or a stray U+202E in it cannot reorder the card's words.
  const isolated = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? isolate(value) : value]),
  ) as HintTextParams[K];
  const [text, detail] = env.m.hints[id](isolated, env.format);
  const line = detail?.trim() ? {detail} : {};
  return {id, kind, severity, text, ...line, evidence, promotional, source: 'card'};
}

/** One line of evidence, with a reference when the fact is a record. */
function fact(label: string, value: string, type?: HintEvidenceRef['type'], id?: string): HintEvidence {
  return type && id !== undefined ? {label, value, ref: {type, id}} : {label, value};
}

const dayOf = (env: RuleEnv, at: Date): number => zonedParts(at, env.timeZone).epochDay;

/** In the last `days` calendar days, today included, and not in the future. */
const inWindow = (env: RuleEnv, at: Date, days: number): boolean => at <= env.now && dayOf(env, at) > env.today - days;

/** Trimmed text, or undefined when blank. */
const filled = (value: string | undefined): string | undefined => value?.trim() || undefined;

const openTickets = (view: CustomerView, category?: TicketCategory): Ticket[] =>
  view.tickets.filter(
    (t) => t.status !== 'RESOLVED' && t.status !== 'CLOSED' && (category === undefined || t.category === category),
  );

const categoryOf = (item: Product | Offer): string => item.category.trim().toLowerCase();

function sourceEvidence({facts, m, format}: RuleEnv): HintEvidence[] {
  return facts.fromSummary ? [] : [fact(m.labels.source, m.values.latestContactsOnly(facts.page.length, format))];
}

function contactEvidence({m, format}: RuleEnv, label: string, c: Contact): HintEvidence {
  const parts = [format.dateTime(c.at), m.purpose[c.purpose], m.channel[c.channel]];
  if (filled(c.summary)) parts.push(c.summary ?? '');
  return fact(label, parts.join(' · '), 'contact', c.id);
}

function ticketEvidence({m, format}: RuleEnv, label: string, t: Ticket): HintEvidence {
  const value = [t.id, t.subject, m.priority[t.priority], m.values.openedOn(format.date(t.openedAt))].join(' · ');
  return fact(label, value, 'ticket', t.id);
}

/** Longest ticket subject a headline quotes (one line in a 400 px sidebar); the evidence has it whole. */
const HEADLINE_SUBJECT = 48;

/** A ticket as a headline names it: its subject (cut at a word), else its id. */
function headlineSubject(t: Ticket): string {
  const subject = filled(t.subject)?.replace(/\s+/g, ' ');
  if (!subject) return t.id;
  if (subject.length <= HEADLINE_SUBJECT) return subject;
  const cut = subject.slice(0, HEADLINE_SUBJECT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_SUBJECT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

// ── severity 1: what we owe the customer ─────────────────────────────────────

/** Every contact as evidence; the text names the first by date (`order` 1: oldest first, -1: newest). */
function contactsHint<K extends 'missed-appointment' | 'unanswered-contact'>(
  env: RuleEnv,
  id: K,
  label: string,
  contacts: Contact[],
  order: number,
  params: (first: Contact, count: number) => HintTextParams[K],
): Hint | undefined {
  contacts.sort((a, b) => order * (a.at.getTime() - b.at.getTime()) || a.id.localeCompare(b.id));
  const first = contacts[0];
  const evidence = contacts.map((c) => contactEvidence(env, label, c));
  return first && hint(env, id, params(first, contacts.length), [...evidence, ...sourceEvidence(env)]);
}

const missedAppointment: BuiltinRule = (env) =>
  contactsHint(
    env,
    'missed-appointment',
    env.m.labels.missedByUs,
    env.facts.missedByUs.filter((c) => inWindow(env, c.at, env.options.missedAppointmentDays)),
    -1,
    (c, count) => ({count, date: env.format.date(c.at), callback: c.purpose !== 'APPOINTMENT'}),
  );

const unansweredContact: BuiltinRule = (env) =>
  contactsHint(
    env,
    'unanswered-contact',
    env.m.labels.awaitingReply,
    env.facts.awaitingReply.filter((c) => c.at <= env.now),
    1,
    (c, count) => ({count, since: env.format.date(c.at), channel: env.m.channel[c.channel]}),
  );

/** Products whose cancellation was requested, and open cancellation tickets, as evidence. */
function cancellations(env: RuleEnv): {products: Product[]; evidence: HintEvidence[]} {
  const {labels} = env.m;
  const products = env.view.products.filter((p) => p.status === 'CANCELLATION_REQUESTED');
  const evidence = [
    ...products.map((p) => fact(labels.cancellationRequested, p.name, 'product', p.id)),
    ...openTickets(env.view, 'CANCELLATION').map((t) => ticketEvidence(env, labels.cancellationTicket, t)),
  ];
  return {products, evidence};
}

const cancellationPending: BuiltinRule = (env) => {
  const {products, evidence} = cancellations(env);
  // The detail names what to cancel: the products, else the cancellation tickets.
  const names = products.length > 0 ? products.map((p) => p.name) : openTickets(env.view, 'CANCELLATION').map((t) => t.id);
  return evidence.length > 0
    ? hint(env, 'cancellation-pending', {products: products.length, names: env.format.list(names)}, evidence)
    : undefined;
};

const openTicketFirst: BuiltinRule = (env) => {
  // The same order as the card's ticket list (a cancellation request first, whatever its
  // priority: `cancellation-pending` says "handle that request, nothing else").
  const tickets = ticketOrder(openTickets(env.view));
  const first = tickets[0];
  return (
    first &&
    hint(
      env,
      'open-ticket-first',
      {count: tickets.length, ticket: first.id, subject: headlineSubject(first), priority: env.m.priority[first.priority]},
      tickets.map((t) => ticketEvidence(env, env.m.labels.openTicket, t)),
    )
  );
};

// ── severity 2: how to handle this conversation ──────────────────────────────

interface WindowedTopic {
  topic: TopicSummary;
  count: number;
  transfers: number;
}

/**
 * Contacts and transfers of a topic within the last `days` days. The server's counts cover
 * its own window (`summary.days`): they are used as they are when that window is not longer
 * than ours or when the topic started inside ours; otherwise the page is counted (a lower bound).
 */
function topicInWindow(env: RuleEnv, topic: TopicSummary, days: number): WindowedTopic {
  const startDay = env.today - days + 1;
  if (dayOf(env, topic.lastAt) < startDay) return {topic, count: 0, transfers: 0};
  const exact = (env.facts.fromSummary && env.facts.days <= days) || dayOf(env, topic.firstAt) >= startDay;
  if (exact) return {topic, count: topic.count, transfers: topic.transfers};
  const contacts = env.facts.page.filter((c) => belongsToTopic(c, topic) && inWindow(env, c.at, days));
  return {topic, count: contacts.length, transfers: contacts.reduce((sum, c) => sum + transfersOf(c), 0)};
}

const topicName = (env: RuleEnv, topic: TopicSummary): string => topic.ticketId ?? env.m.purpose[topic.purpose];

/** What a headline calls a topic: its ticket's subject when the card has the ticket, else its name. */
function topicTitle(env: RuleEnv, topic: TopicSummary): string {
  const ticket = topic.ticketId === undefined ? undefined : env.view.tickets.find((t) => t.id === topic.ticketId);
  return ticket ? headlineSubject(ticket) : topicName(env, topic);
}

function topicEvidence(env: RuleEnv, {topic, count, transfers}: WindowedTopic): HintEvidence {
  const {values} = env.m;
  const {date} = env.format;
  const value = [
    topicName(env, topic),
    values.contacts(count, env.format),
    values.transfers(transfers, env.format),
    values.span(date(topic.firstAt), date(topic.lastAt)),
  ].join(' · ');
  return fact(env.m.labels.topic, value, 'ticket', topic.ticketId);
}

const threshold = (env: RuleEnv, min: number, days: number): HintEvidence =>
  fact(env.m.labels.threshold, env.m.values.countInDays(min, days, env.format));

const repeatContact: BuiltinRule = (env) => {
  const {min, days} = env.options.repeatContact;
  // Outbound sales contacts without a ticket are our pressure, not the customer's repeated
  // request: `contact-fatigue` covers them.
  const windowed = env.facts.topics
    .filter((t) => t.ticketId !== undefined || t.purpose !== 'SALES')
    .map((t) => topicInWindow(env, t, days));
  // A ticket opened inside the window had all its contacts inside it.
  for (const ticket of openTickets(env.view)) {
    if (!inWindow(env, ticket.openedAt, days)) continue;
    const existing = windowed.find((w) => w.topic.ticketId === ticket.id);
    const {id: ticketId, contactCount: count, transferCount: transfers, openedAt} = ticket;
    if (existing) existing.count = Math.max(existing.count, count);
    else if (count > 0) {
      const lastAt = ticket.updatedAt ?? openedAt;
      windowed.push({topic: {ticketId, purpose: 'OTHER', count, transfers, firstAt: openedAt, lastAt}, count, transfers});
    }
  }
  const repeated = windowed
    .filter((w) => w.count >= min)
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.topic.lastAt.getTime() - a.topic.lastAt.getTime() ||
        topicName(env, a.topic).localeCompare(topicName(env, b.topic)),
    );
  const top = repeated[0];
  // Solved: nothing on the topic is still waiting on us (its ticket is closed, no reply or
  // appointment owed). Then it is a recurring topic, not an unsolved one.
  const owed = [...env.facts.awaitingReply, ...env.facts.missedByUs];
  const solved =
    top !== undefined &&
    !openTickets(env.view).some((t) => t.id === top.topic.ticketId) &&
    !owed.some((c) => belongsToTopic(c, top.topic));
  return (
    top &&
    hint(
      env,
      'repeat-contact',
      {
        count: top.count,
        days,
        topic: topicTitle(env, top.topic),
        isTicket: top.topic.ticketId !== undefined,
        ticket: top.topic.ticketId,
        solved,
      },
      [...repeated.map((w) => topicEvidence(env, w)), threshold(env, min, days), ...sourceEvidence(env)],
    )
  );
};

const noTransfer: BuiltinRule = (env) => {
  const {min, days} = env.options.transfers;
  const {labels, values} = env.m;
  // Three lower bounds of the same number; the largest is the best we know.
  const windowed = env.facts.topics.map((t) => topicInWindow(env, t, days));
  const fromTopics = windowed.reduce((sum, w) => sum + w.transfers, 0);
  const fromPage = env.facts.page.filter((c) => inWindow(env, c.at, days)).reduce((sum, c) => sum + transfersOf(c), 0);
  const recentTickets = openTickets(env.view).filter((t) => inWindow(env, t.openedAt, days));
  const fromTickets = recentTickets.reduce((sum, t) => sum + Math.max(0, t.transferCount), 0);
  const count = Math.max(fromTopics, fromPage, fromTickets);
  if (count < min) return undefined;
  const detail =
    fromTopics >= fromTickets
      ? windowed.filter((w) => w.transfers > 0).map((w) => topicEvidence(env, w))
      : recentTickets
          .filter((t) => t.transferCount > 0)
          .map((t) => fact(labels.openTicket, `${t.id} · ${values.transfers(t.transferCount, env.format)}`, 'ticket', t.id));
  return hint(env, 'no-transfer', {count, days}, [
    fact(labels.transfersInWindow, values.countInDays(count, days, env.format)),
    ...detail,
    threshold(env, min, days),
    ...sourceEvidence(env),
  ]);
};

const recentNegative: BuiltinRule = (env) => {
  const {last} = env.facts;
  if (last?.sentiment !== 'NEGATIVE') return undefined;
  return hint(env, 'recent-negative', {date: env.format.date(last.at)}, [
    contactEvidence(env, env.m.labels.lastContact, last),
    fact(env.m.labels.sentiment, env.m.sentiment.NEGATIVE),
  ]);
};

// ── severity 3: no solicitation now ──────────────────────────────────────────

const quietPeriod: BuiltinRule = (env) => {
  const {view, now, format, m} = env;
  const q = activeQuietPeriod(view, now);
  const assumed = view.assumed?.includes('quiet-period') === true;
  if (!q && !env.promotionsDisabled) return undefined;
  const evidence: HintEvidence[] = [];
  let params: HintTextParams['quiet-period'] = {hostWide: true};
  if (q) {
    /*
     * `until` is exclusive; people read "until 6 April" as "6 April included". Showing the day
     * of the last included instant makes an end at midnight read right ("until 6 April" for an
     * end at 7 April 00:00), and an end in the afternoon still names its own day.
     */
    const lastIncluded = q.until && new Date(q.until.getTime() - 1);
    const reason = filled(q.reason);
    evidence.push(fact(m.labels.quietReason, reason ? q.reason : m.values.noReason));
    if (assumed) evidence.push(fact(m.labels.quietPeriod, m.values.assumed));
    if (q.since) evidence.push(fact(m.labels.quietSince, format.longDate(q.since)));
    if (lastIncluded) evidence.push(fact(m.labels.quietUntil, format.longDate(lastIncluded)));
    params = {hostWide: false, reason, until: lastIncluded && format.date(lastIncluded)};
  }
  if (env.promotionsDisabled) evidence.push(fact(m.labels.promotions, m.values.pausedByHost));
  return hint(env, 'quiet-period', params, evidence);
};

/** The latest record for a purpose (a CRM may keep the history of a consent), when it is a refusal. */
function refusal(view: CustomerView, purpose: ConsentPurpose): Consent | undefined {
  const time = (c: Consent): number => c.updatedAt?.getTime() ?? -Infinity;
  let latest: Consent | undefined;
  for (const c of view.consents) if (c.purpose === purpose && (!latest || time(c) >= time(latest))) latest = c;
  return latest?.granted === false ? latest : undefined;
}

/**
 * A missing consent record is "unknown", not a refusal: only the registry flag or an explicit
 * `granted: false` for PHONE or MARKETING fires (EMAIL/SMS refusals do not stop a phone call).
 */
const doNotContact: BuiltinRule = (env) => {
  const {view, format, m} = env;
  const marketing = refusal(view, 'MARKETING');
  const phone = refusal(view, 'PHONE');
  const withdrawn = (c: Consent): string => m.values.withdrawnOn(c.updatedAt && format.longDate(c.updatedAt));
  const evidence: HintEvidence[] = [];
  const registry = view.doNotCall || view.assumed?.includes('do-not-call') === true;
  const consentsUnknown = view.assumed?.includes('consents') === true;
  if (view.doNotCall) evidence.push(fact(m.labels.doNotCallRegistry, m.values.registered));
  else if (registry) evidence.push(fact(m.labels.doNotCallRegistry, m.values.assumed));
  if (marketing) evidence.push(fact(m.labels.marketingConsent, withdrawn(marketing)));
  else if (consentsUnknown) evidence.push(fact(m.labels.marketingConsent, m.values.assumed));
  if (phone) evidence.push(fact(m.labels.phoneConsent, withdrawn(phone)));
  if (evidence.length === 0) return undefined;
  const reason = registry ? 'registry' : marketing || consentsUnknown ? 'marketing' : 'phone';
  return hint(env, 'do-not-contact', {reason}, evidence);
};

/**
 * The cap counts outbound solicitations on the last `days` local calendar days (today
 * included). With n ≥ cap of them, newest first d[0] ≥ d[1] ≥ …, the count drops below the
 * cap once d[cap-1] leaves the window, i.e. on day d[cap-1] + days: the date it frees up.
 */
export function contactCapFreeDay(solicitationDaysNewestFirst: readonly number[], max: number, days: number): number | undefined {
  const pivot = solicitationDaysNewestFirst[max - 1];
  return pivot === undefined ? undefined : pivot + days;
}

/** The solicitations counted by the cap (local days, newest first) and the day it frees up. */
function capState(env: RuleEnv): {inCap: number[]; freeDay?: number} {
  const {max, days} = env.options.jurisdiction.contactCap;
  const inCap = env.facts.outboundSolicitations
    .filter((at) => inWindow(env, at, days))
    .map((at) => dayOf(env, at))
    .sort((a, b) => b - a);
  return {inCap, freeDay: inCap.length < max ? undefined : contactCapFreeDay(inCap, max, days)};
}

/** The last refusal still inside the quiet time, with the day a new offer is allowed again. */
function refusalState(env: RuleEnv): {refusal: Contact; refusalDay: number; freeDay: number} | undefined {
  const {lastRefusal: refusal} = env.facts;
  if (!refusal || refusal.at > env.now) return undefined;
  const refusalDay = dayOf(env, refusal.at);
  const freeDay = refusalDay + env.options.jurisdiction.refusalQuietDays;
  return env.today < freeDay ? {refusal, refusalDay, freeDay} : undefined;
}

/**
 * When an outbound sales call is allowed again, every reason counted: the cap, the refusal's
 * quiet time, the legal hours and holidays, the preferred hours (src/hints/contact-window.ts).
 * Undefined when it cannot be known (the history or the refusals could not be read).
 */
function callAllowedFrom(env: RuleEnv): Date | undefined {
  if (!allowedFrom.has(env)) allowedFrom.set(env, searchAllowedFrom(env));
  return allowedFrom.get(env);
}
/** One search per computation, whichever of the three rules asks first. */
const allowedFrom = new WeakMap<RuleEnv, Date | undefined>();

function searchAllowedFrom(env: RuleEnv): Date | undefined {
  const assumed = env.view.assumed ?? [];
  const cap = capState(env);
  if (cap.freeDay === undefined && assumed.includes('contact-pressure')) return undefined;
  const refusal = refusalState(env);
  if (!env.facts.lastRefusal && assumed.includes('refusals')) return undefined;
  const days = [cap.freeDay, refusal?.freeDay].filter((d): d is number => d !== undefined);
  return nextContactInstant({
    now: env.now,
    zone: env.timeZone,
    jurisdiction: env.options.jurisdiction,
    preferred: env.view.preferredHours,
    notBeforeDay: days.length > 0 ? Math.max(...days) : undefined,
  });
}

/** The jurisdiction's name in the agent's language ("France"), for the evidence of a legal hint. */
function lawName(env: RuleEnv): string {
  const {id} = env.options.jurisdiction;
  if (!/^[A-Z]{2}$/.test(id)) return id;
  try {
    return intl(`region|${env.locale}`, () => new Intl.DisplayNames([env.locale], {type: 'region'})).of(id) ?? id;
  } catch {
    return id;
  }
}

/** A legal fact, its label naming the law it comes from: "Canvassing hours (France)". */
const lawFact = (env: RuleEnv, label: string, value: string): HintEvidence => fact(env.m.values.law(label, lawName(env)), value);

/** The hint, with the instant an outbound call is allowed again when it is known. */
const withUntil = (made: Hint, until: Date | undefined): Hint => (until ? {...made, until: new Date(until.getTime())} : made);

const contactFatigue: BuiltinRule = (env) => {
  const {max, days} = env.options.jurisdiction.contactCap;
  const {format, m} = env;
  const {inCap, freeDay} = capState(env);
  if (freeDay === undefined && env.view.assumed?.includes('contact-pressure')) {
    // The contact history could not be read: the legal cap may be reached, so no call.
    return hint(env, 'contact-fatigue', {count: 0, days, max, unknown: true}, [
      fact(m.labels.solicitationsInWindow, m.values.assumed),
      lawFact(env, m.labels.cap, m.values.perDays(max, days, format)),
    ]);
  }
  if (freeDay === undefined) return undefined;
  const until = callAllowedFrom(env);
  const listed = inCap.slice(0, MAX_DATES_LISTED).map(format.day);
  if (inCap.length > MAX_DATES_LISTED) listed.push('…');
  const made = hint(env, 'contact-fatigue', {count: inCap.length, days, until: until && format.dateTime(until), max}, [
    fact(m.labels.solicitationsInWindow, m.values.countInDays(inCap.length, days, format)),
    lawFact(env, m.labels.cap, m.values.perDays(max, days, format)),
    fact(m.labels.solicitationDates, listed.join(', ')),
    fact(m.labels.freeFrom, format.longDay(freeDay)),
    lawFact(env, m.labels.legalHours, format.hours(env.options.jurisdiction.callingHours)),
    fact(m.labels.nextAllowed, until ? format.dateTime(until) : m.values.noneSoon),
    ...sourceEvidence(env),
  ]);
  return withUntil(made, until);
};

const refusedRecently: BuiltinRule = (env) => {
  const {format, m} = env;
  const state = refusalState(env);
  if (!state && env.view.assumed?.includes('refusals')) {
    // Refusals could not be read (or not against this clock): one may be recent, so no new offer.
    return hint(env, 'refused-recently', {date: '', until: '', unknown: true}, [fact(m.labels.refusedOn, m.values.assumed)]);
  }
  if (!state) return undefined;
  const {refusal, refusalDay, freeDay} = state;
  const made = hint(env, 'refused-recently', {date: format.day(refusalDay), until: format.day(freeDay)}, [
    contactEvidence(env, m.labels.refusedOn, refusal),
    lawFact(env, m.labels.refusalQuietTime, m.values.days(env.options.jurisdiction.refusalQuietDays, format)),
    fact(m.labels.newOfferFrom, format.longDay(freeDay)),
  ]);
  return withUntil(made, callAllowedFrom(env));
};

const outsideCallingHours: BuiltinRule = (env) => {
  const {jurisdiction} = env.options;
  const {format, m} = env;
  const preferred = env.view.preferredHours;
  const status = callingHoursStatus(env.now, env.timeZone, jurisdiction, preferred);
  const {inLegalHours: legal, inPreferredHours: wanted, legalReason} = status;
  if (legal && wanted) return undefined;
  // The next time both allow, moved later when the cap or a refusal still holds then.
  const until = callAllowedFrom(env);
  const next = until && format.dateTime(until);
  const evidence = [
    fact(m.labels.localTime, m.values.inZone(format.dateTime(env.now), env.timeZone)),
    lawFact(env, m.labels.legalHours, format.hours(jurisdiction.callingHours)),
  ];
  if (legalReason === 'weekend' || legalReason === 'publicHoliday') {
    evidence.push(
      fact(
        m.labels.today,
        legalReason === 'publicHoliday' ? m.values.law(m.values.publicHoliday, lawName(env)) : m.values.weekend,
      ),
    );
  }
  if (preferred.length > 0) evidence.push(fact(m.labels.preferredHours, format.hours(preferred)));
  evidence.push(fact(m.labels.nextAllowed, next ?? m.values.noneSoon));
  const made = hint(
    env,
    'outside-calling-hours',
    {reason: !legal && !wanted ? 'both' : !legal ? 'legal' : 'preferred', next},
    evidence,
  );
  return withUntil(made, until);
};

const noUpsell: BuiltinRule = (env) => {
  const {evidence} = cancellations(env);
  const complaints = openTickets(env.view, 'COMPLAINT').map((t) => ticketEvidence(env, env.m.labels.openComplaint, t));
  if (evidence.length === 0 && complaints.length === 0) return undefined;
  return hint(env, 'no-upsell', {reason: evidence.length > 0 ? 'cancellation' : 'complaint'}, [...evidence, ...complaints]);
};

// ── severity 4: what not to pitch, how to address them ───────────────────────

/** Every offer as evidence (its name, then why not), the first named in the text. */
function offersHint(
  env: RuleEnv,
  id: 'already-owns' | 'not-eligible' | 'new-customers-only',
  offers: Offer[],
  why: (offer: Offer) => string,
  /** The held product, which only `already-owns` names. */
  product = '',
): Hint | undefined {
  const first = offers[0];
  const evidence = offers.map((o) => fact(o.name, why(o), 'offer', o.id));
  return first && hint(env, id, {count: offers.length, offer: first.name, product, reason: why(first)}, evidence);
}

const alreadyOwns: BuiltinRule = (env) => {
  const held = new Map<string, Product>();
  for (const p of env.view.products) {
    const key = categoryOf(p);
    // Products come most recent first: keep the first of each category.
    if (HELD.includes(p.status) && key !== '' && !held.has(key)) held.set(key, p);
  }
  const productFor = (o: Offer): string => held.get(categoryOf(o))?.name ?? '';
  const offers = env.view.offers.filter((o) => held.has(categoryOf(o)));
  return offersHint(
    env,
    'already-owns',
    offers,
    (o) => env.m.values.alreadyHas(productFor(o)),
    offers[0] && productFor(offers[0]),
  );
};

const notEligible: BuiltinRule = (env) =>
  offersHint(
    env,
    'not-eligible',
    env.view.offers.filter((o) => !o.eligible),
    (o) => filled(o.ineligibilityReason) ?? env.m.values.noReason,
  );

const newCustomersOnly: BuiltinRule = (env) => {
  const {tenure} = env;
  // "Not a new customer": tenure at or above the `new-customer` threshold (so the two hints
  // agree), or, with no start date, any product held now.
  const established = tenure
    ? tenure.days >= env.options.newCustomerDays
    : env.view.products.some((p) => HELD.includes(p.status));
  if (!established) return undefined;
  const since = tenure && env.format.longDay(tenure.sinceDay);
  const offers = env.view.offers.filter((o) => o.newCustomersOnly);
  return offersHint(env, 'new-customers-only', offers, () => env.m.values.newCustomersOnly(since));
};

const salutationUnknown: BuiltinRule = (env) => {
  if (filled(env.view.salutation)) return undefined;
  const name = addressOf(env.view).name;
  const {labels, values} = env.m;
  return hint(env, 'salutation-unknown', {name}, [fact(labels.salutation, values.notRecorded), fact(labels.nameToUse, name)]);
};

const preferredName: BuiltinRule = (env) => {
  const {view} = env;
  const {labels} = env.m;
  const preferred = filled(view.preferredName);
  const salutation = filled(view.salutation);
  const evidence: HintEvidence[] = [];
  if (preferred) evidence.push(fact(labels.preferredName, preferred));
  if (salutation) evidence.push(fact(labels.salutation, salutation));
  // With only a recorded salutation, say it with the family name ("Dr Martin").
  const name = preferred ?? `${salutation} ${filled(view.familyName) ?? view.displayName}`;
  return evidence.length > 0 ? hint(env, 'preferred-name', {name}, evidence) : undefined;
};

const preferredChannel: BuiltinRule = (env) => {
  const {view, format, m} = env;
  const channel = view.preferredChannel !== 'OTHER' ? view.preferredChannel : undefined;
  const hours = view.preferredHours.length > 0 ? format.hours(view.preferredHours) : '';
  const evidence: HintEvidence[] = [];
  if (channel) evidence.push(fact(m.labels.preferredChannel, m.channel[channel]));
  if (hours) evidence.push(fact(m.labels.preferredHours, hours));
  const params = {channel: channel && m.channelPhrase[channel], hours: hours || undefined};
  return evidence.length > 0 ? hint(env, 'preferred-channel', params, evidence) : undefined;
};

// ── severity 5: relationship context ─────────────────────────────────────────

/** Start date, tenure and threshold, the last two in the hint's unit. */
function tenureHint(
  env: RuleEnv,
  id: 'loyal-customer' | 'new-customer',
  tenure: Tenure,
  unit: 'years' | 'days',
  limit: number,
): Hint {
  const {labels, values} = env.m;
  const amount = tenure[unit];
  return hint(env, id, {years: amount, days: amount}, [
    fact(labels.customerSince, env.format.longDay(tenure.sinceDay)),
    fact(labels.tenure, values[unit](amount, env.format)),
    fact(labels.threshold, values[unit](limit, env.format)),
  ]);
}

const isLoyal = (env: RuleEnv): boolean => env.tenure !== undefined && env.tenure.years >= env.options.loyaltyYears;

const loyalCustomer: BuiltinRule = (env) =>
  env.tenure && isLoyal(env) ? tenureHint(env, 'loyal-customer', env.tenure, 'years', env.options.loyaltyYears) : undefined;

// Never both "loyal" and "new", even with odd thresholds.
const newCustomer: BuiltinRule = (env) =>
  env.tenure && env.tenure.days < env.options.newCustomerDays && !isLoyal(env)
    ? tenureHint(env, 'new-customer', env.tenure, 'days', env.options.newCustomerDays)
    : undefined;

/** Built-in rules, in catalog order. */
export const BUILTIN_RULES: readonly BuiltinRule[] = [
  missedAppointment,
  unansweredContact,
  cancellationPending,
  openTicketFirst,
  repeatContact,
  noTransfer,
  recentNegative,
  quietPeriod,
  doNotContact,
  contactFatigue,
  refusedRecently,
  outsideCallingHours,
  noUpsell,
  alreadyOwns,
  notEligible,
  newCustomersOnly,
  salutationUnknown,
  preferredName,
  preferredChannel,
  loyalCustomer,
  newCustomer,
];
