/** Serves the demo's GraphQL endpoint (`/graphql`) from Vite's dev and preview servers. */
import type {Plugin} from 'vite';
import {allowOriginsFromEnv, createGraphQLMiddleware} from './middleware.js';

/**
 * `CUSTOMER360_ALLOW_ORIGINS="http://127.0.0.1:8080,https://crm.example"` lets pages on those
 * origins call the endpoint (CORS); by default only the demo's own origin can.
 */
export function customer360Api(allowOrigins = allowOriginsFromEnv()): Plugin {
  return {
    name: 'customer-360-api',
    configureServer(server) {
      server.middlewares.use(createGraphQLMiddleware({allowOrigins}));
    },
    configurePreviewServer(server) {
      server.middlewares.use(createGraphQLMiddleware({allowOrigins}));
    },
  };
}
