/**
 * The executable schema of the demo server: the contract in `schema/customer-360.graphql`,
 * graphql-js default resolvers, and a root value whose objects answer every field, with
 * methods for the fields that take arguments.
 */
import {readFileSync} from 'node:fs';
import {GraphQLError, buildSchema, isScalarType} from './graphql.js';
import type {GraphQLSchema} from 'graphql';
import {monthlyCounts, paginate, summarize} from './aggregates.js';
import type {MonthlyRecord, PageRecord, SummaryRecord} from './aggregates.js';
import {loadPersonas} from './seed.js';
import type {CustomerRecord, LocalizedText, ServerHintRecord, TicketRecord} from './records.js';

/** The per-request GraphQL context. */
export interface ServerContext {
  /** The instant the data is relative to (the real clock, or the endpoint's `now=`). */
  readonly now: Date;
}

/** `ContactSummary` as resolved: the aggregates, plus `topics(days)` and `monthly(months)`. */
export interface SummaryNode extends Omit<SummaryRecord, 'topics'> {
  topics(args: {days?: number | null}): SummaryRecord['topics'];
  monthly(args: {months: number | null}): MonthlyRecord[];
}

/** `ServerHint` as resolved: its texts in one language. */
export interface ServerHintNode extends Omit<ServerHintRecord, 'text' | 'evidence'> {
  text: string | null;
  evidence: {label: string; value: string}[];
}

/** `Customer` as resolved: the record, with its argument-taking fields as methods. */
export interface CustomerNode extends Omit<CustomerRecord, 'tickets' | 'contacts' | 'hints'> {
  tickets(args: {openOnly: boolean | null}): readonly TicketRecord[];
  hints(args: {locale?: string | null}): ServerHintNode[];
  contacts(args: {first: number | null; after?: string | null}): PageRecord;
  contactSummary(args: {days: number | null}): SummaryNode;
}

/** `CustomerLookup` as resolved. */
export interface LookupNode {
  count: number;
  customer: CustomerNode | null;
}

/** The `Query` root. */
export interface RootValue {
  customer(args: {id: string}, context: ServerContext): CustomerNode | null;
  customerLookup(args: {email?: string | null; phone?: string | null}, context: ServerContext): LookupNode;
}

/** The schema's own defaults, used when a client passes an explicit `null`. */
const DEFAULT_PAGE_SIZE = 10;
const DEFAULT_SUMMARY_DAYS = 90;
const DEFAULT_MONTHS = 6;

/** The value as a valid `Date`, or a TypeError naming the scalar. */
function validDate(scalar: string, value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  throw new TypeError(`${scalar} cannot represent ${String(value)}`);
}

/** Makes the scalar `name` of `schema` serialize `Date`s with `format`. */
function serializeDates(schema: GraphQLSchema, name: string, format: (date: Date) => string): void {
  const type = schema.getType(name);
  if (!isScalarType(type)) throw new Error(`The schema has no scalar ${name}`);
  type.serialize = (value) => format(validDate(name, value));
}

/**
 * Builds the schema from the contract file. `DateTime` serializes as a full ISO instant
 * (`toISOString()`, UTC), `Date` as `YYYY-MM-DD` (the UTC day). No argument uses them, so
 * they parse nothing.
 */
export function createSchema(): GraphQLSchema {
  const source = readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8');
  const schema = buildSchema(source);
  serializeDates(schema, 'DateTime', (date) => date.toISOString());
  serializeDates(schema, 'Date', (date) => date.toISOString().slice(0, 10));
  return schema;
}

const CLOSED_STATUSES: ReadonlySet<string> = new Set(['RESOLVED', 'CLOSED']);

/**
 * The language the server writes its own texts in for a `locale` argument (BCP 47): French for
 * any `fr` tag, else English, its default (also for an absent or `null` locale, as older cards send).
 */
export function serverLanguage(locale: string | null | undefined): keyof LocalizedText {
  return /^fr(?:[-_]|$)/i.test(locale?.trim() ?? '') ? 'fr' : 'en';
}

/** The resolvable `Customer` of a record, with aggregates relative to `now`. */
function customerNode(record: CustomerRecord, now: Date): CustomerNode {
  const {tickets, contacts, hints, ...profile} = record;
  return {
    ...profile,
    hints: ({locale}) => {
      const language = serverLanguage(locale);
      return hints.map((hint) => ({
        ...hint,
        text: hint.text && hint.text[language],
        evidence: hint.evidence.map(({label, value}) => ({label: label[language], value: value[language]})),
      }));
    },
    tickets: ({openOnly}) => (openOnly ? tickets.filter((ticket) => !CLOSED_STATUSES.has(ticket.status)) : tickets),
    contacts: ({first, after}) => paginate(contacts, first ?? DEFAULT_PAGE_SIZE, after ?? null),
    contactSummary: ({days}) => {
      const summary = summarize(contacts, now, days ?? DEFAULT_SUMMARY_DAYS);
      return {
        ...summary,
        // Topics over their own window (the card's repeat-contact window), else the summary's.
        topics: (args) => (args.days ? summarize(contacts, now, args.days).topics : summary.topics),
        monthly: ({months}) => monthlyCounts(contacts, now, months ?? DEFAULT_MONTHS),
      };
    },
  };
}

/**
 * The customers having this email (compared case-insensitively) and this phone (E.164, digit
 * for digit); a value not given does not filter. Throws when neither is given.
 */
export function matchContactPoints(
  records: Iterable<CustomerRecord>,
  email: string | null | undefined,
  phone: string | null | undefined,
): CustomerRecord[] {
  const wantedEmail = email?.trim().toLowerCase() || null;
  const wantedPhone = phone?.trim() || null;
  if (!wantedEmail && !wantedPhone) throw new GraphQLError('customerLookup needs an email or a phone.');
  return [...records].filter(
    (record) =>
      (!wantedEmail || record.emails.some((value) => value.toLowerCase() === wantedEmail)) &&
      (!wantedPhone || record.phones.includes(wantedPhone)),
  );
}

/**
 * The `Query` root: `customer(id)` looks the id up among the customers of `source` at the
 * context's `now` (by default the demo's seed, rebased to it); `customerLookup` finds them by
 * email or phone, and never answers one of several.
 */
export function createRootValue(source: (now: Date) => ReadonlyMap<string, CustomerRecord> = loadPersonas): RootValue {
  return {
    customer({id}, {now}) {
      const record = source(now).get(id);
      return record ? customerNode(record, now) : null;
    },
    customerLookup({email, phone}, {now}) {
      const matches = matchContactPoints(source(now).values(), email, phone);
      return {count: matches.length, customer: matches.length === 1 ? customerNode(matches[0]!, now) : null};
    },
  };
}
