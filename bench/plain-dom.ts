/**
 * The bench's baseline: the same answer rendered with plain DOM calls, no framework, no
 * validation, no hints — what "just show the JSON" costs in this page. The card should stay
 * within a small factor of it.
 */
type Json = Record<string, any>;

const dates = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: string) => {
  let format = dates.get(locale);
  if (!format) dates.set(locale, (format = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric'})));
  return format;
};

function el(tag: string, text?: string, parent?: Element): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

export function renderPlain(root: Element, customer: Json, now: Date): void {
  const format = dateFormat('en');
  const card = el('article', undefined, root);
  el('h2', customer.displayName, card);
  const years = Math.floor((now.getTime() - new Date(customer.customerSince).getTime()) / (365.25 * 86_400_000));
  el('span', `Customer for ${years} years`, card);
  const products = el('ul', undefined, card);
  for (const p of customer.products ?? []) el('li', `${p.name} · ${p.category} · ${p.status}`, products);
  const tickets = el('ul', undefined, card);
  for (const t of customer.tickets ?? []) {
    const li = el('li', undefined, tickets);
    el('button', t.subject, li);
    el('span', `${t.priority} ${t.status}`, li);
    el('time', format.format(new Date(t.openedAt)), li);
  }
  const months = el('div', undefined, card);
  for (const m of customer.contactSummary?.monthly ?? []) el('span', `${m.month}: ${m.inbound}/${m.outbound}`, months);
  const history = el('ol', undefined, card);
  for (const {node: c} of customer.contacts?.edges ?? []) {
    const li = el('li', undefined, history);
    el('button', `${c.channel} ${c.direction}`, li);
    el('span', c.outcome, li);
    el('time', format.format(new Date(c.at)), li);
    if (c.summary) el('span', c.summary, li);
  }
}
