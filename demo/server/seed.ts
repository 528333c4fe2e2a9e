/**
 * The demo's customers are data, not code: `demo/seed/` is an export in the reference server's
 * import format (docs/server.md, "Import format"), written for the instant its `asOf` says. The
 * kit imports it into SQL through the server's own import, rebased to the instant it starts at;
 * the in-memory endpoint (schema.ts) and the scripts read it here through the same code
 * (`readExport`), rebased to each request's `now`.
 */
import {fileURLToPath} from 'node:url';
import {readExport} from '../../server/src/import.js';
import type {
  ConsentRecord,
  ContactRecord,
  CustomerRecord,
  HoursWindowRecord,
  OfferRecord,
  ProductRecord,
  QuietPeriodRecord,
  ServerHintRecord,
  TicketRecord,
} from './records.js';

/** The directory of the demo's seed export (`personas.json`, and `contacts.csv` for the long history). */
export const SEED_DIR = fileURLToPath(new URL('../seed/', import.meta.url));

/** An instant or a calendar date (UTC midnight) of the export, as a `Date`. */
function when(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

type Exported = Record<string, unknown>;
const list = (value: unknown): Exported[] => (Array.isArray(value) ? (value as Exported[]) : []);

/** A customer of the export (checked and rebased by `readExport`) as the demo's record. */
function toRecord(customer: Exported): CustomerRecord {
  const contacts = list(customer['contacts'])
    .map((c) => ({...c, at: when(c['at'])}) as unknown as ContactRecord)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const quiet = customer['quietPeriod'] as Exported | null;
  return {
    ...(customer as unknown as CustomerRecord),
    customerSince: when(customer['customerSince']),
    consents: list(customer['consents']).map((c) => ({...c, updatedAt: when(c['updatedAt'])}) as unknown as ConsentRecord),
    preferredHours: list(customer['preferredHours']) as unknown as HoursWindowRecord[],
    quietPeriod: quiet && ({...quiet, since: when(quiet['since']), until: when(quiet['until'])} as unknown as QuietPeriodRecord),
    products: list(customer['products']).map((p) => ({...p, since: when(p['since'])}) as unknown as ProductRecord),
    offers: list(customer['offers']) as unknown as OfferRecord[],
    // As the reference server does: a ticket's contacts and transfers are counted from the history.
    tickets: list(customer['tickets']).map((t) => {
      const about = contacts.filter((c) => c.ticketId === t['id']);
      return {
        ...t,
        openedAt: when(t['openedAt']),
        updatedAt: when(t['updatedAt']),
        contactCount: about.length,
        transferCount: about.reduce((sum, c) => sum + c.transfers, 0),
      } as unknown as TicketRecord;
    }),
    contacts,
    hints: list(customer['hints']) as unknown as ServerHintRecord[],
  };
}

/** How many `now` values keep their dataset cached (tests use a handful of fixed instants). */
const CACHE_SIZE = 8;
const cache = new Map<number, ReadonlyMap<string, CustomerRecord>>();

/**
 * The demo's customers, keyed by id, rebased to `now` (the seed's own `asOf` moved there).
 * Cached per `now`: the records are shared, never mutate them.
 */
export function loadPersonas(now: Date): ReadonlyMap<string, CustomerRecord> {
  const key = now.getTime();
  const cached = cache.get(key);
  if (cached) return cached;
  const personas = new Map(readExport(SEED_DIR, {rebaseTo: now}).map((c) => [String(c['id']), toRecord(c)] as const));
  const oldest = cache.keys().next();
  if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
  cache.set(key, personas);
  return personas;
}
