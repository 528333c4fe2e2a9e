/**
 * One request for a page of customers. Under a provider, the cards that start loading within
 * the same short moment (`START_DELAY_MS`, about one frame) are sent as ONE GraphQL query with
 * one aliased `customer` field per card (`c0: customer(id: $id0) {...CustomerCard}` …), then
 * split back so that each card gets the answer it would have got alone: its own `customer`,
 * the errors whose path starts at its alias, and the request-level errors. Each card still
 * checks that the customer carries the id it asked for (`toCustomerView`).
 *
 * Aliases, not a new list field: every server that implements `Query.customer(id)` already
 * answers a batch, so no integrator has to change anything. A card alone sends the usual
 * `Customer360` query.
 *
 * The same moment is the switch delay: a card whose customer changes again before it ends
 * sends nothing for the customer it left, so 200 rapid switches start a handful of requests.
 */
import {Customer360Document, type Customer360Query} from '../gql/graphql.js';
import {fetchCustomer, fetchGraphQL, type GraphQLErrorLike, type RawResult, type RequestOptions} from './client.js';
import type {Transport} from './load.js';
import type {CustomerVariables} from './request.js';

/** How long a load waits before its request starts: about one frame, too short for an agent to notice. */
export const START_DELAY_MS = 16;

/** The most customers in one request; a larger page of cards is sent in several. */
export const MAX_BATCH = 20;

/** Waits `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function startDelay(signal: AbortSignal, ms = START_DELAY_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, {once: true});
  });
}

/**
 * The batch query for `count` customers, derived from the `Customer360` document itself, so it
 * always asks exactly what a single card asks (same variables, same root-field arguments,
 * same fragments), with `$id` renamed `$id0`, `$id1`… per alias.
 */
export function batchDocument(count: number, single: string = Customer360Document.toString()): string {
  const header = /query\s+Customer360\s*\(([^)]*)\)\s*\{\s*customer\s*\(([^)]*)\)\s*\{([^}]*)\}\s*\}/.exec(single);
  if (!header) throw new Error('customer-360: unexpected Customer360 document');
  const [whole, declarations, args, selection] = header;
  const shared = declarations
    .split(/[\s,]+(?=\$)/)
    .map((d) => d.trim())
    .filter((d) => d && !/^\$id\s*:/.test(d));
  const ids = Array.from({length: count}, (_, i) => `$id${i}: ID!`);
  const fields = Array.from({length: count}, (_, i) => `c${i}: customer(${args.replace(/\$id\b/g, `$id${i}`)}) {${selection}}`);
  const rest = single.slice(single.indexOf(whole) + whole.length);
  return `query Customer360Batch(${[...shared, ...ids].join(', ')}) {\n${fields.join('\n')}\n}${rest}`;
}

/** The variables of a batch: the shared ones once, each id under its alias's name. */
export function batchVariables(ids: readonly string[], variables: CustomerVariables): Record<string, unknown> {
  const {id: _, ...shared} = variables;
  return {...shared, ...Object.fromEntries(ids.map((id, i) => [`id${i}`, id]))};
}

/** The answer for the card at `index`, as if it had asked alone. */
export function splitBatch(result: RawResult<Record<string, unknown>>, index: number): RawResult<Customer360Query> {
  const alias = `c${index}`;
  const errors: GraphQLErrorLike[] = [];
  for (const error of result.errors ?? []) {
    const path = Array.isArray(error.path) ? error.path : undefined;
    if (!path?.length || !/^c\d+$/.test(String(path[0]))) errors.push(error);
    else if (path[0] === alias) errors.push({...error, path: ['customer', ...path.slice(1)]});
  }
  const data = result.data && typeof result.data === 'object' ? result.data : undefined;
  return {
    // An alias missing from the answer is not "no such customer": leave the field absent.
    data: data && alias in data ? ({customer: data[alias]} as Customer360Query) : ({} as Customer360Query),
    ...(errors.length ? {errors} : {}),
  };
}

interface Pending {
  url: URL;
  variables: CustomerVariables;
  transport: Transport;
  /** The request options (headers asked for now, from the transport). */
  options: (signal: AbortSignal) => Promise<RequestOptions>;
  signal: AbortSignal;
  resolve: (result: RawResult<Customer360Query>) => void;
  reject: (error: unknown) => void;
}

/** Small ids for functions, so that cards with the same header hook share a batch. */
const hookIds = new WeakMap<object, number>();
let lastHookId = 0;
const hookId = (hook: object | undefined): number => {
  if (!hook) return 0;
  if (!hookIds.has(hook)) hookIds.set(hook, ++lastHookId);
  return hookIds.get(hook) ?? 0;
};

/**
 * What decides whether two loads can share a request: same endpoint, same shared variables,
 * same way of asking (headers, header hook, credentials, timeout).
 */
function groupKey({url, variables, transport}: Pending): string {
  const {id: _, ...shared} = variables;
  return JSON.stringify([
    url.href,
    shared,
    transport.headers ?? {},
    hookId(transport.getHeaders),
    transport.credentials ?? '',
    transport.timeout,
  ]);
}

/** Collects the loads that start within `START_DELAY_MS` and sends them together. */
export class CustomerBatcher {
  private _pending: Pending[] = [];
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly _delay = START_DELAY_MS) {}

  /** The answer for one customer, as `fetchCustomer` gives it; rejects with the abort if `signal` aborts first. */
  load(
    url: URL,
    variables: CustomerVariables,
    transport: Transport,
    options: (signal: AbortSignal) => Promise<RequestOptions>,
    signal: AbortSignal,
  ): Promise<RawResult<Customer360Query>> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const entry: Pending = {url, variables, transport, options, signal, resolve, reject};
      this._pending.push(entry);
      // Left before the request started: it is not sent at all.
      signal.addEventListener(
        'abort',
        () => {
          const index = this._pending.indexOf(entry);
          if (index >= 0) {
            this._pending.splice(index, 1);
            reject(signal.reason);
          }
        },
        {once: true},
      );
      this._timer ??= setTimeout(() => this._flush(), this._delay);
    });
  }

  private _flush() {
    this._timer = undefined;
    const groups = new Map<string, Pending[]>();
    for (const entry of this._pending) {
      const key = groupKey(entry);
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    this._pending = [];
    for (const group of groups.values()) {
      for (let start = 0; start < group.length; start += MAX_BATCH) void send(group.slice(start, start + MAX_BATCH));
    }
  }
}

/** One request for `entries` (same group); aborted only when every one of them has left. */
async function send(entries: Pending[]): Promise<void> {
  const controller = new AbortController();
  let left = entries.length;
  for (const {signal} of entries) {
    signal.addEventListener('abort', () => --left === 0 && controller.abort(signal.reason), {once: true});
  }
  const [first] = entries;
  if (!first) return;
  const settle = (entry: Pending, outcome: () => RawResult<Customer360Query>) => {
    if (entry.signal.aborted) return entry.reject(entry.signal.reason);
    try {
      entry.resolve(outcome());
    } catch (error) {
      entry.reject(error);
    }
  };
  try {
    const options = await first.options(controller.signal);
    if (entries.length === 1) {
      const result = await fetchCustomer(options, first.variables);
      settle(first, () => result);
      return;
    }
    const ids = entries.map((e) => e.variables.id);
    const result = await fetchGraphQL<Record<string, unknown>>(
      options,
      batchDocument(ids.length),
      batchVariables(ids, first.variables),
    );
    entries.forEach((entry, i) => settle(entry, () => splitBatch(result, i)));
  } catch (error) {
    for (const entry of entries) entry.reject(entry.signal.aborted ? entry.signal.reason : error);
  }
}
