/**
 * The endpoint's CORS rules (docs/cross-origin.md, "The GraphQL endpoint"), in one place:
 * - a page on the server's own origin needs nothing;
 * - a page on an origin of the allow list gets its exact origin back, with credentials, on the
 *   preflight and on every answer;
 * - any other origin gets no `Access-Control-Allow-Origin`, so its browser shows the page
 *   nothing. Nothing in the request (query string, headers) can add an origin: the list is the
 *   server's configuration alone.
 * Every answer carries `Vary: Origin`, since its headers depend on the origin asked.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';

/**
 * The exact origins (`https://crm.example.com`, `http://intranet.test:5410`) of `values`, or an
 * error naming the first entry that is not one. `*` is refused: the endpoint serves customer
 * data, with cookies, to the pages it lists, and a wildcard would list every site.
 */
export function parseAllowedOrigins(values: readonly string[], source = 'allowOrigins'): string[] {
  return values.map((value) => {
    const entry = value.trim();
    if (entry === '*') {
      throw new Error(`${source}: "*" would let every site read customer data; list exact origins (https://crm.example.com).`);
    }
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const originOnly = url && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
    if (!url || !originOnly || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(`${source}: "${entry}" is not an origin (scheme://host[:port], such as http://intranet.test:5410).`);
    }
    // As browsers send it: lower case, no default port, no trailing slash.
    return url.origin;
  });
}

/** `CUSTOMER360_ALLOW_ORIGINS="https://a.example, http://localhost:8080"` as a list of origins. */
export function allowOriginsFromEnv(value = process.env['CUSTOMER360_ALLOW_ORIGINS']): string[] {
  const entries = (value ?? '').split(',').filter((entry) => entry.trim());
  return parseAllowedOrigins(entries, 'CUSTOMER360_ALLOW_ORIGINS');
}

/**
 * What a listed origin gets: the exact origin (never `*` together with cookies), credentials,
 * and to the preflight the methods and the two headers the card sends.
 */
const GRANT: Readonly<Record<string, string>> = {
  'access-control-allow-credentials': 'true',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  // The card reads Retry-After to know when to ask again after a 429.
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
};

/**
 * Sets the CORS headers of an answer to `req` from the allow list alone: the request's
 * `Origin` header is compared with the list, and nothing else in the request is read.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): void {
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !allowed.has(origin)) return;
  res.setHeader('access-control-allow-origin', origin);
  for (const [name, value] of Object.entries(GRANT)) res.setHeader(name, value);
}
