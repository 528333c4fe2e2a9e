/** Loading, not-found and error states, designed like the card itself. */
import {html, nothing} from 'lit';
import type {LoadFailure} from '../data/errors.js';
import type {LookupKind} from '../data/lookup.js';
import type {RenderContext} from './context.js';

/**
 * A skeleton with the loaded card's layout (header; hints; tickets, products and history in the
 * same grid areas, so three columns on a wide card), so nothing jumps when data arrives.
 */
export function renderSkeleton(ctx: RenderContext) {
  return html`<div class="loading" role="status" aria-label=${ctx.t('loading')}>
    <div class="skeleton h2"></div>
    <div class="body">
      <div>
        <div class="skeleton hint"></div>
        <div class="skeleton hint"></div>
        <div class="skeleton hint"></div>
      </div>
      ${renderSkeletonGrid()}
    </div>
  </div>`;
}

const rows = (n: number) => Array.from({length: n}, () => html`<div class="skeleton row"></div>`);

/**
 * Tickets, products and history as skeleton rows, in their grid areas: the skeleton's, and a
 * loaded card's for the one task its first render leaves them for later (controllers/split.ts).
 */
export function renderSkeletonGrid() {
  return html`<div class="grid">
    <div class="sk-tickets">${rows(3)}</div>
    <div class="sk-products">${rows(2)}</div>
    <div class="sk-history">${rows(5)}</div>
  </div>`;
}

export function renderNotFound(id: string, ctx: RenderContext) {
  return html`<div class="state" part="empty" role="status">
    <strong>${ctx.t('notFound', {id})}</strong>
    <p class="muted">${ctx.t('notFoundHint')}</p>
  </div>`;
}

/**
 * A lookup by email or phone that shows nobody, each with its own reason: no customer has it
 * (`no-match`), several do (`ambiguous`: the card never picks one), or the value cannot be
 * looked up (`invalid-lookup`: nothing was sent). The value itself is never shown: the agent
 * has it in the helpdesk, and the card's text may end up in screenshots and recordings.
 */
export function renderLookupState(
  kind: 'no-match' | 'ambiguous' | 'invalid-lookup',
  lookup: LookupKind,
  count: number,
  ctx: RenderContext,
) {
  const invalid = kind === 'invalid-lookup';
  return html`<div class="state" part="empty" role="status" data-reason=${invalid ? `invalid-${lookup}` : kind}>
    <strong>${ctx.t(invalid ? 'lookup.invalid' : `lookup.${kind}`, {n: count, what: ctx.t(`what.${lookup}`)})}</strong>
  </div>`;
}

export function renderNoId(ctx: RenderContext) {
  return html`<div class="state" part="empty" role="status"><strong>${ctx.t('noId')}</strong></div>`;
}

/**
 * What failed, in plain words (never the server's own text), and how to get going again. A
 * configuration failure (see `isConfigurationFailure`) offers no "Try again", which cannot
 * help: it says who can fix it and names the reason code, as the error event does.
 */
export function renderError(failure: LoadFailure, ctx: RenderContext, onRetry: () => void, retryIn?: number) {
  const params = {status: failure.status ?? '', origin: failure.origin ?? '', page: globalThis.origin};
  return html`<div class="state" part="error" role="alert" data-reason=${failure.reason}>
    <strong>${ctx.t(failure.configuration ? 'configTitle' : 'errorTitle')}</strong>
    <p>${ctx.t(`error.${failure.reason}`, params)}</p>
    ${
      failure.configuration
        ? html`<p class="muted">${ctx.t('configHint', {reason: failure.reason})}</p>`
        : html`${retryIn === undefined ? nothing : html`<p class="muted" part="retrying">${ctx.t('retryIn', {n: retryIn})}</p>`}
          <button part="retry" @click=${onRetry}>${ctx.t('retry')}</button>`
    }
  </div>`;
}
