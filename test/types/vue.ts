/**
 * Type test (checked by `npm run lint`, never run): the generated Vue typings give templates
 * every property, attribute and typed event of both elements, and reject what is wrong.
 */
import type {GlobalComponents} from 'vue';
import type {} from '../../src/vue.js';
import type {Customer360EventMap, LoadedDetail} from '../../src/events.js';
import type {Customer360Events} from '../../src/vue.js';
import {everyCardInput, everyProviderInput, type Same} from './every.js';

type Card = InstanceType<GlobalComponents['customer-360']>;
type Provider = InstanceType<GlobalComponents['customer-360-provider']>;

export const eventsMatch: Same<Customer360Events, Customer360EventMap> = true;

export const cardProps: Card['$props'] = {...everyCardInput, class: 'wide'};
export const providerProps: Provider['$props'] = everyProviderInput;

// @ts-expect-error: pageSize is a number
export const wrongType: Card['$props'] = {pageSize: 'five'};

export function emits(card: Card) {
  card.$emit('customer360-loaded', new CustomEvent<LoadedDetail>('customer360-loaded', {detail: {customerId: 'x', found: true}}));
  // @ts-expect-error: the detail of a loaded event is a LoadedDetail
  card.$emit('customer360-loaded', new CustomEvent('customer360-loaded', {detail: 42}));
  // @ts-expect-error: no such event
  card.$emit('customer360-nope', new Event('x'));
}
