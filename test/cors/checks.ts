/**
 * Black-box CORS checks for a customer-360 GraphQL endpoint: real HTTP requests (Node's fetch,
 * which lets a test set `Origin` as a browser would), nothing imported from the server. They run
 * unchanged against any server given its endpoint URL, one origin it lists and one it does not.
 *
 * What they hold a server to (docs/cross-origin.md, "The GraphQL endpoint"): a listed origin gets
 * its exact origin back, with credentials and `Vary: Origin`, on the preflight and on the
 * request; any other origin gets no `Access-Control-Allow-Origin` at all, whatever the request
 * says about itself in its query string or headers.
 */
import assert from 'node:assert/strict';

export interface CorsTarget {
  /** The endpoint's full URL, e.g. `http://localhost:5173/graphql`. */
  readonly endpoint: string;
  /** An origin the server was configured to allow, e.g. `http://intranet.test:5410`. */
  readonly allowedOrigin: string;
  /** An origin the server was not told about, e.g. `http://elsewhere.test:5410`. */
  readonly refusedOrigin: string;
}

/** A check: throws (an assertion error naming what was wrong) unless the server behaved. */
export type CorsCheck = (target: CorsTarget) => Promise<void>;

const QUERY = JSON.stringify({query: '{ __typename }'});

/** The preflight a browser sends before the card's POST (JSON body, a bearer token). */
function preflight(endpoint: string, origin: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(endpoint, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
      ...extra,
    },
  });
}

/** The card's request itself, as the browser sends it once the preflight allowed it. */
function post(endpoint: string, origin: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      origin,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...extra,
    },
    body: QUERY,
  });
}

/** A comma-separated header as a lower-case list (`Vary: Accept-Encoding, Origin`). */
function list(response: Response, name: string): string[] {
  return (response.headers.get(name) ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/** Every CORS header of an answer, for assertion messages. */
function corsHeadersOf(response: Response): string {
  const lines = [...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary');
  return lines.length ? lines.map(([name, value]) => `${name}: ${value}`).join('; ') : '(no CORS headers)';
}

/** The answer lets no page read it: no allowed origin, no credentials. */
function assertGrantsNothing(response: Response, what: string): void {
  const headers = corsHeadersOf(response);
  assert.equal(response.headers.get('access-control-allow-origin'), null, `${what}: no Access-Control-Allow-Origin (${headers})`);
  assert.equal(
    response.headers.get('access-control-allow-credentials'),
    null,
    `${what}: no Access-Control-Allow-Credentials (${headers})`,
  );
}

/** The answer lets exactly `origin` read it, cookies included, and says it varies by origin. */
function assertGrantsExactly(response: Response, origin: string, what: string): void {
  const headers = corsHeadersOf(response);
  assert.equal(response.headers.get('access-control-allow-origin'), origin, `${what}: the exact origin (${headers})`);
  assert.equal(response.headers.get('access-control-allow-credentials'), 'true', `${what}: credentials allowed (${headers})`);
  assert.ok(list(response, 'vary').includes('origin'), `${what}: Vary: Origin (${headers})`);
}

/** The preflight from a listed origin allows it, the POST method and both headers the card sends. */
export const preflightAllowed: CorsCheck = async ({endpoint, allowedOrigin}) => {
  const response = await preflight(endpoint, allowedOrigin);
  assert.ok(response.status === 200 || response.status === 204, `preflight status 200 or 204, got ${response.status}`);
  assertGrantsExactly(response, allowedOrigin, 'preflight from a listed origin');
  assert.ok(list(response, 'access-control-allow-methods').includes('post'), `POST allowed (${corsHeadersOf(response)})`);
  const headers = list(response, 'access-control-allow-headers');
  for (const name of ['authorization', 'content-type']) {
    assert.ok(headers.includes(name), `the ${name} header allowed (${corsHeadersOf(response)})`);
  }
};

/** The preflight from an origin the server was not told about allows nothing. */
export const preflightRefused: CorsCheck = async ({endpoint, refusedOrigin}) => {
  assertGrantsNothing(await preflight(endpoint, refusedOrigin), 'preflight from an unlisted origin');
};

/** The POST from a listed origin is answered, readable by exactly that origin with cookies. */
export const postAllowed: CorsCheck = async ({endpoint, allowedOrigin}) => {
  const response = await post(endpoint, allowedOrigin);
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), {data: {__typename: 'Query'}});
  assertGrantsExactly(response, allowedOrigin, 'POST from a listed origin');
  // The card reads Retry-After to know when to ask again after a 429.
  assert.ok(
    list(response, 'access-control-expose-headers').includes('retry-after'),
    `Retry-After exposed (${corsHeadersOf(response)})`,
  );
};

/** The POST from an unlisted origin carries nothing that lets its page read the answer. */
export const postRefused: CorsCheck = async ({endpoint, refusedOrigin}) => {
  assertGrantsNothing(await post(endpoint, refusedOrigin), 'POST from an unlisted origin');
};

/** No query parameter grants an origin, on the preflight or on the request. */
export const queryParameterGrantsNothing: CorsCheck = async ({endpoint, refusedOrigin}) => {
  for (const name of ['allow-origin', 'allowOrigin', 'allow_origin', 'origin', 'cors']) {
    const url = new URL(endpoint);
    url.searchParams.set(name, refusedOrigin);
    assertGrantsNothing(await preflight(url.href, refusedOrigin), `preflight with ?${name}=`);
    assertGrantsNothing(await post(url.href, refusedOrigin), `POST with ?${name}=`);
  }
};

/** No request header grants an origin, and the opaque origin `null` is never allowed. */
export const headersGrantNothing: CorsCheck = async ({endpoint, allowedOrigin, refusedOrigin}) => {
  const claims: Record<string, string> = {
    'x-allow-origin': refusedOrigin,
    'access-control-allow-origin': refusedOrigin,
    'x-forwarded-host': new URL(allowedOrigin).host,
    'x-forwarded-for': '127.0.0.1',
    referer: `${allowedOrigin}/`,
  };
  for (const [name, value] of Object.entries(claims)) {
    assertGrantsNothing(await preflight(endpoint, refusedOrigin, {[name]: value}), `preflight with ${name}`);
    assertGrantsNothing(await post(endpoint, refusedOrigin, {[name]: value}), `POST with ${name}`);
  }
  // A sandboxed frame, a data: URL or a file: page sends `Origin: null`.
  assertGrantsNothing(await preflight(endpoint, 'null'), 'preflight from Origin: null');
  assertGrantsNothing(await post(endpoint, 'null'), 'POST from Origin: null');
};

/** Origins that only look like the listed one (a prefix, a suffix, another scheme or port) are refused. */
export const lookAlikesGrantNothing: CorsCheck = async ({endpoint, allowedOrigin}) => {
  const url = new URL(allowedOrigin);
  const lookAlikes = [
    `${allowedOrigin}.evil.test`,
    `${url.protocol}//evil-${url.host}`,
    `${url.protocol === 'https:' ? 'http:' : 'https:'}//${url.host}`,
    `${url.protocol}//${url.hostname}:${Number(url.port || 80) + 1}`,
  ];
  for (const origin of lookAlikes) {
    assertGrantsNothing(await preflight(endpoint, origin), `preflight from ${origin}`);
    assertGrantsNothing(await post(endpoint, origin), `POST from ${origin}`);
  }
};

/** Pages on this machine are no exception: a loopback origin not listed is refused too. */
export const loopbackGrantsNothing: CorsCheck = async ({endpoint}) => {
  const own = new URL(endpoint).origin;
  const loopbacks = ['http://localhost:1', 'http://127.0.0.1:1', 'http://[::1]:1', 'http://app.localhost:1'].filter(
    (o) => o !== own,
  );
  for (const origin of loopbacks) {
    assertGrantsNothing(await preflight(endpoint, origin), `preflight from ${origin}`);
    assertGrantsNothing(await post(endpoint, origin), `POST from ${origin}`);
  }
};

/** Every check, by name, in the order a reader would follow them. */
export const CORS_CHECKS: readonly (readonly [string, CorsCheck])[] = [
  ['a preflight from a listed origin is allowed (exact origin, credentials, POST, both headers)', preflightAllowed],
  ['a preflight from an unlisted origin gets no Access-Control-Allow-Origin', preflightRefused],
  ['a POST from a listed origin is answered for that exact origin (credentials, Vary: Origin)', postAllowed],
  ['a POST from an unlisted origin gets no Access-Control-Allow-Origin', postRefused],
  ['no query parameter (?allow-origin= and the like) grants an origin', queryParameterGrantsNothing],
  ['no request header grants an origin, and Origin: null is refused', headersGrantNothing],
  ['origins that only look like a listed one are refused', lookAlikesGrantNothing],
  ['unlisted loopback origins (localhost, 127.0.0.1, [::1]) are refused', loopbackGrantsNothing],
];
