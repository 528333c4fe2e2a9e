import type {
  Contact,
  ConsentPurpose,
  CustomerView,
  HoursWindow,
  Product,
  Ticket,
  TicketPriority,
  TopicSummary,
} from '../data/view-model.js';
import {HINT_CATALOG} from './catalog.js';
import type {HintId} from './catalog.js';
import {callingHoursStatus, weekdayIndex} from './calling-hours.js';
import {belongsToTopic, isValidDate, transfersOf} from './facts.js';
import type {ContactFacts} from './facts.js';
import {clock, weekdayShortNames} from './format.js';
import type {Formatter} from './format.js';
import type {HintTextParams, Messages} from './messages.js';
import {fullYearsBetween, utcEpochDay, zonedParts} from './time.js';
import type {Hint, HintContext, HintEvidence} from './types.js';

/** Everything a built-in rule reads, computed once per `computeHints` call. */
export interface RuleEnv {
  view: CustomerView;
  ctx: HintContext;
  f: Formatter;
  m: Messages;
  facts: ContactFacts;
  /** Local calendar day of `now` in the customer's zone (epoch day). */
  today: number;
  tenure: Tenure | undefined;
  promotionsDisabled: boolean;
}

export interface Tenure {
  sinceDay: number;
  days: number;
  years: number;
}

export type BuiltinRule = (env: RuleEnv) => Hint | undefined;

const OWNED_STATUSES: ReadonlySet<Product['status']> = new Set([
  'ACTIVE',
  'SUSPENDED',
  'CANCELLATION_REQUESTED',
]);
const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = {
  URGENT: 0,
  HIGH: 1,
  NORMAL: 2,
  LOW: 3,
  OTHER: 4,
};
/** Evidence lists stay readable in a sidebar: the rest is summed up in the count. */
const MAX_DATES_LISTED = 10;

export function tenureOf(view: CustomerView, today: number): Tenure | undefined {
  if (!isValidDate(view.customerSince)) return undefined;
  const sinceDay = utcEpochDay(view.customerSince);
  const days = today - sinceDay;
  // A start date in the future is a data error: no tenure rather than a wrong one.
  if (days < 0) return undefined;
  return {sinceDay, days, years: fullYearsBetween(sinceDay, today)};
}

function card<K extends HintId>(
  env: RuleEnv,
  id: K,
  params: HintTextParams[K],
  evidence: HintEvidence[],
): Hint {
  const entry = HINT_CATALOG[id];
  const text = env.m.hints[id](params, env.f);
  return {id, kind: entry.kind, severity: entry.severity, text, evidence, promotional: entry.promotional, source: 'card'};
}

const dayOf = (env: RuleEnv, at: Date): number => zonedParts(at, env.ctx.timeZone).epochDay;

/** In the last `days` calendar days, today included, and not in the future. */
function inWindow(env: RuleEnv, at: Date, days: number): boolean {
  return at.getTime() <= env.ctx.now.getTime() && dayOf(env, at) > env.today - days;
}

const isOpen = (t: Ticket): boolean => t.status !== 'RESOLVED' && t.status !== 'CLOSED';
const openTickets = (view: CustomerView): Ticket[] => view.tickets.filter(isOpen);
const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';
const normCategory = (value: string): string => value.trim().toLowerCase();

function sourceEvidence(env: RuleEnv): HintEvidence[] {
  return env.facts.fromSummary
    ? []
    : [{label: env.m.labels.source, value: env.m.values.latestContactsOnly(env.facts.page.length, env.f)}];
}

function contactValue(env: RuleEnv, c: Contact): string {
  const parts = [env.f.dateTime(c.at), env.m.purpose[c.purpose], env.m.channel[c.channel]];
  if (!blank(c.summary)) parts.push(c.summary ?? '');
  return parts.join(' · ');
}

function contactEvidence(env: RuleEnv, label: string, c: Contact): HintEvidence {
  return {label, value: contactValue(env, c), ref: {type: 'contact', id: c.id}};
}

function ticketEvidence(env: RuleEnv, label: string, t: Ticket): HintEvidence {
  const value = [t.id, t.subject, env.m.priority[t.priority], env.m.values.openedOn(env.f.date(t.openedAt))].join(' · ');
  return {label, value, ref: {type: 'ticket', id: t.id}};
}

function fullName(view: CustomerView): string {
  const parts = [view.givenName, view.familyName].filter((p): p is string => !blank(p));
  return parts.length > 0 ? parts.join(' ') : view.displayName;
}

/** The name the agent should say: the preferred one, else the full name, never a guessed title. */
function nameToUse(view: CustomerView): string {
  return !blank(view.preferredName) ? (view.preferredName ?? '').trim() : fullName(view);
}

/** "Mon–Fri 10:00–13:00, 14:00–20:00": windows grouped by identical days, days as ranges. */
export function formatHours(windows: readonly HoursWindow[], locale: string): string {
  const names = weekdayShortNames(locale);
  const groups = new Map<string, {days: number[]; times: string[]}>();
  for (const w of windows) {
    const days = [...new Set(w.days.map(weekdayIndex).filter((d) => d >= 0))].sort((a, b) => a - b);
    if (days.length === 0 || w.from >= w.to) continue;
    const key = days.join(',');
    const group = groups.get(key) ?? {days, times: []};
    group.times.push(`${clock(w.from)}–${clock(w.to)}`);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => `${dayRanges(g.days, names)} ${g.times.join(', ')}`)
    .join('; ');
}

function dayRanges(days: readonly number[], names: readonly string[]): string {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= days.length; i += 1) {
    const prev = days[i - 1] ?? 0;
    if (i === days.length || days[i] !== prev + 1) {
      const first = days[start] ?? 0;
      if (prev - first >= 2) out.push(`${names[first]}–${names[prev]}`);
      else for (let d = start; d < i; d += 1) out.push(names[days[d] ?? 0] ?? '');
      start = i;
    }
  }
  return out.join(', ');
}

// ── severity 1: what we owe the customer ─────────────────────────────────────

const missedAppointment: BuiltinRule = (env) => {
  const missed = env.facts.missedByUs
    .filter((c) => inWindow(env, c.at, env.ctx.options.missedAppointmentDays))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id));
  const newest = missed[0];
  if (!newest) return undefined;
  return card(
    env,
    'missed-appointment',
    {count: missed.length, date: env.f.date(newest.at), callback: newest.purpose !== 'APPOINTMENT'},
    [...missed.map((c) => contactEvidence(env, env.m.labels.missedByUs, c)), ...sourceEvidence(env)],
  );
};

const unansweredContact: BuiltinRule = (env) => {
  const waiting = env.facts.awaitingReply
    .filter((c) => c.at.getTime() <= env.ctx.now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
  const oldest = waiting[0];
  if (!oldest) return undefined;
  return card(
    env,
    'unanswered-contact',
    {count: waiting.length, since: env.f.date(oldest.at), channel: env.m.channel[oldest.channel]},
    [...waiting.map((c) => contactEvidence(env, env.m.labels.awaitingReply, c)), ...sourceEvidence(env)],
  );
};

function cancellationFacts(view: CustomerView): {products: Product[]; tickets: Ticket[]} {
  return {
    products: view.products.filter((p) => p.status === 'CANCELLATION_REQUESTED'),
    tickets: openTickets(view).filter((t) => t.category === 'CANCELLATION'),
  };
}

const cancellationPending: BuiltinRule = (env) => {
  const {products, tickets} = cancellationFacts(env.view);
  if (products.length === 0 && tickets.length === 0) return undefined;
  const only = products.length === 1 ? products[0] : undefined;
  return card(
    env,
    'cancellation-pending',
    {products: products.length, ...(only ? {product: only.name} : {})},
    [
      ...products.map((p) => ({
        label: env.m.labels.cancellationRequested,
        value: p.name,
        ref: {type: 'product' as const, id: p.id},
      })),
      ...tickets.map((t) => ticketEvidence(env, env.m.labels.cancellationTicket, t)),
    ],
  );
};

const openTicketFirst: BuiltinRule = (env) => {
  // A cancellation request comes first, whatever its priority: `cancellation-pending` says
  // "handle that request, nothing else", and the two hints must agree.
  const tickets = openTickets(env.view).sort(
    (a, b) =>
      Number(b.category === 'CANCELLATION') - Number(a.category === 'CANCELLATION') ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      a.openedAt.getTime() - b.openedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
  const first = tickets[0];
  if (!first) return undefined;
  return card(
    env,
    'open-ticket-first',
    {count: tickets.length, ticket: first.id, priority: env.m.priority[first.priority]},
    tickets.map((t) => ticketEvidence(env, env.m.labels.openTicket, t)),
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
  const exact =
    (env.facts.fromSummary && env.facts.summaryDays <= days) || dayOf(env, topic.firstAt) >= startDay;
  if (exact) return {topic, count: topic.count, transfers: topic.transfers};
  let count = 0;
  let transfers = 0;
  for (const c of env.facts.page) {
    if (belongsToTopic(c, topic) && inWindow(env, c.at, days)) {
      count += 1;
      transfers += transfersOf(c);
    }
  }
  return {topic, count, transfers};
}

function topicName(env: RuleEnv, topic: TopicSummary): string {
  return topic.ticketId ?? env.m.purpose[topic.purpose];
}

function topicEvidence(env: RuleEnv, w: WindowedTopic): HintEvidence {
  const value = [
    topicName(env, w.topic),
    env.m.values.contacts(w.count, env.f),
    env.m.values.transfers(w.transfers, env.f),
    env.m.values.span(env.f.date(w.topic.firstAt), env.f.date(w.topic.lastAt)),
  ].join(' · ');
  return {
    label: env.m.labels.topic,
    value,
    ...(w.topic.ticketId !== undefined ? {ref: {type: 'ticket' as const, id: w.topic.ticketId}} : {}),
  };
}

const repeatContact: BuiltinRule = (env) => {
  const {min, days} = env.ctx.options.repeatContact;
  // Outbound sales contacts without a ticket are our pressure, not the customer's repeated
  // request: `contact-fatigue` covers them.
  const windowed = env.facts.topics
    .filter((t) => t.ticketId !== undefined || t.purpose !== 'SALES')
    .map((t) => topicInWindow(env, t, days));
  // A ticket opened inside the window had all its contacts inside it.
  for (const ticket of openTickets(env.view)) {
    if (!inWindow(env, ticket.openedAt, days)) continue;
    const existing = windowed.find((w) => w.topic.ticketId === ticket.id);
    if (existing) {
      existing.count = Math.max(existing.count, ticket.contactCount);
    } else if (ticket.contactCount > 0) {
      windowed.push({
        topic: {
          ticketId: ticket.id,
          purpose: 'OTHER',
          count: ticket.contactCount,
          transfers: ticket.transferCount,
          firstAt: ticket.openedAt,
          lastAt: ticket.updatedAt ?? ticket.openedAt,
        },
        count: ticket.contactCount,
        transfers: ticket.transferCount,
      });
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
  if (!top) return undefined;
  return card(
    env,
    'repeat-contact',
    {count: top.count, days, topic: topicName(env, top.topic), isTicket: top.topic.ticketId !== undefined},
    [
      ...repeated.map((w) => topicEvidence(env, w)),
      {label: env.m.labels.threshold, value: env.m.values.countInDays(min, days, env.f)},
      ...sourceEvidence(env),
    ],
  );
};

const noTransfer: BuiltinRule = (env) => {
  const {min, days} = env.ctx.options.transfers;
  // Three lower bounds of the same number; the largest is the best we know.
  const windowed = env.facts.topics.map((t) => topicInWindow(env, t, days));
  const fromTopics = windowed.reduce((sum, w) => sum + w.transfers, 0);
  const fromPage = env.facts.page
    .filter((c) => inWindow(env, c.at, days))
    .reduce((sum, c) => sum + transfersOf(c), 0);
  const recentTickets = openTickets(env.view).filter((t) => inWindow(env, t.openedAt, days));
  const fromTickets = recentTickets.reduce((sum, t) => sum + Math.max(0, t.transferCount), 0);
  const total = Math.max(fromTopics, fromPage, fromTickets);
  if (total < min) return undefined;
  const detail: HintEvidence[] =
    fromTopics >= fromTickets
      ? windowed.filter((w) => w.transfers > 0).map((w) => topicEvidence(env, w))
      : recentTickets
          .filter((t) => t.transferCount > 0)
          .map((t) => ({
            label: env.m.labels.openTicket,
            value: `${t.id} · ${env.m.values.transfers(t.transferCount, env.f)}`,
            ref: {type: 'ticket' as const, id: t.id},
          }));
  return card(env, 'no-transfer', {count: total, days}, [
    {label: env.m.labels.transfersInWindow, value: env.m.values.countInDays(total, days, env.f)},
    ...detail,
    {label: env.m.labels.threshold, value: env.m.values.countInDays(min, days, env.f)},
    ...sourceEvidence(env),
  ]);
};

const recentNegative: BuiltinRule = (env) => {
  const last = env.facts.last;
  if (!last || last.sentiment !== 'NEGATIVE') return undefined;
  return card(env, 'recent-negative', {date: env.f.date(last.at)}, [
    contactEvidence(env, env.m.labels.lastContact, last),
    {label: env.m.labels.sentiment, value: env.m.sentiment.NEGATIVE},
  ]);
};

// ── severity 3: no solicitation now ──────────────────────────────────────────

export function quietPeriodActive(view: CustomerView, now: Date): boolean {
  const q = view.quietPeriod;
  if (!q) return false;
  const t = now.getTime();
  if (isValidDate(q.since) && q.since.getTime() > t) return false;
  // `until` is exclusive: the period is over at that instant.
  if (isValidDate(q.until) && q.until.getTime() <= t) return false;
  return true;
}

/**
 * `until` is exclusive; people read "until 6 April" as "6 April included". Showing the day of
 * the last included instant makes an end at midnight read right ("until 6 April" for an end
 * at 7 April 00:00), and an end in the afternoon still names its own day.
 */
const lastIncluded = (until: Date): Date => new Date(until.getTime() - 1);

const quietPeriod: BuiltinRule = (env) => {
  const active = quietPeriodActive(env.view, env.ctx.now);
  if (!active && !env.promotionsDisabled) return undefined;
  const q = active ? env.view.quietPeriod : undefined;
  const {labels, values} = env.m;
  const evidence: HintEvidence[] = [];
  if (q) {
    evidence.push({label: labels.quietReason, value: blank(q.reason) ? values.noReason : q.reason});
    if (isValidDate(q.since)) evidence.push({label: labels.quietSince, value: env.f.longDate(q.since)});
    if (isValidDate(q.until)) evidence.push({label: labels.quietUntil, value: env.f.longDate(lastIncluded(q.until))});
  }
  if (env.promotionsDisabled) evidence.push({label: labels.promotions, value: values.pausedByHost});
  return card(
    env,
    'quiet-period',
    {
      hostWide: !q,
      ...(q && !blank(q.reason) ? {reason: q.reason.trim()} : {}),
      ...(q && isValidDate(q.until) ? {until: env.f.date(lastIncluded(q.until))} : {}),
    },
    evidence,
  );
};

/** The latest record for a purpose (a CRM may keep the history of a consent). */
function latestConsent(view: CustomerView, purpose: ConsentPurpose) {
  let latest: CustomerView['consents'][number] | undefined;
  for (const c of view.consents) {
    if (c.purpose !== purpose) continue;
    const time = isValidDate(c.updatedAt) ? c.updatedAt.getTime() : -Infinity;
    const latestTime = latest && isValidDate(latest.updatedAt) ? latest.updatedAt.getTime() : -Infinity;
    if (!latest || time >= latestTime) latest = c;
  }
  return latest;
}

/**
 * A missing consent record is "unknown", not a refusal: only the registry flag or an explicit
 * `granted: false` for PHONE or MARKETING fires (EMAIL/SMS refusals do not stop a phone call).
 */
const doNotContact: BuiltinRule = (env) => {
  const marketing = latestConsent(env.view, 'MARKETING');
  const phone = latestConsent(env.view, 'PHONE');
  const marketingRefused = marketing?.granted === false;
  const phoneRefused = phone?.granted === false;
  if (!env.view.doNotCall && !marketingRefused && !phoneRefused) return undefined;
  const {labels, values} = env.m;
  const withdrawn = (updatedAt: Date | undefined): string =>
    values.withdrawnOn(isValidDate(updatedAt) ? env.f.longDate(updatedAt) : undefined);
  const evidence: HintEvidence[] = [];
  if (env.view.doNotCall) evidence.push({label: labels.doNotCallRegistry, value: values.registered});
  if (marketingRefused) evidence.push({label: labels.marketingConsent, value: withdrawn(marketing.updatedAt)});
  if (phoneRefused) evidence.push({label: labels.phoneConsent, value: withdrawn(phone.updatedAt)});
  const reason = env.view.doNotCall ? 'registry' : marketingRefused ? 'marketing' : 'phone';
  return card(env, 'do-not-contact', {reason}, evidence);
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

const contactFatigue: BuiltinRule = (env) => {
  const {max, days} = env.ctx.options.jurisdiction.contactCap;
  const inCap = env.facts.solicitations
    .filter((at) => inWindow(env, at, days))
    .map((at) => dayOf(env, at))
    .sort((a, b) => b - a);
  if (inCap.length < max) return undefined;
  const freeDay = contactCapFreeDay(inCap, max, days);
  if (freeDay === undefined) return undefined;
  const {labels, values} = env.m;
  const listed = inCap.slice(0, MAX_DATES_LISTED).map((d) => env.f.day(d));
  if (inCap.length > MAX_DATES_LISTED) listed.push('…');
  return card(env, 'contact-fatigue', {count: inCap.length, days, until: env.f.day(freeDay)}, [
    {label: labels.solicitationsInWindow, value: values.countInDays(inCap.length, days, env.f)},
    {label: labels.cap, value: values.perDays(max, days, env.f)},
    {label: labels.solicitationDates, value: listed.join(', ')},
    {label: labels.freeFrom, value: env.f.longDay(freeDay)},
    ...sourceEvidence(env),
  ]);
};

const refusedRecently: BuiltinRule = (env) => {
  const refusal = env.facts.lastRefusal;
  if (!refusal || refusal.at.getTime() > env.ctx.now.getTime()) return undefined;
  const quietDays = env.ctx.options.jurisdiction.refusalQuietDays;
  const refusalDay = dayOf(env, refusal.at);
  const freeDay = refusalDay + quietDays;
  if (env.today >= freeDay) return undefined;
  const {labels, values} = env.m;
  return card(env, 'refused-recently', {date: env.f.day(refusalDay), until: env.f.day(freeDay)}, [
    contactEvidence(env, labels.refusedOn, refusal),
    {label: labels.refusalQuietTime, value: values.days(quietDays, env.f)},
    {label: labels.newOfferFrom, value: env.f.longDay(freeDay)},
  ]);
};

const outsideCallingHours: BuiltinRule = (env) => {
  const {jurisdiction} = env.ctx.options;
  const preferred = env.view.preferredHours;
  const status = callingHoursStatus(env.ctx.now, env.ctx.timeZone, jurisdiction, preferred);
  if (status.inLegalHours && status.inPreferredHours) return undefined;
  const reason = !status.inLegalHours && !status.inPreferredHours ? 'both' : !status.inLegalHours ? 'legal' : 'preferred';
  const {labels, values} = env.m;
  const evidence: HintEvidence[] = [
    {label: labels.localTime, value: values.inZone(env.f.dateTime(env.ctx.now), env.ctx.timeZone)},
    {label: labels.legalHours, value: formatHours(jurisdiction.callingHours, env.ctx.locale)},
  ];
  if (status.legalReason === 'weekend' || status.legalReason === 'publicHoliday') {
    evidence.push({label: labels.today, value: values[status.legalReason]});
  }
  if (preferred.length > 0) {
    evidence.push({label: labels.preferredHours, value: formatHours(preferred, env.ctx.locale)});
  }
  const next = status.next ? env.f.dateTime(status.next) : undefined;
  evidence.push({label: labels.nextAllowed, value: next ?? values.noneSoon});
  return card(env, 'outside-calling-hours', {reason, ...(next ? {next} : {})}, evidence);
};

const noUpsell: BuiltinRule = (env) => {
  const {products, tickets: cancellations} = cancellationFacts(env.view);
  const complaints = openTickets(env.view).filter((t) => t.category === 'COMPLAINT');
  if (products.length === 0 && cancellations.length === 0 && complaints.length === 0) return undefined;
  const {labels} = env.m;
  const reason = products.length > 0 || cancellations.length > 0 ? 'cancellation' : 'complaint';
  return card(env, 'no-upsell', {reason}, [
    ...products.map((p) => ({label: labels.cancellationRequested, value: p.name, ref: {type: 'product' as const, id: p.id}})),
    ...cancellations.map((t) => ticketEvidence(env, labels.cancellationTicket, t)),
    ...complaints.map((t) => ticketEvidence(env, labels.openComplaint, t)),
  ]);
};

// ── severity 4: what not to pitch, how to address them ───────────────────────

const alreadyOwns: BuiltinRule = (env) => {
  const owned = new Map<string, Product>();
  for (const p of env.view.products) {
    const key = normCategory(p.category);
    // Products come most recent first: keep the first of each category.
    if (OWNED_STATUSES.has(p.status) && key !== '' && !owned.has(key)) owned.set(key, p);
  }
  const matches = env.view.offers
    .map((offer) => ({offer, product: owned.get(normCategory(offer.category))}))
    .filter((m): m is {offer: (typeof env.view.offers)[number]; product: Product} => m.product !== undefined);
  const first = matches[0];
  if (!first) return undefined;
  return card(
    env,
    'already-owns',
    {count: matches.length, offer: first.offer.name, product: first.product.name},
    matches.map(({offer, product}) => ({
      label: offer.name,
      value: env.m.values.alreadyHas(product.name),
      ref: {type: 'offer' as const, id: offer.id},
    })),
  );
};

const notEligible: BuiltinRule = (env) => {
  const offers = env.view.offers.filter((o) => !o.eligible);
  const first = offers[0];
  if (!first) return undefined;
  return card(
    env,
    'not-eligible',
    {count: offers.length, offer: first.name},
    offers.map((o) => ({
      label: o.name,
      value: blank(o.ineligibilityReason) ? env.m.values.noReason : (o.ineligibilityReason ?? '').trim(),
      ref: {type: 'offer' as const, id: o.id},
    })),
  );
};

/**
 * "Not a new customer": tenure at or above the `new-customer` threshold (so the two hints
 * agree), or, with no start date, any product held now.
 */
function isEstablishedCustomer(env: RuleEnv): boolean {
  if (env.tenure) return env.tenure.days >= env.ctx.options.newCustomerDays;
  return env.view.products.some((p) => OWNED_STATUSES.has(p.status));
}

const newCustomersOnly: BuiltinRule = (env) => {
  if (!isEstablishedCustomer(env)) return undefined;
  const offers = env.view.offers.filter((o) => o.newCustomersOnly);
  const first = offers[0];
  if (!first) return undefined;
  const since = env.tenure ? env.f.longDay(env.tenure.sinceDay) : undefined;
  return card(
    env,
    'new-customers-only',
    {count: offers.length, offer: first.name},
    offers.map((o) => ({
      label: o.name,
      value: env.m.values.newCustomersOnly(since),
      ref: {type: 'offer' as const, id: o.id},
    })),
  );
};

const salutationUnknown: BuiltinRule = (env) => {
  if (!blank(env.view.salutation)) return undefined;
  const name = nameToUse(env.view);
  return card(env, 'salutation-unknown', {name}, [
    {label: env.m.labels.salutation, value: env.m.values.notRecorded},
    {label: env.m.labels.nameToUse, value: name},
  ]);
};

const preferredName: BuiltinRule = (env) => {
  const {view} = env;
  const salutation = (view.salutation ?? '').trim();
  if (blank(view.preferredName) && salutation === '') return undefined;
  // With only a recorded salutation, say it with the family name ("Dr Martin").
  const name = !blank(view.preferredName)
    ? nameToUse(view)
    : `${salutation} ${!blank(view.familyName) ? (view.familyName ?? '').trim() : view.displayName}`;
  const evidence: HintEvidence[] = [];
  if (!blank(view.preferredName)) evidence.push({label: env.m.labels.preferredName, value: nameToUse(view)});
  if (salutation !== '') evidence.push({label: env.m.labels.salutation, value: salutation});
  return card(env, 'preferred-name', {name}, evidence);
};

const preferredChannel: BuiltinRule = (env) => {
  const channel = env.view.preferredChannel;
  const known = channel !== undefined && channel !== 'OTHER' ? channel : undefined;
  const hours = env.view.preferredHours.length > 0 ? formatHours(env.view.preferredHours, env.ctx.locale) : '';
  if (!known && hours === '') return undefined;
  const evidence: HintEvidence[] = [];
  if (known) evidence.push({label: env.m.labels.preferredChannel, value: env.m.channel[known]});
  if (hours !== '') evidence.push({label: env.m.labels.preferredHours, value: hours});
  return card(
    env,
    'preferred-channel',
    {...(known ? {channel: env.m.channelPhrase[known]} : {}), ...(hours !== '' ? {hours} : {})},
    evidence,
  );
};

// ── severity 5: relationship context ─────────────────────────────────────────

function tenureEvidence(env: RuleEnv, tenure: Tenure, value: string, threshold: string): HintEvidence[] {
  return [
    {label: env.m.labels.customerSince, value: env.f.longDay(tenure.sinceDay)},
    {label: env.m.labels.tenure, value},
    {label: env.m.labels.threshold, value: threshold},
  ];
}

const isLoyal = (env: RuleEnv): boolean =>
  env.tenure !== undefined && env.tenure.years >= env.ctx.options.loyaltyYears;

const loyalCustomer: BuiltinRule = (env) => {
  const tenure = env.tenure;
  if (!tenure || !isLoyal(env)) return undefined;
  const {values} = env.m;
  return card(
    env,
    'loyal-customer',
    {years: tenure.years},
    tenureEvidence(env, tenure, values.years(tenure.years, env.f), values.years(env.ctx.options.loyaltyYears, env.f)),
  );
};

const newCustomer: BuiltinRule = (env) => {
  const tenure = env.tenure;
  // Never both "loyal" and "new", even with odd thresholds.
  if (!tenure || tenure.days >= env.ctx.options.newCustomerDays || isLoyal(env)) return undefined;
  const {values} = env.m;
  return card(
    env,
    'new-customer',
    {days: tenure.days},
    tenureEvidence(env, tenure, values.days(tenure.days, env.f), values.days(env.ctx.options.newCustomerDays, env.f)),
  );
};

/** Built-in rules, one per catalog id. */
export const BUILTIN_RULES: Readonly<Record<HintId, BuiltinRule>> = {
  'missed-appointment': missedAppointment,
  'unanswered-contact': unansweredContact,
  'cancellation-pending': cancellationPending,
  'open-ticket-first': openTicketFirst,
  'repeat-contact': repeatContact,
  'no-transfer': noTransfer,
  'recent-negative': recentNegative,
  'quiet-period': quietPeriod,
  'do-not-contact': doNotContact,
  'contact-fatigue': contactFatigue,
  'refused-recently': refusedRecently,
  'outside-calling-hours': outsideCallingHours,
  'no-upsell': noUpsell,
  'already-owns': alreadyOwns,
  'not-eligible': notEligible,
  'new-customers-only': newCustomersOnly,
  'salutation-unknown': salutationUnknown,
  'preferred-name': preferredName,
  'preferred-channel': preferredChannel,
  'loyal-customer': loyalCustomer,
  'new-customer': newCustomer,
};
