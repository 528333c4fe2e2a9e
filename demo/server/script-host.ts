/**
 * The demo as a script host: `/dist/customer-360.js`, `/dist/customer-360.iife.js`,
 * `/dist/hints-engine.js`, `/dist/feedback.js` and `/dist/locales/<lang>.js`, the files `npm run build` writes, so a
 * page on another origin can load the card from the demo as it would from a CDN
 * (docs/cross-origin.md). A module script and the files it imports are fetched in CORS mode:
 * each answer says `Access-Control-Allow-Origin: *`, without credentials (they are public files;
 * customer data stays behind the endpoint's own list). Other paths go to `next`.
 */
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {ConnectRequest, GraphQLMiddleware} from './middleware.js';

const DIST = new URL('../../dist/', import.meta.url);

/** The files a host deploys, by path under `/dist/`. */
const SERVED = /^\/dist\/(customer-360\.js|customer-360\.iife\.js|hints-engine\.js|feedback\.js|locales\/[a-z]{2,3}\.js)$/;

export function createScriptHostMiddleware(): GraphQLMiddleware {
  return (req: ConnectRequest, res, next) => {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
    const match = SERVED.exec(url.pathname);
    if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = fileURLToPath(new URL(match[1]!, DIST));
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'access-control-allow-origin': '*',
          'cache-control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(404, {'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*'});
        res.end(`${url.pathname} is not built yet: run \`npm run build\`, then load it again.\n`);
      },
    );
  };
}
