/**
 * Serves the demo's GraphQL endpoint (`/graphql`) and the helpdesk apps of `integrations/`
 * (`/integrations/<host>/…`, with their built files) from Vite's dev and preview servers.
 */
import type {Plugin} from 'vite';
import {createIntegrationsMiddleware} from './integrations.js';
import {allowOriginsFromEnv, createGraphQLMiddleware} from './middleware.js';

// Vite serves demo/ at the root: the Freshdesk stand-in client is /freshdesk-client.ts there.
const FRESHDESK_CLIENT = '<script type="module" src="/freshdesk-client.ts"></script>';

/**
 * `CUSTOMER360_ALLOW_ORIGINS="http://127.0.0.1:8080,https://crm.example"` lets pages on those
 * origins call the endpoint (CORS); by default only the demo's own origin can.
 */
export function customer360Api(allowOrigins = allowOriginsFromEnv()): Plugin {
  return {
    name: 'customer-360-api',
    configureServer(server) {
      server.middlewares.use(createGraphQLMiddleware({allowOrigins}));
      server.middlewares.use(createIntegrationsMiddleware({freshdeskClient: FRESHDESK_CLIENT}));
    },
    configurePreviewServer(server) {
      server.middlewares.use(createGraphQLMiddleware({allowOrigins}));
      server.middlewares.use(createIntegrationsMiddleware({freshdeskClient: FRESHDESK_CLIENT}));
    },
  };
}
