/**
 * The bad-input corpus: what a buggy or compromised backend could send about a customer.
 * `?corpus=<name>` on the endpoint makes the server execute the real query, then rewrite the
 * customer with one case, so browser tests drive every case through real HTTP and the real
 * client. Pure data, importable from the browser (tests list the cases from here).
 */
type Obj = Record<string, unknown>;

export interface HostileCase {
  name: string;
  /** Rewrites the executed `data.customer` in place. */
  mutate(customer: Obj): void;
}

const XSS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "'); window.__pwned = 'quote'; ('",
  'javascript:window.__pwned="js-url"',
  'data:text/html,<script>parent.__pwned="data-url"</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned = "template"}',
];

const list = (c: Obj, key: string) => c[key] as Obj[];
const edges = (c: Obj) => (c.contacts as {edges: {node: Obj}[]}).edges;
const summary = (c: Obj) => c.contactSummary as Obj;

/** Every string field the card shows gets `value`. */
function everyString(value: string) {
  return (c: Obj) => {
    for (const key of ['displayName', 'givenName', 'familyName', 'preferredName', 'salutation', 'area']) c[key] = value;
    for (const p of list(c, 'products')) p.name = value;
    for (const o of list(c, 'offers')) Object.assign(o, {name: value, campaign: value, ineligibilityReason: value});
    for (const t of list(c, 'tickets')) Object.assign(t, {subject: value, id: `${t.id}${value}`});
    for (const e of edges(c)) e.node.summary = value;
    if (c.quietPeriod) (c.quietPeriod as Obj).reason = value;
  };
}

/**
 * Every list of the schema `n` items long (issue 18): `valid` items the card could show, or
 * `junk` it must reject (small, so 100,000 of each cross the loopback quickly). The first
 * items are the customer's own; consents stay valid in both (every record is a possible
 * refusal), and the last one withdraws phone consent, so a card that stopped reading early
 * would miss it.
 */
export function hugeLists(n: number, items: 'valid' | 'junk') {
  return (c: Obj) => {
    const many = <T>(make: (i: number) => T): T[] => Array.from({length: n}, (_, i) => make(i));
    const junk = items === 'junk';
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString();
    const node = edges(c)[0]?.node ?? {};
    const contact = (i: number) => (junk ? {} : {...node, id: `k-${i}`, at: at(i)});
    c.emails = [...((c.emails as string[]) ?? []), ...many((i) => (junk ? 1 : `x${i}@example.com`))];
    c.phones = [...((c.phones as string[]) ?? []), ...many((i) => (junk ? 1 : `+3312345${i}`))];
    c.consents = [
      ...list(c, 'consents'),
      ...many(() => ({purpose: 'EMAIL', granted: true})),
      {purpose: 'PHONE', granted: false, updatedAt: '2099-01-01T00:00:00Z'},
    ];
    // The first window and the first hint hold n days and n evidence lines.
    const days = many(() => 'MONDAY');
    c.preferredHours = many((i) => (junk ? {} : {days: i ? ['MONDAY'] : days, from: `${10 + (i % 8)}:00`, to: '19:00'}));
    const own = (key: string, make: (i: number) => unknown) => (c[key] = [...list(c, key), ...many(make)]);
    own('products', (i) => (junk ? {} : {id: `p-${i}`, name: `Product ${i}`, category: 'TV', status: 'ACTIVE'}));
    own('offers', (i) => (junk ? {} : {id: `o-${i}`, name: `Offer ${i}`, category: 'TV', eligible: true}));
    // Closed tickets are skipped, not shown: as costly to read as junk if nothing bounds them.
    own('tickets', (i) => (junk ? {} : {id: `T-${i}`, status: i % 2 ? 'CLOSED' : 'OPEN', openedAt: at(i)}));
    own('hints', (i) =>
      junk ? {} : {id: `h-${i}`, kind: 'DO', severity: 3, text: 'x', evidence: i ? [] : many(() => ({label: 'a', value: 'b'}))},
    );
    (c.contacts as Obj).edges = [...edges(c), ...many((i) => ({node: contact(i)}))];
    const s = summary(c);
    s.outboundSolicitations = [...(s.outboundSolicitations as string[]), ...many((i) => (junk ? 1 : at(i)))];
    s.awaitingReply = many(contact);
    s.missedByUs = many(contact);
    s.topics = many((i) => (junk ? {} : {purpose: 'SUPPORT', count: 2, transfers: 0, firstAt: at(i + 1), lastAt: at(i)}));
    s.monthly = [...(s.monthly as Obj[]), ...many(() => (junk ? {} : {month: '2026-01', inbound: 1, outbound: 1}))];
  };
}

export const hostileCases: readonly HostileCase[] = [
  ...XSS.map((value, i) => ({name: `markup-${i}`, mutate: everyString(value)})),
  {name: 'bidi-override', mutate: everyString('\u202Eevil\u202C Martin \u2066x\u2069')},
  {name: 'zero-width', mutate: everyString('Ma\u200Brt\u200Din\uFEFF')},
  {name: 'emoji', mutate: everyString('👨‍👩‍👧‍👦 Martin 🏳️‍🌈 ✨')},
  {name: 'huge-strings', mutate: everyString('Martin '.repeat(15_000))},
  {name: 'unbroken-long-word', mutate: everyString('M'.repeat(5_000))},
  {name: 'newlines-and-tabs', mutate: everyString('line1\n\n\tline2\r\nline3')},
  {name: 'empty-strings', mutate: everyString('')},
  {name: 'null-display-name', mutate: (c) => (c.displayName = null)},
  {name: 'null-products', mutate: (c) => (c.products = null)},
  {name: 'null-contacts', mutate: (c) => (c.contacts = null)},
  {name: 'null-summary', mutate: (c) => (c.contactSummary = null)},
  {name: 'null-in-list', mutate: (c) => list(c, 'products').push(null as unknown as Obj)},
  {name: 'number-as-name', mutate: (c) => (c.displayName = 12345)},
  {name: 'object-as-string', mutate: (c) => (c.displayName = {toString: 'x', __proto__: {polluted: true}})},
  {name: 'string-as-list', mutate: (c) => (c.tickets = 'T-1,T-2')},
  {name: 'list-as-object', mutate: (c) => (c.products = {0: {id: 'p', name: 'x'}, length: 1})},
  {name: 'boolean-as-string', mutate: (c) => (c.doNotCall = 'false')},
  {name: 'missing-fields', mutate: (c) => {
    for (const key of ['givenName', 'familyName', 'customerSince', 'consents', 'offers']) delete c[key];
  }},
  {name: 'missing-ids', mutate: (c) => {
    for (const p of list(c, 'products')) delete p.id;
    for (const e of edges(c)) delete e.node.id;
  }},
  {name: 'unknown-enums', mutate: (c) => {
    for (const p of list(c, 'products')) p.status = 'HIBERNATING';
    for (const e of edges(c)) Object.assign(e.node, {channel: 'CARRIER_PIGEON', outcome: 'TELEPORTED', direction: 'SIDEWAYS'});
    c.preferredChannel = 'TELEPATHY';
  }},
  {name: 'invalid-dates', mutate: (c) => {
    c.customerSince = 'not a date';
    for (const e of edges(c)) e.node.at = '2026-13-45T99:99:99Z';
    summary(c).outboundSolicitations = ['yesterday', 42, null];
  }},
  {name: 'future-dates', mutate: (c) => {
    c.customerSince = '2999-01-01';
    for (const e of edges(c)) e.node.at = '2999-01-01T00:00:00Z';
  }},
  // Issue 18: the first and last instants a Date can hold (±8.64e15 ms, years -271821 and 275760).
  {name: 'edge-of-time-dates', mutate: (c) => {
    const [first, last] = ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z'];
    c.customerSince = first;
    edges(c).forEach((e, i) => (e.node.at = i % 2 ? first : last));
    for (const t of list(c, 'tickets')) Object.assign(t, {openedAt: last, updatedAt: first});
    for (const p of list(c, 'products')) p.since = last;
    for (const k of list(c, 'consents')) k.updatedAt = last;
    c.quietPeriod = {reason: 'Bereavement', since: first, until: last};
    const s = summary(c);
    s.outboundSolicitations = [first, last];
    for (const key of ['last', 'lastRefusal']) s[key] = {...edges(c)[0]?.node, at: last};
    s.awaitingReply = s.missedByUs = [{...edges(c)[0]?.node, at: last}];
    s.topics = [{ticketId: null, purpose: 'SUPPORT', count: 3, transfers: 2, firstAt: first, lastAt: last}];
  }},
  {name: 'epoch-and-ancient-dates', mutate: (c) => {
    c.customerSince = '0001-01-01';
    for (const e of edges(c)) e.node.at = '1970-01-01T00:00:00Z';
  }},
  {name: 'negative-counts', mutate: (c) => {
    (c.contacts as Obj).totalCount = -5;
    for (const t of list(c, 'tickets')) Object.assign(t, {contactCount: -1, transferCount: -2});
    for (const e of edges(c)) e.node.transfers = -3;
  }},
  {name: 'huge-counts', mutate: (c) => {
    (c.contacts as Obj).totalCount = Number.MAX_SAFE_INTEGER * 10;
    summary(c).monthly = [{month: '2026-11', inbound: 1e308, outbound: 1e12}];
  }},
  {name: 'nan-and-floats', mutate: (c) => {
    (c.contacts as Obj).totalCount = 3.7;
    for (const t of list(c, 'tickets')) t.contactCount = 'NaN';
  }},
  {name: 'duplicate-ids', mutate: (c) => {
    const products = list(c, 'products');
    products.push({...products[0]}, {...products[0], name: 'Duplicate'});
    const e = edges(c);
    e.push({...e[0]});
  }},
  {name: 'empty-lists', mutate: (c) => {
    Object.assign(c, {products: [], offers: [], tickets: [], consents: [], preferredHours: [], hints: []});
    Object.assign(c.contacts as Obj, {edges: [], totalCount: 0});
  }},
  {name: 'other-customer-id', mutate: (c) => (c.id = 'dupin')},
  {name: 'numeric-id', mutate: (c) => (c.id = 7)},
  {name: 'prototype-pollution-keys', mutate: (c) => {
    Object.assign(c, JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'));
  }},
  {name: 'hostile-server-hints', mutate: (c) => {
    c.hints = [
      {id: '<img src=x onerror="window.__pwned=\'hint\'">', kind: 'DO', severity: 1, text: '<script>window.__pwned="hint"</script>', suppress: false, promotional: false, evidence: [{label: '<b>x</b>', value: 'javascript:alert(1)'}]},
      {id: 'bad-kind', kind: 'MAYBE', severity: 'high', text: 'x', evidence: 'nope'},
      null,
    ];
  }},
  {name: 'bad-cursor', mutate: (c) => Object.assign((c.contacts as Obj).pageInfo as Obj, {hasNextPage: true, endCursor: {evil: true}})},
  {name: 'bad-hours', mutate: (c) => {
    c.preferredHours = [{days: ['FUNDAY'], from: '25:99', to: 'noon'}, {days: 'MONDAY', from: 1, to: 2}];
    c.timeZone = 'Mars/Olympus_Mons';
    c.locale = '<script>';
  }},
  // Issue #10: bidi controls at the end of a data piece must not reach the card's own text.
  {name: 'bidi-salutation', mutate: (c) => {
    c.salutation = 'Monsieur\u202E';
    for (const t of list(c, 'tickets')) t.id = `${t.id}\u202E`;
    for (const p of list(c, 'products')) p.name = `${p.name}\u202E`;
  }},
  {name: 'bidi-unbalanced', mutate: everyString('\u2069\u2069\u2067\u202Bx\u202D')},
  {name: 'rtl-names', mutate: (c) => Object.assign(c, {salutation: 'سيد', displayName: 'برنار مارتان', preferredName: 'ברנרד'})},
  // Issue #10: lists far longer than what the card asked for (it keeps what it asked for, or 100).
  // Big enough to prove the caps, small enough for a loaded test machine.
  {name: 'huge-lists', mutate: (c) => {
    const ticket = list(c, 'tickets')[0] ?? {subject: 'x', status: 'OPEN', priority: 'NORMAL', category: 'TECHNICAL', openedAt: '2026-01-01T00:00:00Z', contactCount: 1, transferCount: 0};
    c.tickets = Array.from({length: 5000}, (_, i) => ({...ticket, id: `T-${i}`}));
    const e = edges(c)[0];
    (c.contacts as Obj).edges = Array.from({length: 5000}, (_, i) => ({...e, node: {...e.node, id: `k-${i}`}}));
    summary(c).monthly = Array.from({length: 5000}, (_, i) => ({month: `20${10 + (i % 16)}-0${1 + (i % 9)}`, inbound: i, outbound: 1}));
    c.preferredHours = Array.from({length: 10_000}, (_, i) => ({days: ['MONDAY', 'TUESDAY'], from: `${10 + (i % 8)}:00`, to: `${11 + (i % 8)}:00`}));
    c.consents = [...Array.from({length: 5000}, () => ({purpose: 'PHONE', granted: true, updatedAt: '2020-01-01T00:00:00Z'}))];
  }},
  // Issue 18: every list of the schema 100,000 items long (junk after the customer's own items).
  {name: 'huge-lists-100k', mutate: hugeLists(100_000, 'junk')},
  // Issue #10: server hints that try to replace or hide the card's legal hints.
  {name: 'server-overrides-legal', mutate: (c) => {
    const ids = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours', 'refused-recently', 'quiet-period'];
    c.hints = ids.flatMap((id) => [
      {id, kind: 'DO', severity: 5, text: 'Go ahead and sell', suppress: false, promotional: true, evidence: []},
      {id, kind: 'DO', severity: 5, text: null, suppress: true, promotional: false, evidence: []},
    ]);
  }},
  {name: 'deeply-nested-junk', mutate: (c) => {
    let deep: Obj = {};
    const root = deep;
    for (let i = 0; i < 1000; i++) deep = (deep.next = {}) as Obj;
    c.area = root;
  }},
];

/** Applies the case `name` to an execution result's customer (unknown names change nothing). */
export function applyHostileCase(name: string, data: unknown): void {
  const customer = (data as {customer?: unknown} | null)?.customer;
  const hostile = hostileCases.find((c) => c.name === name);
  if (hostile && customer && typeof customer === 'object') hostile.mutate(customer as Obj);
}
