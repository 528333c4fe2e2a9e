/**
 * Type test (checked by `npm run lint`, never run): the JSX typings of `customer-360/react`
 * accept the card's properties, attributes and typed events, and reject what is wrong.
 */
import type {} from '../../src/react.js';

export const ok = (
  <customer-360-provider
    endpoint="/graphql"
    locale="fr"
    cache-ttl={30_000}
    getHeaders={async () => ({Authorization: 'Bearer x'})}
  >
    <customer-360
      customer-id="martin"
      headers={{'X-Agent': 'a-42'}}
      hintOptions={{loyaltyYears: 3}}
      oncustomer360-loaded={(e) => e.detail.customerId.toUpperCase()}
      oncustomer360-open={(e) => e.detail.type === 'ticket'}
    />
  </customer-360-provider>
);

// @ts-expect-error: pageSize is a number
export const wrongType = <customer-360 pageSize="five" />;

// @ts-expect-error: no such event detail field
export const wrongDetail = <customer-360 oncustomer360-loaded={(e) => e.detail.nope} />;
