/**
 * A loaded customer: the header, the call brief (unless hints are off), then tickets,
 * products and the contact history.
 */
import {html, nothing} from 'lit';
import type {HistoryState} from '../controllers/history.js';
import type {Brief} from '../hints/compose.js';
import {cardFacts} from '../data/derive.js';
import type {Contact, CustomerView} from '../data/view-model.js';
import type {RenderContext} from './context.js';
import {renderHints, type HintPanelState} from './hints.js';
import {renderHeader, renderHistory, renderProducts, renderTickets} from './sections.js';

export interface CardParts {
  /** The brief: its address line heads the card, with or without hints. */
  brief: Brief;
  /** The hint panel's state, or `undefined` when the host turned hints off. */
  hints?: HintPanelState;
  /** Unsaved dismissals and the notes (src/feedback/), below the brief. */
  feedback?: unknown;
  history: HistoryState;
  onMore: () => void;
  onNewest: () => void;
  onOpen: (type: 'ticket' | 'contact' | 'product', id: string) => void;
}

export function renderCustomer(view: CustomerView, ctx: RenderContext, parts: CardParts) {
  const {hints, history} = parts;
  const open =
    (type: 'ticket' | 'contact' | 'product') =>
    (item: {id: string}): void =>
      parts.onOpen(type, item.id);
  // Computed once, then only formatted by the sections.
  const facts = cardFacts(view, ctx.now, ctx.timeZone ?? 'UTC');
  return html`${renderHeader(view, ctx, facts, parts.brief)}
    ${view.invalid.length ? html`<p class="invalid" role="note">${ctx.t('someInvalid')}</p>` : nothing}
    <div class="body">
      <div>${hints ? renderHints(hints, ctx) : nothing}${parts.feedback}</div>
      <div class="grid">
        ${renderTickets(view, ctx, facts.tickets, open('ticket'))} ${renderProducts(view, ctx, open('product'))}
        ${renderHistory(view, history.page, ctx, {
          loading: history.loading,
          failed: history.failed,
          onMore: parts.onMore,
          onNewest: parts.onNewest,
          onOpen: open('contact') as (c: Contact) => void,
        })}
      </div>
    </div>`;
}
