/**
 * The HTTP server: GraphQL Yoga at `/graphql` over the schema's resolvers, `/health` beside it.
 *
 * - Who may read: the `authenticate` hook runs first; `null` is a 401 before any SQL.
 * - CORS: only the listed origins get CORS headers (with credentials); no header or query
 *   parameter grants access. Pages on the server's own origin need none.
 * - Errors are masked: a client sees the message of errors the resolvers meant to show, and
 *   "Unexpected error." for anything else (no SQL, table name or stack).
 * - Limits: depth, top-level fields, fields (src/limits.ts), and the request body size.
 * - Cross-site requests: a GET or a form/text POST needs the `GraphQL-Require-Preflight` header.
 * - The database: migrated at start-up (retrying with backoff while it does not answer);
 *   until then `/graphql` answers 503 and `/health` says why.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {GraphQLError} from 'graphql';
import {createSchema, createYoga} from 'graphql-yoga';
import type {Plugin} from 'graphql-yoga';
import {createJit} from './jit.js';
import type {Agent, Authenticate} from './auth.js';
import {CONFIDENTIAL_ROLE, allowEveryone} from './auth.js';
import type {Context} from './context.js';
import {CONTRACT_SOURCE} from './contract.js';
import type {Db} from './db.js';
import {createFeedback} from './feedback.js';
import {createLoaders} from './loaders.js';
import {DEFAULT_LIMITS, limitsRule} from './limits.js';
import type {Limits} from './limits.js';
import {migrate} from './migrate.js';
import {resolvers} from './resolvers.js';
import {pruneAudit} from './erase.js';
import {pageResponse} from './page.js';

/** The path of the GraphQL endpoint. */
export const GRAPHQL_PATH = '/graphql';
/** The path of the health check. */
export const HEALTH_PATH = '/health';

export interface ServerOptions {
  /** The database (see src/db.ts: `openPglite`, `openPostgres`). */
  readonly db: Db;
  /** Says who sent a request; `null` is a 401. Required when `NODE_ENV=production`. */
  readonly authenticate?: Authenticate;
  /** Origins (`https://crm.example.com`) whose pages may call the endpoint, with credentials. */
  readonly allowOrigins?: readonly string[];
  /** The instant the aggregates are relative to, per request (default: the real clock). */
  readonly now?: (request: Request) => Date;
  /** Query limits (default DEFAULT_LIMITS). */
  readonly limits?: Limits;
  /** Largest request body in bytes (default 100 KB). */
  readonly maxBodyBytes?: number;
  /** Audit rows older than this many days are deleted at start and daily (default 365; 0 keeps them forever). */
  readonly auditRetentionDays?: number;
  /** Start-up retries while the database does not answer: first wait, doubling up to `maxDelayMs` (defaults 250 ms, 10 s). */
  readonly retry?: {readonly firstDelayMs?: number; readonly maxDelayMs?: number; readonly attempts?: number};
  /** Where the server says what it does (default: console.warn). */
  readonly log?: (message: string) => void;
  /** Serve a page showing the card on this server's data at `/` (see src/page.ts). Default false. */
  readonly page?: boolean;
  /** The deployment's own hint ids agents may dismiss, besides the catalog's and each customer's server hints. */
  readonly ownHintIds?: readonly string[];
  /**
   * The fault control, for conformance checks: with it, a request to `/graphql?fault=partial`
   * gets its `tickets` section failed for real (null, with an error at its path), the rest of the
   * customer answering. Default false; refused with `NODE_ENV=production`.
   */
  readonly faults?: boolean;
  /** `process.env.NODE_ENV` (read when absent). */
  readonly environment?: string;
}

/** What `/health` answers. */
export interface Health {
  readonly status: 'ok' | 'starting' | 'unavailable';
  readonly database: 'ok' | 'unreachable' | 'migrating';
  /** Why the database is not usable, in words (never a password: the URL is not repeated). */
  readonly detail?: string;
}

export interface Customer360Server {
  /** The Node `http` request listener. */
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** The fetch-API handler (for tests and other runtimes). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Resolves once the database is migrated and the server answers queries. */
  readonly ready: Promise<void>;
  health(): Promise<Health>;
  /** Stops retrying and timers (the database is the caller's to close). */
  close(): void;
}

/** The headers an allowed origin gets: that exact origin, with credentials, never `*`. */
function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, graphql-require-preflight',
    'access-control-expose-headers': 'retry-after',
    'access-control-max-age': '600',
  };
}

/**
 * The exact origins of `values` as browsers send them (lower case, no default port, no trailing
 * slash), or an error naming the first entry that is not one. `*` is refused: the server sends
 * customer data, with cookies, to the pages it lists, and a wildcard would list every site.
 */
export function parseAllowedOrigins(values: readonly string[], source = 'allowOrigins'): string[] {
  return values.map((value) => {
    const entry = value.trim();
    if (entry === '*')
      throw new Error(`${source}: "*" would let every site read customer data; list exact origins (https://crm.example.com).`);
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    const originOnly = url && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
    if (!url || !originOnly || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(`${source}: "${entry}" is not an origin (scheme://host[:port], such as https://crm.example.com).`);
    }
    return url.origin;
  });
}

/** Only listed origins: a preflight is answered 204 for anyone, with CORS headers only for them. */
function corsPlugin(allowOrigins: readonly string[]): Plugin {
  const allowed = new Set(allowOrigins);
  return {
    onRequest({request, endResponse}) {
      if (request.method === 'OPTIONS') endResponse(new Response(null, {status: 204, headers: {'content-length': '0'}}));
    },
    onResponse({request, response}) {
      response.headers.append('vary', 'Origin');
      const origin = request.headers.get('origin');
      if (origin === null || !allowed.has(origin)) return;
      for (const [name, value] of Object.entries(corsHeaders(origin))) response.headers.set(name, value);
    },
  };
}

/** The header a GET or form-encoded request must carry (any value): browsers preflight it cross-site. */
export const PREFLIGHT_HEADER = 'GraphQL-Require-Preflight';

/** Content types a page on any site may POST without a CORS preflight (HTML forms, text). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', '']);

/**
 * True for a request that a page on another site could make the agent's browser send, cookies
 * included, without a CORS preflight: a GET, or a POST whose body is a form or text, unless it
 * carries `GraphQL-Require-Preflight` (a header browsers only send cross-site after a preflight
 * this server answers for listed origins only). It could not read the answer, but it would run
 * the query as the agent, and write an audit row saying they read that customer.
 */
function crossSiteCapable(request: Request): boolean {
  if (request.headers.has(PREFLIGHT_HEADER)) return false;
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return SIMPLE_CONTENT_TYPES.has(type);
}

/** A JSON answer outside GraphQL execution (401, 503, 413). */
function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({errors: [{message}]}), {
    status,
    headers: {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers},
  });
}

/**
 * The bytes of `body` when there are at most `limit` of them; `null` as soon as there are more
 * (the rest is not read: the stream is cancelled).
 */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), {once: true});
  });
}

/** A database error in words fit for an operator's log and `/health` (no URL, so no password). */
function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as {code?: unknown}).code;
    return typeof code === 'string' && code ? `${error.message} (${code})` : error.message || error.name;
  }
  return String(error);
}

export function createServer(options: ServerOptions): Customer360Server {
  const environment = options.environment ?? process.env['NODE_ENV'];
  const log = options.log ?? ((message: string) => console.warn(message));
  if (!options.authenticate && environment === 'production') {
    throw new Error(
      'customer-360-server: NODE_ENV=production needs an authenticate hook (createServer({authenticate})): ' +
        'without one, anyone who reaches the server reads every customer.',
    );
  }
  if (options.faults && environment === 'production') {
    throw new Error(
      'customer-360-server: faults (the fault control for conformance checks) cannot be on with NODE_ENV=production.',
    );
  }
  if (options.faults)
    log('customer-360-server: fault control on: /graphql?fault=partial fails the tickets section (not for production).');
  if (!options.authenticate) log('customer-360-server: no authenticate hook, every request reads as agent "demo" (demo mode).');
  const authenticate: Authenticate = options.authenticate ?? allowEveryone;
  const {db} = options;
  const allowOrigins = parseAllowedOrigins(options.allowOrigins ?? []);
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;
  const retentionDays = options.auditRetentionDays ?? 365;
  const ownHintIds = options.ownHintIds ?? [];
  const stopping = new AbortController();

  let state: Health = {status: 'starting', database: 'migrating'};
  const ready = (async () => {
    const firstDelay = options.retry?.firstDelayMs ?? 250;
    const maxDelay = options.retry?.maxDelayMs ?? 10_000;
    const attempts = options.retry?.attempts ?? Infinity;
    for (let attempt = 1, delay = firstDelay; ; attempt++, delay = Math.min(maxDelay, delay * 2)) {
      try {
        const applied = await migrate(db);
        if (applied.length) log(`customer-360-server: applied migrations ${applied.join(', ')}.`);
        break;
      } catch (error) {
        state = {status: 'unavailable', database: 'unreachable', detail: describe(error)};
        if (stopping.signal.aborted || attempt >= attempts) throw new Error(`The database does not answer: ${describe(error)}`);
        log(`customer-360-server: the database does not answer (${describe(error)}); retrying in ${delay} ms.`);
        await sleep(delay, stopping.signal);
      }
    }
    state = {status: 'ok', database: 'ok'};
    if (retentionDays > 0) {
      const prune = () =>
        pruneAudit(db, new Date(), retentionDays).catch((error: unknown) => log(`audit prune failed: ${describe(error)}`));
      await prune();
      const timer = setInterval(prune, 86_400_000);
      timer.unref();
      stopping.signal.addEventListener('abort', () => clearInterval(timer), {once: true});
    }
  })();
  // `ready` is awaited by whoever wants it; an unobserved failure must not crash the process.
  ready.catch(() => undefined);

  const agents = new WeakMap<Request, Agent>();
  const gatePlugin: Plugin = {
    async onRequest({request, url, endResponse, setRequest}) {
      if (request.method === 'OPTIONS' || url.pathname !== GRAPHQL_PATH) return;
      if (crossSiteCapable(request)) {
        return endResponse(
          jsonError(
            403,
            `A ${request.method} request without a JSON body needs the header ${PREFLIGHT_HEADER} (any value): ` +
              "a page on another site could send it with the agent's cookies otherwise. Or POST application/json.",
          ),
        );
      }
      const tooLarge = () => jsonError(413, `The request body is over ${maxBodyBytes} bytes.`);
      const declared = request.headers.get('content-length');
      if (Number(declared ?? 0) > maxBodyBytes) return endResponse(tooLarge());
      let agent: Agent | null;
      try {
        agent = await authenticate(request);
      } catch (error) {
        // A hook that cannot answer (its identity provider is down) lets nobody in.
        log(`customer-360-server: the authenticate hook failed: ${describe(error)}`);
        return endResponse(jsonError(503, 'Authentication is not available; try again later.', {'retry-after': '5'}));
      }
      if (!agent) {
        return endResponse(jsonError(401, 'Unauthorized', {'www-authenticate': 'Bearer realm="customer-360"'}));
      }
      if (state.status !== 'ok') {
        return endResponse(jsonError(503, 'The customer database is not available yet.', {'retry-after': '5'}));
      }
      let admitted = request;
      if (declared === null && request.body) {
        // No length announced (a chunked body): read it up to the limit, no further.
        const body = await readAtMost(request.body, maxBodyBytes);
        if (!body) return endResponse(tooLarge());
        const headers = new Headers(request.headers);
        headers.delete('transfer-encoding');
        admitted = new Request(request.url, {method: request.method, headers, body});
        setRequest(admitted);
      }
      agents.set(admitted, agent);
    },
  };

  const limitsPlugin: Plugin = {
    onValidate: ({addValidationRule}) => addValidationRule(limitsRule(options.limits ?? DEFAULT_LIMITS)),
  };

  // The documents agents send again and again run compiled (src/jit.ts).
  const jit = createJit();

  const yoga = createYoga<object, Context>({
    schema: createSchema<Context>({typeDefs: CONTRACT_SOURCE, resolvers: resolvers as never}),
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/yoga-health-unused',
    landingPage: false,
    graphiql: false,
    cors: false,
    maskedErrors: {isDev: false},
    logging: false,
    plugins: [corsPlugin(allowOrigins), gatePlugin, limitsPlugin, jit.plugin],
    context: ({request}) => {
      const agent = agents.get(request);
      // The gate above let nobody through without an agent; refuse rather than read if it did.
      if (!agent) throw new Error('No authenticated agent for this request.');
      const instant = now(request);
      const loaders = createLoaders({
        db,
        now: instant,
        agentId: agent.id,
        seesConfidential: agent.roles.includes(CONFIDENTIAL_ROLE),
      });
      if (options.faults && new URL(request.url).searchParams.get('fault') === 'partial') {
        loaders.tickets = () =>
          Promise.reject(new GraphQLError('Simulated failure (fault=partial): the tickets section fails on purpose.'));
      }
      return {
        agent,
        now: instant,
        loaders,
        feedback: createFeedback({db, now: instant, agent, ownHintIds, openReports: !options.authenticate}),
      };
    },
  });

  async function health(): Promise<Health> {
    if (state.status !== 'ok') return state;
    try {
      await db.query('SELECT 1');
      return state;
    } catch (error) {
      return {status: 'unavailable', database: 'unreachable', detail: describe(error)};
    }
  }

  async function fetchHandler(request: Request): Promise<Response> {
    const page = options.page && request.method === 'GET' ? await pageResponse(new URL(request.url)) : null;
    if (page) return page;
    const path = new URL(request.url).pathname;
    if (path === HEALTH_PATH) {
      const answer = await health();
      return new Response(JSON.stringify(answer), {
        status: answer.status === 'ok' ? 200 : 503,
        headers: {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store'},
      });
    }
    if (path !== GRAPHQL_PATH)
      return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}});
    return yoga.fetch(request);
  }

  return {
    listener: (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === GRAPHQL_PATH) return void yoga(req, res);
      // The page and /health answer GET requests without a body: the same fetch handler.
      void fetchHandler(
        new Request(new URL(req.url ?? '/', 'http://localhost'), {method: req.method === 'GET' ? 'GET' : 'HEAD'}),
      ).then(async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(req.method === 'GET' ? Buffer.from(await answer.arrayBuffer()) : undefined);
      });
    },
    fetch: fetchHandler,
    ready,
    health,
    close: () => stopping.abort(),
  };
}
