/**
 * The helpdesk apps of `integrations/<host>/`, served as the host would load them, plus the
 * files they load that are built rather than committed: the card, the adapters and the host's
 * SDK, bundled from the packages in node_modules (the same registry versions an admin ships).
 * `npm run integrations` writes the same files into each folder for packaging.
 *
 * Two differences from production, both for the demo only:
 * - Freshdesk: the platform replaces `{{{appclient}}}` with its own client script, which is on
 *   no registry; here it becomes `demo/freshdesk-client.ts`, a client with the documented shape.
 * - Help Scout: the SDK only talks to frames whose origin matches its built-in list
 *   (`secure.helpscout.net`); here the list also holds the demo's own origin, exactly.
 *   Nothing else in the SDK is changed.
 */
import {readFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions, type Plugin} from 'esbuild';
import type {ConnectRequest, GraphQLMiddleware} from './middleware.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INTEGRATIONS = join(ROOT, 'integrations');

/** A file an integration loads that is built from the sources or a registry package. */
interface Built {
  /** Entry point, relative to the repository. */
  readonly entry: string;
  readonly format: 'esm' | 'iife';
  /** The global an IIFE defines (`ZAFClient`, as Zendesk's own CDN file does). */
  readonly globalName?: string;
}

const CARD: Built = {entry: 'src/define.ts', format: 'esm'};
const ADAPTERS: Built = {entry: 'src/adapters/index.ts', format: 'esm'};

/** What each integration folder gets, by path inside the folder. */
export const BUILT_FILES: Readonly<Record<string, Readonly<Record<string, Built>>>> = {
  zendesk: {
    'assets/customer-360.js': CARD,
    'assets/customer-360-adapters.js': ADAPTERS,
    'assets/zaf_sdk.min.js': {
      entry: 'node_modules/zendesk_app_framework_sdk/lib/index.js',
      format: 'iife',
      globalName: 'ZAFClient',
    },
  },
  freshdesk: {
    'app/scripts/customer-360.js': CARD,
    'app/scripts/customer-360-adapters.js': ADAPTERS,
  },
  front: {
    'customer-360.js': CARD,
    'customer-360-adapters.js': ADAPTERS,
    'front-plugin-sdk.js': {entry: 'node_modules/@frontapp/plugin-sdk/dist/index.es.js', format: 'esm'},
  },
  helpscout: {
    'customer-360.js': CARD,
    'customer-360-adapters.js': ADAPTERS,
    'helpscout-sdk.js': {entry: 'node_modules/@helpscout/javascript-sdk/dist/esm/index.js', format: 'esm'},
  },
};

/** Bundles a built file. `demoOrigin`: the Help Scout SDK also accepts this exact origin (demo only). */
export async function bundle(file: Built, demoOrigin?: string): Promise<string> {
  const plugins: Plugin[] = [];
  if (demoOrigin && file.entry.includes('@helpscout/')) plugins.push(allowOrigin(demoOrigin));
  const options: BuildOptions = {
    entryPoints: [join(ROOT, file.entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    minify: true,
    format: file.format,
    globalName: file.globalName,
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: {'process.env.NODE_ENV': '"production"'},
    plugins,
    logLevel: 'silent',
  };
  const result = await build(options);
  return result.outputFiles?.[0]?.text ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Adds one exact origin (as an anchored pattern) to the Help Scout SDK's allowed origins. */
function allowOrigin(origin: string): Plugin {
  return {
    name: 'helpscout-demo-origin',
    setup(esbuild) {
      esbuild.onLoad({filter: /@helpscout[\\/]javascript-sdk[\\/]dist[\\/]esm[\\/]constants[\\/]index\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const pattern = JSON.stringify(`^${escapeRegExp(origin)}$`);
        const patched = source.replace('ALLOWED_ORIGINS = [', `ALLOWED_ORIGINS = [${pattern}, `);
        if (patched === source) throw new Error('Help Scout SDK: ALLOWED_ORIGINS not found; has the package changed?');
        return {contents: patched, loader: 'js'};
      });
    },
  };
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** What the demo puts where the Freshdesk platform puts its client script. */
const FRESHDESK_CLIENT = '<script type="module" src="/demo/freshdesk-client.ts"></script>';

const cache = new Map<string, Promise<string>>();

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {'content-type': type, 'cache-control': 'no-store'});
  res.end(body);
}

/**
 * Serves `/integrations/<host>/<file>`: the committed files, and the built ones of
 * `BUILT_FILES` (bundled once per server and origin). Other paths go to `next`.
 */
export function createIntegrationsMiddleware(options: {freshdeskClient?: string} = {}): GraphQLMiddleware {
  const freshdeskClient = options.freshdeskClient ?? FRESHDESK_CLIENT;
  return (req: ConnectRequest, res, next) => {
    const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
    const match = /^\/integrations\/([a-z]+)\/(.+)$/.exec(url.pathname);
    if (!match) return next();
    const [, host, rest] = match as unknown as [string, string, string];
    const built = BUILT_FILES[host]?.[rest];
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    const respond = async () => {
      if (built) {
        const key = `${built.entry}\n${built.entry.includes('@helpscout/') ? origin : ''}`;
        if (!cache.has(key)) cache.set(key, bundle(built, origin));
        return send(res, 200, TYPES['.js']!, await cache.get(key)!);
      }
      const path = normalize(join(INTEGRATIONS, host, rest));
      if (!path.startsWith(INTEGRATIONS + sep)) return send(res, 404, 'text/plain', 'Not found');
      let body: Buffer;
      try {
        body = await readFile(path);
      } catch {
        return next();
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (host === 'freshdesk' && extname(path) === '.html') {
        return send(res, 200, type, body.toString('utf8').replace('<script src="{{{appclient}}}"></script>', freshdeskClient));
      }
      send(res, 200, type, body);
    };
    respond().catch((error: unknown) => {
      cache.clear();
      send(res, 500, 'text/plain', `Could not build ${url.pathname}: ${String(error)}`);
    });
  };
}
