/**
 * Every public property and kebab-case attribute of both elements, with a value of the right
 * type. `Required<…>` makes the compiler reject this file when the generated typings gain a
 * property it does not list, and excess-property checks when they lose one.
 */
import type {
  Customer360Attributes,
  Customer360Properties,
  Customer360ProviderAttributes,
  Customer360ProviderProperties,
} from '../../src/react.js';

export const everyCardInput: Required<Customer360Properties & Customer360Attributes> = {
  customerId: 'martin',
  'customer-id': 'martin',
  email: 'bernard.martin@example.fr',
  phone: '+33 6 12 00 01 01',
  phoneRegion: 'FR',
  'phone-region': 'FR',
  endpoint: '/graphql',
  locale: 'fr',
  pageSize: 5,
  'page-size': 5,
  timeout: 10_000,
  retryDelay: 1000,
  'retry-delay': 1000,
  theme: 'dark',
  hintsDisabled: false,
  'hints-disabled': false,
  promotionsDisabled: true,
  'promotions-disabled': true,
  feedback: 'off',
  hintOptions: {loyaltyYears: 3},
  hintRules: [],
  suppressHints: ['preferred-channel'],
  now: new Date(0),
  headers: {'X-Agent': 'a-42'},
  getHeaders: async () => ({Authorization: 'Bearer x'}),
  credentials: 'include',
  timers: {setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number)},
};

export const everyProviderInput: Required<Customer360ProviderProperties & Customer360ProviderAttributes> = {
  endpoint: '/graphql',
  locale: 'fr',
  theme: 'light',
  credentials: 'same-origin',
  cacheTtl: 30_000,
  'cache-ttl': 30_000,
  hintsDisabled: false,
  'hints-disabled': false,
  promotionsDisabled: false,
  'promotions-disabled': false,
  feedback: 'on',
  headers: {},
  getHeaders: () => ({}),
  hintOptions: {},
  hintRules: [],
};

/** True when two types are the same. */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
