/**
 * The hints panel: do's and don'ts in priority order, each expandable to its evidence and
 * dismissable with a reason. Kind is said in words, not only by colour.
 */
import {html, nothing} from 'lit';
import type {Hint} from '../hints/index.js';
import type {RenderContext} from './context.js';

export const DISMISS_REASONS = ['not-relevant', 'already-done', 'customer-request', 'wrong', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export interface Dismissal {
  reason: DismissReason;
  note: string;
}

export interface HintPanelState {
  hints: readonly Hint[];
  dismissed: ReadonlyMap<string, Dismissal>;
  /** The hint whose dismiss form is open. */
  dismissing?: string;
  failed: boolean;
  /** Whether every hint is shown, not only the first `FIRST_HINTS`. */
  expanded: boolean;
  onExpand: () => void;
  onAskDismiss: (id: string | undefined) => void;
  onDismiss: (id: string, dismissal: Dismissal) => void;
}

function renderDismissForm(hint: Hint, state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    state.onDismiss(hint.id, {
      reason: data.get('reason') as DismissReason,
      note: String(data.get('note') ?? '').slice(0, 500),
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

function renderHint(hint: Hint, state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const open = state.dismissing === hint.id;
  return html`<li class="hint" part="hint hint-${hint.kind}" data-hint-id=${hint.id} data-kind=${hint.kind}>
    <span class="kind">${t(hint.kind)}</span>
    ${
      open
        ? html`<span></span>`
        : html`<button class="link" aria-label=${t('dismissHint', {text: hint.text})} @click=${() => state.onAskDismiss(hint.id)}>
          ${t('dismiss')}
        </button>`
    }
    <span class="hint-text">${hint.text}</span>
    ${
      hint.evidence.length
        ? html`<details part="evidence">
          <summary>${t('why')}</summary>
          <dl class="evidence">
            ${hint.evidence.map((e) => html`<dt>${e.label}</dt><dd>${e.value}</dd>`)}
          </dl>
        </details>`
        : nothing
    }
    ${open ? renderDismissForm(hint, state, ctx) : nothing}
  </li>`;
}

/**
 * How many hints show before "show all": an agent on a call needs the few that matter first
 * (PRODUCT.md: "the three things that matter in two seconds"); the rest is one click away.
 */
export const FIRST_HINTS = 4;

export function renderHints(state: HintPanelState, ctx: RenderContext) {
  const {t} = ctx;
  const visible = state.hints.filter((h) => !state.dismissed.has(h.id));
  const hidden = state.expanded ? 0 : Math.max(0, visible.length - FIRST_HINTS);
  const dismissed = state.hints.filter((h) => state.dismissed.has(h.id));
  return html`<section part="hints" aria-labelledby="h-hints">
    <h3 id="h-hints">${t('hints')}</h3>
    ${state.failed ? html`<p class="section-error" role="status">${t('sectionFailed')}</p>` : nothing}
    ${
      visible.length
        ? html`<ol>
          ${visible.slice(0, visible.length - hidden).map((h) => renderHint(h, state, ctx))}
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
