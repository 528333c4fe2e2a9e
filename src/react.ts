/**
 * JSX typings for React 19, which passes object props as properties and `on<event>` props as
 * event listeners to custom elements. `import type {} from 'customer-360/react'` once in an app.
 */
import type {} from 'react';
import type {Customer360} from './customer-360.js';
import type {Customer360Provider} from './provider/customer-360-provider.js';
import type {Customer360EventMap} from './events.js';

type Handlers<T> = {[K in keyof Customer360EventMap as `on${K}`]?: (event: Customer360EventMap[K] & {currentTarget: T}) => void};

type Props<T extends HTMLElement, K extends keyof T> = Partial<Pick<T, K>> &
  Handlers<T> & {
    children?: unknown;
    class?: string;
    className?: string;
    id?: string;
    slot?: string;
    ref?: unknown;
    key?: string | number;
  };

export type Customer360Props = Props<
  Customer360,
  | 'customerId'
  | 'endpoint'
  | 'locale'
  | 'pageSize'
  | 'timeout'
  | 'theme'
  | 'hintsDisabled'
  | 'promotionsDisabled'
  | 'hintOptions'
  | 'hintRules'
  | 'now'
  | 'headers'
  | 'getHeaders'
  | 'credentials'
> & {'customer-id'?: string; 'page-size'?: number; 'hints-disabled'?: boolean};

export type Customer360ProviderProps = Props<
  Customer360Provider,
  | 'endpoint'
  | 'locale'
  | 'theme'
  | 'credentials'
  | 'cacheTtl'
  | 'hintsDisabled'
  | 'promotionsDisabled'
  | 'headers'
  | 'getHeaders'
  | 'hintOptions'
  | 'hintRules'
> & {'cache-ttl'?: number};

interface Elements {
  'customer-360': Customer360Props;
  'customer-360-provider': Customer360ProviderProps;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
