/**
 * The one SQL code path: a tiny `Db` interface with two drivers behind it, PGlite (PostgreSQL
 * compiled to WebAssembly, in this process, in memory or in a data directory) and node-postgres
 * for a real PostgreSQL (`DATABASE_URL`). Every statement is parameterised text; values never
 * enter SQL text.
 */
import {createHash} from 'node:crypto';
import {PGlite, parse, protocol} from '@electric-sql/pglite';
import type {PGliteInterface} from '@electric-sql/pglite';
import pg from 'pg';

/** What a statement answers. */
export interface Result<R> {
  readonly rows: R[];
}

export interface Db {
  /** Runs one parameterised statement (`$1`, `$2`…). */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Result<R>>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(script: string): Promise<void>;
  /** Runs `body` inside one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(body: (tx: Db) => Promise<T>): Promise<T>;
  /** True for the `Db` a `transaction` body receives (what cannot run in a transaction, such as VACUUM, waits). */
  readonly inTransaction: boolean;
  /** Closes the connections. */
  close(): Promise<void>;
}

export interface PgliteOptions {
  /** A directory to keep the data in; in memory when absent. */
  readonly dataDir?: string;
  /** An empty PGlite to copy instead of starting a new one (faster: tests start many). */
  readonly clone?: {clone(): Promise<PGliteInterface>};
}

/** `parts` end to end, as one buffer (several protocol messages PGlite reads in one call). */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * An in-process PGlite database: in memory (`dataDir` absent) or persisted in a directory.
 *
 * The statements `prepared()` marked run as named prepared statements with a generic plan, as
 * on PostgreSQL: parsed and planned once, then each run is one call into PGlite (bind, describe,
 * execute and sync in one buffer) instead of six (parse, describe, bind, describe, execute,
 * sync) with a parse and a plan every time. PGlite runs PostgreSQL in WebAssembly, where
 * planning a card's statements cost more than running them.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const pglite = options.clone ? await options.clone.clone() : await PGlite.create(options.dataDir);
  if (!(pglite instanceof PGlite)) throw new TypeError('openPglite: clone() did not answer a PGlite.');
  // As on PostgreSQL (openPostgres): one plan per prepared statement, not one per run.
  await pglite.exec('SET plan_cache_mode = force_generic_plan');
  /** Each prepared text's statement name and parameter types, once PGlite has parsed it. */
  const statements = new Map<string, Promise<{name: string; types: number[]}>>();
  const {serialize} = protocol;

  /** Parses `text` as the named statement `name` (once per database); answers its parameter types. */
  function statement(text: string, name: string) {
    let found = statements.get(text);
    if (!found) {
      found = pglite
        .runExclusive(() =>
          pglite.execProtocol(concat([serialize.parse({name, text}), serialize.describe({type: 'S', name}), serialize.sync()])),
        )
        .then(({messages}) => ({name, types: parse.parseDescribeStatementResults(messages)}));
      // A text that fails to parse (a table not migrated yet) is parsed again next time.
      found.catch(() => statements.delete(text));
      statements.set(text, found);
    }
    return found;
  }

  /** Runs the prepared statement `name` with `params`: one call into PGlite. */
  async function execute<R>(text: string, name: string, params: readonly unknown[], inTransaction: boolean): Promise<Result<R>> {
    const {types} = await statement(text, name);
    // Values serialised as PGlite's own `query` does, by the parameter's type.
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serializer = pglite.serializers[types[i]!];
      return serializer ? serializer(param) : String(param);
    });
    const message = concat([
      serialize.bind({statement: name, values}),
      serialize.describe({type: 'P'}),
      serialize.execute({}),
      serialize.sync(),
    ]);
    const {messages} = await pglite.runExclusive(() => pglite.execProtocol(message, {syncToFs: !inTransaction}));
    return {rows: (parse.parseResults(messages, pglite.parsers)[0]?.rows ?? []) as R[]};
  }

  // PGlite runs one statement at a time; a transaction holds it until it ends. Prepared
  // statements outside a transaction wait for any transaction to end, as `query` does.
  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(body: () => Promise<T>): Promise<T> {
    const run = tail.then(body, body);
    tail = run.catch(() => undefined);
    return run;
  }

  type Queryable = Pick<PGliteInterface, 'query' | 'exec'>;
  const wrap = (target: Queryable, inTransaction: boolean): Db => ({
    inTransaction,
    async query<R>(text: string, params: readonly unknown[] = []) {
      const name = preparedNames.get(text);
      if (name)
        return inTransaction ? execute<R>(text, name, params, true) : exclusive(() => execute<R>(text, name, params, false));
      const result = await target.query<R>(text, [...params]);
      return {rows: result.rows};
    },
    async exec(script) {
      await target.exec(script);
    },
    transaction<T>(body: (tx: Db) => Promise<T>): Promise<T> {
      if (inTransaction) return body(wrap(target, true));
      return exclusive(() => pglite.transaction((tx) => body(wrap(tx, true))));
    },
    async close() {
      if (!inTransaction) await pglite.close();
    },
  });
  return wrap(pglite, false);
}

export interface PostgresOptions {
  /** Largest number of connections this process opens (default 10). */
  readonly max?: number;
  /** Milliseconds to wait for a connection before failing the statement (default 5000). */
  readonly connectionTimeoutMillis?: number;
  /**
   * Prepare the card's statements once per connection (default true; see `prepared()`). Turn
   * off behind a pooler in transaction mode that does not track prepared statements (PgBouncer
   * before 1.21, or without `max_prepared_statements`).
   */
  readonly prepare?: boolean;
}

/** The statements `prepared()` marked, with the name each is prepared under. */
const preparedNames = new Map<string, string>();

/**
 * Marks a constant statement text as worth preparing (the card's statements): on PostgreSQL each
 * connection then parses and plans it once, with a generic plan, and afterwards only binds and
 * runs it. Planning a card's statements cost PostgreSQL about as much as running them. Answers
 * the text unchanged. Only for texts fixed at load time: each one is kept on every connection.
 */
export function prepared(text: string): string {
  if (!preparedNames.has(text)) preparedNames.set(text, `c360_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`);
  return text;
}

/** A PostgreSQL server through a node-postgres pool. Connections are opened on demand. */
export function openPostgres(url: string, options: PostgresOptions = {}): Db {
  const prepare = options.prepare ?? true;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    // Statements that run away are stopped by the server, not left holding a connection.
    statement_timeout: 15_000,
    // Prepared statements keep one plan (`prepared()`): every card statement reaches its rows by
    // a customer id through an index, so a plan that ignores the values is as good and is not
    // redone per query. Unprepared statements (import, erasure) are planned once anyway.
    ...(prepare ? {options: '-c plan_cache_mode=force_generic_plan'} : {}),
  });
  // An idle connection the server dropped (a restart) must not crash the process: the pool
  // discards it and opens a new one for the next statement.
  pool.on('error', () => undefined);
  const wrap = (target: pg.Pool | pg.PoolClient): Db => ({
    inTransaction: target !== pool,
    async query<R>(text: string, params: readonly unknown[] = []) {
      const name = prepare ? preparedNames.get(text) : undefined;
      const result = await target.query(name ? {name, text, values: [...params]} : {text, values: [...params]});
      return {rows: result.rows as R[]};
    },
    async exec(script) {
      await target.query(script);
    },
    async transaction<T>(body: (tx: Db) => Promise<T>): Promise<T> {
      if (target !== pool) return body(wrap(target));
      const client = await pool.connect();
      let broken: unknown = undefined;
      try {
        await client.query('BEGIN');
        const value = await body(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: unknown) => rollbackError,
        );
        throw error;
      } finally {
        // A connection whose rollback failed is destroyed rather than handed out again.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    async close() {
      if (target === pool) await pool.end();
    },
  });
  return wrap(pool);
}

/** A statement as seen by a `countingDb`. */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** `db`, recording every statement it runs in `log` (tests count them). */
export function countingDb(db: Db, log: Statement[]): Db {
  return {
    inTransaction: db.inTransaction,
    query(text, params = []) {
      log.push({text, params});
      return db.query(text, params);
    },
    exec(script) {
      log.push({text: script, params: []});
      return db.exec(script);
    },
    transaction(body) {
      return db.transaction((tx) => body(countingDb(tx, log)));
    },
    close: () => db.close(),
  };
}
