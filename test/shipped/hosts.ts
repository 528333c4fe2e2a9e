/**
 * Three origins, as a host deploys the card: the host's page (`page.test`), a static server
 * for the built files (`cdn.test`, serving dist/ to any origin, as a CDN does) and the GraphQL
 * endpoint (`api.test`, the demo's endpoint allowing the page's origin only). Chromium maps the
 * `.test` names to 127.0.0.1 (`--host-resolver-rules`), so each is a real origin of its own.
 */
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {readFile} from 'node:fs/promises';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import {createGraphQLMiddleware} from '../../demo/server/middleware.js';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const TYPES: Record<string, string> = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html'};

export interface Hosts {
  page: string;
  cdn: string;
  api: string;
  /** Paths (with query) the CDN was asked for, in order. */
  cdnRequests: string[];
  /** `METHOD path` of every request the endpoint got, in order. */
  apiRequests: string[];
  /** Files the CDN serves instead of dist/'s (path → body), e.g. a stale copy. */
  cdnOverrides: Map<string, string>;
  /** Pages the host serves: path → [html, Content-Security-Policy or undefined]. */
  pages: Map<string, [string, string | undefined]>;
  browser: Browser;
  close(): Promise<void>;
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

export async function startHosts(dist = 'dist'): Promise<Hosts> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or `apt-get install chromium`.');
  const pages = new Map<string, [string, string | undefined]>();
  const cdnRequests: string[] = [];
  const apiRequests: string[] = [];
  const cdnOverrides = new Map<string, string>();

  const pageServer = await listen((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': 'text/html', ...(page[1] ? {'content-security-policy': page[1]} : {})});
    res.end(page[0]);
  });
  // A CDN: the built files to any origin, without credentials.
  const cdnServer = await listen(async (req, res) => {
    cdnRequests.push(req.url ?? '');
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = {'access-control-allow-origin': '*', 'content-type': TYPES[extname(path)] ?? 'application/octet-stream'};
    try {
      const body = cdnOverrides.get(path) ?? (await readFile(join(dist, path)));
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  const page = `http://page.test:${portOf(pageServer)}`;
  const graphql = createGraphQLMiddleware({allowOrigins: [page]});
  const apiServer = await listen((req, res) => {
    apiRequests.push(`${req.method} ${req.url}`);
    graphql(req, res, () => res.writeHead(404).end());
  });

  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromeArgs, '--host-resolver-rules=MAP *.test 127.0.0.1'],
  });
  return {
    page,
    cdn: `http://cdn.test:${portOf(cdnServer)}`,
    api: `http://api.test:${portOf(apiServer)}/graphql`,
    cdnRequests,
    apiRequests,
    cdnOverrides,
    pages,
    browser,
    async close() {
      await browser.close();
      for (const server of [pageServer, cdnServer, apiServer]) server.closeAllConnections();
      await Promise.all([pageServer, cdnServer, apiServer].map((s) => new Promise((r) => s.close(r))));
    },
  };
}

/** What the tests read of a host page: the cards' events, policy violations and console warnings. */
export interface Seen {
  events: {type: string; customerId: string; found?: boolean; reason?: string; configuration?: boolean}[];
  violations: string[];
  warnings: string[];
  errors: string[];
}

/** Opens `path` of the host's site and collects what the page hears from the cards. */
export async function openPage(hosts: Hosts, path: string): Promise<{page: Page; seen: () => Promise<Seen>}> {
  const page = await hosts.browser.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Runs before the page's own scripts, outside its Content-Security-Policy (DevTools).
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as {__events: unknown[]; __violations: string[]};
    w.__events = [];
    w.__violations = [];
    for (const type of ['customer360-loaded', 'customer360-error']) {
      document.addEventListener(type, (e) => w.__events.push({type, ...(e as CustomEvent).detail}), true);
    }
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${hosts.page}${path}`);
  return {
    page,
    seen: async () => ({
      ...(await page.evaluate(() => {
        const w = window as unknown as {__events: Seen['events']; __violations: string[]};
        return {events: w.__events, violations: w.__violations};
      })),
      warnings,
      errors,
    }),
  };
}

/** Waits until `count` cards have told the page they settled (loaded, found or not, or failed). */
export async function settled(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as {__events: unknown[]}).__events.length >= n, {timeout: 20_000}, count);
}

/** Each card's visible text (its shadow root), in document order. */
export function cardTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('customer-360')].map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
  );
}

/** A host page: the script tag (module or classic) and `body`. */
export function hostPage(script: string, body: string, module = true): string {
  const tag = module ? `<script type="module" src="${script}"></script>` : `<script src="${script}"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>${tag}</head><body>${body}</body></html>`;
}
