/**
 * The call brief panel: at most three rows without a click, in the order the agent must act,
 * each folding the hints about one subject (src/hints/compose.ts). Each row shows its headline,
 * a few short lines (offers not to pitch, folded instructions), its evidence one click away,
 * and can be dismissed with a reason. Kind is said in words, not only by colour.
 */
import {html, nothing} from 'lit';
import type {CustomerView} from '../data/view-model.js';
import {addressOf, rowEvidence, type Brief, type BriefRow} from '../hints/compose.js';
import {isLegalHint} from '../hints/legal.js';
import type {HintEngine} from '../hints/lazy.js';
import type {Hint} from '../hints/index.js';
import {truncate} from '../core/truncate.js';
import type {RenderContext} from './context.js';

export const DISMISS_REASONS = ['not-relevant', 'already-done', 'customer-request', 'wrong', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export interface Dismissal {
  reason: DismissReason;
  note: string;
}

export interface HintPanelState {
  /** Every hint, dismissed ones included. */
  hints: readonly Hint[];
  /** The brief composed from the hints not dismissed. */
  brief: Brief;
  dismissed: ReadonlyMap<string, Dismissal>;
  /** The lead id of the row whose dismiss form is open. */
  dismissing?: string;
  failed: boolean;
  /** The hint engine could not be loaded: no hint is known, so none may be read as "nothing to mind". */
  unavailable?: boolean;
  /** Whether every row is shown, not only the first `brief.visible`. */
  expanded: boolean;
  /** The lead ids of the rows whose evidence ("Why") was opened: only those render it. */
  evidenceShown: ReadonlySet<string>;
  /** A row's "Why" is being opened: render its evidence (before the browser paints it open). */
  onEvidence: (id: string) => void;
  onExpand: () => void;
  onAskDismiss: (id: string | undefined) => void;
  /** Dismisses every hint folded into a row. */
  onDismiss: (ids: readonly string[], dismissal: Dismissal) => void;
}

let last:
  | {
      engine?: HintEngine;
      hints: readonly Hint[];
      dismissed: ReadonlyMap<string, Dismissal>;
      view: CustomerView;
      locale: string;
      brief: Brief;
    }
  | undefined;

/**
 * Whether the agent's dismissal hides hint `id`. A legal duty or the customer's explicit wish
 * (consent, the contact cap, calling hours, a refusal, a quiet period) is never hidden: the
 * dismissal is still reported (the event), the hint stays where it was.
 */
export function isHidden(dismissed: ReadonlyMap<string, Dismissal>, id: string): boolean {
  return dismissed.has(id) && !isLegalHint(id);
}

/**
 * The brief for the hints the agent has not dismissed, composed by the hint engine (its file
 * holds the rules and the brief). Without the engine (hints off, or its file not loaded) there
 * are no rows, only the address line from the record. Recomposed only when one of its inputs
 * changed (by identity), so opening a dismiss form or a retry countdown does not redo it.
 */
export function briefFor(
  engine: HintEngine | undefined,
  hints: readonly Hint[],
  dismissed: ReadonlyMap<string, Dismissal>,
  view: CustomerView,
  locale: string,
): Brief {
  // Nothing dismissed is the same for every card: cards sharing their hints share the brief.
  const sameDismissed = last?.dismissed === dismissed || (last?.dismissed.size === 0 && dismissed.size === 0);
  if (last && last.engine === engine && last.hints === hints && sameDismissed && last.view === view && last.locale === locale) {
    return last.brief;
  }
  const brief = engine
    ? engine.composeBrief(
        hints.filter((h) => !isHidden(dismissed, h.id)),
        view,
        {locale},
      )
    : {address: addressOf(view), rows: [], visible: 0};
  last = {engine, hints, dismissed, view, locale, brief};
  return brief;
}

function renderDismissForm(row: BriefRow, state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    state.onDismiss(row.ids, {
      reason: data.get('reason') as DismissReason,
      note: truncate(String(data.get('note') ?? ''), 500),
    });
  };
  return html`<form @submit=${submit} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && state.onAskDismiss(undefined)}>
    <label
      >${t('dismissReason')}
      <select name="reason">
        ${DISMISS_REASONS.map((r) => html`<option value=${r}>${t(`reason.${r}`)}</option>`)}
      </select>
    </label>
    <label>${t('dismissNote')} <input name="note" maxlength="500" autocomplete="off" /></label>
    <button type="submit">${t('dismissConfirm')}</button>
    <button type="button" @click=${() => state.onAskDismiss(undefined)}>${t('cancel')}</button>
  </form>`;
}

function renderRow(row: BriefRow, state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const open = state.dismissing === row.id;
  const groups = rowEvidence(row);
  const kind = row.first && row.kind === 'do' ? t('doFirst') : t(row.kind);
  return html`<li
    class="hint"
    part="hint hint-${row.kind}${row.first ? ' hint-first' : ''}"
    data-hint-id=${row.id}
    data-hint-ids=${row.ids.join(' ')}
    data-kind=${row.kind}
  >
    <span class="kind">${kind}</span>
    ${
      open
        ? html`<span></span>`
        : html`<button class="link" aria-label=${t('dismissHint', {text: row.text})} @click=${() => state.onAskDismiss(row.id)}>
          ${t('dismiss')}
        </button>`
    }
    <span class="hint-text">${row.text}</span>
    ${row.notes.length ? html`<ul class="notes">${row.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    ${
      groups.length
        ? html`<details part="evidence" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && state.onEvidence(row.id)}>
          <summary @click=${() => state.onEvidence(row.id)}>${t('why')}</summary>
          ${
            // Rendered once opened: most "Why"s are never opened, and their lists would be
            // most of the brief's nodes (memory per card, the first render's work).
            !state.evidenceShown.has(row.id)
              ? nothing
              : groups.map(
                  ({
                    hint,
                    evidence,
                  }) => html`${groups.length > 1 ? html`<p class="evidence-for" data-hint-id=${hint.id}>${hint.text}</p>` : nothing}
              <dl class="evidence">${evidence.map((e) => html`<dt>${e.label}</dt><dd>${e.value}</dd>`)}</dl>`,
                )
          }
        </details>`
        : nothing
    }
    ${open ? renderDismissForm(row, state, ctx) : nothing}
  </li>`;
}

export function renderHints(state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const {rows, visible} = state.brief;
  const hidden = state.expanded ? 0 : rows.length - visible;
  const dismissed = state.hints.filter((h) => isHidden(state.dismissed, h.id));
  return html`<section part="hints" aria-labelledby="h-hints">
    <h3 id="h-hints">${t('hints')}</h3>
    ${state.failed ? html`<p class="section-error" role="status">${t('sectionFailed')}</p>` : nothing}
    ${
      state.unavailable
        ? html`<p role="alert" part="hints-unavailable">${t('hintsUnavailable')}</p>`
        : rows.length
          ? html`<ol>
          ${rows.slice(0, rows.length - hidden).map((row) => renderRow(row, state, ctx))}
        </ol>
        ${
          hidden
            ? html`<button class="more" part="show-all-hints" aria-expanded="false" @click=${state.onExpand}>
              ${t('moreHints', {n: hidden})}
            </button>`
            : nothing
        }`
          : html`<p class="muted">${t('noHints')}</p>`
    }
    ${
      dismissed.length
        ? html`<details class="dismissed" part="dismissed">
          <summary>${t('dismissed', {n: dismissed.length})}</summary>
          <ul>
            ${dismissed.map((h) => {
              const {reason, note} = state.dismissed.get(h.id)!;
              return html`<li data-hint-id=${h.id}>
                ${h.text} — ${t(`reason.${reason}`)}${note ? html` (${note})` : nothing}
              </li>`;
            })}
          </ul>
        </details>`
        : nothing
    }
  </section>`;
}
