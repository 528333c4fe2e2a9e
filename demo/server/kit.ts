/**
 * The demo's data served by the reference server (server/): the seed export (demo/seed/) is
 * imported once, at start, into an in-memory PGlite through the server's own import, rebased to
 * the start instant, and every answer comes out of SQL through the server's resolvers and loaders. The endpoint's clock stays an input: `now=` is the instant the
 * queries compute their windows at, never a reason to reseed.
 *
 * The schema is built with the graphql-js instance graphql-http uses (./graphql.js) and the
 * server's resolvers attached to it, so the demo's fault controls (middleware.ts) keep working
 * around a real SQL backend. Mutations (dismissHint, addNote) are attached like the rest; a few
 * dismissals (./dismissals.json) are stored at seeding so the report page has data.
 */
import {readFileSync} from 'node:fs';
import type {GraphQLSchema} from 'graphql';
import {buildSchema, isObjectType} from './graphql.js';
import type {Agent} from '../../server/src/auth.js';
import {openPglite} from '../../server/src/db.js';
import {createFeedback} from '../../server/src/feedback.js';
import type {DismissReason} from '../../server/src/generated/resolvers.js';
import {importCustomers} from '../../server/src/import.js';
import {SEED_DIR} from './seed.js';
import {createLoaders} from '../../server/src/loaders.js';
import {migrate} from '../../server/src/migrate.js';
import {resolvers} from '../../server/src/resolvers.js';
import type {Context} from '../../server/src/context.js';

/** The demo's agent when a request names none. */
export const DEMO_AGENT: Agent = {id: 'demo', roles: [], displayName: 'Demo agent'};

/** An entry of ./dismissals.json. */
export interface SeedDismissal {
  readonly customerId: string;
  readonly hintIds: string[];
  readonly reason: DismissReason;
  readonly note: string | null;
  readonly daysBefore: number;
}

/** A note of ./dismissals.json, added by the agent `author`. */
export interface SeedNote {
  readonly customerId: string;
  readonly author: string;
  readonly text: string;
  readonly daysBefore: number;
}

/** The demo's agents' feedback (./dismissals.json): dismissals and shared notes. */
function seedFeedback(): {dismissals: SeedDismissal[]; notes?: SeedNote[]} {
  return JSON.parse(readFileSync(new URL('./dismissals.json', import.meta.url), 'utf8')) as {
    dismissals: SeedDismissal[];
    notes?: SeedNote[];
  };
}

/** The demo dismissals, each stored through the server's own `dismissHint` at `seedAt` minus its days. */
export function seedDismissals(): SeedDismissal[] {
  return seedFeedback().dismissals;
}

export interface Kit {
  readonly schema: GraphQLSchema;
  /** Resolves once the personas are in the database. */
  readonly ready: Promise<void>;
  /** The GraphQL context of one request whose data is relative to `now`, read by `agent` (default: the demo agent). */
  context(now: Date, agent?: Agent): Context;
}

/**
 * The server's schema and resolvers over an export (by default the demo's seed, `demo/seed/`)
 * imported into PGlite rebased to `seedAt`.
 */
export function createKit(seedAt: Date, seedDir: string = SEED_DIR): Kit {
  const schema = buildSchema(readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8'));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`The schema has no object type ${typeName}`);
    for (const [fieldName, resolve] of Object.entries(fields as Record<string, unknown>)) {
      const field = type.getFields()[fieldName];
      if (!field || typeof resolve !== 'function') throw new Error(`The schema has no field ${typeName}.${fieldName}`);
      field.resolve = resolve as NonNullable<typeof field.resolve>;
    }
  }
  const database = openPglite();
  const ready = database.then(async (db) => {
    await migrate(db);
    await importCustomers(db, seedDir, {rebaseTo: seedAt});
    const seeder: Agent = {id: 'demo-seed', roles: [], displayName: 'Demo agent'};
    for (const [i, seed] of seedDismissals().entries()) {
      const at = new Date(seedAt.getTime() - seed.daysBefore * 86_400_000);
      // A seed that no longer fits the personas (a hint id gone) is skipped with a warning, not fatal.
      await createFeedback({db, now: at, agent: seeder})
        .dismiss({...seed, idempotencyKey: `demo-seed-${i}`})
        .catch((error: unknown) => console.warn(`demo dismissal ${i} not seeded: ${String(error)}`));
    }
    // Notes, each added through the server's own `addNote` by its author, so the card shows some.
    for (const [i, note] of (seedFeedback().notes ?? []).entries()) {
      const author: Agent = {id: `demo-seed-${i}`, roles: [], displayName: note.author};
      const at = new Date(seedAt.getTime() - note.daysBefore * 86_400_000);
      await createFeedback({db, now: at, agent: author})
        .addNote({customerId: note.customerId, text: note.text, idempotencyKey: `demo-seed-note-${i}`})
        .catch((error: unknown) => console.warn(`demo note ${i} not seeded: ${String(error)}`));
    }
  });
  let opened: Awaited<typeof database> | null = null;
  void database.then((db) => (opened = db));
  return {
    schema,
    ready,
    context(now, agent = DEMO_AGENT) {
      if (!opened) throw new Error('The demo database is not ready yet.');
      return {
        agent,
        now,
        loaders: createLoaders({db: opened, now, agentId: agent.id, seesConfidential: false}),
        // Demo mode: everyone may read the report, as on the server without an authenticate hook.
        feedback: createFeedback({db: opened, now, agent, openReports: true}),
      };
    },
  };
}
