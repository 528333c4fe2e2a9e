/**
 * One card's feedback: its dismissals sent to the server, its customers' notes and the notes
 * the agent adds. Created by the card once the feedback file is in (src/controllers/feedback.ts),
 * it lives as long as the card: what was not saved stays until a retry saves it, also while
 * the card shows another customer.
 *
 * The card hands in what it already has (its Lit, its formatters, its request options and
 * timers), so this file shares no module with the card's script.
 */
import type {html as litHtml, nothing as litNothing} from 'lit';
import type {Timers} from '../controllers/retry.js';
import {hookId} from '../data/hook-id.js';
import type {Transport} from '../data/load.js';
import type {Hint} from '../hints/types.js';
import type {RenderContext} from '../ui/context.js';
import {outcomeOf, post, type PostOptions} from './graphql.js';
import {ADD_NOTE, DISMISS_HINT, dismissInput, type DismissInput} from './mutations.js';
import {hasNoNotes, loadNotes, toNote, type Note, type NotesPage} from './notes.js';
import {Outbox, type Entry, type Outcome} from './outbox.js';
import {renderFeedback} from './render.js';

declare const __CUSTOMER360_VERSION__: string | undefined;

/** The card's version, kept with each dismissal (`source` when it runs unbuilt). */
export const VERSION: string = typeof __CUSTOMER360_VERSION__ === 'string' ? __CUSTOMER360_VERSION__ : 'source';

/** What the card gives its feedback. */
export interface FeedbackHost {
  html: typeof litHtml;
  nothing: typeof litNothing;
  /** The card's formatters (src/i18n/format.ts). */
  relative: (locale: string, date: Date, now: Date) => string;
  date: (locale: string, date: Date, timeZone?: string) => string;
  /** The card's shadow root: the feedback's styles are adopted there. */
  root: ShadowRoot | HTMLElement | DocumentFragment;
  update: () => void;
  /** Resolves once the card rendered what `update` asked for. */
  updated: () => Promise<unknown>;
  timers: () => Timers;
  /** The card's `retry-delay`. */
  delay: () => number;
  /** Where the card's data comes from now, and how it is asked for. */
  endpoint: () => URL | undefined;
  transport: () => Transport;
  /** The card's `requestOptions` (src/data/load.ts): headers asked for at each request. */
  options: (url: URL, transport: Transport, signal: AbortSignal) => Promise<PostOptions>;
  /** Makes idempotency keys (tests: a deterministic source). */
  key?: () => string;
}

interface Sent<T> {
  endpoint: URL;
  transport: Transport;
  input: T;
}

interface DismissSent extends Sent<DismissInput> {
  /** The row's headline, to say which dismissal was not saved. */
  text: string;
}

/** A customer's notes as the card knows them. */
export interface NotesState {
  status: 'loading' | 'loaded' | 'failed';
  /** Whether an answer came (a reload keeps showing the notes it had). */
  loaded?: boolean;
  page: NotesPage;
}

/** Endpoint + mutation pairs answered with a validation error: not asked again on this page. */
const unsupported = new Set<string>();

/** Loads that may share a request: same endpoint and same way of asking. */
function groupOf(endpoint: URL, t: Transport): string {
  return JSON.stringify([endpoint.href, t.headers ?? {}, hookId(t.getHeaders), t.credentials ?? '', t.timeout]);
}

const notesKey = (endpoint: URL, customerId: string): string => JSON.stringify([endpoint.href, customerId]);

export class Feedback {
  readonly dismissals: Outbox<DismissSent>;
  readonly notes: Outbox<Sent<{customerId: string; text: string}>>;
  /** Notes per endpoint and customer id: the same id on another server is another customer. */
  private readonly _notes = new Map<string, NotesState>();
  /** Customers whose notes are shown in full. */
  expanded = new Set<string>();
  /** The note being written, per customer: it stays with its customer when the card shows another. */
  readonly drafts = new Map<string, string>();
  /** Customers for whom the agent opened the note field. */
  readonly composing = new Set<string>();
  /** Customers whose empty note the agent tried to add (the field says why nothing happened). */
  readonly blank = new Set<string>();
  private _refocus?: object;
  private _live = true;

  constructor(readonly host: FeedbackHost) {
    /** After a change: re-render; once the entry whose Retry the agent pressed is saved, focus goes on `then`. */
    const changed =
      (then: string) =>
      (entry: object): void => {
        host.update();
        if (entry !== this._refocus || (entry as Entry<unknown>).state !== 'saved') return;
        // The Retry the agent pressed went with its line: keyboard focus goes on nearby.
        this._refocus = undefined;
        void host
          .updated()
          .then(() =>
            (host.root.querySelector<HTMLElement>(then) ?? host.root.querySelector<HTMLElement>('[part~="card"]'))?.focus(),
          );
      };
    const options = {delay: host.delay, timers: host.timers, key: host.key};
    this.dismissals = new Outbox({
      ...options,
      changed: changed('.dismissed summary'),
      send: (entry) => this._send(entry, DISMISS_HINT, 'dismissHint'),
    });
    this.notes = new Outbox({
      ...options,
      changed: changed('#note-text'),
      send: (entry) => this._send(entry, ADD_NOTE, 'addNote'),
    });
  }

  /**
   * Whether retries may run: the card is on the page and feedback is on. Off, no timer fires
   * (what is not saved stays, and says so again once back on); back on, they are rescheduled.
   */
  live(on: boolean): void {
    if (on === this._live) return;
    this._live = on;
    for (const outbox of [this.dismissals, this.notes]) {
      if (on) outbox.resume();
      else outbox.stop();
    }
  }

  /** The agent's Retry: sent again now; once saved, focus moves to where the line was. */
  retry<T>(outbox: Outbox<T>, entry: Entry<T>): void {
    this._refocus = entry;
    outbox.retry(entry);
  }

  /** Whether `field` is known missing on `endpoint`. */
  lacks(endpoint: URL, field: string): boolean {
    return unsupported.has(`${endpoint.href} ${field}`);
  }

  /**
   * The agent dismissed a row of `hints` (the card already shows it dismissed and sent its
   * events): sent, unless the server is known to lack the mutation or no hint is one it knows.
   */
  dismiss(customerId: string, hints: readonly Hint[], dismissal: {reason: string; note: string}): void {
    const endpoint = this.host.endpoint();
    const input = dismissInput(customerId, hints, dismissal, VERSION);
    if (!endpoint || !input || this.lacks(endpoint, 'dismissHint')) return;
    this.dismissals.add(customerId, {endpoint, transport: this.host.transport(), input, text: hints[0]?.text ?? ''});
  }

  /** The agent adds a note (already checked: trimmed, within the limit). */
  addNote(customerId: string, text: string): void {
    const endpoint = this.host.endpoint();
    if (!endpoint) return;
    this.notes.add(customerId, {endpoint, transport: this.host.transport(), input: {customerId, text}});
  }

  /** The notes of the customer shown: asked for once (again after a failure, with `reload`). */
  notesFor(customerId: string, reload = false): NotesState | undefined {
    const endpoint = this.host.endpoint();
    if (!endpoint || hasNoNotes(endpoint) || this.lacks(endpoint, 'addNote')) return undefined;
    const key = notesKey(endpoint, customerId);
    const known = this._notes.get(key);
    if (known && !reload) return known;
    const state: NotesState = {status: 'loading', loaded: known?.loaded, page: known?.page ?? {total: 0, items: []}};
    this._notes.set(key, state);
    const transport = this.host.transport();
    void loadNotes(endpoint, groupOf(endpoint, transport), customerId, (signal) =>
      this.host.options(endpoint, transport, signal),
    ).then((result) => {
      if (this._notes.get(key) !== state) return;
      if (result === 'unsupported') this._notes.delete(key);
      else if (result === 'failed') Object.assign(state, {status: 'failed', loaded: true});
      else Object.assign(state, {status: 'loaded', loaded: true, page: result});
      this.host.update();
    });
    return state;
  }

  /** The unsaved dismissals, the notes section: what the card shows below its brief. */
  render(customerId: string, ctx: RenderContext): unknown {
    return renderFeedback(this, customerId, ctx);
  }

  private async _send<T extends {customerId: string}>(entry: Entry<Sent<T>>, query: string, field: string): Promise<Outcome> {
    const {endpoint, transport, input} = entry.input;
    if (this.lacks(endpoint, field)) return 'unsupported';
    let options: PostOptions;
    try {
      options = await this.host.options(endpoint, transport, new AbortController().signal);
    } catch {
      // The host's header hook failed: only the host can fix it; the agent's Retry asks again.
      return 'config';
    }
    const answer = await post(options, query, {input: {...input, idempotencyKey: entry.key}});
    const outcome = outcomeOf(answer, field);
    if (outcome === 'unsupported') unsupported.add(`${endpoint.href} ${field}`);
    const note = field === 'addNote' && outcome === 'saved' ? toNote(answer.data?.addNote) : undefined;
    const notes = note && this._notes.get(notesKey(endpoint, input.customerId));
    if (notes && note && !notes.page.items.some((n) => n.id === note.id)) {
      notes.page = {total: notes.page.total + 1, items: [note, ...notes.page.items]};
    }
    return outcome;
  }
}

export type {Note};
