/**
 * Recounts every `ContactSummary` aggregate from the contacts the server paged through, as
 * `schema/customer-360.graphql` describes each field, and compares with what the server said.
 *
 * The server's `now` is known only within a band (the instants before the first and after
 * the last request, widened by the allowed clock skew; a single instant with `--now`). A
 * contact whose place in a window depends on where `now` falls in that band is *borderline*:
 * the server may count it or not. Everything else must match exactly.
 *
 * Windows, as the schema words them: "the last `days` days" is the `days` × 24 h up to `now`,
 * both ends included, so a contact after `now` (an appointment not yet due) is outside it.
 * Calendar months are counted in UTC or in the customer's time zone (the schema names neither;
 * either is accepted when it matches every month). Where the schema leaves a contact after
 * `now` open (`last`, and `monthly` for the current month), counting it or not are both accepted.
 */

const DAY = 86_400_000;

/** A contact as answered, with its instant parsed. */
export interface Contact {
  readonly id: string;
  /** The instant, in milliseconds. */
  readonly atMs: number;
  readonly direction: string;
  readonly purpose: string;
  readonly outcome: string;
  readonly transfers: number;
  readonly ticketId: string | null;
  /** The node exactly as answered. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Where the server's `now` lies: `low` ≤ now ≤ `high`, in milliseconds. */
export interface Band {
  readonly low: number;
  readonly high: number;
}

export interface Verdict {
  readonly status: 'pass' | 'fail';
  readonly saw: string;
}

type Membership = 'in' | 'out' | 'maybe';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Milliseconds of an ISO 8601 instant, or `null` when it is not one. */
export function instant(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** A contact node as answered, or a reason it is not one. */
export function toContact(node: unknown): Contact | string {
  if (!isRecord(node)) return 'a contact that is not an object';
  const {id, at, direction, purpose, outcome, transfers, ticketId} = node;
  if (typeof id !== 'string' || !id) return 'a contact without an id';
  const atMs = instant(at);
  if (atMs === null) return `contact ${id} with \`at\` ${JSON.stringify(at)}, not an ISO instant`;
  return {
    id,
    atMs,
    direction: String(direction),
    purpose: String(purpose),
    outcome: String(outcome),
    transfers: typeof transfers === 'number' ? transfers : Number.NaN,
    ticketId: typeof ticketId === 'string' ? ticketId : null,
    raw: node,
  };
}

/** Whether `atMs` is in the `days` days up to `now`, for every `now` of the band ('in'), none ('out'), or some ('maybe'). */
function inWindow(atMs: number, days: number, band: Band): Membership {
  const span = days * DAY;
  if (atMs >= band.high - span && atMs <= band.low) return 'in';
  if (atMs < band.low - span || atMs > band.high) return 'out';
  return 'maybe';
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function describe(contact: Contact): string {
  return `${contact.id} (${iso(contact.atMs)}, ${contact.direction} ${contact.purpose} ${contact.outcome})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** `value` within [min, max], said as "n" or "n–m". */
function range(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** The recount's context: the customer's contacts (distinct, any order), the band, the answered summary. */
export interface RecountInput {
  readonly contacts: readonly Contact[];
  readonly band: Band;
  /** The `contactSummary` object as answered. */
  readonly summary: Readonly<Record<string, unknown>>;
  /** The `days` the card asked for, and the `topics(days)` and `monthly(months)` arguments it sends. */
  readonly askedDays: number;
  readonly topicDays: number;
  readonly months: number;
  /** The customer's IANA time zone, when it has one (for calendar months). */
  readonly timeZone: string | null;
}

/** Newest first; equal instants keep their order. */
function newestFirst(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => b.atMs - a.atMs);
}

/** How far apart two readings of one instant may be: the width of the band (the demo's data moves with its clock). */
function tolerance(band: Band): number {
  return band.high - band.low;
}

/** `contactSummary.days` and `count`. */
export function checkCount(input: RecountInput): Verdict {
  const {summary, askedDays, contacts, band} = input;
  const days = summary['days'];
  if (days !== askedDays) return {status: 'fail', saw: `days ${JSON.stringify(days)} for the ${askedDays} days the card asked`};
  let sure = 0;
  let maybe = 0;
  for (const contact of contacts) {
    const place = inWindow(contact.atMs, askedDays, band);
    if (place === 'in') sure++;
    else if (place === 'maybe') maybe++;
  }
  const count = summary['count'];
  const expected = range(sure, sure + maybe);
  if (typeof count !== 'number' || count < sure || count > sure + maybe) {
    const future = contacts.filter((c) => c.atMs > band.high).length;
    const note = future ? ` (${plural(future, 'contact')} after now, outside the window)` : '';
    return {
      status: 'fail',
      saw: `count ${JSON.stringify(count)}; the paged contacts give ${expected} in the last ${askedDays} days${note}`,
    };
  }
  return {status: 'pass', saw: `count ${count} in the last ${askedDays} days, as recounted (${expected})`};
}

/** The contact objects of a list answered by the summary, or a reason. */
function contactList(value: unknown, field: string): Record<string, unknown>[] | string {
  if (!Array.isArray(value)) return `${field} is ${JSON.stringify(value)}, not a list`;
  if (!value.every(isRecord)) return `${field} holds something that is not a contact`;
  return value;
}

/**
 * A list of contacts the server answered (`listed`) against the recount: every sure member
 * present, nothing else than sure or borderline members, none twice, in `order`, and each
 * answered as the pages answered it.
 */
function compareList(
  field: string,
  answered: unknown,
  members: readonly Contact[],
  place: (contact: Contact) => Membership,
  order: 'newest first' | 'oldest first',
  band: Band,
  all: readonly Contact[],
): Verdict {
  const listed = contactList(answered, field);
  if (typeof listed === 'string') return {status: 'fail', saw: listed};
  const byId = new Map(members.map((contact) => [contact.id, contact]));
  const seen = new Set<string>();
  for (const node of listed) {
    const id = String(node['id']);
    const contact = byId.get(id);
    if (seen.has(id)) return {status: 'fail', saw: `${field} lists ${id} twice`};
    seen.add(id);
    if (!contact || place(contact) === 'out') {
      const known = contact ?? all.find((c) => c.id === id);
      const what = known ? `${describe(known)},` : `${id}, a contact the pages do not have,`;
      return {status: 'fail', saw: `${field} lists ${what} which does not belong there`};
    }
    const differs = firstDifference(node, contact.raw, tolerance(band));
    if (differs) return {status: 'fail', saw: `${field}: ${id} differs from the same contact in the pages (${differs})`};
  }
  const sure = members.filter((contact) => place(contact) === 'in');
  const missing = sure.filter((contact) => !seen.has(contact.id));
  if (missing.length) {
    return {status: 'fail', saw: `${field} misses ${plural(missing.length, 'contact')}, e.g. ${describe(missing[0]!)}`};
  }
  const times = listed.map((node) => instant(node['at']) ?? Number.NaN);
  for (let i = 1; i < times.length; i++) {
    const wrong = order === 'newest first' ? times[i]! > times[i - 1]! : times[i]! < times[i - 1]!;
    if (wrong)
      return {
        status: 'fail',
        saw: `${field} is not ${order}: ${String(listed[i]!['id'])} comes after ${String(listed[i - 1]!['id'])}`,
      };
  }
  const borderline = members.length - sure.length;
  const note = borderline ? ` (${plural(borderline, 'borderline contact')} at the window's edge)` : '';
  // An empty list only shows the server lists nothing wrong: say so.
  const empty = members.length ? '' : ` (the history has none: a customer who has some checks more)`;
  return {status: 'pass', saw: `${plural(listed.length, 'contact')}, ${order}, as recounted${note}${empty}`};
}

/**
 * The first field where an answered contact differs from the paged one, or `null`. Instants
 * compare within `tolerance` ms.
 */
export function firstDifference(a: unknown, b: unknown, tolerance: number, path = ''): string | null {
  if (a === b) return null;
  const ta = instant(a);
  const tb = instant(b);
  if (ta !== null && tb !== null)
    return Math.abs(ta - tb) <= tolerance ? null : `${path || 'value'}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || 'list'}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], tolerance, `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference(a[key], b[key], tolerance, path ? `${path}.${key}` : key);
      if (difference) return difference;
    }
    return null;
  }
  return `${path || 'value'}: ${show(a)} vs ${show(b)}`;
}

/** A value in a few words: an object by its id, anything else as short JSON. */
function show(value: unknown): string {
  if (isRecord(value)) return 'id' in value ? `the object with id ${JSON.stringify(value['id'])}` : 'an object';
  const json = JSON.stringify(value) ?? 'nothing';
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** `outboundSolicitations`: the instants of OUTBOUND SALES contacts in the window, newest first. */
export function checkSolicitations(input: RecountInput): Verdict {
  const {summary, contacts, band, askedDays} = input;
  const answered = summary['outboundSolicitations'];
  if (!Array.isArray(answered)) return {status: 'fail', saw: `outboundSolicitations is ${JSON.stringify(answered)}, not a list`};
  const times = answered.map(instant);
  const bad = answered.find((_, i) => times[i] === null);
  if (bad !== undefined) return {status: 'fail', saw: `outboundSolicitations holds ${JSON.stringify(bad)}, not an instant`};
  for (let i = 1; i < times.length; i++) {
    if (times[i]! > times[i - 1]!)
      return {
        status: 'fail',
        saw: `outboundSolicitations is not newest first: ${String(answered[i])} after ${String(answered[i - 1])}`,
      };
  }
  const candidates = newestFirst(
    contacts.filter((c) => c.direction === 'OUTBOUND' && c.purpose === 'SALES' && inWindow(c.atMs, askedDays, band) !== 'out'),
  );
  // Both lists newest first: match each answered instant to a candidate within the tolerance.
  const slack = tolerance(band);
  const matched = new Set<Contact>();
  let next = 0;
  for (const [i, time] of times.entries()) {
    while (next < candidates.length && candidates[next]!.atMs > time! + slack) next++;
    const candidate = candidates[next];
    if (!candidate || Math.abs(candidate.atMs - time!) > slack) {
      const contact = contacts.find((c) => Math.abs(c.atMs - time!) <= slack);
      const what = contact
        ? `, the instant of ${describe(contact)}, not an outbound SALES contact of the window`
        : ', no outbound SALES contact of the window';
      return {status: 'fail', saw: `outboundSolicitations lists ${String(answered[i])}${what}`};
    }
    matched.add(candidate);
    next++;
  }
  const missing = candidates.filter((c) => !matched.has(c) && inWindow(c.atMs, askedDays, band) === 'in');
  if (missing.length) {
    return {
      status: 'fail',
      saw: `outboundSolicitations misses ${plural(missing.length, 'outbound SALES contact')} of the last ${askedDays} days, e.g. ${describe(missing[0]!)}`,
    };
  }
  return {
    status: 'pass',
    saw: `${plural(answered.length, 'date')}, newest first, as recounted (outbound SALES, any outcome, last ${askedDays} days)`,
  };
}

/** A single contact (`lastRefusal`, `last`): the newest of `members`, any age, or `null` when none. */
function compareNewest(field: string, answered: unknown, members: readonly Contact[], what: string, band: Band): Verdict {
  const newest = members.reduce<number | null>((max, c) => (max === null || c.atMs > max ? c.atMs : max), null);
  if (newest === null) {
    return answered === null
      ? {status: 'pass', saw: `null: no ${what} in the history`}
      : {
          status: 'fail',
          saw: `${field} is ${String(isRecord(answered) ? answered['id'] : answered)}, but the history has no ${what}`,
        };
  }
  const expected = members.filter((c) => c.atMs === newest);
  if (!isRecord(answered))
    return {status: 'fail', saw: `${field} is ${JSON.stringify(answered)}; expected ${describe(expected[0]!)}`};
  const match = expected.find((c) => c.id === answered['id']);
  if (!match) {
    const other = members.find((c) => c.id === answered['id']);
    return {
      status: 'fail',
      saw: `${field} is ${other ? describe(other) : String(answered['id'])}; the newest ${what} is ${describe(expected[0]!)}`,
    };
  }
  const differs = firstDifference(answered, match.raw, tolerance(band));
  if (differs) return {status: 'fail', saw: `${field}: ${match.id} differs from the same contact in the pages (${differs})`};
  return {status: 'pass', saw: `${describe(match)}, the newest ${what}`};
}

/** `lastRefusal`: the most recent REFUSED contact, any age. */
export function checkLastRefusal(input: RecountInput): Verdict {
  const refusals = input.contacts.filter((c) => c.outcome === 'REFUSED');
  return compareNewest('lastRefusal', input.summary['lastRefusal'], refusals, 'refusal', input.band);
}

/** `last`: the most recent contact, any age. */
export function checkLast(input: RecountInput): Verdict {
  const {contacts, band, summary} = input;
  const verdict = compareNewest('last', summary['last'], contacts, 'contact', band);
  // "The most recent contact" may leave out a contact not yet due (an appointment after now).
  const due = contacts.filter((c) => c.atMs <= band.low);
  if (verdict.status === 'pass' || due.length === contacts.length) return verdict;
  const upToNow = compareNewest('last', summary['last'], due, 'contact up to now', band);
  return upToNow.status === 'pass'
    ? {status: 'pass', saw: `${upToNow.saw} (${plural(contacts.length - due.length, 'contact')} after now left out)`}
    : verdict;
}

/** `awaitingReply`: every AWAITING_OUR_REPLY contact, any age, oldest first. */
export function checkAwaitingReply(input: RecountInput): Verdict {
  const members = input.contacts.filter((c) => c.outcome === 'AWAITING_OUR_REPLY');
  return compareList(
    'awaitingReply',
    input.summary['awaitingReply'],
    members,
    () => 'in',
    'oldest first',
    input.band,
    input.contacts,
  );
}

/** `missedByUs`: the MISSED_BY_US contacts in the window, newest first. */
export function checkMissedByUs(input: RecountInput): Verdict {
  const {contacts, askedDays, band} = input;
  const members = contacts.filter((c) => c.outcome === 'MISSED_BY_US');
  return compareList(
    'missedByUs',
    input.summary['missedByUs'],
    members,
    (c) => inWindow(c.atMs, askedDays, band),
    'newest first',
    band,
    contacts,
  );
}

interface TopicExpectation {
  readonly key: string;
  readonly sure: Contact[];
  readonly maybe: Contact[];
}

function topicKey(ticketId: string | null, purpose: string): string {
  return ticketId === null ? `purpose ${purpose}` : `ticket ${ticketId}`;
}

/**
 * `topics(days)`: the contacts of the last `days` days grouped by ticket, or by purpose when
 * no ticket; per group the count, the transfers summed, the first and last instants. The
 * schema fixes no order between groups, nor the purpose of a ticket's group.
 */
export function checkTopics(input: RecountInput): Verdict {
  const {contacts, band, topicDays, summary} = input;
  const answered = summary['topics'];
  if (!Array.isArray(answered) || !answered.every(isRecord))
    return {status: 'fail', saw: `topics is ${JSON.stringify(answered)}, not a list of topics`};
  const groups = new Map<string, TopicExpectation>();
  for (const contact of contacts) {
    const place = inWindow(contact.atMs, topicDays, band);
    if (place === 'out') continue;
    const key = topicKey(contact.ticketId, contact.purpose);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = {key, sure: [], maybe: []}));
    (place === 'in' ? group.sure : group.maybe).push(contact);
  }
  const slack = tolerance(band);
  const seen = new Set<string>();
  for (const topic of answered) {
    const ticketId = typeof topic['ticketId'] === 'string' ? topic['ticketId'] : null;
    const key = topicKey(ticketId, String(topic['purpose']));
    if (seen.has(key)) return {status: 'fail', saw: `topics lists ${key} twice`};
    seen.add(key);
    const group = groups.get(key);
    if (!group) return {status: 'fail', saw: `topics lists ${key}, which has no contact in the last ${topicDays} days`};
    const all = [...group.sure, ...group.maybe];
    const count = topic['count'];
    const transfers = topic['transfers'];
    const sureTransfers = group.sure.reduce((sum, c) => sum + c.transfers, 0);
    const maybeTransfers = group.maybe.reduce((sum, c) => sum + c.transfers, 0);
    if (typeof count !== 'number' || count < group.sure.length || count > all.length) {
      return {
        status: 'fail',
        saw: `topics ${key}: count ${JSON.stringify(count)}; the paged contacts give ${range(group.sure.length, all.length)}`,
      };
    }
    if (typeof transfers !== 'number' || transfers < sureTransfers || transfers > sureTransfers + maybeTransfers) {
      return {
        status: 'fail',
        saw: `topics ${key}: transfers ${JSON.stringify(transfers)}; the paged contacts give ${range(sureTransfers, sureTransfers + maybeTransfers)}`,
      };
    }
    const firstAt = instant(topic['firstAt']);
    const lastAt = instant(topic['lastAt']);
    const times = (list: readonly Contact[]) => list.map((c) => c.atMs);
    const exact = group.maybe.length === 0;
    const lowest = Math.min(...times(exact ? group.sure : all));
    const highest = Math.max(...times(exact ? group.sure : all));
    const sureLow = group.sure.length ? Math.min(...times(group.sure)) : Infinity;
    const sureHigh = group.sure.length ? Math.max(...times(group.sure)) : -Infinity;
    // firstAt: the oldest counted contact, so between the oldest candidate and the oldest sure one.
    if (firstAt === null || firstAt < lowest - slack || firstAt > Math.min(exact ? lowest : sureLow, highest) + slack) {
      return {
        status: 'fail',
        saw: `topics ${key}: firstAt ${JSON.stringify(topic['firstAt'])}; the oldest of its contacts is ${iso(lowest)}`,
      };
    }
    if (lastAt === null || lastAt > highest + slack || lastAt < Math.max(exact ? highest : sureHigh, lowest) - slack) {
      return {
        status: 'fail',
        saw: `topics ${key}: lastAt ${JSON.stringify(topic['lastAt'])}; the newest of its contacts is ${iso(highest)}`,
      };
    }
  }
  const missing = [...groups.values()].filter((group) => group.sure.length && !seen.has(group.key));
  if (missing.length)
    return {
      status: 'fail',
      saw: `topics misses ${missing[0]!.key} (${plural(missing[0]!.sure.length, 'contact')} in the last ${topicDays} days)`,
    };
  return {
    status: 'pass',
    saw: `${plural(answered.length, 'topic')} over the last ${topicDays} days, each count, transfers, firstAt and lastAt as recounted`,
  };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM` of an instant in a time zone. */
function monthIn(zone: string, ms: number): string {
  let format = monthFormats.get(zone);
  if (!format)
    monthFormats.set(zone, (format = new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit'})));
  if (zone === 'UTC') return new Date(ms).toISOString().slice(0, 7);
  const parts = format.formatToParts(ms);
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

function previousMonths(current: string, months: number): string[] {
  const [year, month] = current.split('-').map(Number) as [number, number];
  return Array.from({length: months}, (_, i) =>
    new Date(Date.UTC(year, month - 1 - (months - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

/** The monthly series in one zone: the mismatch, or `null` when it matches. */
function monthlyMismatch(answered: readonly Record<string, unknown>[], input: RecountInput, zone: string): string | null {
  const {band, months, contacts} = input;
  const currents = new Set([monthIn(zone, band.low), monthIn(zone, band.high)]);
  const labels = answered.map((m) => m['month']);
  const series = [...currents]
    .map((current) => previousMonths(current, months))
    .find((keys) => keys.every((key, i) => key === labels[i]));
  if (!series || labels.length !== months) {
    const expected = previousMonths(monthIn(zone, band.high), months);
    return `months ${JSON.stringify(labels)}; expected ${months} months oldest first ending with the current one, ${expected[0]} … ${expected[expected.length - 1]}`;
  }
  const slack = tolerance(band);
  const sure = new Map(series.map((key) => [key, {INBOUND: 0, OUTBOUND: 0}]));
  const maybe = new Map(series.map((key) => [key, {INBOUND: 0, OUTBOUND: 0}]));
  for (const contact of contacts) {
    const direction = contact.direction === 'INBOUND' ? 'INBOUND' : 'OUTBOUND';
    const early = monthIn(zone, contact.atMs - slack);
    const late = slack ? monthIn(zone, contact.atMs + slack) : early;
    // A contact after now (an appointment not yet due) may count in its month or not.
    if (contact.atMs > band.low) {
      const count = maybe.get(late);
      if (count) count[direction]++;
    } else if (early === late) {
      const count = sure.get(early);
      if (count) count[direction]++;
    } else {
      for (const key of [early, late]) {
        const count = maybe.get(key);
        if (count) count[direction]++;
      }
    }
  }
  for (const [i, key] of series.entries()) {
    for (const [field, direction] of [
      ['inbound', 'INBOUND'],
      ['outbound', 'OUTBOUND'],
    ] as const) {
      const low = sure.get(key)![direction];
      const high = low + maybe.get(key)![direction];
      const value = answered[i]![field];
      if (typeof value !== 'number' || value < low || value > high)
        return `${key} ${field} ${JSON.stringify(value)}; the paged contacts give ${range(low, high)}`;
    }
  }
  return null;
}

/** `monthly(months)`: inbound and outbound contacts per calendar month, oldest first, ending with the current month. */
export function checkMonthly(input: RecountInput, answered: unknown): Verdict {
  if (!Array.isArray(answered) || !answered.every(isRecord))
    return {status: 'fail', saw: `monthly is ${JSON.stringify(answered)}, not a list of months`};
  const zones = ['UTC', ...(input.timeZone && input.timeZone !== 'UTC' && validZone(input.timeZone) ? [input.timeZone] : [])];
  const mismatches: string[] = [];
  for (const zone of zones) {
    const mismatch = monthlyMismatch(answered, input, zone);
    if (!mismatch)
      return {
        status: 'pass',
        saw: `${answered.length} months, oldest first, inbound and outbound as recounted (calendar months in ${zone})`,
      };
    mismatches.push(mismatch);
  }
  const same = mismatches.every((m) => m === mismatches[0]);
  return {status: 'fail', saw: same ? mismatches[0]! : zones.map((zone, i) => `in ${zone}: ${mismatches[i]}`).join('; ')};
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}
