/**
 * Test and demo controls, read from the endpoint's own query string so that an attribute
 * like `endpoint="/graphql?now=2026-03-10T09:00:00Z&delay=martin:800&fault=dupin:partial"`
 * drives them:
 *
 * - `now=<ISO instant>`: the data is relative to that instant instead of the real clock
 *   (an unparsable value is ignored).
 * - `delay=<ms>` delays every response; `delay=<id>:<ms>,<id>:<ms>` only the requests for
 *   those customers. Both forms mix: `delay=100,martin:900`.
 * - `fault=<name>` or `fault=<id>:<name>,…`: a simulated failure (see `FaultName`).
 *   Unknown names are ignored.
 * - `jitter=<ms>` adds a pseudo-random 0…ms delay to each response (race tests). It is seeded
 *   by `seed=<n>` and the request's customer and rank (the nth request with this query string
 *   and customer): the same sequence of requests gets the same delays again.
 *
 * The middleware adds controls that wait on the test instead of on a clock: `hold=<gate>` or
 * `hold=<id>:<gate>` (answer only once the test opens the gate), `drop=<gate>` (drop the connection, a network
 * failure, while the gate is closed) and `times=<n>` (`fault` applies to the first n requests
 * with this query string only; later ones get the normal answer: "the server is back").
 *
 * A rule for the request's customer wins over an unscoped one. The customer of a request is
 * its `id` variable, or else the literal in `customer(id: "…")` in the query text. A mutation
 * is scoped by its field instead (`fault=dismissHint:503`, `hold=addNote:<gate>`), so a test
 * can fail or park the card's mutations and not its loads.
 *
 * `schema=before-feedback` answers as a server of the contract without notes and mutations
 * (issue 22) would: a request that uses them gets that server's validation errors.
 */

/**
 * The faults the server can simulate:
 * - `400`, `401`, `403`, `404`, `408`, `429` (with `Retry-After: 2`), `500`, `501`, `502`, `503`:
 *   that status with an HTML body, like a proxy's error page (501 is what a static file server
 *   answers to a POST);
 * - `invalid-json`: 200, `application/json`, a truncated JSON body;
 * - `empty`: 200, an empty body;
 * - `graphql-error`: a GraphQL request error, `{errors}` without `data` (400, or 200 when the
 *   client only accepts `application/json`, as the GraphQL-over-HTTP spec says);
 * - `partial`: a real answer whose `customer.tickets` is `null`, with an error at that path;
 * - `hang`: no answer at all, the socket stays open until the client gives up;
 * - `not-graphql`: 200, an HTML page, as if the endpoint pointed at a web site.
 */
export type FaultName =
  | '400'
  | '401'
  | '403'
  | '404'
  | '408'
  | '429'
  | '500'
  | '501'
  | '502'
  | '503'
  | 'invalid-json'
  | 'empty'
  | 'graphql-error'
  | 'partial'
  | 'hang'
  | 'not-graphql';

const FAULT_NAMES: ReadonlySet<string> = new Set<FaultName>([
  '400',
  '401',
  '403',
  '404',
  '408',
  '429',
  '500',
  '501',
  '502',
  '503',
  'invalid-json',
  'empty',
  'graphql-error',
  'partial',
  'hang',
  'not-graphql',
]);

function isFaultName(value: string): value is FaultName {
  return FAULT_NAMES.has(value);
}

/** Values given for every request (`unscoped`) and per customer id (`byId`). */
interface ScopedValues<T> {
  readonly unscoped: T | null;
  readonly byId: ReadonlyMap<string, T>;
}

/** What the controls decide for one request. */
export type RequestPlan = {
  /** The instant the data is relative to. */
  readonly now: Date;
  /** Milliseconds to wait before answering. */
  readonly delayMs: number;
  readonly fault: FaultName | null;
  /** The gate whose opening the answer waits for (`hold=<gate>` or `hold=<id>:<gate>`, see the middleware). */
  readonly hold: string | null;
};

/**
 * Parses `a,b:c,…` into unscoped and per-id values; `parse` returns `null` for values to ignore.
 * The id is everything before the last colon.
 */
function parseScoped<T>(raw: string | null, parse: (value: string) => T | null): ScopedValues<T> {
  let unscoped: T | null = null;
  const byId = new Map<string, T>();
  for (const entry of (raw ?? '').split(',')) {
    const colon = entry.lastIndexOf(':');
    const value = parse(entry.slice(colon + 1).trim());
    if (value === null) continue;
    if (colon < 0) unscoped = value;
    else byId.set(entry.slice(0, colon).trim(), value);
  }
  return {unscoped, byId};
}

function parseDelay(value: string): number | null {
  const ms = Number(value);
  return value !== '' && Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function parseFault(value: string): FaultName | null {
  return isFaultName(value) ? value : null;
}

function parseNow(value: string | null): Date | null {
  const date = value === null ? null : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function valueFor<T>(values: ScopedValues<T>, id: string | null): T | null {
  return (id === null ? undefined : values.byId.get(id)) ?? values.unscoped;
}

const CUSTOMER_ID_LITERAL = /\bcustomer\s*\(\s*id\s*:\s*"([^"\\]*)"/;

/** The customer a GraphQL request is about: its `id` variable, else the literal in the query. */
export function requestedCustomerId(query: string, variables: Record<string, unknown> | null | undefined): string | null {
  const variable = variables?.['id'];
  if (typeof variable === 'string') return variable;
  return CUSTOMER_ID_LITERAL.exec(query)?.[1] ?? null;
}

const MUTATION_FIELD = /^\s*mutation\b[^{]*\{\s*(\w+)/;

/** The first field of a mutation (`dismissHint`), its scope for the controls; `null` for a query. */
export function mutationField(query: string): string | null {
  return MUTATION_FIELD.exec(query)?.[1] ?? null;
}

/** How many requests each (query string, customer) asked so far: the rank seeds the jitter. */
const ranks = new Map<string, number>();

/**
 * A number in [0, 1) from a string: FNV-1a, then one round of mulberry32 mixing. The same
 * string always gives the same number, so a seeded race replays.
 */
export function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** What to do for a request to `url` (path and query string) about customer `id`. */
export function planRequest(url: string, id: string | null): RequestPlan {
  const parsed = new URL(url, 'http://localhost');
  const search = parsed.searchParams;
  const jitter = parseDelay(search.get('jitter') ?? '') ?? 0;
  let random = 0;
  if (jitter > 0) {
    const key = `${parsed.search}\n${id ?? ''}`;
    const rank = (ranks.get(key) ?? 0) + 1;
    ranks.set(key, rank);
    random = unitHash(`${search.get('seed') ?? ''}\n${key}\n${rank}`);
  }
  return {
    now: parseNow(search.get('now')) ?? new Date(),
    delayMs: (valueFor(parseScoped(search.get('delay'), parseDelay), id) ?? 0) + random * jitter,
    fault: valueFor(parseScoped(search.get('fault'), parseFault), id),
    hold: valueFor(
      parseScoped(search.get('hold'), (value) => value || null),
      id,
    ),
  };
}

/**
 * The customers of a batch (`c0: customer(id: $id0) … c1: customer(id: $id1)`), in alias
 * order; `null` when the request is not a batch.
 */
export function batchedCustomerIds(variables: Record<string, unknown> | null | undefined): string[] | null {
  const ids: string[] = [];
  for (let i = 0; typeof variables?.[`id${i}`] === 'string'; i += 1) ids.push(variables[`id${i}`] as string);
  return ids.length ? ids : null;
}

/**
 * The plan of a batch: the longest delay of its customers, and the first whole-request fault
 * of one of them; a `partial` fault stays per customer (see the middleware).
 */
export function planBatch(url: string, ids: readonly string[]): RequestPlan {
  const plans = ids.map((id) => planRequest(url, id));
  return {
    now: plans[0]?.now ?? new Date(),
    delayMs: Math.max(0, ...plans.map((p) => p.delayMs)),
    fault: plans.find((p) => p.fault !== null && p.fault !== 'partial')?.fault ?? null,
    hold: plans.find((p) => p.hold !== null)?.hold ?? null,
  };
}
