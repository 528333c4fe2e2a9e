/**
 * The card's enum lists (src/data/view-model.ts) against codegen's types (src/gql/graphql.ts):
 * each list holds exactly the schema's values, and a value added to the schema, or dropped
 * from it, stops the build until the card handles it. Checked by `tsc` (`npm run lint`).
 */
import type * as Schema from '../../src/gql/graphql.js';
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
  type Covers,
  type Exhaustive,
  type Known,
  type ProductStatus,
  type Weekday,
} from '../../src/data/view-model.js';
import type {Same} from './every.js';

type Assert<T extends true> = T;

/** Each list is exactly its schema enum: nothing missing, nothing extra. */
export type ListsMatchTheSchema = [
  Assert<Same<keyof typeof CHANNELS, Known<Schema.Channel>>>,
  Assert<Same<keyof typeof CONSENT_PURPOSES, Known<Schema.ConsentPurpose>>>,
  Assert<Same<keyof typeof CONTACT_OUTCOMES, Known<Schema.ContactOutcome>>>,
  Assert<Same<keyof typeof CONTACT_PURPOSES, Known<Schema.ContactPurpose>>>,
  Assert<Same<keyof typeof DIRECTIONS, Known<Schema.Direction>>>,
  Assert<Same<keyof typeof HINT_KINDS, Known<Schema.HintKind>>>,
  Assert<Same<keyof typeof PRODUCT_STATUSES, Known<Schema.ProductStatus>>>,
  Assert<Same<keyof typeof SENTIMENTS, Known<Schema.Sentiment>>>,
  Assert<Same<keyof typeof TICKET_CATEGORIES, Known<Schema.TicketCategory>>>,
  Assert<Same<keyof typeof TICKET_PRIORITIES, Known<Schema.TicketPriority>>>,
  Assert<Same<keyof typeof TICKET_STATUSES, Known<Schema.TicketStatus>>>,
  Assert<Same<Weekday, Known<Schema.Weekday>>>,
  // The view model's type is the list's values plus the card's own fallback.
  Assert<Same<ProductStatus, Known<Schema.ProductStatus> | 'OTHER'>>,
];

/** What `npm run codegen` makes of a schema that gained a value (`ProductStatus.PAUSED`). */
type WidenedProductStatus = Schema.ProductStatus | 'PAUSED';

// The card's list, as written, no longer satisfies the widened enum: the build stops until
// PAUSED is handled.
// @ts-expect-error — PAUSED is missing from PRODUCT_STATUSES
export const widened = {...PRODUCT_STATUSES} satisfies Record<Known<WidenedProductStatus>, 1>;

// A schema that dropped a value: the list's extra key fails as well.
export const narrowed = {
  ACTIVE: 1,
  SUSPENDED: 1,
  CANCELLATION_REQUESTED: 1,
  // @ts-expect-error — ENDED is no longer in the schema
  ENDED: 1,
} satisfies Record<Exclude<Known<Schema.ProductStatus>, 'ENDED'>, 1>;

// The ordered weekday list: a schema with an eighth day fails the same way.
// @ts-expect-error — FUNDAY is not in WEEKDAYS
export type WidenedWeek = Exhaustive<Covers<Weekday, Known<Schema.Weekday> | 'FUNDAY'>>;
