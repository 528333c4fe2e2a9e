/**
 * The resolvers of `schema/customer-360.graphql`, typed by codegen from the schema: each reads
 * through the request's loaders (src/loaders.ts), never with SQL of its own.
 */
import {GraphQLError} from 'graphql';
import type {Resolvers} from './generated/resolvers.js';
import {decodeCursor} from './loaders.js';
import type {LookupKind} from './model.js';

/** The schema's own defaults, used when a client passes an explicit `null`. */
const DEFAULT_PAGE_SIZE = 10;
const DEFAULT_SUMMARY_DAYS = 90;
const DEFAULT_MONTHS = 6;
const DEFAULT_NOTES_PAGE_SIZE = 5;

/** The language the server's own texts are written in for a BCP 47 `locale`: its primary subtag. */
export function language(locale: string | null | undefined): string {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(locale?.trim() ?? '');
  return primary ? primary[1]!.toLowerCase() : 'en';
}

/** An email as stored: trimmed, lowercased; `null` when empty. */
function normalEmail(email: string | null | undefined): string | null {
  return email?.trim().toLowerCase() || null;
}

/** A phone as stored (E.164): trimmed; `null` when empty. */
function normalPhone(phone: string | null | undefined): string | null {
  return phone?.trim() || null;
}

/**
 * True when `value` can be stored at all: PostgreSQL text cannot hold U+0000, so such an id,
 * email or phone matches nobody (answered without asking the database, which would refuse it).
 */
function storable(value: string | null): boolean {
  return value === null || !value.includes('\u0000');
}

export const resolvers: Resolvers = {
  Mutation: {
    dismissHint: (_root, {input}, {feedback}) => feedback.dismiss(input),
    addNote: (_root, {input}, {feedback}) => feedback.addNote(input),
  },
  Query: {
    dismissalReport: (_root, {from, to}, {feedback}) => feedback.report(from, to),
    async customer(_root, {id}, {loaders}) {
      if (!storable(id)) return null;
      const profile = await loaders.profile(id);
      // No data leaves without its audit row: a failed write fails the read.
      if (profile) await loaders.audit(profile.id, 'id');
      return profile;
    },
    async customerLookup(_root, args, {loaders}) {
      const email = normalEmail(args.email);
      const phone = normalPhone(args.phone);
      if (!email && !phone) throw new GraphQLError('customerLookup needs an email or a phone.');
      if (!storable(email) || !storable(phone))
        return {count: 0, customerId: null, kind: email && phone ? 'email+phone' : email ? 'email' : 'phone'};
      return loaders.lookup(email, phone);
    },
  },
  CustomerLookup: {
    count: (lookup) => lookup.count,
    async customer(lookup, _args, {loaders}) {
      if (lookup.customerId === null) return null;
      const profile = await loaders.profile(lookup.customerId);
      if (profile) await loaders.audit(profile.id, lookup.kind satisfies LookupKind);
      return profile;
    },
  },
  Customer: {
    tickets: (customer, {openOnly}, {loaders}) => loaders.tickets(customer.id, openOnly ?? false),
    contacts(customer, {first, after}, {loaders}) {
      const keyset = after == null ? null : decodeCursor(after);
      if (after != null && keyset === null) throw new GraphQLError('Invalid cursor: pass an endCursor this server gave.');
      return loaders.contacts(customer.id, first ?? DEFAULT_PAGE_SIZE, keyset);
    },
    contactSummary: (customer, {days}, {loaders}) => loaders.summary(customer.id, days ?? DEFAULT_SUMMARY_DAYS),
    // The server's own hints, then the stored dismissals' active suppressions (src/feedback.ts).
    async hints(customer, {locale}, {loaders, feedback}) {
      const [own, suppressed] = await Promise.all([
        loaders.hints(customer.id, language(locale)),
        feedback.suppressions(customer.id),
      ]);
      return [...own, ...suppressed];
    },
    notes: (customer, {first, after}, {feedback}) => feedback.notes(customer.id, first ?? DEFAULT_NOTES_PAGE_SIZE, after ?? null),
  },
  ContactSummary: {
    topics: (summary, {days}, {loaders}) => loaders.topics(summary.customerId, days ?? summary.days),
    monthly: (summary, {months}, {loaders}) => loaders.monthly(summary.customerId, months ?? DEFAULT_MONTHS),
  },
};
