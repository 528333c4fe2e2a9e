/**
 * The call brief's invariants on 10,000 generated crowded customers (test/node/hints/crowded.ts),
 * seeded: a failure names the seed and the customer's index, and `crowdedCustomer(seed, index)`
 * rebuilds it. The instant the don't-call row names is checked on a sample against a search
 * written here without the card's code: minute by minute, with the zone read through `Intl`
 * and the French holidays computed by another Easter algorithm. That the row's headline
 * names that instant (its local time, as `Intl` writes it) is checked in the browser, on the
 * same customers: test/unit/hints/crowded.test.ts.
 */
import {expect} from '../../expect.js';
import {composeBrief, computeHints} from '../../../src/hints/index.js';
import type {Brief, BriefRow, Hint} from '../../../src/hints/index.js';
import type {Contact, CustomerView} from '../../../src/data/view-model.js';
import {CROWDED_CUSTOMERS as CUSTOMERS, CROWDED_SEED as SEED, crowdedCustomer, zoneOf, type Crowded} from './crowded.js';
import {intlWallClock} from '../../zone-reference.js';

/** Every `SAMPLE_EVERY`-th customer with a dated don't-call row gets the brute-force search. */
const SAMPLE_EVERY = 20;
const MINUTE = 60_000;
const DAY = 86_400_000;

const SELL = ['quiet-period', 'no-upsell', 'refused-recently', 'not-eligible', 'new-customers-only', 'already-owns'];
const CALL = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours'];

// ── independent calendar ──────────────────────────────────────────────────

/** Easter Sunday by Oudin's algorithm (not the one the card uses), as [month, day]. */
function easter(year: number): [number, number] {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  return [month, l + 28 - 31 * Math.floor(month / 4)];
}

const holidayCache = new Map<number, Set<string>>();
function frenchHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const [m, d] = easter(year);
    const plus = (n: number) => new Date(Date.UTC(year, m - 1, d + n)).toISOString().slice(5, 10);
    set = new Set(['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25', plus(1), plus(39), plus(50)]);
    holidayCache.set(year, set);
  }
  return set;
}

/** Local wall clock, read through `Intl` once per zone and quarter hour (offsets change on quarter hours). */
const offsets = new Map<string, Map<number, number>>();
function local(ms: number, zone: string): {day: number; minute: number; weekday: number} {
  const block = Math.floor(ms / (15 * MINUTE));
  let byBlock = offsets.get(zone);
  if (!byBlock) offsets.set(zone, (byBlock = new Map()));
  let offset = byBlock.get(block);
  if (offset === undefined) {
    const at = block * 15 * MINUTE;
    const wall = intlWallClock(new Date(at), zone);
    offset = wall.epochDay * DAY + wall.minute * MINUTE - at;
    byBlock.set(block, offset);
  }
  const wall = ms + offset;
  const day = Math.floor(wall / DAY);
  return {day, minute: Math.floor((wall - day * DAY) / MINUTE), weekday: (((day + 3) % 7) + 7) % 7};
}

const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The local days of the solicitations the cap counts and of the last refusal (read once per customer). */
interface Pressure {
  calls: number[];
  refusalDay?: number;
}
function pressureOf(c: Crowded, zone: string): Pressure {
  const now = c.now.getTime();
  const calls = c.view.summary.outboundSolicitations
    .filter((at) => at.getTime() <= now)
    .map((at) => local(at.getTime(), zone).day);
  const refusal = c.view.summary.lastRefusal;
  return refusal && refusal.at.getTime() <= now ? {calls, refusalDay: local(refusal.at.getTime(), zone).day} : {calls};
}

const isHoliday = (day: number): boolean => {
  const iso = new Date(day * DAY).toISOString();
  return frenchHolidays(Number(iso.slice(0, 4))).has(iso.slice(5, 10));
};

/** Whether an outbound sales call at `ms` is allowed by the law, the customer's hours, the cap and a refusal. */
function allowedAt(c: Crowded, zone: string, ms: number, pressure: Pressure = pressureOf(c, zone)): boolean {
  const l = local(ms, zone);
  const legal =
    l.weekday < 5 && ((l.minute >= 600 && l.minute < 780) || (l.minute >= 840 && l.minute < 1200)) && !isHoliday(l.day);
  if (!legal) return false;
  const hours = c.view.preferredHours;
  if (hours.length > 0 && !hours.some((w) => w.days.includes(WEEK[l.weekday] as never) && l.minute >= w.from && l.minute < w.to))
    return false;
  if (pressure.calls.filter((day) => day > l.day - 30).length >= 4) return false;
  return pressure.refusalDay === undefined || l.day >= pressure.refusalDay + 60;
}

// ── what a row is about, read from the evidence ──────────────────────────

/** Tickets that are one subject: same category and subject, or a contact on one naming the other. */
function ticketClasses(view: CustomerView): Map<string, string> {
  const cls = new Map(view.tickets.map((t) => [t.id, t.id]));
  const find = (id: string): string => (cls.get(id) === id ? id : find(cls.get(id)!));
  const link = (a: string, b: string) => {
    if (cls.has(a) && cls.has(b)) cls.set(find(a), find(b));
  };
  for (const a of view.tickets)
    for (const b of view.tickets)
      if (
        a.category === b.category &&
        a.subject.trim().toLowerCase().replace(/\s+/g, ' ') === b.subject.trim().toLowerCase().replace(/\s+/g, ' ')
      )
        link(a.id, b.id);
  for (const c of view.contacts.items)
    for (const t of view.tickets)
      if (c.ticketId && c.summary && ` ${c.summary.replace(/[^\w-]+/g, ' ')} `.includes(` ${t.id} `)) link(c.ticketId, t.id);
  return new Map([...cls.keys()].map((id) => [id, find(id)]));
}

const contactMaps = new WeakMap<CustomerView, Map<string, Contact>>();
function contactsOf(view: CustomerView): Map<string, Contact> {
  let map = contactMaps.get(view);
  if (!map) {
    map = new Map([...view.contacts.items, ...view.summary.awaitingReply, ...view.summary.missedByUs].map((c) => [c.id, c]));
    contactMaps.set(view, map);
  }
  return map;
}

function namedBy(row: BriefRow, view: CustomerView, classes: Map<string, string>): Set<string> {
  const contacts = contactsOf(view);
  const out = new Set<string>();
  const ticket = (id: string) => out.add(`ticket:${classes.get(id) ?? id}`);
  for (const h of row.hints) {
    const refs = h.evidence.flatMap((e) => (e.ref ? [e.ref] : []));
    if (h.id === 'no-upsell') continue;
    if (h.id === 'open-ticket-first' || h.id === 'repeat-contact' || h.id === 'no-transfer') {
      const first = refs.find((r) => r.type === 'ticket');
      if (first) ticket(first.id);
      continue;
    }
    for (const r of refs) {
      if (r.type === 'ticket') ticket(r.id);
      if (r.type === 'contact') {
        out.add(`contact:${r.id}`);
        const on = contacts.get(r.id)?.ticketId;
        if (on) ticket(on);
      }
    }
  }
  return out;
}

// ── the invariants ────────────────────────────────────────────────────────

interface Stats {
  /** Milliseconds in the minute-by-minute search. */
  searchMs: number;
  customers: number;
  hints: number;
  sampled: number;
  folded: number;
  also: number;
  dated: number;
}

/** An assertion for the hot path: the message is only written when it fails. */
function ok(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function check(c: Crowded, hints: Hint[], b: Brief, at: () => string, stats: Stats, sample: boolean): void {
  const shown = b.rows.slice(0, b.visible);
  const ids = (rows: readonly BriefRow[]) => rows.flatMap((r) => r.ids);
  // Every hint lands in exactly one row (or the header).
  const header = [...b.address.hintIds, ...(b.channel ? [b.channel.hintId] : [])];
  const placed = [...ids(b.rows), ...header].sort();
  const expected = hints.map((h) => h.id).sort();
  ok(sameList(placed, expected), () => `${at()}: every hint once: ${placed.join()} vs ${expected.join()}`);
  // At most three rows in view, one "first", on top.
  ok(b.visible === Math.min(3, b.rows.length), () => `${at()}: ${b.visible} rows in view of ${b.rows.length}`);
  ok(
    b.rows.every((r, i) => r.first === (i === 0)),
    () => `${at()}: one first, on top`,
  );
  // No ticket or contact named by two rows in view.
  const classes = ticketClasses(c.view);
  const seen = new Map<string, number>();
  shown.forEach((row, i) => {
    for (const key of namedBy(row, c.view, classes)) {
      ok((seen.get(key) ?? i) === i, () => `${at()}: ${key} named by rows ${seen.get(key)} and ${i}`);
      seen.set(key, i);
    }
  });
  // Every severity-1 subject in view; a reason not to sell in view whenever one applies.
  const inView = ids(shown);
  for (const h of hints) if (h.severity === 1) ok(inView.includes(h.id), () => `${at()}: ${h.id} (severity 1) in view`);
  if (hints.some((h) => SELL.includes(h.id)))
    ok(
      inView.some((id) => SELL.includes(id)),
      () => `${at()}: a reason not to sell in view`,
    );
  // "Sell nothing" stays in the don't-sell row only when no row is about what blocks selling.
  const upsellRow = b.rows.find((r) => r.ids.includes('no-upsell'));
  if (upsellRow && (upsellRow.group === 'dont-sell' || upsellRow.group === 'no-solicitation')) {
    const blockers = new Set(
      upsellRow.hints
        .find((h) => h.id === 'no-upsell')!
        .evidence.flatMap((e) => (e.ref?.type === 'ticket' ? [`ticket:${classes.get(e.ref.id) ?? e.ref.id}`] : [])),
    );
    for (const row of b.rows.filter((r) => r !== upsellRow)) {
      for (const key of namedBy(row, c.view, classes)) ok(!blockers.has(key), () => `${at()}: no-upsell apart from ${key}'s row`);
    }
  }
  // Nothing promotional during a quiet period, a pause or a cancellation.
  const q = c.view.quietPeriod;
  const quiet = c.promotionsDisabled || (q && (!q.since || q.since <= c.now) && (!q.until || q.until > c.now));
  const cancelling =
    c.view.products.some((p) => p.status === 'CANCELLATION_REQUESTED') ||
    c.view.tickets.some((t) => t.category === 'CANCELLATION');
  if (quiet || cancelling) {
    const promotional = b.rows.flatMap((r) => r.hints).filter((h) => h.promotional);
    ok(promotional.length === 0, () => `${at()}: promotional ${promotional.map((h) => h.id).join()}`);
  }
  if (b.rows.some((r) => r.group === 'no-solicitation')) stats.folded += 1;
  if (b.rows.some((r) => r.group === 'also')) stats.also += 1;

  // The don't-call instant.
  const call = b.rows.find((r) => r.hints.some((h) => CALL.includes(h.id)));
  if (!call) return;
  if (call.ids.includes('do-not-contact')) {
    ok(call.until === undefined, () => `${at()}: do-not-contact has no date`);
    ok(/No end date|Sans date de fin/.test(call.notes.join(' ')), () => `${at()}: do-not-contact says it has no date`);
    return;
  }
  if (!call.until) return;
  stats.dated += 1;
  const zone = zoneOf(c.view);
  const until = call.until.getTime();
  // (That the headline names it, as Intl writes its local time: test/unit/hints/crowded.test.ts.)
  ok(until >= c.now.getTime(), () => `${at()}: not in the past`);
  if (!sample || stats.dated % SAMPLE_EVERY !== 0) return;
  stats.sampled += 1;
  const pressure = pressureOf(c, zone);
  expect(allowedAt(c, zone, until, pressure), `${at()}: ${call.until.toISOString()} is allowed by every reason`).to.equal(true);
  const searchStarted = performance.now();
  const start = Math.ceil(c.now.getTime() / MINUTE) * MINUTE;
  if (until > c.now.getTime())
    expect(allowedAt(c, zone, c.now.getTime(), pressure), `${at()}: now is not allowed`).to.equal(false);
  // Every minute from now to the instant, except stretches where no minute can be allowed
  // (nights, weekends, holidays, days the cap or a refusal rules out): those are leapt over,
  // stopping 90 minutes short so that a DST change on the way cannot carry past a window.
  const leap = (minutes: number) => Math.max(1, minutes - 90) * MINUTE;
  for (let t = start; t < until;) {
    if (allowedAt(c, zone, t, pressure))
      expect.fail(`${at()}: ${new Date(t).toISOString()} is allowed, before ${call.until.toISOString()}`);
    const l = local(t, zone);
    const dayOpen =
      l.weekday < 5 &&
      !isHoliday(l.day) &&
      pressure.calls.filter((day) => day > l.day - 30).length < 4 &&
      (pressure.refusalDay === undefined || l.day >= pressure.refusalDay + 60);
    if (!dayOpen || l.minute >= 1200) t += leap(1440 - l.minute);
    else if (l.minute < 600) t += leap(600 - l.minute);
    else t += MINUTE;
  }
  stats.searchMs += performance.now() - searchStarted;
}

describe(`the call brief on ${CUSTOMERS.toLocaleString('en')} crowded customers (seed ${SEED})`, () => {
  // Ten batches of a thousand, run in order, so each stays well inside the runner's time limit.
  const BATCH = 1000;
  const stats: Stats = {searchMs: 0, customers: 0, hints: 0, sampled: 0, folded: 0, also: 0, dated: 0};
  let index = 0;
  let computeMs = 0;
  let ms = 0;
  for (let batch = 0; batch < CUSTOMERS / BATCH; batch += 1) {
    it(`customers ${batch * BATCH + 1}–${(batch + 1) * BATCH}: every hint once, three rows in view, one first, no record in two rows, the must-see in view, nothing promotional when quiet, the right don’t-call instant`, () => {
      const started = performance.now();
      const goal = (batch + 1) * BATCH;
      while (stats.customers < goal) {
        const c = crowdedCustomer(SEED, index);
        const i = index;
        const where = () => `seed ${SEED}, customer ${i} (crowdedCustomer(${SEED}, ${i}), now ${c.now.toISOString()})`;
        index += 1;
        const computeStarted = performance.now();
        const hints = computeHints(c.view, {
          now: c.now,
          locale: c.locale,
          suppress: c.suppress,
          promotionsDisabled: c.promotionsDisabled,
        });
        // Crowded: 6 to 15 hints.
        if (hints.length < 6 || hints.length > 15) continue;
        stats.customers += 1;
        stats.hints += hints.length;
        const b = composeBrief(hints, c.view, {locale: c.locale});
        computeMs += performance.now() - computeStarted;
        check(c, hints, b, where, stats, true);
      }
      ms += performance.now() - started;
    });
  }
  it('reached the situations the invariants are about', () => {
    console.log(
      `crowded customers: ${stats.customers} (of ${index} generated), ${stats.hints} hints, ${stats.folded} with don't-call and don't-sell in one row, ${stats.also} with an "Also" row, ${stats.dated} dated don't-call rows, ${stats.sampled} searched minute by minute; ${Math.round(ms)} ms (hints and briefs ${Math.round(computeMs)} ms, minute-by-minute search ${Math.round(stats.searchMs)} ms)`,
    );
    expect(stats.customers).to.equal(CUSTOMERS);
    expect(stats.folded).to.be.greaterThan(100);
    expect(stats.also).to.be.greaterThan(20);
    expect(stats.sampled).to.be.greaterThan(200);
  });
});
