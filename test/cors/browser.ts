/**
 * The same CORS rules, seen by a real browser: headless Chromium opens a page on one origin
 * (`http://intranet.test:PORT`, a name Chromium is told to resolve to 127.0.0.1) whose card
 * calls the endpoint on another. Black-box like checks.ts: any server, given its endpoint URL.
 *
 * The page is served here, by a small static server answering every `*.test` name on one port,
 * so the allowed and the refused origin are the same page under two names. The card is the
 * built script (`dist/`), loaded from `scriptUrl` when given (another origin: a script host),
 * else from the page's own origin.
 */
import {readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer, {type Browser} from 'puppeteer-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The page: one card, its settings from the query string, its first event kept for the test. */
function page(scriptUrl: string): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>customer-360 on another origin</title>
<script type="module" src="${scriptUrl}" onerror="window.scriptFailed = true"></script>
<main></main>
<script type="module">
  const params = new URLSearchParams(location.search);
  const card = document.createElement('customer-360');
  card.endpoint = params.get('endpoint');
  card.customerId = params.get('id');
  card.locale = params.get('locale') || 'en';
  card.retryDelay = 2 ** 31 - 1;
  if (params.get('credentials')) card.credentials = params.get('credentials');
  if (params.get('token')) card.headers = {Authorization: 'Bearer ' + params.get('token')};
  window.cardResult = new Promise((resolve) => {
    // Module scripts run in order, failed or not: a script the browser refused never defines the card.
    if (window.scriptFailed) resolve({type: 'script-error', detail: {}, heading: null, error: null, text: ''});
    const settle = async (event) => {
      await customElements.whenDefined('customer-360');
      await card.updateComplete;
      const text = (selector) => card.shadowRoot.querySelector(selector)?.textContent.replace(/\\s+/g, ' ').trim() ?? null;
      resolve({type: event.type, detail: event.detail, heading: text('h2'), error: text('[part~="error"]'), text: card.shadowRoot.textContent.replace(/\\s+/g, ' ')});
    };
    card.addEventListener('customer360-loaded', settle, {once: true});
    card.addEventListener('customer360-error', settle, {once: true});
  });
  document.querySelector('main').append(card);
</script>
</html>
`;
}

/**
 * A script host set up halfway: under this path, the script itself is served with
 * `Access-Control-Allow-Origin: *`, the files beside it without (a CDN rule for one file).
 */
export const HALF_CORS = '/half-cors';

/**
 * Serves the page at `/` and the files of `dist/` beside it (same-origin use: no CORS headers),
 * under whatever host name is asked; and `dist/` again under `HALF_CORS`.
 */
export function servePage(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://page');
    const half = url.pathname.startsWith(`${HALF_CORS}/`);
    if (half) url.pathname = url.pathname.slice(HALF_CORS.length);
    if (url.pathname === '/') {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'});
      res.end(page(url.searchParams.get('script') ?? '/customer-360.js'));
      return;
    }
    const path = normalize(join(DIST, url.pathname));
    if (!path.startsWith(DIST) || extname(path) !== '.js' || path.includes(`${sep}lib${sep}`)) {
      res.writeHead(404).end();
      return;
    }
    readFile(path).then(
      (body) => {
        const cors = half && url.pathname === '/customer-360.js' ? {'access-control-allow-origin': '*'} : {};
        res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', ...cors});
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Headless Chromium resolving every `*.test` name to this machine. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH, or `apt-get install chromium`.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromeArgs, '--host-resolver-rules=MAP *.test 127.0.0.1'],
  });
}

export interface CardSettings {
  readonly endpoint: string;
  readonly id: string;
  readonly locale?: string;
  readonly credentials?: RequestCredentials;
  readonly token?: string;
  /** Where the page loads the card from; the page's own `/customer-360.js` when absent. */
  readonly scriptUrl?: string;
}

export interface CardResult {
  /** `script-error`: the browser did not run the card's script (not found, or refused by CORS). */
  readonly type: 'customer360-loaded' | 'customer360-error' | 'script-error';
  readonly detail: {
    readonly customerId: string;
    readonly found?: boolean;
    readonly reason?: string;
    readonly configuration?: boolean;
  };
  /** The customer's name as the card shows it; null when no customer is shown. */
  readonly heading: string | null;
  /** The card's error text; null when it shows none. */
  readonly error: string | null;
  /** All the card's text. */
  readonly text: string;
  /** What the browser's console said (CORS refusals are reported there). */
  readonly console: readonly string[];
}

/** Opens the page at `pageOrigin` with one card and answers what the card did and showed. */
export async function cardOn(browser: Browser, pageOrigin: string, settings: CardSettings): Promise<CardResult> {
  const tab = await browser.newPage();
  const messages: string[] = [];
  tab.on('console', (message) => messages.push(message.text()));
  try {
    const url = new URL('/', pageOrigin);
    url.searchParams.set('endpoint', settings.endpoint);
    url.searchParams.set('id', settings.id);
    for (const name of ['locale', 'credentials', 'token'] as const) {
      const value = settings[name];
      if (value) url.searchParams.set(name, value);
    }
    if (settings.scriptUrl) url.searchParams.set('script', settings.scriptUrl);
    await tab.goto(url.href);
    await tab.waitForFunction('window.cardResult !== undefined');
    const result = (await tab.evaluate('window.cardResult')) as Omit<CardResult, 'console'>;
    return {...result, console: messages};
  } finally {
    await tab.close();
  }
}
