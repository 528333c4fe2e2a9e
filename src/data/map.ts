/**
 * From what the server sent to the `CustomerView` the card renders and the hints read.
 *
 * Trust nothing: a value of the wrong type is dropped and its path recorded in `invalid`; a
 * list keeps its valid items; a section that failed (GraphQL error on its path, or not a list)
 * is named in `failed` and left empty; an enum value the card does not know becomes `'OTHER'`.
 * Strings are capped so a 100 KB summary cannot swamp the page. Pure: no DOM, no clock.
 */
import type {GraphQLErrorLike, RawResult} from './client.js';
import {LoadFailure} from './errors.js';
import {hasBidiControls, isolate} from '../core/bidi.js';
import {truncate} from '../core/truncate.js';
import {
  CHANNELS,
  CONSENT_PURPOSES,
  CONTACT_OUTCOMES,
  CONTACT_PURPOSES,
  DIRECTIONS,
  HINT_KINDS,
  PRODUCT_STATUSES,
  SENTIMENTS,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  WEEKDAYS,
} from './view-model.js';
import type {
  AssumedProtection,
  Consent,
  ConsentPurpose,
  Contact,
  ContactPage,
  ContactSummary,
  CustomerView,
  HoursWindow,
  SectionName,
} from './view-model.js';

/** Longest string kept from the server; longer ones are cut with an ellipsis. */
export const MAX_TEXT = 2000;

/**
 * The most items kept from any list in an answer (beyond what the query asked for: the
 * history page size, six months of counts). A server that sends more is wrong or hostile:
 * the rest is ignored, the list is named in `truncated`, and a truncated list that could
 * hold a reason not to sell (tickets, products, offers, server hints) blocks promotion.
 */
export const MAX_ITEMS = 100;
/** Evidence lines kept per server hint. */
export const MAX_EVIDENCE = 10;
/** Months of contact counts the query asks for (`monthly(months: 6)`). */
export const MONTHS = 6;
/** Dates of outbound solicitations kept: far above any legal contact cap. */
export const MAX_SOLICITATIONS = 1000;
/**
 * Consent records read: a withdrawal may be any of them, so not the 100 of other lists, but
 * far more than a customer's real history of consent changes. Beyond this, consents are
 * taken as withdrawn (fail closed) rather than read without end.
 */
export const MAX_CONSENTS = 1000;

/** How many history entries the request asked for; more in the answer are ignored. */
export interface MapLimits {
  contacts?: number;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads typed values out of untrusted objects, recording every rejected path. */
class Reader {
  readonly invalid: string[] = [];
  readonly truncated: string[] = [];

  bad(path: string): undefined {
    this.invalid.push(path);
    return undefined;
  }

  /**
   * Text to show. Embeddings and overrides (U+202A–U+202E) are dropped: `\u202Eevil` is "evil",
   * not a name drawn backwards as "live". What else holds bidi controls is isolated
   * (U+2068 … U+2069), so nothing in it reorders the card's own words after it.
   */
  text(obj: Obj, key: string, path: string): string | undefined {
    const clean = this.raw(obj, key, path)?.replace(/[\u202A-\u202E]/g, '');
    return clean && hasBidiControls(clean) ? isolate(clean) : clean;
  }

  /** Text kept exactly as sent (trimmed, capped): ids travel back to the host in events. */
  raw(obj: Obj, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value == null) return undefined;
    if (typeof value !== 'string') return this.bad(`${path}.${key}`);
    const clean = value.trim();
    return truncate(clean, MAX_TEXT, true) || undefined;
  }

  id(obj: Obj, key: string, path: string): string | undefined {
    const value = obj[key];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return this.raw(obj, key, path);
  }

  bool(obj: Obj, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (value == null) return undefined;
    return typeof value === 'boolean' ? value : this.bad(`${path}.${key}`);
  }

  /** A non-negative integer; negative or absurd counts are rejected, not clamped. */
  count(obj: Obj, key: string, path: string): number | undefined {
    const value = obj[key];
    if (value == null) return undefined;
    return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : this.bad(`${path}.${key}`);
  }

  date(obj: Obj, key: string, path: string): Date | undefined {
    const value = obj[key];
    if (value == null) return undefined;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : this.bad(`${path}.${key}`);
  }

  /**
   * The value when it is one of `known`'s keys, else `fallback`. Every known key maps to 1, so an
   * inherited key (`constructor`, `__proto__`) never passes, nor a non-string that would
   * turn into a key (`['ACTIVE']`).
   */
  oneOf<T extends string, F extends string>(obj: Obj, key: string, known: Readonly<Record<T, 1>>, fallback: F): T | F;
  oneOf<T extends string>(obj: Obj, key: string, known: Readonly<Record<T, 1>>): T | undefined;
  oneOf<T extends string>(obj: Obj, key: string, known: Readonly<Record<T, 1>>, fallback?: string): string | undefined {
    const value = obj[key];
    return typeof value === 'string' && (known as Record<string, unknown>)[value] === 1 ? (value as T) : fallback;
  }

  /**
   * The valid items among the first `max` entries of a list; `undefined` when the value is not
   * a list at all. The rest is not even read, valid or not (the list is named in `truncated`):
   * the work stays bounded by what the card can show, however long a list the server sends.
   */
  list<T>(value: unknown, path: string, item: (obj: Obj, path: string) => T | undefined, max = MAX_ITEMS): T[] | undefined {
    if (!Array.isArray(value)) return value == null ? undefined : this.bad(path);
    if (value.length > max) this.truncated.push(path);
    const out: T[] = [];
    const seen = new Set<unknown>();
    for (let index = 0; index < Math.min(value.length, max); index++) {
      const entry: unknown = value[index];
      const mapped = isObj(entry) ? item(entry, `${path}.${index}`) : this.bad(`${path}.${index}`);
      if (mapped === undefined) continue;
      // Duplicate ids would render twice and confuse keyed lists: keep the first.
      const key = (mapped as {id?: unknown}).id;
      if (key !== undefined && seen.has(key)) {
        this.bad(`${path}.${index}.id`);
        continue;
      }
      seen.add(key);
      out.push(mapped);
    }
    return out;
  }
}

/** `HH:MM` → minutes after midnight, or undefined. */
function minutes(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value) : null;
  const total = match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
  return total !== undefined && total <= 1440 ? total : undefined;
}

function contact(r: Reader, obj: Obj, path: string): Contact | undefined {
  const id = r.id(obj, 'id', path);
  const at = r.date(obj, 'at', path);
  if (!id || !at) return r.bad(path);
  return {
    id,
    at,
    channel: r.oneOf(obj, 'channel', CHANNELS, 'OTHER'),
    direction: r.oneOf(obj, 'direction', DIRECTIONS, 'OTHER'),
    purpose: r.oneOf(obj, 'purpose', CONTACT_PURPOSES, 'OTHER'),
    outcome: r.oneOf(obj, 'outcome', CONTACT_OUTCOMES, 'OTHER'),
    transfers: r.count(obj, 'transfers', path) ?? 0,
    sentiment: r.oneOf(obj, 'sentiment', SENTIMENTS),
    ticketId: r.id(obj, 'ticketId', path),
    summary: r.text(obj, 'summary', path),
  };
}

/** A page of the history connection, or undefined when it is unusable. */
function contactPage(r: Reader, value: unknown, path: string, first = MAX_ITEMS): ContactPage | undefined {
  if (!isObj(value)) return value == null ? undefined : r.bad(path);
  const items = r.list(
    value.edges,
    `${path}.edges`,
    (edge, edgePath) => (isObj(edge.node) ? contact(r, edge.node, `${edgePath}.node`) : r.bad(edgePath)),
    Math.max(1, Math.min(MAX_ITEMS, first)),
  );
  if (!items) return undefined;
  const pageInfo = isObj(value.pageInfo) ? value.pageInfo : {};
  // The cursor goes back to the server as it came.
  const endCursor = r.raw(pageInfo, 'endCursor', `${path}.pageInfo`);
  return {
    items,
    totalCount: Math.max(r.count(value, 'totalCount', path) ?? items.length, items.length),
    hasNextPage: Boolean(endCursor) && r.bool(pageInfo, 'hasNextPage', `${path}.pageInfo`) === true,
    endCursor,
  };
}

function summary(r: Reader, value: unknown, path: string): ContactSummary | undefined {
  if (!isObj(value)) return value == null ? undefined : r.bad(path);
  const one = (key: string) => (isObj(value[key]) ? contact(r, value[key] as Obj, `${path}.${key}`) : undefined);
  const contacts = (key: string) => r.list(value[key], `${path}.${key}`, (obj, p) => contact(r, obj, p)) ?? [];
  const dates = Array.isArray(value.outboundSolicitations) ? value.outboundSolicitations : [];
  if (dates.length > MAX_SOLICITATIONS) r.truncated.push(`${path}.outboundSolicitations`);
  return {
    days: r.count(value, 'days', path) ?? 0,
    count: r.count(value, 'count', path) ?? 0,
    outboundSolicitations: dates
      .slice(0, MAX_SOLICITATIONS)
      .map((d, i) => r.date({d}, 'd', `${path}.outboundSolicitations.${i}`))
      .filter((d): d is Date => d !== undefined),
    lastRefusal: one('lastRefusal'),
    awaitingReply: contacts('awaitingReply'),
    missedByUs: contacts('missedByUs'),
    topics:
      r.list(value.topics, `${path}.topics`, (obj, p) => {
        const firstAt = r.date(obj, 'firstAt', p);
        const lastAt = r.date(obj, 'lastAt', p);
        const count = r.count(obj, 'count', p);
        if (!firstAt || !lastAt || count === undefined) return r.bad(p);
        return {
          ticketId: r.id(obj, 'ticketId', p),
          purpose: r.oneOf(obj, 'purpose', CONTACT_PURPOSES, 'OTHER'),
          count,
          transfers: r.count(obj, 'transfers', p) ?? 0,
          firstAt,
          lastAt,
        };
      }) ?? [],
    last: one('last'),
    monthly:
      r.list(
        value.monthly,
        `${path}.monthly`,
        (obj, p) => {
          const month = r.text(obj, 'month', p);
          if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return r.bad(p);
          return {month, inbound: r.count(obj, 'inbound', p) ?? 0, outbound: r.count(obj, 'outbound', p) ?? 0};
        },
        MONTHS,
      ) ?? [],
  };
}

const emptySummary = (): ContactSummary => ({
  days: 0,
  count: 0,
  outboundSolicitations: [],
  awaitingReply: [],
  missedByUs: [],
  topics: [],
  monthly: [],
});

/** Which response field feeds which section of the card. */
const SECTION_FIELDS: Record<string, SectionName> = {
  products: 'products',
  offers: 'offers',
  tickets: 'tickets',
  contacts: 'contacts',
  contactSummary: 'summary',
  hints: 'hints',
};

/**
 * Maps a `Customer360` result for the customer `requestedId`.
 * Returns `null` when the server says there is no such customer; throws a `LoadFailure` when
 * the answer is unusable or is about another customer (it must never be shown under this id).
 */
export function toCustomerView(requestedId: string, result: RawResult<unknown>, limits: MapLimits = {}): CustomerView | null {
  const data = result.data;
  const errors: readonly GraphQLErrorLike[] = Array.isArray(result.errors) ? result.errors : [];
  if (!isObj(data)) throw new LoadFailure(errors.length ? 'graphql' : 'bad-response');
  const raw = data.customer;
  if (raw === null) {
    // `customer: null` with an error on it is a failure, not an unknown id.
    if (errors.some((e) => !e.path || e.path.length <= 1)) throw new LoadFailure('graphql');
    return null;
  }
  if (!isObj(raw)) throw new LoadFailure('bad-response');
  const r = new Reader();
  const id = r.id(raw, 'id', 'customer');
  if (id !== requestedId) throw new LoadFailure('mismatch');

  const failed = new Set<SectionName>();
  for (const error of errors) {
    const section = error.path?.[0] === 'customer' ? SECTION_FIELDS[String(error.path[1])] : undefined;
    if (section) failed.add(section);
  }
  const section = <T>(name: SectionName, value: T | undefined, empty: T): T => {
    if (value === undefined) failed.add(name);
    return failed.has(name) ? empty : (value as T);
  };

  const products = r.list(raw.products, 'customer.products', (obj, p) => {
    const productId = r.id(obj, 'id', p);
    const name = r.text(obj, 'name', p);
    if (!productId || !name) return r.bad(p);
    return {
      id: productId,
      name,
      category: (r.text(obj, 'category', p) ?? '').toLowerCase(),
      since: r.date(obj, 'since', p),
      status: r.oneOf(obj, 'status', PRODUCT_STATUSES, 'OTHER'),
    };
  });
  const offers = r.list(raw.offers, 'customer.offers', (obj, p) => {
    const offerId = r.id(obj, 'id', p);
    const name = r.text(obj, 'name', p);
    if (!offerId || !name) return r.bad(p);
    return {
      id: offerId,
      name,
      category: (r.text(obj, 'category', p) ?? '').toLowerCase(),
      campaign: r.text(obj, 'campaign', p),
      // Unknown eligibility is treated as eligible: the card then still checks ownership.
      eligible: r.bool(obj, 'eligible', p) ?? true,
      ineligibilityReason: r.text(obj, 'ineligibilityReason', p),
      newCustomersOnly: r.bool(obj, 'newCustomersOnly', p) ?? false,
    };
  });
  const tickets = r.list(raw.tickets, 'customer.tickets', (obj, p) => {
    const ticketId = r.id(obj, 'id', p);
    const openedAt = r.date(obj, 'openedAt', p);
    if (!ticketId || !openedAt) return r.bad(p);
    const status = r.oneOf(obj, 'status', TICKET_STATUSES, 'OTHER');
    if (status === 'RESOLVED' || status === 'CLOSED') return undefined;
    return {
      id: ticketId,
      subject: r.text(obj, 'subject', p) ?? ticketId,
      status,
      priority: r.oneOf(obj, 'priority', TICKET_PRIORITIES, 'OTHER'),
      category: r.oneOf(obj, 'category', TICKET_CATEGORIES, 'OTHER'),
      openedAt,
      updatedAt: r.date(obj, 'updatedAt', p),
      contactCount: r.count(obj, 'contactCount', p) ?? 0,
      transferCount: r.count(obj, 'transferCount', p) ?? 0,
    };
  });
  const hints = r.list(raw.hints, 'customer.hints', (obj, p) => {
    const hintId = r.raw(obj, 'id', p);
    const kind = r.oneOf(obj, 'kind', HINT_KINDS);
    if (!hintId || !kind) return r.bad(p);
    const severity = r.count(obj, 'severity', p) ?? 3;
    return {
      id: hintId,
      kind: kind === 'DO' ? ('do' as const) : ('dont' as const),
      severity: Math.min(5, Math.max(1, severity)),
      text: r.text(obj, 'text', p),
      suppress: r.bool(obj, 'suppress', p) ?? false,
      // Exactly as sent: the empty fingerprint (a hint about no particular record) is one too.
      ...(typeof obj.fingerprint == 'string' && {fingerprint: obj.fingerprint}),
      promotional: r.bool(obj, 'promotional', p) ?? false,
      evidence:
        r.list(
          obj.evidence,
          `${p}.evidence`,
          (e, ep) => {
            const label = r.text(e, 'label', ep);
            const value = r.text(e, 'value', ep);
            return label && value ? {label, value} : r.bad(ep);
          },
          MAX_EVIDENCE,
        ) ?? [],
    };
  });

  // Every record is read (a refusal may be anywhere in a long history), up to MAX_CONSENTS,
  // and only the latest per purpose is kept (the last one sent on a tie), which is all the rules read.
  const latestConsent = new Map<ConsentPurpose, Consent>();
  let consentUnreadable = false;
  const errorOn = (field: string): boolean => errors.some((e) => e.path?.[0] === 'customer' && e.path[1] === field);
  const consentTime = (c: Consent): number => c.updatedAt?.getTime() ?? -Infinity;
  for (const consent of r.list(
    raw.consents,
    'customer.consents',
    (obj, p): Consent | undefined => {
      const granted = r.bool(obj, 'granted', p);
      // A consent whose answer cannot be read is taken as withdrawn.
      if (granted === undefined) consentUnreadable = true;
      if (granted === undefined) return r.bad(p);
      return {
        purpose: r.oneOf(obj, 'purpose', CONSENT_PURPOSES, 'OTHER'),
        granted,
        updatedAt: r.date(obj, 'updatedAt', p),
      };
    },
    MAX_CONSENTS,
  ) ?? []) {
    const previous = latestConsent.get(consent.purpose);
    if (!previous || consentTime(consent) >= consentTime(previous)) latestConsent.set(consent.purpose, consent);
  }
  const consents = [...latestConsent.values()];
  const preferredHours =
    r.list(raw.preferredHours, 'customer.preferredHours', (obj, p): HoursWindow | undefined => {
      const from = minutes(obj.from);
      const to = minutes(obj.to);
      // Each day once, in week order (of the first 100 entries, however long the list sent).
      const sent = new Set<unknown>(Array.isArray(obj.days) ? obj.days.slice(0, MAX_ITEMS) : []);
      const days = WEEKDAYS.filter((d) => sent.has(d));
      return from !== undefined && to !== undefined && from < to && days.length ? {days, from, to} : r.bad(p);
    }) ?? [];
  const contactSummary = section('summary', summary(r, raw.contactSummary, 'customer.contactSummary'), emptySummary());
  // Protections fail closed: data that could forbid a call, a sale or a tone and cannot be
  // read is taken as forbidding it (the hints say it was assumed, and why).
  const assumed = new Set<AssumedProtection>();
  const quietRaw = raw.quietPeriod;
  const quiet: Obj | undefined = isObj(quietRaw) ? quietRaw : quietRaw == null ? undefined : {};
  if (quiet && !isObj(quietRaw)) r.bad('customer.quietPeriod');
  const quietReason = quiet && r.text(quiet, 'reason', 'customer.quietPeriod');
  const quietSince = quiet && r.date(quiet, 'since', 'customer.quietPeriod');
  const quietUntil = quiet && r.date(quiet, 'until', 'customer.quietPeriod');
  const quietUnreadable =
    quiet !== undefined &&
    (!isObj(quietRaw) ||
      (quiet.since != null && !quietSince) ||
      (quiet.until != null && !quietUntil) ||
      (quiet.reason != null && typeof quiet.reason !== 'string'));
  if (quietUnreadable || errorOn('quietPeriod')) assumed.add('quiet-period');
  const doNotCall = r.bool(raw, 'doNotCall', 'customer');
  if (doNotCall === undefined || errorOn('doNotCall')) assumed.add('do-not-call');
  if (!Array.isArray(raw.consents) || raw.consents.length > MAX_CONSENTS || errorOn('consents') || consentUnreadable)
    assumed.add('consents');
  if (failed.has('summary') || raw.contactSummary == null) {
    assumed.add('refusals');
    assumed.add('contact-pressure');
  } else if (isObj(raw.contactSummary) && raw.contactSummary.lastRefusal != null && !contactSummary.lastRefusal) {
    assumed.add('refusals');
  }

  const displayName =
    r.text(raw, 'displayName', 'customer') ??
    ([r.text(raw, 'givenName', 'customer'), r.text(raw, 'familyName', 'customer')].filter(Boolean).join(' ') || id);

  return {
    id,
    displayName,
    givenName: r.text(raw, 'givenName', 'customer'),
    familyName: r.text(raw, 'familyName', 'customer'),
    preferredName: r.text(raw, 'preferredName', 'customer'),
    salutation: r.text(raw, 'salutation', 'customer'),
    locale: r.text(raw, 'locale', 'customer'),
    timeZone: r.text(raw, 'timeZone', 'customer'),
    customerSince: r.date(raw, 'customerSince', 'customer'),
    area: r.text(raw, 'area', 'customer'),
    doNotCall: doNotCall ?? false,
    consents,
    preferredChannel: r.oneOf(raw, 'preferredChannel', CHANNELS),
    preferredHours,
    // A quiet period sent without a reason (or unreadable) is still a quiet period.
    quietPeriod:
      quiet || assumed.has('quiet-period') ? {reason: quietReason ?? '', since: quietSince, until: quietUntil} : undefined,
    products: section('products', products, []),
    offers: section('offers', offers, []),
    tickets: section('tickets', tickets, []),
    contacts: section('contacts', contactPage(r, raw.contacts, 'customer.contacts', limits.contacts), {
      items: [],
      totalCount: 0,
      hasNextPage: false,
    }),
    summary: contactSummary,
    serverHints: section('hints', hints, []),
    failed: [...failed],
    ...(assumed.size ? {assumed: [...assumed]} : {}),
    invalid: r.invalid,
    truncated: r.truncated,
  };
}

/** Maps a "show more" page; throws when it is unusable or about another customer. */
export function toContactPage(requestedId: string, result: RawResult<unknown>, limits: MapLimits = {}): ContactPage {
  const customer = isObj(result.data) ? result.data.customer : undefined;
  const r = new Reader();
  if (!isObj(customer) || r.id(customer, 'id', 'customer') !== requestedId) throw new LoadFailure('mismatch');
  const page = contactPage(r, customer.contacts, 'customer.contacts', limits.contacts);
  if (!page) throw new LoadFailure('bad-response');
  return page;
}
