/**
 * Servers for the tests, on random ports of 127.0.0.1: the demo's own GraphQL endpoint (its
 * middleware, exactly as `npm start` mounts it), and a "broken" endpoint that serves the demo's
 * schema and data through graphql-http with one rule of the contract broken on purpose.
 */
import {createServer} from 'node:http';
import type {IncomingMessage, Server, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface Running {
  /** The GraphQL endpoint. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `handler` on a random port. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Running> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The demo's GraphQL endpoint (demo/server/middleware.ts). */
export async function startDemo(): Promise<Running> {
  const {createGraphQLMiddleware} = await import('../../demo/server/middleware.js');
  const middleware = createGraphQLMiddleware();
  return serve((req, res) =>
    middleware(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
}
