/**
 * The demo server's CORS, checked from outside: `npm start`'s own server (Vite with the demo's
 * plugin) runs as a child process with `CUSTOMER360_ALLOW_ORIGINS` naming one page origin, and
 * the black-box checks of checks.ts and browser.ts run against it over real HTTP and in Chromium.
 *
 * Run by `npm test` (node --test; web-test-runner runs browser files only). Alone:
 * `node --import tsx --test test/cors/demo.test.ts` (after `npm run build`: the browser part
 * loads the built script).
 */
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import type {Server} from 'node:http';
import {createServer} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {Browser} from 'puppeteer-core';
import {HALF_CORS, cardOn, launchBrowser, servePage} from './browser.js';
import {CORS_CHECKS, type CorsTarget} from './checks.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A port no one listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` on `port` with `env`, resolved once it answers. */
async function startDemo(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--configLoader', 'runner', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      env: {...process.env, ...env},
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code})`))),
  );
  const started = (async () => {
    for (;;) {
      try {
        if ((await fetch(`http://localhost:${port}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.race([started, exited]);
  return child;
}

const pagePort = await freePort();
const demoPort = await freePort();
const demo = `http://localhost:${demoPort}`;
const target: CorsTarget = {
  endpoint: `${demo}/graphql`,
  allowedOrigin: `http://intranet.test:${pagePort}`,
  refusedOrigin: `http://elsewhere.test:${pagePort}`,
};

let server: ChildProcess | undefined;
before(async () => {
  server = await startDemo(demoPort, {CUSTOMER360_ALLOW_ORIGINS: target.allowedOrigin});
});
after(() => server?.kill());

describe(`the demo's endpoint over HTTP (CUSTOMER360_ALLOW_ORIGINS=${target.allowedOrigin})`, () => {
  for (const [name, check] of CORS_CHECKS) test(name, () => check(target));
});

describe("the demo's built files (a script host)", () => {
  for (const file of ['customer-360.js', 'customer-360.iife.js', 'hints-engine.js', 'feedback.js', 'locales/fr.js']) {
    test(`/dist/${file}: any origin may load it, without credentials, as JavaScript`, async () => {
      const response = await fetch(`${demo}/dist/${file}`, {headers: {origin: target.refusedOrigin}});
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
      assert.match(response.headers.get('content-type') ?? '', /^text\/javascript\b/);
    });
  }
});

describe('the demo in a browser: a page on another origin', () => {
  let browser: Browser | undefined;
  let page: Server | undefined;
  before(async () => {
    page = await servePage(pagePort);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    page?.close();
  });

  test('on the listed origin, the card shows the customer, with a bearer token (preflight) and cookies', async () => {
    const result = await cardOn(browser!, target.allowedOrigin, {
      endpoint: target.endpoint,
      id: 'martin',
      credentials: 'include',
      token: 'cors-token',
    });
    assert.equal(result.type, 'customer360-loaded', JSON.stringify(result));
    assert.equal(result.detail.found, true);
    assert.equal(result.heading, 'Monsieur Bernard Martin');
    assert.equal(result.error, null);
  });

  test('on an unlisted origin, the card shows its CORS state ("cross-origin", a configuration error) and no data', async () => {
    const result = await cardOn(browser!, target.refusedOrigin, {endpoint: target.endpoint, id: 'martin'});
    assert.equal(result.type, 'customer360-error', JSON.stringify(result));
    assert.equal(result.detail.reason, 'cross-origin');
    assert.equal(result.detail.configuration, true);
    assert.equal(result.heading, null, 'no customer shown');
    assert.match(result.error ?? '', /CORS/);
    assert.match(result.error ?? '', new RegExp(`this page \\(${target.refusedOrigin}\\)`));
  });

  test('an unlisted origin naming itself in ?allow-origin= is refused all the same', async () => {
    const endpoint = `${target.endpoint}?allow-origin=${encodeURIComponent(target.refusedOrigin)}`;
    const result = await cardOn(browser!, target.refusedOrigin, {endpoint, id: 'martin', credentials: 'include'});
    assert.equal(result.type, 'customer360-error', JSON.stringify(result));
    assert.equal(result.detail.reason, 'cross-origin');
    assert.equal(result.heading, null);
  });

  test('the built script, its hint engine and its French texts load from the demo on another origin (a script host)', async () => {
    const result = await cardOn(browser!, target.allowedOrigin, {
      endpoint: target.endpoint,
      id: 'martin',
      locale: 'fr',
      scriptUrl: `${demo}/dist/customer-360.js`,
    });
    assert.equal(result.type, 'customer360-loaded', JSON.stringify(result));
    assert.equal(result.heading, 'Monsieur Bernard Martin');
    assert.match(result.text, /Avec nous depuis/, 'the French texts (locales/fr.js) loaded');
    assert.deepEqual(
      result.console.filter((line) => line.startsWith('customer-360:')),
      [],
      'no file beside the script failed to load (hints-engine.js, feedback.js, locales/fr.js)',
    );
  });

  test('a script host that allows the script but not the files beside it: the card warns, naming CORS', async () => {
    const result = await cardOn(browser!, target.allowedOrigin, {
      endpoint: target.endpoint,
      id: 'martin',
      locale: 'fr',
      scriptUrl: `${target.refusedOrigin}${HALF_CORS}/customer-360.js`,
    });
    assert.equal(result.type, 'customer360-loaded', JSON.stringify(result));
    const warnings = result.console.filter((line) => line.startsWith('customer-360:')).sort();
    assert.deepEqual(warnings, [
      'customer-360: feedback.js (beside the script) could not be loaded: is it deployed there, with CORS headers if that is another origin?',
      'customer-360: hints-engine.js (beside the script) could not be loaded: is it deployed there, with CORS headers if that is another origin?',
      'customer-360: locales/fr.js (beside the script) could not be loaded: is it deployed there, with CORS headers if that is another origin? Showing English.',
    ]);
  });
});
