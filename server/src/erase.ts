/**
 * Erasure and retention. Erasing a customer deletes them everywhere in one transaction: their
 * row and, by `ON DELETE CASCADE`, every table that belongs to them (emails, phones, consents,
 * hours, quiet period, products, offers, tickets, contacts, server hints), and explicitly the
 * audit rows of their reads, which have no foreign key so that they outlive nothing else, and
 * the notes and dismissals agents left on them, which have none so that an import (which
 * replaces a customer whole) keeps them.
 */
import type {Db} from './db.js';

/** What an erasure deleted, per table. */
export interface Erased {
  readonly customers: number;
  readonly contacts: number;
  readonly tickets: number;
  readonly auditReads: number;
  readonly notes: number;
  readonly dismissals: number;
}

/** Erases customer `id` everywhere; `customers: 0` when there was no such customer. */
export function eraseCustomer(db: Db, id: string): Promise<Erased> {
  return db.transaction(async (tx) => {
    const count = async (table: 'contacts' | 'tickets') =>
      (await tx.query<{n: number}>(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1`, [id])).rows[0]!.n;
    const contacts = await count('contacts');
    const tickets = await count('tickets');
    const audit = await tx.query<{id: number}>('DELETE FROM audit_reads WHERE customer_id = $1 RETURNING 1 AS id', [id]);
    const notes = await tx.query<{id: number}>('DELETE FROM notes WHERE customer_id = $1 RETURNING 1 AS id', [id]);
    // Their hints go with them (ON DELETE CASCADE).
    const dismissals = await tx.query<{id: number}>('DELETE FROM dismissals WHERE customer_id = $1 RETURNING 1 AS id', [id]);
    const customers = await tx.query<{id: string}>('DELETE FROM customers WHERE id = $1 RETURNING id', [id]);
    return {
      customers: customers.rows.length,
      contacts,
      tickets,
      auditReads: audit.rows.length,
      notes: notes.rows.length,
      dismissals: dismissals.rows.length,
    };
  });
}

/** Deletes the audit rows older than `days` days before `now`; answers how many. */
export async function pruneAudit(db: Db, now: Date, days: number): Promise<number> {
  const {rows} = await db.query<{n: number}>(
    `WITH gone AS (DELETE FROM audit_reads WHERE at < $1::timestamptz - make_interval(days => $2::int) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now.toISOString(), days],
  );
  return rows[0]?.n ?? 0;
}
