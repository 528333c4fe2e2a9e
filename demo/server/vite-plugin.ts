/**
 * Serves the demo's GraphQL endpoint (`/graphql`), the built script (`/dist/…`) and the helpdesk
 * apps of `integrations/` (`/integrations/<host>/…`, with their built files) from Vite's dev
 * and preview servers.
 *
 * Vite's own CORS handling must be off (`server.cors: false` and `preview.cors: false` in
 * vite.config.ts): it runs before these middlewares, answers every preflight itself and lets
 * every localhost origin in, so the endpoint's rules (cors.ts) would not be the only ones.
 */
import type {Connect, Plugin} from 'vite';
import {allowOriginsFromEnv} from './cors.js';
import {createIntegrationsMiddleware} from './integrations.js';
import {createGraphQLMiddleware} from './middleware.js';
import {createScriptHostMiddleware} from './script-host.js';

// Vite serves demo/ at the root: the Freshdesk stand-in client is /freshdesk-client.ts there.
const FRESHDESK_CLIENT = '<script type="module" src="/freshdesk-client.ts"></script>';

/**
 * `CUSTOMER360_ALLOW_ORIGINS="http://127.0.0.1:8080,https://crm.example"` lets pages on those
 * exact origins call the endpoint (CORS, cookies included); by default only the demo's own
 * origin can. An entry that is not an origin stops the server with a message naming it.
 */
export function customer360Api(allowOrigins = allowOriginsFromEnv()): Plugin {
  const mount = (middlewares: Connect.Server) => {
    middlewares.use(createGraphQLMiddleware({allowOrigins}));
    middlewares.use(createScriptHostMiddleware());
    middlewares.use(createIntegrationsMiddleware({freshdeskClient: FRESHDESK_CLIENT}));
  };
  return {
    name: 'customer-360-api',
    configureServer(server) {
      mount(server.middlewares);
    },
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
