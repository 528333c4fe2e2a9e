/**
 * Import: a JSON or CSV export loaded into the tables in one transaction. Every row is checked
 * first; a bad one is reported by file, row and field, and nothing is written. A customer that
 * is already in the database is replaced whole (re-importing an export is safe).
 *
 * JSON: an array of customers (or `{"customers": [...]}`), each shaped like the schema's
 * `Customer`, with its `tickets` (plus `confidential`), `contacts` (the whole history) and
 * `hints` (texts per language: `{"en": "…", "fr": "…"}`) nested.
 * CSV: one file per table, a header row naming the fields: `customers.csv` (lists such as
 * `emails` separated by `;`), and `contacts.csv`, `tickets.csv`, `products.csv`, `offers.csv`,
 * `consents.csv` whose rows name their `customerId`.
 */
import {readFileSync} from 'node:fs';
import {readdir, readFile, stat} from 'node:fs/promises';
import {buildSchema, type GraphQLEnumType} from 'graphql';
import {basename, extname, join} from 'node:path';
import type {Db} from './db.js';

/** One problem with the input: where, and what. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based: the data row of a CSV file (the header is row 0), or the customer's index + 1 in a JSON file. */
  readonly row: number;
  /** The field, with its path inside a JSON customer (e.g. `contacts[3].at`). */
  readonly field: string;
  readonly message: string;
}

export class ImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(
      `Nothing imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n` +
        problems.map((p) => `  ${p.file}, row ${p.row}, field ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ImportError';
  }
}

/** How many problems are listed before giving up on the rest of the input. */
const MAX_PROBLEMS = 20;

/** The contract's enums, read from the schema itself: an import accepts exactly what the card may be sent. */
const CONTRACT = buildSchema(readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8'));
const valuesOf = (name: string): string[] => (CONTRACT.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
const WEEKDAYS = valuesOf('Weekday');

type Kind =
  | {readonly type: 'id' | 'string' | 'text'}
  | {readonly type: 'enum'; readonly values: readonly string[]}
  | {readonly type: 'instant' | 'date' | 'boolean' | 'count' | 'severity' | 'email' | 'phone' | 'time'}
  | {readonly type: 'list'; readonly of: 'email' | 'phone' | 'weekday'}
  | {readonly type: 'localized'};

interface FieldSpec {
  readonly name: string;
  readonly column: string;
  readonly kind: Kind;
  readonly required?: boolean;
  /** The value when absent (else `null`). */
  readonly fallback?: unknown;
}

const f = (name: string, column: string, kind: Kind, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  column,
  kind,
  ...extra,
});
const req = {required: true};
const enumOf = (name: string): Kind => ({type: 'enum', values: valuesOf(name)});

/** The tables an import writes, their fields, and the SQL types of their columns. */
const TABLES = {
  customers: [
    f('id', 'id', {type: 'id'}, req),
    f('displayName', 'display_name', {type: 'string'}, req),
    f('givenName', 'given_name', {type: 'text'}),
    f('familyName', 'family_name', {type: 'text'}),
    f('preferredName', 'preferred_name', {type: 'text'}),
    f('salutation', 'salutation', {type: 'text'}),
    f('locale', 'locale', {type: 'text'}),
    f('timeZone', 'time_zone', {type: 'text'}),
    f('customerSince', 'customer_since', {type: 'date'}),
    f('area', 'area', {type: 'text'}),
    f('doNotCall', 'do_not_call', {type: 'boolean'}, {fallback: false}),
    f('preferredChannel', 'preferred_channel', enumOf('Channel')),
  ],
  customer_emails: [f('email', 'email', {type: 'email'}, req)],
  customer_phones: [f('phone', 'phone', {type: 'phone'}, req)],
  consents: [
    f('purpose', 'purpose', enumOf('ConsentPurpose'), req),
    f('granted', 'granted', {type: 'boolean'}, req),
    f('updatedAt', 'updated_at', {type: 'instant'}),
  ],
  preferred_hours: [
    f('days', 'days', {type: 'list', of: 'weekday'}, req),
    f('from', 'from_time', {type: 'time'}, req),
    f('to', 'to_time', {type: 'time'}, req),
  ],
  quiet_periods: [
    f('reason', 'reason', {type: 'string'}, req),
    f('since', 'since', {type: 'instant'}),
    f('until', 'until', {type: 'instant'}),
  ],
  products: [
    f('id', 'id', {type: 'id'}, req),
    f('name', 'name', {type: 'string'}, req),
    f('category', 'category', {type: 'string'}, req),
    f('since', 'since', {type: 'date'}),
    f('status', 'status', enumOf('ProductStatus'), req),
  ],
  offers: [
    f('id', 'id', {type: 'id'}, req),
    f('name', 'name', {type: 'string'}, req),
    f('category', 'category', {type: 'string'}, req),
    f('campaign', 'campaign', {type: 'text'}),
    f('eligible', 'eligible', {type: 'boolean'}, req),
    f('ineligibilityReason', 'ineligibility_reason', {type: 'text'}),
    f('newCustomersOnly', 'new_customers_only', {type: 'boolean'}, {fallback: false}),
  ],
  tickets: [
    f('id', 'id', {type: 'id'}, req),
    f('subject', 'subject', {type: 'string'}, req),
    f('status', 'status', enumOf('TicketStatus'), req),
    f('priority', 'priority', enumOf('TicketPriority'), req),
    f('category', 'category', enumOf('TicketCategory'), req),
    f('openedAt', 'opened_at', {type: 'instant'}, req),
    f('updatedAt', 'updated_at', {type: 'instant'}),
    f('confidential', 'confidential', {type: 'boolean'}, {fallback: false}),
  ],
  contacts: [
    f('id', 'id', {type: 'id'}, req),
    f('at', 'at', {type: 'instant'}, req),
    f('channel', 'channel', enumOf('Channel'), req),
    f('direction', 'direction', enumOf('Direction'), req),
    f('purpose', 'purpose', enumOf('ContactPurpose'), req),
    f('outcome', 'outcome', enumOf('ContactOutcome'), req),
    f('transfers', 'transfers', {type: 'count'}, {fallback: 0}),
    f('sentiment', 'sentiment', enumOf('Sentiment')),
    f('ticketId', 'ticket_id', {type: 'text'}),
    f('summary', 'summary', {type: 'text'}),
  ],
  server_hints: [
    f('id', 'id', {type: 'id'}, req),
    f('kind', 'kind', enumOf('HintKind'), req),
    f('severity', 'severity', {type: 'severity'}, req),
    f('text', 'text', {type: 'localized'}),
    f('suppress', 'suppress', {type: 'boolean'}),
    f('promotional', 'promotional', {type: 'boolean'}),
    f('evidence', 'evidence', {type: 'localized'}, {fallback: []}),
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

type Table = keyof typeof TABLES;

/** The SQL type of a column, for `unnest($n::type[])`. */
function sqlType(kind: Kind): string {
  switch (kind.type) {
    case 'instant':
      return 'timestamptz';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'count':
    case 'severity':
      return 'int';
    case 'localized':
      return 'jsonb';
    case 'list':
      return 'text';
    default:
      return 'text';
  }
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** `raw` as the column wants it, or a message saying why not. From CSV, every raw value is a string. */
function convert(spec: FieldSpec, raw: unknown, fromCsv: boolean): {value: unknown} | {problem: string} {
  const absent = raw === undefined || raw === null || (fromCsv && raw === '');
  if (absent) {
    if (spec.required) return {problem: 'is required'};
    // JSON columns take JSON text, like the values given (a JS array would become a SQL array).
    return {
      value:
        spec.kind.type === 'localized' && spec.fallback !== undefined ? JSON.stringify(spec.fallback) : (spec.fallback ?? null),
    };
  }
  const kind = spec.kind;
  const text = typeof raw === 'string' ? raw : null;
  switch (kind.type) {
    case 'id':
    case 'string':
    case 'text':
      if (text === null) return {problem: `must be a string, not ${JSON.stringify(raw)}`};
      if ((kind.type !== 'text' && text.trim() === '') || text.length > 10_000)
        return {problem: 'must be a non-empty string under 10,000 characters'};
      return {value: text};
    case 'enum':
      return text !== null && kind.values.includes(text)
        ? {value: text}
        : {problem: `must be one of ${kind.values.join(', ')}, not ${JSON.stringify(raw)}`};
    case 'instant':
      return text !== null && ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))
        ? {value: text}
        : {problem: `must be an ISO 8601 instant with a time zone (2026-11-23T09:30:00Z), not ${JSON.stringify(raw)}`};
    case 'date': {
      const valid = text !== null && ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
      return valid ? {value: text} : {problem: `must be a date YYYY-MM-DD, not ${JSON.stringify(raw)}`};
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return {value: raw};
      if (fromCsv && (raw === 'true' || raw === 'false')) return {value: raw === 'true'};
      return {problem: `must be true or false, not ${JSON.stringify(raw)}`};
    }
    case 'count':
    case 'severity': {
      const number = fromCsv && text !== null && /^\d+$/.test(text) ? Number(text) : raw;
      const [min, max] = kind.type === 'count' ? [0, 1_000_000] : [1, 5];
      return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
        ? {value: number}
        : {problem: `must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`};
    }
    case 'email':
      return text !== null && /^[^\s@]+@[^\s@]+$/.test(text.trim())
        ? {value: text.trim().toLowerCase()}
        : {problem: `must be an email address, not ${JSON.stringify(raw)}`};
    case 'phone':
      return text !== null && /^\+[0-9]{6,15}$/.test(text.trim())
        ? {value: text.trim()}
        : {problem: `must be a phone number in E.164 (+33612345678), not ${JSON.stringify(raw)}`};
    case 'time':
      return text !== null && /^([01][0-9]|2[0-4]):[0-5][0-9]$/.test(text)
        ? {value: text}
        : {problem: `must be a local time HH:MM, not ${JSON.stringify(raw)}`};
    case 'list': {
      const items =
        fromCsv && text !== null
          ? text
              .split(';')
              .map((s) => s.trim())
              .filter(Boolean)
          : raw;
      if (!Array.isArray(items) || !items.every((item) => typeof item === 'string' && WEEKDAYS.includes(item))) {
        return {problem: `must be a list of weekdays (MONDAY…SUNDAY), not ${JSON.stringify(raw)}`};
      }
      return {value: `{${items.join(',')}}`};
    }
    case 'localized': {
      if (fromCsv) return {problem: 'cannot come from CSV: give hints in a JSON file'};
      const texts = (value: unknown) =>
        isRecord(value) && Object.keys(value).length > 0 && Object.values(value).every((text) => typeof text === 'string');
      const valid =
        spec.name === 'evidence'
          ? Array.isArray(raw) && raw.every((item) => isRecord(item) && texts(item['label']) && texts(item['value']))
          : texts(raw);
      if (!valid) {
        const shape = spec.name === 'evidence' ? '[{"label": {"en": "…"}, "value": {"en": "…"}}]' : '{"en": "…", "fr": "…"}';
        return {problem: `must be texts per language, ${shape}, not ${JSON.stringify(raw)}`};
      }
      return {value: JSON.stringify(raw)};
    }
  }
}

/** Rows ready to insert, per table: column values in the table's field order, `customer_id` first. */
type Rows = Record<Table, unknown[][]>;

class Collector {
  readonly rows: Rows = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Rows;
  readonly problems: ImportProblem[] = [];
  readonly customers = new Map<string, string>();
  private readonly keys = new Set<string>();

  full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  problem(file: string, row: number, field: string, message: string): void {
    if (!this.full()) this.problems.push({file, row, field, message});
  }

  /**
   * Checks `record` against `table`'s fields and keeps it. `prefix` names the record inside a
   * JSON customer (`contacts[3].`); `position` orders lists; `key` must be unique in the table.
   */
  add(
    table: Table,
    customerId: string,
    record: Record<string, unknown>,
    where: {file: string; row: number; prefix: string; fromCsv: boolean},
    position?: number,
  ): void {
    const values: unknown[] = [customerId];
    let ok = true;
    for (const spec of TABLES[table] as readonly FieldSpec[]) {
      const result = convert(spec, record[spec.name], where.fromCsv);
      if ('problem' in result) {
        this.problem(where.file, where.row, `${where.prefix}${spec.name}`, result.problem);
        ok = false;
      } else values.push(result.value);
    }
    if (!ok) return;
    const idSpec = (TABLES[table] as readonly FieldSpec[]).find(
      (s) => s.name === 'id' || s.name === 'email' || s.name === 'phone' || s.name === 'purpose',
    );
    if (idSpec && table !== 'customers' && table !== 'preferred_hours') {
      const key = `${table}\u0000${customerId}\u0000${String(values[(TABLES[table] as readonly FieldSpec[]).indexOf(idSpec) + 1])}`;
      if (this.keys.has(key))
        return this.problem(where.file, where.row, `${where.prefix}${idSpec.name}`, `appears twice for customer ${customerId}`);
      this.keys.add(key);
    }
    if (position !== undefined) values.push(position);
    this.rows[table].push(values);
  }
}

/** The `position`-ordered tables: their rows carry a position after the fields. */
const POSITIONED: ReadonlySet<Table> = new Set([
  'customer_emails',
  'customer_phones',
  'consents',
  'preferred_hours',
  'products',
  'offers',
  'server_hints',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nested lists of a JSON customer and their tables. */
const NESTED: readonly [string, Table][] = [
  ['consents', 'consents'],
  ['preferredHours', 'preferred_hours'],
  ['products', 'products'],
  ['offers', 'offers'],
  ['tickets', 'tickets'],
  ['contacts', 'contacts'],
  ['hints', 'server_hints'],
];

function collectJson(collector: Collector, file: string, data: unknown): void {
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['customers']) ? data['customers'] : null;
  if (!list) return collector.problem(file, 0, '(file)', 'must be a JSON array of customers or {"customers": [...]}');
  list.forEach((customer: unknown, index) => {
    if (collector.full()) return;
    const row = index + 1;
    const base = {file, row, fromCsv: false};
    if (!isRecord(customer)) return collector.problem(file, row, '(customer)', 'must be an object');
    const id = customer['id'];
    if (typeof id !== 'string' || !id.trim()) return collector.problem(file, row, 'id', 'is required (a non-empty string)');
    if (collector.customers.has(id))
      return collector.problem(file, row, 'id', `customer ${id} appears twice (also in ${collector.customers.get(id)})`);
    collector.customers.set(id, file);
    collector.add('customers', id, customer, {...base, prefix: ''});
    for (const [field, table] of [
      ['emails', 'customer_emails'],
      ['phones', 'customer_phones'],
    ] as const) {
      const values = customer[field] ?? [];
      if (!Array.isArray(values)) {
        collector.problem(file, row, field, 'must be a list');
        continue;
      }
      values.forEach((value: unknown, i) =>
        collector.add(table, id, {[field.slice(0, -1)]: value}, {...base, prefix: `${field}[${i}].`}, i),
      );
    }
    for (const [field, table] of NESTED) {
      const values = customer[field] ?? [];
      if (!Array.isArray(values)) {
        collector.problem(file, row, field, 'must be a list');
        continue;
      }
      values.forEach((value: unknown, i) => {
        const where = {...base, prefix: `${field}[${i}].`};
        if (!isRecord(value)) return collector.problem(file, row, `${field}[${i}]`, 'must be an object');
        collector.add(table, id, value, where, POSITIONED.has(table) ? i : undefined);
      });
    }
    const quiet = customer['quietPeriod'];
    if (quiet !== undefined && quiet !== null) {
      if (!isRecord(quiet)) collector.problem(file, row, 'quietPeriod', 'must be an object or null');
      else collector.add('quiet_periods', id, quiet, {...base, prefix: 'quietPeriod.'});
    }
  });
}

/** RFC 4180 CSV: commas, double quotes around fields that hold commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''));
    } else field += char;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The CSV files an import understands and the table each fills. */
const CSV_TABLES: Record<string, Table> = {
  'customers.csv': 'customers',
  'consents.csv': 'consents',
  'products.csv': 'products',
  'offers.csv': 'offers',
  'tickets.csv': 'tickets',
  'contacts.csv': 'contacts',
};

function collectCsv(collector: Collector, file: string, text: string, pending: (() => void)[]): void {
  const name = basename(file);
  const table = CSV_TABLES[name];
  if (!table) return collector.problem(name, 0, '(file)', `is not one of ${Object.keys(CSV_TABLES).join(', ')}`);
  const [header, ...data] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return;
  const known = new Set([
    ...(TABLES[table] as readonly FieldSpec[]).map((s) => s.name),
    table === 'customers' ? 'emails' : 'customerId',
    'phones',
  ]);
  for (const column of header) if (!known.has(column)) collector.problem(name, 0, column, `is not a field of ${name}`);
  const records = data.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
  if (table === 'customers') {
    records.forEach((record, index) => {
      const row = index + 1;
      const id = record['id'] ?? '';
      if (!id.trim()) return collector.problem(name, row, 'id', 'is required');
      if (collector.customers.has(id))
        return collector.problem(name, row, 'id', `customer ${id} appears twice (also in ${collector.customers.get(id)})`);
      collector.customers.set(id, name);
      const where = {file: name, row, prefix: '', fromCsv: true};
      collector.add('customers', id, record, where);
      for (const [field, target] of [
        ['emails', 'customer_emails'],
        ['phones', 'customer_phones'],
      ] as const) {
        (record[field] ?? '')
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean)
          .forEach((value, i) =>
            collector.add(target, id, {[field.slice(0, -1)]: value}, {...where, prefix: `${field}[${i}].`}, i),
          );
      }
    });
    return;
  }
  // Rows of other tables are checked once every customer is known (files come in any order).
  pending.push(() =>
    records.forEach((record, index) => {
      const row = index + 1;
      const customerId = record['customerId'] ?? '';
      if (!collector.customers.has(customerId))
        return collector.problem(name, row, 'customerId', `no customer ${JSON.stringify(customerId)} in this import`);
      collector.add(
        table,
        customerId,
        record,
        {file: name, row, prefix: '', fromCsv: true},
        POSITIONED.has(table) ? index : undefined,
      );
    }),
  );
}

/** The files of `path` (a file, or the `.json`/`.csv` files of a directory, sorted). */
async function inputFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  return (await readdir(path))
    .filter((name) => ['.json', '.csv'].includes(extname(name)))
    .sort()
    .map((name) => join(path, name));
}

/** Rows per INSERT: well under PostgreSQL's limits, large enough to be quick. */
const CHUNK = 5000;

/** Inserts `rows` into `table` with one `unnest` statement per chunk (one parameter per column). */
async function insert(tx: Db, table: Table, rows: readonly unknown[][]): Promise<void> {
  const specs = TABLES[table] as readonly FieldSpec[];
  const columns = ['customer_id', ...specs.map((s) => s.column), ...(POSITIONED.has(table) ? ['position'] : [])];
  const types = ['text', ...specs.map((s) => sqlType(s.kind)), ...(POSITIONED.has(table) ? ['int'] : [])];
  const select = columns.map((column) => (table === 'preferred_hours' && column === 'days' ? `${column}::text[]` : column));
  if (table === 'customers') (columns.shift(), types.shift(), select.shift());
  const offset = table === 'customers' ? 1 : 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = columns.map((_, i) => chunk.map((row) => row[i + offset]));
    const sql = `INSERT INTO ${table} (${columns.join(', ')})
      SELECT ${select.join(', ')} FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS r(${columns.join(', ')})`;
    await tx.query(sql, params);
  }
}

/** What an import wrote. */
export interface ImportSummary {
  readonly customers: number;
  readonly contacts: number;
  readonly tickets: number;
  readonly files: readonly string[];
}

/** Checks everything, then writes it in one transaction. Throws `ImportError` (nothing written) on any problem. */
export async function importCustomers(db: Db, path: string): Promise<ImportSummary> {
  const files = await inputFiles(path);
  const collector = new Collector();
  const pending: (() => void)[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (extname(file) === '.csv') collectCsv(collector, file, text, pending);
    else {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        collector.problem(basename(file), 0, '(file)', `is not valid JSON: ${(error as Error).message}`);
        continue;
      }
      collectJson(collector, basename(file), data);
    }
  }
  for (const run of pending) run();
  return write(
    db,
    collector,
    files.map((file) => basename(file)),
  );
}

/** Imports customers given as objects (the JSON shape), e.g. generated ones. */
export function importRecords(db: Db, customers: readonly unknown[], file = '(records)'): Promise<ImportSummary> {
  const collector = new Collector();
  collectJson(collector, file, customers);
  return write(db, collector, [file]);
}

async function write(db: Db, collector: Collector, files: readonly string[]): Promise<ImportSummary> {
  if (collector.problems.length) throw new ImportError(collector.problems);
  const {rows} = collector;
  await db.transaction(async (tx) => {
    // Replaced whole: the cascade removes every row of theirs; their audit trail stays.
    await tx.query('DELETE FROM customers WHERE id = ANY($1::text[])', [[...collector.customers.keys()]]);
    for (const table of Object.keys(TABLES) as Table[]) await insert(tx, table, rows[table]);
  });
  // Fresh statistics, so the planner picks the indexes at once instead of after autovacuum's next pass.
  await db.query(`ANALYZE ${Object.keys(TABLES).join(', ')}`);
  return {customers: rows.customers.length, contacts: rows.contacts.length, tickets: rows.tickets.length, files};
}
