// Browser tests in real headless Chromium. The same GraphQL-over-HTTP server that backs the
// demo (demo/server/) is mounted at /graphql on the test server's own origin.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {fileURLToPath} from 'node:url';
import {tsImport} from 'tsx/esm/api';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';

const {createGraphQLMiddleware} = await tsImport('./demo/server/middleware.ts', import.meta.url);
const graphql = createGraphQLMiddleware();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 4,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  // Lit's development build (kept for its extra warnings) announces itself in every file.
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    (ctx, next) =>
      new Promise((resolve, reject) => {
        ctx.respond = false;
        ctx.res.once('close', resolve);
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
