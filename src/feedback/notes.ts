/**
 * Notes: the second, lazy request (`Customer360Notes`), sent once a card shows its customer,
 * never with its card query (a server without notes keeps serving the card). The cards of a
 * page that ask within one task share one request, one aliased `customer` field per card, as
 * their card queries do (src/data/batch.ts). An endpoint that answers with a validation error
 * (no `notes` field) is not asked again on this page: the cards show no notes section.
 */
import {isolate} from '../core/bidi.js';
import {isValidationError, post, type Answer, type PostOptions} from './graphql.js';

/** The notes asked for per customer: the latest, the rest one click away. */
export const NOTES_FIRST = 5;
/** The longest note (the contract's limit, in characters). */
export const MAX_NOTE = 2000;

/** Length in characters (code points), as the contract counts them: an emoji is one. */
export const characters = (text: string): number => [...text].length;

export interface Note {
  id: string;
  author: string;
  at: Date;
  text: string;
}

export interface NotesPage {
  total: number;
  items: Note[];
}

/** What a card gets: its notes, nothing (the endpoint has none), or a failure. */
export type NotesResult = NotesPage | 'unsupported' | 'failed';

/** The fields of a note, in the notes query and in `addNote`'s answer. */
export const NOTE_FIELDS = 'id author at text';

/** The query for `count` customers (`$id0`…), each under its alias `c0`…. */
export function notesDocument(count: number): string {
  const ids = Array.from({length: count}, (_, i) => i);
  return `query Customer360Notes($first:Int!${ids.map((i) => ` $id${i}:ID!`).join('')}){${ids
    .map((i) => `c${i}:customer(id:$id${i}){id notes(first:$first){totalCount edges{node{${NOTE_FIELDS}}}}}`)
    .join(' ')}}`;
}

/** A note as sent, checked: `undefined` when a field is missing or unusable. */
export function toNote(raw: unknown): Note | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const {id, author, at, text} = raw as Record<string, unknown>;
  const date = typeof at === 'string' ? new Date(at) : undefined;
  if (typeof id !== 'string' || typeof text !== 'string' || !date || Number.isNaN(date.getTime())) return undefined;
  return {
    id,
    // Names in any script, isolated so they cannot reorder the card's words around them.
    author: isolate(typeof author === 'string' && author.trim() ? author.trim().slice(0, 200) : '?'),
    at: date,
    // Plain text, shown as text; a server that sends more than the contract allows is cut.
    text: characters(text) > MAX_NOTE ? [...text].slice(0, MAX_NOTE).join('') : text,
  };
}

/** The notes of `customerId` from its part of the answer; `undefined` when it is not usable. */
export function toNotesPage(customer: unknown, customerId: string): NotesPage | undefined {
  if (!customer || typeof customer !== 'object') return undefined;
  const {id, notes} = customer as Record<string, unknown>;
  if (id !== customerId || !notes || typeof notes !== 'object') return undefined;
  const {totalCount, edges} = notes as Record<string, unknown>;
  const items = (Array.isArray(edges) ? edges : [])
    .slice(0, NOTES_FIRST)
    .map((edge) => toNote((edge as {node?: unknown} | null)?.node))
    .filter((note): note is Note => !!note);
  const total = typeof totalCount === 'number' && Number.isFinite(totalCount) ? Math.max(totalCount, items.length) : items.length;
  return {total, items};
}

/** The card's part of a batch's answer. */
export function notesOf(answer: Answer, index: number, customerId: string): NotesResult {
  if (isValidationError(answer)) return 'unsupported';
  return toNotesPage(answer.data?.[`c${index}`], customerId) ?? 'failed';
}

interface Waiting {
  customerId: string;
  group: string;
  options: (signal: AbortSignal) => Promise<PostOptions>;
  resolve: (result: NotesResult) => void;
}

/** Endpoints (by URL) that have no notes: not asked again on this page. */
const withoutNotes = new Set<string>();

export const hasNoNotes = (endpoint: URL): boolean => withoutNotes.has(endpoint.href);

let waiting: Waiting[] = [];

/**
 * The notes of `customerId`, asked for with the other cards' of this task that share `group`
 * (same endpoint and way of asking). Never rejects.
 */
export function loadNotes(
  endpoint: URL,
  group: string,
  customerId: string,
  options: (signal: AbortSignal) => Promise<PostOptions>,
): Promise<NotesResult> {
  if (hasNoNotes(endpoint)) return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    if (!waiting.length) setTimeout(flush);
    waiting.push({customerId, group, options, resolve});
  });
}

function flush() {
  const groups = new Map<string, Waiting[]>();
  for (const entry of waiting) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  waiting = [];
  for (const group of groups.values()) for (let i = 0; i < group.length; i += 20) void send(group.slice(i, i + 20));
}

async function send(entries: Waiting[]) {
  // Ten cards of one customer ask once.
  const ids = [...new Set(entries.map((e) => e.customerId))];
  let results: NotesResult[];
  try {
    const options = await entries[0]!.options(new AbortController().signal);
    const answer = await post(
      options,
      notesDocument(ids.length),
      Object.fromEntries([['first', NOTES_FIRST], ...ids.map((id, i) => [`id${i}`, id])]),
    );
    if (isValidationError(answer)) withoutNotes.add(options.endpoint.href);
    results = ids.map((id, i) => notesOf(answer, i, id));
  } catch {
    results = ids.map(() => 'failed');
  }
  for (const e of entries) e.resolve(results[ids.indexOf(e.customerId)]!);
}
