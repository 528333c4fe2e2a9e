// Browser tests in real headless Chromium. The same GraphQL-over-HTTP server that backs the
// demo (demo/server/) is mounted at /graphql on the test server's own origin.
import {build} from 'esbuild';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {fileURLToPath} from 'node:url';
import {tsImport} from 'tsx/esm/api';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';

const {createGraphQLMiddleware} = await tsImport('./demo/server/middleware.ts', import.meta.url);
const {createIntegrationsMiddleware} = await tsImport('./demo/server/integrations.ts', import.meta.url);
// The personas (demo/seed/) are imported into the reference server's SQL rebased to the tests'
// clock, NOW in test/browser/helpers.ts (also the seed's own asOf); the tests' `now=` is that instant.
const graphql = createGraphQLMiddleware({seedAt: new Date('2026-11-23T10:30:00Z')});
await graphql.ready;
// The helpdesk apps of integrations/ with their built files (the card, the adapters, the SDKs).
const integrations = createIntegrationsMiddleware();

// React ships CommonJS only: bundle it once to ES modules (one shared React instance) and
// point the tests' `react` / `react-dom/client` imports at them; `vue` at its browser build.
const vendor = {react: 'react', 'react-dom/client': 'react-dom-client'};
await build({
  entryPoints: Object.values(vendor).map((name) => `test/vendor/${name}.ts`),
  outdir: '.cache/vendor',
  bundle: true,
  splitting: true,
  format: 'esm',
  define: {'process.env.NODE_ENV': '"development"'},
  logLevel: 'warning',
});
const vendorPlugin = {
  name: 'vendor',
  resolveImport({source, context}) {
    if (source in vendor) return `/.cache/vendor/${vendor[source]}.js`;
    // As in the script-tag build: graphql-request gets the stub (src/graphql-stub.ts), not the
    // parser it never calls; tests that import graphql themselves get the real one.
    if (source === 'graphql' && context.path.includes('/node_modules/graphql-request/')) return '/src/graphql-stub.ts';
    // Vue's browser build includes the template compiler, as a CDN user would get it.
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
  },
};

/**
 * `executeServerCommand('forced-colors', {active})`: emulates Windows high-contrast mode in the
 * test page through the DevTools protocol (`Emulation.setEmulatedMedia`). The stock
 * `emulateMedia` command passes `forcedColors` to Playwright only, not to Chromium via Puppeteer.
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
    });
    return true;
  },
};

/**
 * The policy a host may enforce around the card (docs/security.md, "The Content-Security-Policy a host needs").
 * `'allow-duplicates'`: every copy of Lit (the host's own, the card loaded twice, both builds)
 * creates a policy named `lit-html`; without it the second one throws and the card never loads.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * These middlewares answer on Node's raw response, so Koa's own status (which starts at 404)
 * must be set from it once the response closes. A request that closed before any answer was
 * sent (the client aborted a `delay`/`hold`/`hang`/`jitter` request, or `drop=<gate>` dropped it) got
 * no status at all: record it as 499 "client closed request", so the runner's list of
 * 404 requests names only answers that really were 404 (such as the `fault=404` test).
 */
function settleStatus(ctx) {
  ctx.status = ctx.res.headersSent ? ctx.res.statusCode : 499;
}

export default {
  // test/node/ holds the pure modules' tests, run by Node's test runner (npm run test:unit).
  // test/shipped/ (the built files as a host loads them) and test/cors/ run under Node too (npm run test:node): they start their own servers
  // and drive their own browser across several origins.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/shipped/**', '!test/cors/**'],
  nodeResolve: true,
  concurrency: 4,
  testFramework: {config: {timeout: 20000}},
  // test/browser/setup.ts first: a failed assertion on a DOM node reports instead of hanging the run.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/browser/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 300000,
  // Lit's development build (kept for its extra warnings) announces itself in every file.
  // The card's own `customer-360: …` warnings are its documented voice to integrators, which
  // many tests provoke on purpose (bad endpoints, hostile answers, bad host values); the tests
  // that check a warning capture console.warn themselves. Keep the green run's output to what
  // a reader should look at.
  filterBrowserLogs: ({type, args}) =>
    !String(args[0]).startsWith('Lit is in dev mode') && !(type === 'warn' && String(args[0]).startsWith('customer-360:')),
  plugins: [
    vendorPlugin,
    forcedColorsPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    // The CSP page of the security tests gets the strict policy docs/security.md documents.
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/test/browser/csp/')) ctx.set('Content-Security-Policy', CSP);
    },
    (ctx, next) =>
      ctx.path.startsWith('/integrations/')
        ? new Promise((resolve, reject) => {
            ctx.respond = false;
            ctx.res.once('close', () => {
              settleStatus(ctx);
              resolve();
            });
            integrations(ctx.req, ctx.res, () => {
              ctx.respond = true;
              next().then(resolve, reject);
            });
          })
        : next(),
    (ctx, next) =>
      new Promise((resolve, reject) => {
        ctx.respond = false;
        ctx.res.once('close', () => {
          settleStatus(ctx);
          resolve();
        });
        graphql(ctx.req, ctx.res, () => {
          ctx.respond = true;
          next().then(resolve, reject);
        });
      }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeArgs},
    }),
  ],
};
