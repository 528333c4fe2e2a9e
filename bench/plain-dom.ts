/**
 * The bench's baseline: the same answer rendered with plain DOM calls, no framework, no
 * validation, no hints — what "just show the JSON" costs in this page. The card should stay
 * within a small factor of it.
 *
 * It uses `Intl` the way the card does (the locale resolved by `supportedLocalesOf`, dates in
 * the customer's time zone, numbers, plurals and relative time formatted by `Intl`), each
 * formatter built once per page, so both pay the browser's one-time cost of the first `Intl`
 * use and the comparison is about rendering.
 */
type Json = Record<string, any>;

const formats = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!formats.has(key)) formats.set(key, make());
  return formats.get(key) as T;
};

function el(tag: string, text?: string, parent?: Element): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

export function renderPlain(root: Element, customer: Json | null, now: Date, lang = 'en'): void {
  if (!customer) {
    el('p', 'No customer with this id.', root);
    return;
  }
  const locale = once(`locale ${lang}`, () => Intl.DateTimeFormat.supportedLocalesOf([lang])[0] ?? 'en');
  const zone = typeof customer.timeZone === 'string' ? customer.timeZone : 'UTC';
  const format = once(
    `date ${locale} ${zone}`,
    () => new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: zone}),
  );
  const numbers = once(`number ${locale}`, () => new Intl.NumberFormat(locale));
  const plurals = once(`plural ${locale}`, () => new Intl.PluralRules(locale));
  const relative = once(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));
  const card = el('article', undefined, root);
  el('h2', customer.displayName, card);
  const years = Math.floor((now.getTime() - new Date(customer.customerSince).getTime()) / (365.25 * 86_400_000));
  el('span', `Customer for ${numbers.format(years)} ${plurals.select(years) === 'one' ? 'year' : 'years'}`, card);
  const last = customer.contacts?.edges?.[0]?.node;
  if (last) el('span', relative.format(Math.round((new Date(last.at).getTime() - now.getTime()) / 86_400_000), 'day'), card);
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
