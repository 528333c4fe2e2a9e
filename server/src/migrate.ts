/**
 * Versioned migrations: the ordered SQL files of `server/migrations/` (`0001_initial.sql`,
 * `0002_….sql`…), each applied once, recorded in `schema_migrations`. All pending files are
 * applied in one transaction under a PostgreSQL advisory lock, so two servers starting at once
 * apply them once: the second waits for the first, then finds nothing left to do.
 */
import {readdir, readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import type {Db} from './db.js';

/** The folder of the SQL files. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/** The advisory lock key the migrations hold (any constant; "c360" in ASCII). */
const LOCK_KEY = 0x63333630;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The migrations in `dir`, ordered by version; a file name that breaks the pattern is an error. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file ${file} does not match NNNN_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Two migrations have version ${version}`);
    migrations.push({version, name: match[2]!, sql: await readFile(`${dir}/${file}`, 'utf8')});
  }
  return migrations;
}

/** Applies the pending migrations; answers the versions it applied (empty when up to date). */
export async function migrate(db: Db, migrations?: readonly Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version int PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const {rows} = await tx.query<{version: number}>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...all.map((m) => m.version));
    if (newest > known) {
      throw new Error(`The database is at migration ${newest}, newer than this server knows (${known}): upgrade the server.`);
    }
    const applied: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
