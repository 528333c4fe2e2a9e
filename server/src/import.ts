/**
 * Import: a JSON or CSV export loaded into the tables in one transaction. Every row is checked
 * first; a bad one is reported by file, row and field, and nothing is written. A customer that
 * is already in the database is replaced whole (re-importing an export is safe).
 *
 * JSON: an array of customers (or `{"asOf": …, "customers": [...]}`), each shaped like the schema's
 * `Customer`, with its `tickets` (plus `confidential`), `contacts` (the whole history) and
 * `hints` (texts per language: `{"en": "…", "fr": "…"}`) nested.
 * CSV: one file per table, a header row naming the fields: `customers.csv` (lists such as
 * `emails` separated by `;`), and `contacts.csv`, `tickets.csv`, `products.csv`, `offers.csv`,
 * `consents.csv`, `preferred_hours.csv`, `quiet_periods.csv`, `server_hints.csv` (texts in
 * `text.<language>` columns) and `server_hint_evidence.csv` (`hintId`, `label.<language>`,
 * `value.<language>`) whose rows name their `customerId`.
 *
 * Rebasing: an export may say the instant it was written for (`asOf`, per file or per
 * customer; a `customers.csv` column). Imported with `rebaseTo`, every instant and calendar
 * date of a customer moves by (rebaseTo − asOf), so sample data stays "called 3 days ago"
 * whenever it is loaded (see `rebaseShift` and `shiftDate`).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {readdir, readFile, stat} from 'node:fs/promises';
import {basename, extname, join} from 'node:path';
import {enumValues} from './contract.js';
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

const WEEKDAYS = enumValues('Weekday');

const DAY = 86_400_000;

/**
 * How a rebased customer moves: `exact` by (target − asOf) to the millisecond; `day` by whole
 * days (every instant keeps its time of day); `week` by whole weeks (its weekday too). `day` and
 * `week` round down, so the data is as it was at the last such instant at or before the target:
 * nothing that was in the past of `asOf` lands in the future of the target.
 */
export const REBASE_STEPS = ['exact', 'day', 'week'] as const;
export type RebaseStep = (typeof REBASE_STEPS)[number];

/** How far a customer's data moves: instants by `ms`; calendar dates from the day `from` to the day `to`. */
export interface Shift {
  readonly ms: number;
  /** The UTC calendar day of `asOf`, and of `asOf` moved by `ms`, as `[year, month (1–12), day]`. */
  readonly from: readonly [number, number, number];
  readonly to: readonly [number, number, number];
}

const ymd = (ms: number): [number, number, number] => {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
};
/** The day `years` years from `[y, m, d]`, in ms (29 February gives 1 March in a year without one). */
const addYears = ([y, m, d]: readonly [number, number, number], years: number): number => Date.UTC(y + years, m - 1, d);

/**
 * The shift that moves data written for `asOf` to `target`, by `step`. Instants move by
 * (target − asOf), rounded down to whole days or weeks for those steps.
 */
export function rebaseShift(asOf: Date, target: Date, step: RebaseStep = 'exact'): Shift {
  const unit = step === 'week' ? 7 * DAY : step === 'day' ? DAY : 1;
  const ms = Math.floor((target.getTime() - asOf.getTime()) / unit) * unit;
  return {ms, from: ymd(asOf.getTime()), to: ymd(asOf.getTime() + ms)};
}

/**
 * A calendar date moved so that it keeps its distance to the shift's days in whole years, then
 * days: the day 15 years before `asOf` becomes the day 15 years before the target (an
 * anniversary stays one, 29 February included: it gives 1 March in a year without one), the day
 * 21 days before stays 21 days before, 8 years and 45 days before stays so.
 */
export function shiftDate(date: string, shift: Shift): string {
  const day = date.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(day[0], day[1] - 1, day[2]);
  const from = addYears(shift.from, 0);
  const before = time <= from;
  // Whole years from `asOf`'s day towards the date, then the days left: counted from the
  // anniversary on asOf's side, as "8 years and 45 days ago" is.
  let years = Math.abs(shift.from[0] - day[0]);
  const sign = before ? -1 : 1;
  while (years > 0 && (before ? addYears(shift.from, -years) < time : addYears(shift.from, years) > time)) years -= 1;
  const days = Math.round(Math.abs(time - addYears(shift.from, sign * years)) / DAY);
  return new Date(addYears(shift.to, sign * years) + sign * days * DAY).toISOString().slice(0, 10);
}

/** `value` (an instant or a date, as `convert` gives it) moved by `shift`. */
function shifted(kind: Kind['type'], value: unknown, shift: Shift): unknown {
  if (typeof value !== 'string') return value;
  if (kind === 'instant') return new Date(Date.parse(value) + shift.ms).toISOString();
  if (kind === 'date') return shiftDate(value, shift);
  return value;
}

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
/** A field of the contract's enum `name`: an import accepts exactly what the card may be sent. */
const enumOf = (name: string): Kind => ({type: 'enum', values: enumValues(name)});

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

/** An `asOf` and a `rebaseBy` as given (`null`: not given), and what is wrong with them. */
interface Origin {
  readonly asOf: string | null;
  readonly rebaseBy: RebaseStep | null;
  readonly problems: readonly {field: string; message: string}[];
}

const NO_ORIGIN: Origin = {asOf: null, rebaseBy: null, problems: []};

/** Checks the `asOf` and `rebaseBy` of a file or a customer. */
function checkOrigin(given: {asOf?: unknown; rebaseBy?: unknown}, fromCsv: boolean): Origin {
  const problems: {field: string; message: string}[] = [];
  const at = convert(f('asOf', '', {type: 'instant'}), given.asOf, fromCsv);
  if ('problem' in at) problems.push({field: 'asOf', message: at.problem});
  const step = given.rebaseBy;
  const absent = step === undefined || step === null || (fromCsv && step === '');
  if (!absent && !REBASE_STEPS.includes(step as RebaseStep))
    problems.push({field: 'rebaseBy', message: `must be one of ${REBASE_STEPS.join(', ')}, not ${JSON.stringify(step)}`});
  return {
    asOf: 'value' in at && typeof at.value === 'string' ? at.value : null,
    rebaseBy: absent ? null : (step as RebaseStep),
    problems,
  };
}

/** Rows ready to insert, per table: column values in the table's field order, `customer_id` first. */
type Rows = Record<Table, unknown[][]>;

class Collector {
  readonly rows: Rows = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Rows;
  readonly problems: ImportProblem[] = [];
  readonly customers = new Map<string, string>();
  /** How each customer's instants and dates move (only when rebasing). */
  private readonly shifts = new Map<string, Shift>();
  private readonly keys = new Set<string>();

  constructor(private readonly rebaseTo: Date | null = null) {}

  /**
   * Checks the instant the customer's data was written for (`asOf`) and the step to rebase it
   * by, each from the customer or else from its file; when rebasing, keeps the customer's shift.
   */
  origin(
    customerId: string,
    own: {asOf?: unknown; rebaseBy?: unknown},
    file: Origin,
    where: {file: string; row: number; fromCsv: boolean},
  ): void {
    const checked = checkOrigin(own, where.fromCsv);
    for (const problem of checked.problems) this.problem(where.file, where.row, problem.field, problem.message);
    // A file's own problems are reported once, at its row 0 (collectJson).
    if (checked.problems.length || file.problems.length) return;
    const asOf = checked.asOf ?? file.asOf;
    const step = checked.rebaseBy ?? file.rebaseBy ?? 'exact';
    if (!this.rebaseTo) return;
    if (asOf === null)
      return this.problem(where.file, where.row, 'asOf', 'is needed to rebase: the instant this data was written for');
    this.shifts.set(customerId, rebaseShift(new Date(asOf), this.rebaseTo, step));
  }

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
    const shift = this.shifts.get(customerId);
    let ok = true;
    for (const spec of TABLES[table] as readonly FieldSpec[]) {
      const result = convert(spec, record[spec.name], where.fromCsv);
      if ('problem' in result) {
        this.problem(where.file, where.row, `${where.prefix}${spec.name}`, result.problem);
        ok = false;
      } else values.push(shift ? shifted(spec.kind.type, result.value, shift) : result.value);
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
    if (table === 'quiet_periods') {
      const key = `${table}\u0000${customerId}`;
      if (this.keys.has(key))
        return this.problem(
          where.file,
          where.row,
          `${where.prefix}reason`,
          `customer ${customerId} has one quiet period at most`,
        );
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
  const origin = isRecord(data) ? checkOrigin(data, false) : NO_ORIGIN;
  for (const problem of origin.problems) collector.problem(file, 0, problem.field, problem.message);
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
    collector.origin(id, customer, origin, base);
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
const CSV_TABLES: Record<string, Table | 'evidence'> = {
  'customers.csv': 'customers',
  'consents.csv': 'consents',
  'preferred_hours.csv': 'preferred_hours',
  'quiet_periods.csv': 'quiet_periods',
  'products.csv': 'products',
  'offers.csv': 'offers',
  'tickets.csv': 'tickets',
  'contacts.csv': 'contacts',
  'server_hints.csv': 'server_hints',
  'server_hint_evidence.csv': 'evidence',
};

/** A column of texts per language: `text.en`, `label.fr`… */
const LANGUAGE_COLUMN = /^(text|label|value)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/** The texts of `record`'s `<name>.<language>` columns, or `null` when they are all empty. */
function textsOf(record: Record<string, string>, name: string): Record<string, string> | null {
  const texts = Object.entries(record).flatMap(([column, value]) => {
    const match = LANGUAGE_COLUMN.exec(column);
    return match && match[1] === name && value !== '' ? [[match[2]!, value] as const] : [];
  });
  return texts.length > 0 ? Object.fromEntries(texts) : null;
}

/** The columns a CSV file may have. */
function knownColumn(target: Table | 'evidence', column: string): boolean {
  if (target === 'customers')
    return [...TABLES.customers.map((s) => s.name), 'emails', 'phones', 'asOf', 'rebaseBy'].includes(column);
  if (column === 'customerId') return true;
  if (target === 'evidence') return column === 'hintId' || (/^(label|value)\./.test(column) && LANGUAGE_COLUMN.test(column));
  if (target === 'server_hints')
    return (
      (/^text\./.test(column) && LANGUAGE_COLUMN.test(column)) ||
      ['id', 'kind', 'severity', 'suppress', 'promotional'].includes(column)
    );
  return (TABLES[target] as readonly FieldSpec[]).some((s) => s.name === column);
}

/** CSV rows waiting for every customer to be known; evidence runs before the hints it belongs to. */
type Pending = {readonly stage: number; readonly run: () => void};

/** A hint's evidence from `server_hint_evidence.csv`, by customer and hint id, in file order. */
type EvidenceRows = Map<string, {row: number; label: Record<string, string>; value: Record<string, string>}[]>;

function collectCsv(collector: Collector, file: string, text: string, pending: Pending[], evidence: EvidenceRows): void {
  const name = basename(file);
  const table = CSV_TABLES[name];
  if (!table) return collector.problem(name, 0, '(file)', `is not one of ${Object.keys(CSV_TABLES).join(', ')}`);
  const [header, ...data] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return;
  for (const column of header) if (!knownColumn(table, column)) collector.problem(name, 0, column, `is not a field of ${name}`);
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
      collector.origin(id, record, NO_ORIGIN, where);
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
  const known = (customerId: string, row: number): boolean => {
    if (collector.customers.has(customerId)) return true;
    collector.problem(name, row, 'customerId', `no customer ${JSON.stringify(customerId)} in this import`);
    return false;
  };
  if (table === 'evidence') {
    pending.push({
      stage: 0,
      run: () =>
        records.forEach((record, index) => {
          const row = index + 1;
          const customerId = record['customerId'] ?? '';
          if (!known(customerId, row)) return;
          const hintId = record['hintId'] ?? '';
          if (!hintId.trim()) return collector.problem(name, row, 'hintId', 'is required');
          const label = textsOf(record, 'label');
          const value = textsOf(record, 'value');
          if (!label) collector.problem(name, row, 'label', 'needs a text in at least one language (label.en, label.fr…)');
          if (!value) collector.problem(name, row, 'value', 'needs a text in at least one language (value.en, value.fr…)');
          if (!label || !value) return;
          const key = `${customerId}\u0000${hintId}`;
          evidence.set(key, [...(evidence.get(key) ?? []), {row, label, value}]);
        }),
    });
    return;
  }
  // Rows of other tables are checked once every customer is known (files come in any order).
  pending.push({
    stage: 1,
    run: () =>
      records.forEach((record, index) => {
        const row = index + 1;
        const customerId = record['customerId'] ?? '';
        if (!known(customerId, row)) return;
        let fields: Record<string, unknown> = record;
        if (table === 'server_hints') {
          const key = `${customerId}\u0000${record['id'] ?? ''}`;
          const items = evidence.get(key) ?? [];
          evidence.delete(key);
          fields = {...record, text: textsOf(record, 'text'), evidence: items.map(({label, value}) => ({label, value}))};
        }
        collector.add(
          table,
          customerId,
          fields,
          {file: name, row, prefix: '', fromCsv: true},
          POSITIONED.has(table) ? index : undefined,
        );
      }),
  });
}

/** Evidence rows whose hint is in no `server_hints.csv` row. */
function orphanEvidence(collector: Collector, evidence: EvidenceRows): void {
  for (const [key, items] of evidence) {
    const [customerId, hintId] = key.split('\u0000');
    for (const {row} of items)
      collector.problem(
        'server_hint_evidence.csv',
        row,
        'hintId',
        `no hint ${JSON.stringify(hintId)} of customer ${customerId} in server_hints.csv`,
      );
  }
}

/** The files of `path` (a file, or the `.json`/`.csv` files of a directory, sorted). */
async function inputFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  return (await readdir(path))
    .filter((name) => ['.json', '.csv'].includes(extname(name)))
    .sort()
    .map((name) => join(path, name));
}

/** How to import. */
export interface ImportOptions {
  /**
   * Rebase the data to this instant: each customer's instants and dates move by
   * (rebaseTo − asOf), its `asOf` and `rebaseBy` coming from the customer or its file. A customer
   * without an `asOf` is then a problem. Without it, the data is imported as written.
   */
  readonly rebaseTo?: Date;
}

/** Checks every file (`text` read already) and keeps their rows. */
function collectFiles(files: readonly {path: string; text: string}[], options: ImportOptions): Collector {
  const collector = new Collector(options.rebaseTo ?? null);
  const pending: Pending[] = [];
  const evidence: EvidenceRows = new Map();
  for (const {path, text} of files) {
    if (extname(path) === '.csv') collectCsv(collector, path, text, pending, evidence);
    else {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        collector.problem(basename(path), 0, '(file)', `is not valid JSON: ${(error as Error).message}`);
        continue;
      }
      collectJson(collector, basename(path), data);
    }
  }
  for (const {run} of pending.sort((a, b) => a.stage - b.stage)) run();
  orphanEvidence(collector, evidence);
  return collector;
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
export async function importCustomers(db: Db, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const files = await inputFiles(path);
  const texts = await Promise.all(files.map(async (file) => ({path: file, text: await readFile(file, 'utf8')})));
  return write(
    db,
    collectFiles(texts, options),
    files.map((file) => basename(file)),
  );
}

/**
 * Imports customers given as objects in the JSON shape: an array, or `{"asOf", "customers"}`
 * (e.g. generated ones).
 */
export function importRecords(
  db: Db,
  customers: readonly unknown[] | {readonly customers: readonly unknown[]},
  file = '(records)',
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const collector = new Collector(options.rebaseTo ?? null);
  collectJson(collector, file, customers);
  return write(db, collector, [file]);
}

/**
 * Reads an export (a file or a directory) without a database: checked and, with `rebaseTo`,
 * rebased exactly as `importCustomers` would import it, and given back in the JSON shape (every
 * customer with all its lists; instants as ISO strings in UTC, dates `YYYY-MM-DD`). Throws
 * `ImportError` on any problem.
 */
export function readExport(path: string, options: ImportOptions = {}): Record<string, unknown>[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => ['.json', '.csv'].includes(extname(name)))
        .sort()
        .map((name) => join(path, name))
    : [path];
  const collector = collectFiles(
    files.map((file) => ({path: file, text: readFileSync(file, 'utf8')})),
    options,
  );
  if (collector.problems.length) throw new ImportError(collector.problems);
  return customersOf(collector.rows);
}

/** The JSON list of each table's rows on a customer. */
const LISTS: readonly [Table, string][] = [
  ['customer_emails', 'emails'],
  ['customer_phones', 'phones'],
  ...NESTED.map(([field, table]) => [table, field] as [Table, string]),
];

/** The collected rows as customers in the JSON shape, in input order. */
function customersOf(rows: Rows): Record<string, unknown>[] {
  const fields = (table: Table, row: readonly unknown[]) =>
    Object.fromEntries(
      (TABLES[table] as readonly FieldSpec[]).map((spec, i) => {
        const value = row[i + 1];
        if (spec.kind.type === 'list' && typeof value === 'string')
          return [spec.name, value.slice(1, -1).split(',').filter(Boolean)];
        if (spec.kind.type === 'localized' && typeof value === 'string') return [spec.name, JSON.parse(value) as unknown];
        return [spec.name, value];
      }),
    );
  const customers = new Map<unknown, Record<string, unknown>>();
  for (const row of rows.customers) {
    const customer: Record<string, unknown> = {...fields('customers', row), quietPeriod: null};
    for (const [, field] of LISTS) customer[field] = [];
    customers.set(row[0], customer);
  }
  for (const [table, field] of LISTS) {
    for (const row of rows[table]) {
      const list = customers.get(row[0])![field] as unknown[];
      const values = fields(table, row);
      list.push(table === 'customer_emails' ? values['email'] : table === 'customer_phones' ? values['phone'] : values);
    }
  }
  for (const row of rows.quiet_periods) customers.get(row[0])!['quietPeriod'] = fields('quiet_periods', row);
  return [...customers.values()];
}

async function write(db: Db, collector: Collector, files: readonly string[]): Promise<ImportSummary> {
  if (collector.problems.length) throw new ImportError(collector.problems);
  const {rows} = collector;
  await db.transaction(async (tx) => {
    // Replaced whole: the cascade removes every row of theirs; their audit trail stays.
    await tx.query('DELETE FROM customers WHERE id = ANY($1::text[])', [[...collector.customers.keys()]]);
    for (const table of Object.keys(TABLES) as Table[]) await insert(tx, table, rows[table]);
  });
  // Fresh statistics, so the planner picks the indexes at once instead of after autovacuum's next
  // pass; and the history's pages marked all-visible, so that the card's counts read only the
  // indexes (PGlite has no autovacuum).
  await db.query(`ANALYZE ${Object.keys(TABLES).join(', ')}`);
  // VACUUM cannot run inside a caller's transaction: the history is vacuumed later then
  // (autovacuum on PostgreSQL, the next import on PGlite).
  if (!db.inTransaction) await db.query('VACUUM (ANALYZE) contacts, contact_days');
  return {customers: rows.customers.length, contacts: rows.contacts.length, tickets: rows.tickets.length, files};
}
