/**
 * Render helpers for the card's data sections. Pure templates: the element owns state and
 * events and passes callbacks in. Every server string goes through a text binding (escaped).
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {Contact, ContactPage, CustomerView, MonthlyCount, Product, Ticket} from '../data/view-model.js';
import {formatDate, formatMonth, formatPressure, formatRelative} from '../i18n/format.js';
import {zonedParts} from '../core/time.js';
import {
  isAlertOutcome,
  outcomeLabel,
  relationshipFacts,
  relationshipState,
  tenureOf,
  tenureSpan,
  ticketOrder,
} from '../data/derive.js';
import {addressOf, type Brief} from '../hints/compose.js';
import type {RenderContext} from './context.js';

export function renderHeader(view: CustomerView, ctx: RenderContext, brief?: Brief): TemplateResult {
  const {t, locale, now} = ctx;
  const since = view.customerSince;
  // The same tenure as the hints': counted on today's date in the customer's calendar.
  const tenure = tenureOf(since, zonedParts(now, ctx.timeZone ?? 'UTC').epochDay);
  const span = tenure && tenureSpan(tenure);
  const tenureKey = span?.unit === 'years' ? 'tenureYears' : span?.unit === 'months' ? 'tenureMonths' : 'tenureDays';
  const state = relationshipState(view, now);
  const facts = relationshipFacts(view, now).map((f) =>
    f.key === 'quiet-until'
      ? t('fact.quiet-until', {date: formatDate(locale, f.until, ctx.timeZone)})
      : f.key === 'negative'
        ? t('fact.negative')
        : t(`fact.${f.key}`, f.key === 'contacts' ? {n: f.n, days: f.days} : {n: f.n}),
  );
  // How to greet the person: never a guessed title (a man was once written to as "Madame").
  const address = brief?.address ?? addressOf(view);
  const channel = brief?.channel;
  return html`<header part="header">
    <div class="name">
      <h2 id="name">${[view.salutation, view.displayName].filter(Boolean).join(' ')}</h2>
      <p
        class="address"
        part="address"
        data-hint-id=${address.hintId ?? nothing}
        data-hint-ids=${address.hintIds.length ? address.hintIds.join(' ') : nothing}
      >
        <span class="muted">${t('addressAs')}</span> <strong><bdi>${address.name}</bdi></strong>${
          // The separator is text, not template whitespace: the build's template minifier
          // drops a space that opens a template ("Dupin· no title on record").
          address.noTitle ? html`<span class="no-title">${` · ${t('noTitle')}`}</span>` : nothing
        }
      </p>
    </div>
    <div class="badges">
      ${
        span && since
          ? html`<span class="badge" part="tenure" title=${formatDate(locale, since, 'UTC')}
            >${t(tenureKey, {n: span.n})}</span
          >`
          : nothing
      }
      <span class="badge state-${state}" part="state">${t(`state.${state}`)}</span>
      ${
        channel
          ? html`<span class="badge chip" part="channel" data-hint-id=${channel.hintId} title=${channel.hint.text}
            >${t('prefers')} ${channel.text}</span
          >`
          : nothing
      }
    </div>
    ${facts.length ? html`<p class="facts muted" part="state-facts">${facts.join(' · ')}</p>` : nothing}
  </header>`;
}

function sectionError(ctx: RenderContext) {
  return html`<p class="section-error" role="status">${ctx.t('sectionFailed')}</p>`;
}

export function renderProducts(view: CustomerView, ctx: RenderContext, onOpen: (p: Product) => void) {
  const {t} = ctx;
  const failed = view.failed.includes('products');
  return html`<section part="products" aria-labelledby="h-products">
    <h3 id="h-products">${t('products')}</h3>
    ${
      failed
        ? sectionError(ctx)
        : view.products.length === 0
          ? html`<p class="muted">${t('noProducts')}</p>`
          : html`<ul class="rows">
            ${view.products.map(
              (p) =>
                html`<li data-product-id=${p.id}>
                  <button class="link title" dir="auto" @click=${() => onOpen(p)}>${p.name}</button>
                  <span class="tag ${p.status === 'ACTIVE' ? '' : 'alert'}">${t(`product.${p.status}`)}</span>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

export function renderTickets(view: CustomerView, ctx: RenderContext, onOpen: (t: Ticket) => void) {
  const {t, locale, now} = ctx;
  const failed = view.failed.includes('tickets');
  return html`<section part="tickets" aria-labelledby="h-tickets">
    <h3 id="h-tickets">${t('tickets')}</h3>
    ${
      failed
        ? sectionError(ctx)
        : view.tickets.length === 0
          ? html`<p class="muted">${t('noTickets')}</p>`
          : html`<ol class="rows">
            ${ticketOrder(view.tickets).map(
              (ticket) =>
                html`<li data-ticket-id=${ticket.id}>
                  <button class="link title" dir="auto" @click=${() => onOpen(ticket)}>${ticket.subject}</button>
                  <span class="tag ${ticket.priority === 'HIGH' || ticket.priority === 'URGENT' ? 'alert' : ''}"
                    >${t(`priority.${ticket.priority}`)}</span
                  >
                  <span class="muted summary"
                    ><bdi>${ticket.id}</bdi> · ${t(`category.${ticket.category}`)} ·
                    ${t('opened', {when: formatRelative(locale, ticket.openedAt, now)})} ·
                    ${t('contactsOnTicket', {n: ticket.contactCount})}${
                      ticket.transferCount ? html` · ${t('transfers', {n: ticket.transferCount})}` : nothing
                    }</span
                  >
                </li>`,
            )}
          </ol>`
    }
  </section>`;
}

/** Six months of contact volume as small stacked bars (SVG attributes, no inline styles: CSP). */
function renderPressure(months: readonly MonthlyCount[], ctx: RenderContext) {
  if (months.length === 0) return nothing;
  const max = Math.max(1, ...months.map((m) => m.inbound + m.outbound));
  const width = 120 / months.length;
  return html`<figure class="pressure-figure" part="pressure">
    <svg class="pressure" viewBox="0 0 120 40" role="img" aria-label=${formatPressure(ctx.locale, months)}>
      ${months.map((m, i) => {
        const outH = (m.outbound / max) * 30;
        const inH = (m.inbound / max) * 30;
        const x = i * width + width * 0.2;
        return svg`<rect class="out" x=${x} width=${width * 0.6} y=${30 - outH} height=${outH}></rect>
          <rect class="in" x=${x} width=${width * 0.6} y=${30 - outH - inH} height=${inH}></rect>
          <text x=${x + width * 0.3} y="39" text-anchor="middle">${formatMonth(ctx.locale, m.month)}</text>`;
      })}
    </svg>
    <figcaption class="legend" aria-hidden="true">
      <span class="in">${ctx.t('inbound')}</span><span class="out">${ctx.t('outbound')}</span>
    </figcaption>
  </figure>`;
}

function renderContact(c: Contact, ctx: RenderContext, onOpen: (c: Contact) => void) {
  const {t, locale, now} = ctx;
  // The outcome badge says what happened; an unhappy customer is said in words beside it,
  // never by turning "Answered" red (colour alone means nothing to many agents).
  return html`<li data-contact-id=${c.id}>
    <button class="link title" @click=${() => onOpen(c)}>
      ${t(`channel.${c.channel}`)} ${t(`direction.${c.direction}`)}
    </button>
    <span class="tag ${isAlertOutcome(c.outcome) ? 'alert' : ''}">${t(`outcome.${outcomeLabel(c)}`)}</span>
    ${c.sentiment === 'NEGATIVE' ? html`<span class="tag alert">${t('sentiment.NEGATIVE')}</span>` : nothing}
    <time class="muted" datetime=${c.at.toISOString()} title=${formatDate(locale, c.at, ctx.timeZone)}
      >${formatRelative(locale, c.at, now)}</time
    >
    ${c.summary ? html`<span class="summary" dir="auto">${c.summary}</span>` : nothing}
  </li>`;
}

/**
 * The most contact rows in the DOM at once. "Show more" appends older pages; beyond this bound
 * the newest rows leave the list (a "back to the newest" button brings the first page back),
 * so a card that was asked for 2,000 contacts still holds 200 rows, and each render stays cheap.
 */
export const MAX_HISTORY_ROWS = 200;

export function renderHistory(
  view: CustomerView,
  page: ContactPage,
  ctx: RenderContext,
  more: {loading: boolean; failed: boolean; onMore: () => void; onNewest: () => void; onOpen: (c: Contact) => void},
) {
  const {t} = ctx;
  const from = Math.max(0, page.items.length - MAX_HISTORY_ROWS);
  // Each row is re-rendered only when its contact, the language, the zone or the minute
  // (relative times: "3 minutes ago") changed, not on every render. Pages are appended, so a
  // row keeps its place and its DOM (a keyed repeat directive would cost 1 KB for no gain here).
  const minute = Math.floor(ctx.now.getTime() / 60_000);
  const failed = view.failed.includes('contacts');
  return html`<section part="history" aria-labelledby="h-history">
    <h3 id="h-history">${t('history')}</h3>
    ${view.failed.includes('summary') ? nothing : renderPressure(view.summary.monthly, ctx)}
    ${
      failed
        ? sectionError(ctx)
        : page.items.length === 0
          ? html`<p class="muted">${t('noHistory')}</p>`
          : html`<ol class="rows" start=${from + 1}>
              ${(from ? page.items.slice(from) : page.items).map((c) =>
                guard([c, ctx.locale, ctx.timeZone, minute], () => renderContact(c, ctx, more.onOpen)),
              )}
            </ol>
            <div aria-live="polite">
              <p class="muted">
                ${
                  from
                    ? t('historyRange', {from: from + 1, to: page.items.length, n: page.totalCount})
                    : t('historyCount', {shown: page.items.length, n: page.totalCount})
                }
              </p>
              ${
                // In the live region that was there before: one added with its text is often not announced.
                more.failed ? html`<p class="section-error">${t('moreFailed')}</p>` : nothing
              }
            </div>
            ${
              from
                ? html`<button class="more" part="show-newest" @click=${more.onNewest}>${t('historyNewest')}</button>`
                : nothing
            }
            ${
              page.hasNextPage
                ? html`<button class="more" part="show-more" aria-disabled=${more.loading ? 'true' : 'false'} @click=${more.onMore}>
                  ${t(more.loading ? 'loading' : more.failed ? 'retry' : 'showMore')}
                </button>`
                : nothing
            }`
    }
  </section>`;
}
