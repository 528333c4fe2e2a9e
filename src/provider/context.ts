/**
 * What a `<customer-360-provider>` shares with every card inside it. Cards read it with
 * `@consume({subscribe: true})`; their own attributes, when set, win over it.
 */
import {createContext} from '@lit/context';
import type {HintOptionsInit, HintRule} from '../hints/index.js';
import type {HeadersHook} from '../data/load.js';
import type {CustomerBatcher} from '../data/batch.js';
import type {RequestCache} from './cache.js';

export type {HeadersHook};

export type Theme = 'light' | 'dark';

export interface Customer360Config {
  endpoint?: string;
  headers?: Record<string, string>;
  getHeaders?: HeadersHook;
  credentials?: RequestCredentials;
  locale?: string;
  theme?: Theme;
  hintOptions?: HintOptionsInit;
  hintRules?: readonly HintRule[];
  hintsDisabled: boolean;
  promotionsDisabled: boolean;
  /** `off` turns feedback off in every card inside that does not set its own (see docs/feedback.md). */
  feedback?: 'on' | 'off';
  /** Shared, de-duplicated requests: ten cards for one customer make one request. */
  cache: RequestCache;
  /** The cards that start loading together share one request (aliased `customer` fields). */
  batcher?: CustomerBatcher;
  /** Grows at each `refresh()` of the provider: the cards inside load again. */
  revision: number;
}

export const customer360Context = createContext<Customer360Config | undefined>(Symbol('customer-360-config'));
