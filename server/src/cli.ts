/**
 * `customer-360-server <command>`:
 *
 *   serve [--port 4000] [--host 127.0.0.1] [--import <dir|file> [--as-of now|<instant>]] [--sample <count>]
 *   import <dir|file> [--as-of now|<instant>]
 *                              load a JSON or CSV export in one transaction, rebased to the instant
 *                              given (its own `asOf` moved there) or as written
 *   sample <dir> [--count 1000] [--seed 1]   write a generated export (customers.json)
 *   erase <customer-id>        erase one customer everywhere, audit rows included
 *   prune-audit                delete audit rows older than the retention
 *   migrate                    apply pending migrations and exit
 *
 * The database: `DATABASE_URL` (PostgreSQL), else PGlite in `CUSTOMER360_DATA_DIR`, else PGlite
 * in memory (then only `serve` makes sense: the data is gone when it stops).
 * Settings: `PORT`, `CUSTOMER360_ALLOW_ORIGINS` (comma-separated), `CUSTOMER360_TOKENS_FILE`
 * (JSON `{"<token>": {"id": "agent-1", "roles": ["confidential"], "name": "Ana"}}`: bearer
 * tokens, `name` the display name on notes; without it every request reads as agent "demo",
 * refused under `NODE_ENV=production`), `CUSTOMER360_AUDIT_RETENTION_DAYS` (default 365),
 * `CUSTOMER360_HINT_IDS` (comma-separated: the deployment's own hint ids agents may dismiss).
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createServer as createHttpServer} from 'node:http';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {bearerTokens} from './auth.js';
import type {Authenticate, TokenEntry} from './auth.js';
import {openPglite, openPostgres} from './db.js';
import type {Db} from './db.js';
import {eraseCustomer, pruneAudit} from './erase.js';
import {ImportError, importCustomers, importRecords} from './import.js';
import {migrate} from './migrate.js';
import {generateCustomers} from './sample.js';
import {createServer, parseAllowedOrigins} from './server.js';

const env = process.env;

/** The instant the sample export is generated for: fixed, so that a seed always writes the same bytes. */
const SAMPLE_AS_OF = new Date('2026-12-01T00:00:00Z');

function retentionDays(): number {
  const value = Number(env['CUSTOMER360_AUDIT_RETENTION_DAYS'] ?? 365);
  if (!Number.isInteger(value) || value < 0)
    throw new Error('CUSTOMER360_AUDIT_RETENTION_DAYS must be a whole number of days (0: keep forever).');
  return value;
}

/** The database the environment names; `where` says which, without the password. */
async function openDb(): Promise<{db: Db; where: string; persistent: boolean}> {
  const url = env['DATABASE_URL'];
  if (url) {
    const parsed = new URL(url);
    return {db: openPostgres(url), where: `PostgreSQL at ${parsed.host}${parsed.pathname}`, persistent: true};
  }
  const dir = env['CUSTOMER360_DATA_DIR'];
  if (dir) return {db: await openPglite({dataDir: dir}), where: `PGlite in ${dir}`, persistent: true};
  return {db: await openPglite(), where: 'PGlite in memory', persistent: false};
}

/** `--as-of`: `now`, or an ISO 8601 instant with a zone; absent: no rebasing. */
function rebaseOption(value: string | undefined): {rebaseTo?: Date} {
  if (value === undefined) return {};
  const at = value === 'now' ? new Date() : new Date(value);
  if (value !== 'now' && (!/(?:Z|[+-]\d\d:?\d\d)$/.test(value) || Number.isNaN(at.getTime())))
    throw new Error(
      `--as-of must be "now" or an ISO 8601 instant with a zone (2026-11-23T09:30:00Z), not ${JSON.stringify(value)}`,
    );
  return {rebaseTo: at};
}

async function tokens(): Promise<Authenticate | undefined> {
  const file = env['CUSTOMER360_TOKENS_FILE'];
  if (!file) return undefined;
  return bearerTokens(JSON.parse(await readFile(file, 'utf8')) as Record<string, TokenEntry>);
}

async function serve(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      port: {type: 'string'},
      host: {type: 'string'},
      import: {type: 'string'},
      'as-of': {type: 'string'},
      sample: {type: 'string'},
    },
  });
  const rebase = rebaseOption(values['as-of']);
  const {db, where} = await openDb();
  const authenticate = await tokens();
  const server = createServer({
    db,
    ...(authenticate ? {authenticate} : {}),
    allowOrigins: parseAllowedOrigins(
      (env['CUSTOMER360_ALLOW_ORIGINS'] ?? '').split(',').filter((o) => o.trim()),
      'CUSTOMER360_ALLOW_ORIGINS',
    ),
    auditRetentionDays: retentionDays(),
    ownHintIds: (env['CUSTOMER360_HINT_IDS'] ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    // The page shows the card on this data at `/`; off when a deployment sets its own tokens.
    page: !authenticate,
  });
  const http = createHttpServer(server.listener);
  const port = Number(values.port ?? env['PORT'] ?? 4000);
  const host = values.host ?? env['HOST'] ?? '127.0.0.1';
  await new Promise<void>((resolve) => http.listen(port, host, resolve));
  const address = http.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`customer-360-server: http://${host}:${actual}/graphql on ${where} (health: /health)`);
  if (!authenticate) console.log(`customer-360-server: the card on this data: http://${host}:${actual}/`);
  const stop = () => {
    server.close();
    http.close();
    void db.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await server.ready;
  } catch (error) {
    console.error(`customer-360-server: ${(error as Error).message}`);
    process.exitCode = 1;
    return stop();
  }
  if (values.import) report(await importCustomers(db, values.import, rebase));
  if (values.sample) {
    report(
      await importRecords(db, generateCustomers({count: Number(values.sample), seed: 1, now: new Date()}), 'generated sample'),
    );
  }
  console.log('customer-360-server: ready');
}

function report(summary: {customers: number; contacts: number; tickets: number; files: readonly string[]}): void {
  console.log(
    `Imported ${summary.customers} customers, ${summary.tickets} tickets, ${summary.contacts} contacts from ${summary.files.join(', ')}.`,
  );
}

/** Runs `body` on the environment's migrated database, then closes it. */
async function withDb<T>(body: (db: Db) => Promise<T>, needsPersistence = true): Promise<T> {
  const {db, where, persistent} = await openDb();
  try {
    if (needsPersistence && !persistent)
      throw new Error(
        'Set DATABASE_URL (PostgreSQL) or CUSTOMER360_DATA_DIR (PGlite): in memory, the result would be lost at exit.',
      );
    await migrate(db);
    console.error(`(${where})`);
    return await body(db);
  } finally {
    await db.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'serve':
        await serve(args);
        return 0;
      case 'import': {
        const {values, positionals} = parseArgs({args, allowPositionals: true, options: {'as-of': {type: 'string'}}});
        const path = positionals[0];
        if (!path) throw new Error('Usage: customer-360-server import <dir|file> [--as-of now|<instant>]');
        const rebase = rebaseOption(values['as-of']);
        await withDb(async (db) => report(await importCustomers(db, path, rebase)));
        return 0;
      }
      case 'sample': {
        const {values, positionals} = parseArgs({
          args,
          allowPositionals: true,
          options: {count: {type: 'string'}, seed: {type: 'string'}},
        });
        const dir = positionals[0];
        if (!dir) throw new Error('Usage: customer-360-server sample <dir> [--count 1000] [--seed 1]');
        const count = Number(values.count ?? 1000);
        const seed = Number(values.seed ?? 1);
        const customers = generateCustomers({count, seed, now: SAMPLE_AS_OF});
        await mkdir(dir, {recursive: true});
        // With the instant it was generated for, so that `import --as-of now` brings it to today.
        const data = {asOf: SAMPLE_AS_OF.toISOString(), customers};
        await writeFile(join(dir, 'customers.json'), JSON.stringify(data, null, 1) + '\n');
        console.log(`Wrote ${count} customers (seed ${seed}) to ${join(dir, 'customers.json')}.`);
        return 0;
      }
      case 'erase': {
        if (!args[0]) throw new Error('Usage: customer-360-server erase <customer-id>');
        const erased = await withDb((db) => eraseCustomer(db, args[0]!));
        if (!erased.customers) {
          const left = erased.auditReads + erased.notes + erased.dismissals;
          console.log(
            `No customer ${args[0]}; erased ${erased.auditReads} audit rows, ${erased.notes} notes, ${erased.dismissals} dismissals.`,
          );
          return left ? 0 : 1;
        }
        console.log(
          `Erased customer ${args[0]}: ${erased.contacts} contacts, ${erased.tickets} tickets, ${erased.auditReads} audit rows, ` +
            `${erased.notes} notes, ${erased.dismissals} dismissals.`,
        );
        return 0;
      }
      case 'prune-audit': {
        const days = retentionDays();
        const gone = await withDb((db) => pruneAudit(db, new Date(), days));
        console.log(`Deleted ${gone} audit rows older than ${days} days.`);
        return 0;
      }
      case 'migrate': {
        const applied = await withDb((db) => migrate(db));
        console.log(applied.length ? `Applied migrations ${applied.join(', ')}.` : 'Up to date.');
        return 0;
      }
      default:
        console.error(
          'Usage: customer-360-server serve | import <dir|file> [--as-of now|<instant>] | sample <dir> | erase <id> | prune-audit | migrate',
        );
        return 2;
    }
  } catch (error) {
    if (error instanceof ImportError) console.error(error.message);
    else console.error(`customer-360-server: ${(error as Error).message}`);
    return 1;
  }
}
