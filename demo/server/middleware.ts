/**
 * The demo's and the browser tests' GraphQL endpoint: a connect-style middleware answering
 * GraphQL over HTTP (GET and POST, graphql-http's Node adapter) at `/graphql`, on the personas
 * seeded once into the reference server's SQL (kit.ts; the answers come from server/'s
 * resolvers and loaders, `now=` moving the aggregates' windows), with the test controls of `controls.ts` (`now`, `delay`, `fault`), `auth=<token>`
 * (require that bearer token), `corpus=<case>` (rewrite the answer with a hostile case of
 * `corpus.ts`), and the controls that wait on the test rather than on a clock: `hold=<gate>`,
 * `drop=<gate>` (see `GATE_PATH` below) and `times=<n>` (see `withoutSpentFault`). It logs nothing.
 *
 * CORS (cors.ts): pages on the server's own origin need nothing; pages on another origin are
 * served only when the `allowOrigins` option lists that origin (`CUSTOMER360_ALLOW_ORIGINS`, a
 * comma-separated list, for `npm start`). Nothing in a request can add an origin.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {createHandler} from 'graphql-http/lib/use/http';
import {batchedCustomerIds, mutationField, planBatch, planRequest, requestedCustomerId} from './controls.js';
import type {RequestPlan} from './controls.js';
import {faultAnswer, withTicketsFailed} from './faults.js';
import {applyHostileCase} from './corpus.js';
import {applyCors, parseAllowedOrigins} from './cors.js';
import {beforeFeedback} from './before-feedback.js';
import {maskError} from './mask.js';
import {createKit} from './kit.js';
import type {Agent} from '../../server/src/auth.js';

/** A request as connect hands it over: `originalUrl` keeps the path a mount point stripped. */
export type ConnectRequest = IncomingMessage & {originalUrl?: string};

/** A connect/Vite middleware: answers its own requests, passes the others to `next`. */
export type GraphQLMiddleware = (req: ConnectRequest, res: ServerResponse, next: () => void) => void;

/** The path the endpoint answers on, whatever the middleware is mounted at. */
const ENDPOINT_PATH = '/graphql';

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * Gates, so a test decides when a request is answered instead of guessing a delay:
 * - `hold=<gate>` (or `hold=<id>:<gate>`, that customer's requests only) parks a request's
 *   answer until the gate opens;
 * - `drop=<gate>` drops the connection (a network failure) while the gate is closed.
 * `GET /graphql/gate?gate=<g>&arrived=<n>` answers once n requests have reached the gate (at
 * once if they already have); `POST /graphql/gate?gate=<g>` opens it for good (parked requests
 * go on, later ones pass) and answers how many it released. Gates live in memory for the
 * server's life: tests use names of their own.
 */
const GATE_PATH = '/graphql/gate';

interface Gate {
  open: boolean;
  arrived: number;
  parked: (() => void)[];
  watchers: {count: number; notify: () => void}[];
}

const gates = new Map<string, Gate>();

/** The gate `name`, one more request arrived at it (the waiting tests are told). */
function arrive(name: string): Gate {
  let g = gates.get(name);
  if (!g) gates.set(name, (g = {open: false, arrived: 0, parked: [], watchers: []}));
  g.arrived++;
  const arrivedNow = g.arrived;
  for (const watcher of g.watchers.filter((w) => w.count <= arrivedNow)) watcher.notify();
  g.watchers = g.watchers.filter((w) => w.count > arrivedNow);
  return g;
}

/** Parks until the gate opens. */
function hold(name: string): Promise<void> {
  const g = arrive(name);
  return g.open ? Promise.resolve() : new Promise((resolve) => g.parked.push(resolve));
}

function answerGate(url: URL, req: IncomingMessage, res: ServerResponse): void {
  const name = url.searchParams.get('gate') ?? '';
  let g = gates.get(name);
  if (!g) gates.set(name, (g = {open: false, arrived: 0, parked: [], watchers: []}));
  const gateNow = g;
  const reply = (body: unknown) => {
    res.writeHead(200, {'content-type': 'application/json', 'cache-control': 'no-store'});
    res.end(JSON.stringify(body));
  };
  if (req.method === 'POST') {
    gateNow.open = true;
    const parked = gateNow.parked.splice(0);
    for (const release of parked) release();
    return reply({released: parked.length});
  }
  const count = Number(url.searchParams.get('arrived') ?? 1);
  if (gateNow.arrived >= count) return reply({arrived: gateNow.arrived});
  gateNow.watchers.push({count, notify: () => reply({arrived: gateNow.arrived})});
}

/** Requests seen per query string, for `times=<n>`. */
const seen = new Map<string, number>();

/**
 * `times=<n>`: `fault` applies to the first n requests with this query string; from the
 * (n+1)th on, the request is answered as if it were not there ("the server is back").
 */
function withoutSpentFault(req: ConnectRequest, url: URL): void {
  const times = url.searchParams.get('times');
  if (times === null || !(Number(times) >= 0)) return;
  const count = (seen.get(url.search) ?? 0) + 1;
  seen.set(url.search, count);
  if (count <= Number(times)) return;
  const local = new URL(req.url ?? '/', 'http://localhost');
  local.searchParams.delete('fault');
  req.url = local.pathname + local.search;
}

/** A promise that never settles: the `hang` fault's answer. */
function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

export interface GraphQLMiddlewareOptions {
  /**
   * Exact origins (`https://crm.example.com`) whose pages may call the endpoint, cookies
   * included. An entry that is not an origin, or `*`, is an error.
   */
  allowOrigins?: readonly string[];
  /**
   * The instant the personas are seeded at (default: now). The data is seeded once; a
   * request's `now=` moves the windows of the aggregates, not the data.
   */
  seedAt?: Date;
}

/** The plan of a request: of its customer, or of all the customers of a batch. */
function planFor(url: string, query: string, variables: Record<string, unknown> | null | undefined): RequestPlan {
  const batch = batchedCustomerIds(variables);
  return batch ? planBatch(url, batch) : planRequest(url, mutationField(query) ?? requestedCustomerId(query, variables));
}

/**
 * With `auth=<token>` (checked against the Authorization header before the request gets here),
 * the request is read by agent `token:<token>`, so tests can act as two agents; else the demo agent.
 */
function tokenAgent(url: string): Agent | undefined {
  const token = new URL(url, 'http://localhost').searchParams.get('auth');
  return token ? {id: `token:${token}`, roles: [], displayName: `Agent ${token}`} : undefined;
}

/** Creates the middleware; mount it at the root (it checks the path itself). */
export function createGraphQLMiddleware(options: GraphQLMiddlewareOptions = {}): GraphQLMiddleware & {ready: Promise<void>} {
  const allowed = new Set(parseAllowedOrigins(options.allowOrigins ?? []));
  const kit = createKit(options.seedAt ?? new Date());
  const handle = createHandler<Record<PropertyKey, unknown> & RequestPlan & ReturnType<typeof kit.context>>({
    schema: kit.schema,
    formatError: maskError,
    // The GraphQL context is the request's plan (onOperation reads `fault`) and the reference
    // server's context (its loaders compute the windows at the plan's `now`).
    context: (req, params) => {
      const plan = planFor(req.url, params.query, params.variables);
      return {...plan, ...kit.context(plan.now, tokenAgent(req.url))};
    },
    async onSubscribe(req, params) {
      const plan = planFor(req.url, params.query, params.variables);
      // `schema=before-feedback`: validated as a server without notes and mutations would.
      if (new URL(req.url, 'http://localhost').searchParams.get('schema') === 'before-feedback') {
        const errors = beforeFeedback.validate(params.query);
        if (errors.length) return errors;
      }
      if (plan.hold !== null) await hold(plan.hold);
      if (plan.fault === 'hang') return never();
      await sleep(plan.delayMs);
      return plan.fault === null || plan.fault === 'partial' ? undefined : faultAnswer(plan.fault);
    },
    onOperation: (req, args, result) => {
      const corpus = new URL(req.url, 'http://localhost').searchParams.get('corpus');
      if (corpus && 'data' in result) applyHostileCase(corpus, result.data);
      // A batch: each customer's `partial` fault fails its own alias's tickets only.
      const batch = batchedCustomerIds(args.variableValues as Record<string, unknown> | undefined);
      if (batch && 'data' in result) {
        return batch.reduce(
          (answer, id, i) => (planRequest(req.url, id).fault === 'partial' ? withTicketsFailed(answer, `c${i}`) : answer),
          result,
        );
      }
      return args.contextValue?.fault === 'partial' ? withTicketsFailed(result) : undefined;
    },
  });
  const middleware: GraphQLMiddleware = (req, res, next) => {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
    if (url.pathname === GATE_PATH) return answerGate(url, req, res);
    if (url.pathname !== ENDPOINT_PATH) return next();
    applyCors(req, res, allowed);
    // A preflight is answered here, allowed or not: without the headers of an allowed origin,
    // the browser stops and the real request never leaves.
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    withoutSpentFault(req, url);
    // `drop=<gate>`: drop the connection (a network failure) while that gate is closed.
    const dropGate = url.searchParams.get('drop');
    if (dropGate !== null && !arrive(dropGate).open) {
      req.socket.destroy();
      return;
    }
    // `auth=<token>`: the endpoint requires `Authorization: Bearer <token>` (auth tests).
    const token = url.searchParams.get('auth');
    if (token !== null && req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, {'content-type': 'application/json', 'www-authenticate': 'Bearer realm="customer-360"'});
      res.end(JSON.stringify({errors: [{message: 'Unauthorized'}]}));
      return;
    }
    void kit.ready.then(() => handle(req, res));
  };
  return Object.assign(middleware, {ready: kit.ready});
}
