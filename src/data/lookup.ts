/**
 * Who the card is asked to show: a CRM id, or an email address or phone number a helpdesk
 * knows. Pure: decides the identity from the card's inputs, checks and normalises the values
 * before anything is sent, and reads the server's lookup answer.
 *
 * Precedence: `customer-id` wins over `email`, which wins over `phone`. A value that is set
 * but unusable (an email with a space, a look-alike letter from another script, a phone with
 * letters, 10,000 characters) is a clear state of its own, and no request goes out: the card
 * never quietly falls back to the next value, which could be someone else's.
 *
 * Lookup values are personal data: they leave only as GraphQL variables in a POST body, and
 * are never put in a URL, a log line, an event detail or a cache key readable from outside.
 */
import type {GraphQLErrorLike, RawResult} from './client.js';
import {LoadFailure} from './errors.js';
import {MAX_ITEMS, toCustomerView, type MapLimits} from './map.js';
import {regionOf, toE164} from './phone.js';
import type {CustomerView} from './view-model.js';

/** What a lookup is by. Events and error states carry this, never the value. */
export type LookupKind = 'email' | 'phone';

/** Longest email address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;

export type Identity =
  | {readonly kind: 'none'}
  | {readonly kind: 'id'; readonly id: string}
  | {readonly kind: 'email'; readonly email: string}
  | {readonly kind: 'phone'; readonly phone: string}
  /** Set but unusable: the card shows why and sends nothing. */
  | {readonly kind: 'invalid'; readonly lookup: LookupKind};

/** The card's inputs that decide its identity. */
export interface IdentityInputs {
  customerId?: string | null;
  email?: string | null;
  phone?: string | null;
  /** ISO 3166 region for national phone numbers (`FR`); default: the locale's region. */
  phoneRegion?: string | null;
  /** The card's resolved locale (`fr-FR`), used when `phoneRegion` is not set. */
  locale?: string;
}

// Printable ASCII without spaces, quotes, brackets, commas or semicolons: a Cyrillic "а" or a
// full-width "＠" looks right to the agent and matches no one (or someone else). An
// internationalized domain is written in its `xn--` form. One `@`, a local part of at most 64
// characters without empty dot-separated parts, a domain of at least two labels.
const EMAIL = /^(?!.*\.\.)[!#-'*+\--9=?A-Z^-~]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * An email address trimmed and lowercased, or `undefined` when it is not one: inner spaces,
 * non-ASCII characters, over 254 characters (or a local part over 64), no `@` or no domain.
 */
export function toEmail(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed.length <= MAX_EMAIL_LENGTH && EMAIL.test(trimmed) ? trimmed.toLowerCase() : undefined;
}

/** Decides who to show from the card's inputs (see the module's precedence rule). */
export function resolveIdentity(inputs: IdentityInputs): Identity {
  const id = inputs.customerId?.trim();
  if (id) return {kind: 'id', id};
  const email = inputs.email ?? '';
  if (email.trim()) {
    const normalised = toEmail(email);
    return normalised ? {kind: 'email', email: normalised} : {kind: 'invalid', lookup: 'email'};
  }
  const phone = inputs.phone ?? '';
  if (phone.trim()) {
    const region = inputs.phoneRegion?.trim() || regionOf(inputs.locale);
    const normalised = toE164(phone, region);
    return normalised ? {kind: 'phone', phone: normalised} : {kind: 'invalid', lookup: 'phone'};
  }
  return {kind: 'none'};
}

/** A string unique per identity (`email:a@example.fr`), for comparing runs. Holds the value: keep it in memory only. */
export function identityKey(identity: Identity): string {
  const {kind, ...value} = identity;
  return `${kind}:${Object.values(value).join()}`;
}

/** The lookup variables of the `Customer360Lookup` query for an email or phone identity. */
export function lookupVariables(identity: Identity): {email: string | null; phone: string | null} | undefined {
  if (identity.kind === 'email') return {email: identity.email, phone: null};
  if (identity.kind === 'phone') return {email: null, phone: identity.phone};
  return undefined;
}

/** A lookup's outcome: one customer, or one of the two designed "nobody to show" states. */
export type LookupOutcome =
  | {readonly kind: 'found'; readonly view: CustomerView}
  /** No customer has this email or phone. */
  | {readonly kind: 'no-match'}
  /** `count` customers share it: the card shows none of them. */
  | {readonly kind: 'ambiguous'; readonly count: number};

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when the answer's `emails` or `phones` hold what was looked up, among their first
 * `MAX_ITEMS` (one further down is not found: the card then shows nobody).
 */
function holds(identity: Identity, customer: Record<string, unknown>): boolean {
  const email = identity.kind === 'email';
  const wanted = email ? identity.email : identity.kind === 'phone' ? identity.phone : undefined;
  const list = email ? customer.emails : customer.phones;
  return (
    Array.isArray(list) &&
    list
      .slice(0, MAX_ITEMS)
      .some((item) => typeof item === 'string' && (email ? item.trim().toLowerCase() : toE164(item)) === wanted)
  );
}

/**
 * Reads a `Customer360Lookup` answer for `identity` (an email or phone identity). Throws a
 * `LoadFailure`: `graphql`/`bad-response` for an unusable answer, `mismatch` when the customer
 * does not have the email or phone asked for, or when `count` and `customer` disagree.
 * Several matches are never resolved to one, even if the server sends a customer.
 */
export function toLookupOutcome(identity: Identity, result: RawResult<unknown>, limits: MapLimits = {}): LookupOutcome {
  const errors: readonly GraphQLErrorLike[] = Array.isArray(result.errors) ? result.errors : [];
  const lookup = isObj(result.data) ? result.data.customerLookup : undefined;
  const unusable = new LoadFailure(errors.length ? 'graphql' : 'bad-response');
  if (!isObj(lookup)) throw unusable;
  const {count, customer} = lookup;
  if (!Number.isSafeInteger(count) || (count as number) < 0) throw new LoadFailure('bad-response');
  if ((count as number) > 1) return {kind: 'ambiguous', count: count as number};
  if (count === 0) {
    if (customer != null) throw new LoadFailure('mismatch');
    return {kind: 'no-match'};
  }
  // Exactly one: it must be there and have what was asked for.
  if (!isObj(customer)) throw unusable;
  if (!holds(identity, customer)) throw new LoadFailure('mismatch');
  const id = typeof customer.id === 'number' || typeof customer.id === 'string' ? String(customer.id).trim() : '';
  // The same reading as a lookup by id: error paths lose their leading `customerLookup`.
  const view = id
    ? toCustomerView(id, {data: {customer}, errors: errors.map((e) => ({...e, path: e.path?.slice(1)}))}, limits)
    : null;
  if (!view) throw new LoadFailure('bad-response');
  return {kind: 'found', view};
}
