/**
 * Type test (checked by `npm run lint`, never run): the generated JSX typings of
 * `customer-360/react` accept every property, attribute and typed event, and reject what is wrong.
 */
import type {Customer360EventMap} from '../../src/events.js';
import type {Customer360Events, Customer360ProviderEvents} from '../../src/react.js';
import {everyCardInput, everyProviderInput, type Same} from './every.js';

// The manifest's event types (from `@fires {CustomEvent<…>}`) are the events the card emits.
export const eventsMatch: Same<Customer360Events, Customer360EventMap> = true;
export const providerHasNoEvents: Same<Customer360ProviderEvents, {}> = true;

export const ok = (
  <customer-360-provider {...everyProviderInput}>
    <customer-360
      {...everyCardInput}
      oncustomer360-loaded={(e) => e.detail.customerId.toUpperCase() + String(e.detail.found)}
      oncustomer360-error={(e) => e.detail.reason === 'timeout' && e.detail.status}
      oncustomer360-hint-dismiss={(e) => e.detail.hintId + e.detail.reason + e.detail.note}
      oncustomer360-open={(e) => e.detail.type === 'ticket' && e.currentTarget.refresh()}
    />
  </customer-360-provider>
);

// @ts-expect-error: pageSize is a number
export const wrongType = <customer-360 pageSize="five" />;

// @ts-expect-error: no such event detail field
export const wrongDetail = <customer-360 oncustomer360-loaded={(e) => e.detail.nope} />;

// @ts-expect-error: no such property
export const unknownProp = <customer-360 customerID="martin" />;

// @ts-expect-error: `hints` is read-only, not an input
export const readOnly = <customer-360 hints={[]} />;
