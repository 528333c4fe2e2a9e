/**
 * The databases the tests run on: PGlite always, and PostgreSQL when `DATABASE_URL` is set
 * (each test file gets a fresh database `c360_test_<random>`, dropped at the end).
 */
import {randomBytes} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {PGlite} from '@electric-sql/pglite';
import pg from 'pg';
import {countingDb, openPglite, openPostgres} from '../src/db.js';
import type {Db, Statement} from '../src/db.js';
import {migrate} from '../src/migrate.js';
import {createServer} from '../src/server.js';
import type {ServerOptions} from '../src/server.js';

export interface TestDb {
  readonly db: Db;
  /** The URL of this database (PostgreSQL only). */
  readonly url: string | null;
  drop(): Promise<void>;
}

export interface Backend {
  readonly name: 'pglite' | 'postgres';
  /** A new, empty, migrated database. */
  open(options?: {migrated?: boolean}): Promise<TestDb>;
}

/** `DATABASE_URL` with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database `c360_test_<random>` on the server of `DATABASE_URL`; answers its URL and how to drop it. */
export async function createPostgresDatabase(): Promise<{url: string; drop: () => Promise<void>}> {
  const admin = process.env['DATABASE_URL']!;
  const name = `c360_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({connectionString: admin});
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return {
    url: withDatabase(admin, name),
    async drop() {
      const dropper = new pg.Client({connectionString: admin});
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Starting PGlite compiles PostgreSQL's WebAssembly (seconds on a busy machine): a test file starts one, then clones it. */
let template: Promise<PGlite> | null = null;

async function pgliteTemplate(): Promise<PGlite> {
  template ??= PGlite.create();
  return template;
}

/** Closes the PGlite template (call in a top-level `after`). */
export async function closeTemplate(): Promise<void> {
  const started = template;
  template = null;
  if (started) await (await started).close();
}

export function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: 'pglite',
      async open({migrated = true} = {}) {
        const db = await openPglite({clone: await pgliteTemplate()});
        if (migrated) await migrate(db);
        return {db, url: null, drop: () => db.close()};
      },
    },
  ];
  if (process.env['DATABASE_URL']) {
    list.push({
      name: 'postgres',
      async open({migrated = true} = {}) {
        const created = await createPostgresDatabase();
        const db = openPostgres(created.url);
        if (migrated) await migrate(db);
        return {
          db,
          url: created.url,
          async drop() {
            await db.close();
            await created.drop();
          },
        };
      },
    });
  }
  return list;
}

/** The card's own documents (src/data/customer.graphql), as it sends them. */
export const CARD_DOCUMENT = readFileSync(new URL('../../src/data/customer.graphql', import.meta.url), 'utf8');

/** The card's variables for a customer. */
export const CARD_VARIABLES = {contactsFirst: 10, summaryDays: 90, topicDays: 30, locale: 'fr-FR'};

/** The instant the tests' data is relative to. */
export const NOW = new Date('2026-12-01T10:00:00.000Z');

export interface GraphQLAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: {message: string; path?: (string | number)[]; extensions?: unknown}[];
  };
}

/** A server over `db` with statements recorded, and a `post` to call it like a client. */
export async function testServer(db: Db, options: Partial<ServerOptions> = {}) {
  const statements: Statement[] = [];
  const server = createServer({db: countingDb(db, statements), now: () => NOW, log: () => undefined, ...options});
  await server.ready;
  statements.length = 0;
  async function request(init: RequestInit & {path?: string} = {}): Promise<GraphQLAnswer> {
    const response = await server.fetch(new Request(`http://kit.test${init.path ?? '/graphql'}`, init));
    const text = await response.text();
    let body: GraphQLAnswer['body'] = {};
    try {
      body = JSON.parse(text) as GraphQLAnswer['body'];
    } catch {
      body = {};
    }
    return {status: response.status, headers: response.headers, body};
  }
  return {
    server,
    statements,
    request,
    post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, operationName?: string) {
      return request({
        method: 'POST',
        headers: {'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers},
        body: JSON.stringify({query, variables, operationName}),
      });
    },
  };
}

/** Statements that read customer data (not the audit write, not a health `SELECT 1`). */
export function reads(statements: readonly Statement[]): Statement[] {
  return statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text) && !/^\s*SELECT 1\s*$/.test(s.text));
}
