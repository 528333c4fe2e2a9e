/**
 * What the feedback shows below the brief: each dismissal not saved (with a Retry), then the
 * notes section (the latest note, the rest one click away, a field to add one). Notes are plain
 * text, rendered as text (Lit text bindings), each author and text isolated for bidi.
 */
import {languageOf} from '../core/locale.js';
import type {RenderContext} from '../ui/context.js';
import {FEEDBACK_MESSAGES, fill} from './messages.js';
import {MAX_NOTE, characters, type Note} from './notes.js';
import type {Feedback} from './session.js';

const STYLES = `
.feedback{display:grid;gap:.5rem;margin-block-start:var(--_space)}
.unsaved{font-size:.8125rem;color:var(--_warn);display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:center;margin:0}
[part~='notes'] ol{list-style:none;margin:0;padding:0}
.note{padding:.375rem 0;border-block-start:1px solid var(--_border)}
.note p{margin:0;overflow-wrap:anywhere;white-space:pre-line}
.note .meta{font-size:.8125rem;color:var(--_muted)}
.note time::before{content:' \\b7  '}
.note-form{display:grid;gap:.25rem;margin-block-start:.5rem;align-items:stretch}
.note-form label{font-size:.8125rem;font-weight:600}
.note-form textarea{font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_muted);border-radius:6px;padding:.25rem .375rem;min-block-size:3.5rem;inline-size:100%;resize:vertical}
.note-form textarea[aria-invalid='true']{border-color:var(--_warn)}
.note-form .error{color:var(--_warn);font-size:.8125rem;margin:0}
.note-form .muted{margin:0}
.note-form button{justify-self:start}
`;

let sheet: CSSStyleSheet | undefined;

/** The feedback's styles, adopted by the card's shadow root once (allowed under a strict CSP, as Lit's are). */
function adopt(root: Feedback['host']['root']) {
  if (!('adoptedStyleSheets' in root)) return;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(STYLES);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export function renderFeedback(feedback: Feedback, customerId: string, ctx: RenderContext) {
  const {html, nothing, relative, date, root, update} = feedback.host;
  adopt(root);
  const language = languageOf(ctx.locale);
  const m = FEEDBACK_MESSAGES[language];
  const f = (template: Parameters<typeof fill>[1], params?: Parameters<typeof fill>[2]) => fill(language, template, params);

  const retryButton = (label: string, busy: boolean, retry: () => void) =>
    html`<button class="link" aria-label=${label} aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && retry()}>
      ${m.retry}
    </button>`;

  // What was sent for this customer to this endpoint: the same id on another server is another customer.
  const endpoint = feedback.host.endpoint()?.href;
  const here = (e: {customerId: string; input: {endpoint: URL}}) =>
    e.customerId === customerId && e.input.endpoint.href === endpoint;

  // A refusal (BAD_INPUT, UNKNOWN_HINT…) is what the same request gets every time: no Retry.
  const unsaved = feedback.dismissals.entries
    .filter((e) => here(e) && e.failure)
    .map(
      (e) => html`<p class="unsaved" role="status" part="unsaved">
        <span>${f(e.failure === 'refused' ? m.dismissRefused : m.dismissNotSaved, {text: e.input.text})}</span>
        ${
          e.failure === 'refused'
            ? nothing
            : retryButton(f(m.retryDismiss, {text: e.input.text}), e.state === 'sending', () =>
                feedback.retry(feedback.dismissals, e),
              )
        }
      </p>`,
    );

  // The section shows once the server answered (a server without notes never flashes one).
  const asked = feedback.notesFor(customerId);
  const state = asked?.status === 'loading' && !asked.loaded ? undefined : asked;
  if (!state && !unsaved.length) return nothing;

  const noteItem = (note: Pick<Note, 'author' | 'text'> & {at?: Date}, status?: unknown) =>
    html`<li class="note" part="note">
      <p class="meta">
        <bdi>${note.author}</bdi>${
          note.at
            ? html`<time datetime=${note.at.toISOString()} title=${date(ctx.locale, note.at, ctx.timeZone)}
                  >${relative(ctx.locale, note.at, ctx.now)}</time
                >`
            : nothing
        }
      </p>
      <p dir="auto">${note.text}</p>
      ${status ?? nothing}
    </li>`;

  const pending = feedback.notes.entries.filter(here).map((e) =>
    noteItem(
      {author: m.you, text: e.input.input.text},
      e.failure === 'refused'
        ? html`<p class="unsaved" role="status">${m.noteRefused}</p>`
        : e.failure
          ? html`<p class="unsaved" role="status">
              <span>${m.noteNotSaved}</span>
              ${retryButton(m.retryNote, e.state === 'sending', () => feedback.retry(feedback.notes, e))}
            </p>`
          : html`<p class="meta" role="status">${m.saving}</p>`,
    ),
  );

  let notes: unknown = nothing;
  if (state) {
    const {items, total} = state.page;
    const open = feedback.expanded.has(customerId);
    const shown = open ? items : items.slice(0, 1);
    const toggle = () => {
      if (open) feedback.expanded.delete(customerId);
      else feedback.expanded.add(customerId);
      update();
    };
    // The draft is this customer's: shown again when the card comes back to them, never another's.
    const draft = feedback.drafts.get(customerId) ?? '';
    const length = characters(draft.trim());
    const over = length > MAX_NOTE;
    const blank = feedback.blank.has(customerId);
    // The field only once the agent asks for it (or holds a draft): a textarea in every card of
    // a page lays each card out even where `content-visibility` skips it, which nearly tripled
    // the memory of a page of 100 cards.
    const composing = feedback.composing.has(customerId) || draft !== '' || blank;
    const compose = () => {
      feedback.composing.add(customerId);
      update();
      void feedback.host.updated().then(() => root.querySelector<HTMLElement>('#note-text')?.focus());
    };
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const field = form.elements.namedItem('note') as HTMLTextAreaElement;
      const text = field.value.trim();
      if (!text) feedback.blank.add(customerId);
      if (!text || characters(text) > MAX_NOTE) {
        update();
        return field.focus();
      }
      feedback.addNote(customerId, text);
      form.reset();
      feedback.drafts.delete(customerId);
      update();
    };
    const input = (event: Event) => {
      feedback.drafts.set(customerId, (event.target as HTMLTextAreaElement).value);
      feedback.blank.delete(customerId);
      update();
    };
    notes = html`<section part="notes" aria-labelledby="h-notes">
      <h3 id="h-notes">${m.notes}</h3>
      ${
        state.status === 'failed'
          ? html`<p class="section-error" role="status">
              ${m.notesFailed}
              ${retryButton(m.retryNotes, false, () => {
                feedback.notesFor(customerId, true);
                update();
                // The Retry goes with its line: keyboard focus goes on to the note field, or "Add a note".
                void feedback.host
                  .updated()
                  .then(() => root.querySelector<HTMLElement>('#note-text, [part~="add-note"]')?.focus());
              })}
            </p>`
          : nothing
      }
      ${
        pending.length || shown.length
          ? html`<ol>
              ${pending}${shown.map((note) => noteItem(note))}
            </ol>`
          : state.status === 'loaded'
            ? html`<p class="muted">${m.noNotes}</p>`
            : nothing
      }
      ${
        items.length > 1
          ? html`<button class="link more" part="show-more-notes" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>
              ${open ? m.fewer : f(m.more, {n: items.length - 1})}
            </button>`
          : nothing
      }
      ${open && total > items.length ? html`<p class="muted">${f(m.older, {n: total - items.length})}</p>` : nothing}
      ${
        composing
          ? html`<form class="note-form" part="note-form" @submit=${submit}>
        <label for="note-text">${m.add}</label>
        <textarea
          id="note-text"
          name="note"
          rows="2"
          autocomplete="off"
          aria-describedby="note-help"
          aria-invalid=${over || blank ? 'true' : 'false'}
          .value=${draft}
          @input=${input}
        ></textarea>
        <p id="note-help" class=${over || blank ? 'error' : 'muted'}>
          ${
            over
              ? f(m.tooLong, {n: length, max: MAX_NOTE})
              : blank
                ? m.empty
                : `${m.help} ${f(m.count, {n: length, max: MAX_NOTE})}`
          }
        </p>
        <!-- Announced when it changes: the problem only, not the count at every keystroke. -->
        <p class="visually-hidden" role="status">${over ? f(m.tooLongLive, {max: MAX_NOTE}) : blank ? m.empty : ''}</p>
        <button type="submit">${m.submit}</button>
      </form>`
          : html`<button class="link" part="add-note" @click=${compose}>${m.add}</button>`
      }
    </section>`;
  }
  return html`<div class="feedback">${unsaved}${notes}</div>`;
}
