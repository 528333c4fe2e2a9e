/** Serves the demo's GraphQL endpoint (`/graphql`) from Vite's dev and preview servers. */
import type {Plugin} from 'vite';
import {createGraphQLMiddleware} from './middleware.js';

export function customer360Api(): Plugin {
  return {
    name: 'customer-360-api',
    configureServer(server) {
      server.middlewares.use(createGraphQLMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(createGraphQLMiddleware());
    },
  };
}
