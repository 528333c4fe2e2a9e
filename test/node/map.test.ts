import {expect} from '../expect.js';
import {MAX_CONSENTS, MAX_ITEMS, MAX_TEXT, MONTHS, toContactPage, toCustomerView} from '../../src/data/map.js';
import {LoadFailure} from '../../src/data/errors.js';
import {toLookupOutcome} from '../../src/data/lookup.js';
import type {RawResult} from '../../src/data/client.js';
import {computeHints} from '../../src/hints/index.js';
import {hugeLists} from '../../demo/server/corpus.js';

/** A minimal valid customer as the server would send it; tests override pieces. */
function customer(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    displayName: 'Bernard Martin',
    givenName: 'Bernard',
    familyName: 'Martin',
    preferredName: null,
    salutation: 'Monsieur',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    customerSince: '2011-05-02',
    area: null,
    doNotCall: false,
    consents: [{purpose: 'PHONE', granted: true, updatedAt: '2020-01-01T00:00:00Z'}],
    preferredChannel: 'EMAIL',
    preferredHours: [{days: ['MONDAY', 'TUESDAY'], from: '18:00', to: '20:00'}],
    quietPeriod: null,
    products: [{id: 'p1', name: 'Fibre', category: 'INTERNET', since: '2011-05-02', status: 'ACTIVE'}],
    offers: [],
    tickets: [],
    contacts: {
      totalCount: 1,
      edges: [
        {
          cursor: 'a',
          node: {
            id: 'k1',
            at: '2026-11-20T10:00:00Z',
            channel: 'PHONE',
            direction: 'OUTBOUND',
            purpose: 'SALES',
            outcome: 'REFUSED',
            transfers: 0,
            sentiment: 'NEGATIVE',
            ticketId: null,
            summary: 'Not interested',
          },
        },
      ],
      pageInfo: {hasNextPage: false, endCursor: 'a'},
    },
    contactSummary: {
      days: 90,
      count: 1,
      outboundSolicitations: ['2026-11-20T10:00:00Z'],
      lastRefusal: null,
      awaitingReply: [],
      missedByUs: [],
      topics: [],
      last: null,
      monthly: [{month: '2026-11', inbound: 0, outbound: 1}],
    },
    hints: [],
    ...overrides,
  };
}

const map = (c: unknown, errors?: {path?: (string | number)[]; message?: string}[]) =>
  toCustomerView('c1', {data: {customer: c}, errors});

function failure(fn: () => unknown): LoadFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof LoadFailure) return error;
    throw error;
  }
  throw new Error('expected a LoadFailure');
}

describe('toCustomerView', () => {
  it('maps a valid customer with dates, lower-case categories and minutes', () => {
    const view = map(customer())!;
    expect(view.displayName).to.equal('Bernard Martin');
    expect(view.customerSince?.toISOString()).to.equal('2011-05-02T00:00:00.000Z');
    expect(view.products[0].category).to.equal('internet');
    expect(view.preferredHours).to.deep.equal([{days: ['MONDAY', 'TUESDAY'], from: 1080, to: 1200}]);
    expect(view.contacts.items[0].at).to.be.instanceOf(Date);
    expect(view.summary.outboundSolicitations).to.have.length(1);
    expect(view.failed).to.deep.equal([]);
    expect(view.invalid).to.deep.equal([]);
  });

  it('drops bidi embeddings and overrides from texts: a name is shown as written, never backwards', () => {
    const view = map(customer({familyName: '\u202Eevil', displayName: 'Eve \u202Dx\u202C'}))!;
    expect(view.familyName).to.equal('evil');
    expect(view.displayName).to.equal('Eve x');
  });

  it('returns null for an unknown customer', () => {
    expect(map(null)).to.equal(null);
  });

  it('treats customer: null with a root error as a failure, not as "not found"', () => {
    expect(failure(() => map(null, [{message: 'boom', path: ['customer']}])).reason).to.equal('graphql');
  });

  it('refuses an answer about another customer', () => {
    expect(failure(() => map(customer({id: 'c2'}))).reason).to.equal('mismatch');
  });

  it('rejects data that is not an object', () => {
    expect(failure(() => toCustomerView('c1', {data: 'hello' as unknown})).reason).to.equal('bad-response');
  });

  it('marks a section failed by a GraphQL error and keeps the others', () => {
    const view = map(customer({tickets: null}), [{message: 'down', path: ['customer', 'tickets']}])!;
    expect(view.failed).to.deep.equal(['tickets']);
    expect(view.tickets).to.deep.equal([]);
    expect(view.products).to.have.length(1);
  });

  it('marks a section failed when it is not a list', () => {
    const view = map(customer({products: 'nope'}))!;
    expect(view.failed).to.include('products');
    expect(view.invalid).to.include('customer.products');
  });

  it('keeps unknown enum values as OTHER instead of crashing', () => {
    const view = map(customer({products: [{id: 'p1', name: 'Fibre', category: 'internet', status: 'PAUSED_BY_ROBOT'}]}))!;
    expect(view.products[0].status).to.equal('OTHER');
  });

  it('an enum value that is an inherited key, or not a string, is unknown too', () => {
    const statuses = ['constructor', '__proto__', 'toString', 'hasOwnProperty', ['ACTIVE'], 1, null];
    const products = statuses.map((status, i) => ({id: `p${i}`, name: 'Fibre', category: 'internet', status}));
    const view = map(customer({products}))!;
    expect(view.products.map((p) => p.status)).to.deep.equal(statuses.map(() => 'OTHER'));
  });

  it('drops items with wrong types, invalid dates or negative counts and names them', () => {
    const view = map(
      customer({
        tickets: [
          {
            id: 't1',
            subject: 'ok',
            status: 'OPEN',
            priority: 'HIGH',
            category: 'TECHNICAL',
            openedAt: '2026-11-01T00:00:00Z',
            contactCount: 2,
            transferCount: 0,
          },
          {
            id: 't2',
            subject: 'bad date',
            status: 'OPEN',
            priority: 'HIGH',
            category: 'TECHNICAL',
            openedAt: 'yesterday',
            contactCount: 2,
            transferCount: 0,
          },
          {
            id: 't3',
            subject: 42,
            status: 'OPEN',
            priority: 'LOW',
            category: 'OTHER',
            openedAt: '2026-11-01T00:00:00Z',
            contactCount: -3,
            transferCount: 0,
          },
          'not an object',
        ],
      }),
    )!;
    expect(view.tickets.map((t) => t.id)).to.deep.equal(['t1', 't3']);
    expect(view.tickets[1].contactCount).to.equal(0);
    expect(view.invalid).to.include.members([
      'customer.tickets.1.openedAt',
      'customer.tickets.2.subject',
      'customer.tickets.2.contactCount',
      'customer.tickets.3',
    ]);
  });

  it('keeps the first of duplicate ids', () => {
    const product = {id: 'p1', name: 'A', category: 'tv', status: 'ACTIVE'};
    const view = map(customer({products: [product, {...product, name: 'B'}]}))!;
    expect(view.products.map((p) => p.name)).to.deep.equal(['A']);
  });

  it('caps huge strings', () => {
    const view = map(customer({displayName: 'x'.repeat(100_000)}))!;
    expect(view.displayName.length).to.equal(MAX_TEXT);
    expect(view.displayName.endsWith('…')).to.equal(true);
  });

  it('cuts a long string between characters, never inside an emoji', () => {
    // 😀 is two UTF-16 units; at these lengths its first half would be the last unit kept.
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const before of [MAX_TEXT - 3, MAX_TEXT - 2, MAX_TEXT - 1]) {
      const long = `${'x'.repeat(before)}😀${'y'.repeat(100)}`;
      const view = map(
        customer({
          displayName: long,
          contacts: {totalCount: 1, edges: [{node: {id: 'k1', at: '2026-11-20T10:00:00Z', summary: long}}]},
        }),
      )!;
      for (const cut of [view.displayName, view.contacts.items[0].summary!]) {
        expect(lone.test(cut), `${before} units before the emoji`).to.equal(false);
        expect(cut.endsWith('…')).to.equal(true);
        expect(cut.length).to.be.at.most(MAX_TEXT);
        expect(cut.length, 'at most one unit lost').to.be.at.least(MAX_TEXT - 1);
      }
    }
  });

  it('keeps hostile strings as inert text', () => {
    const view = map(customer({displayName: '<img src=x onerror=alert(1)>'}))!;
    expect(view.displayName).to.equal('<img src=x onerror=alert(1)>');
  });

  it('never invents a salutation', () => {
    expect(map(customer({salutation: null}))!.salutation).to.equal(undefined);
    expect(map(customer({salutation: ''}))!.salutation).to.equal(undefined);
  });

  it('falls back to the given and family names when the display name is missing', () => {
    expect(map(customer({displayName: null}))!.displayName).to.equal('Bernard Martin');
  });

  it('ignores preferred hours that make no sense', () => {
    const view = map(
      customer({
        preferredHours: [
          {days: ['MONDAY'], from: '20:00', to: '18:00'},
          {days: [], from: '1:00', to: '2:00'},
        ],
      }),
    )!;
    expect(view.preferredHours).to.deep.equal([]);
  });

  it('has no next page without a cursor', () => {
    const c = customer();
    (c.contacts as {pageInfo: unknown}).pageInfo = {hasNextPage: true, endCursor: null};
    expect(map(c)!.contacts.hasNextPage).to.equal(false);
  });

  it('maps server hints with clamped severity', () => {
    const view = map(customer({hints: [{id: 'acme-vip', kind: 'DO', severity: 99, text: 'VIP', suppress: null, evidence: []}]}))!;
    expect(view.serverHints).to.deep.equal([
      {id: 'acme-vip', kind: 'do', severity: 5, text: 'VIP', suppress: false, promotional: false, evidence: []},
    ]);
  });

  it("keeps a suppression's fingerprint exactly, the empty one included", () => {
    const hints = [
      {id: 'open-ticket-first', kind: 'DO', severity: 3, suppress: true, fingerprint: 'ticket:T-1', evidence: []},
      {id: 'loyal-customer', kind: 'DO', severity: 3, suppress: true, fingerprint: '', evidence: []},
      {id: 'acme-vip', kind: 'DO', severity: 3, suppress: true, fingerprint: null, evidence: []},
    ];
    const view = map(customer({hints}))!;
    expect(view.serverHints.map((h) => h.fingerprint)).to.deep.equal(['ticket:T-1', '', undefined]);
  });
});

describe('toContactPage', () => {
  it('maps the next page', () => {
    const page = toContactPage('c1', {data: {customer: {id: 'c1', contacts: customer().contacts}}});
    expect(page.items.map((c) => c.id)).to.deep.equal(['k1']);
  });

  it('refuses a page of another customer', () => {
    expect(failure(() => toContactPage('c1', {data: {customer: {id: 'c9', contacts: customer().contacts}}})).reason).to.equal(
      'mismatch',
    );
  });
});

describe('caps on lists from the answer (issue #10, item 3)', () => {
  const edge = (i: number) => ({
    cursor: `c${i}`,
    node: {
      id: `k${i}`,
      at: '2026-11-20T10:00:00Z',
      channel: 'PHONE',
      direction: 'INBOUND',
      purpose: 'SUPPORT',
      outcome: 'ANSWERED',
      transfers: 0,
    },
  });
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({length: n}, (_, i) => make(i));

  it('keeps at most what the request asked for of the history, and says so', () => {
    const view = toCustomerView(
      'c1',
      {
        data: {
          customer: customer({
            contacts: {totalCount: 100_000, edges: many(20_000, edge), pageInfo: {hasNextPage: true, endCursor: 'z'}},
          }),
        },
      },
      {contacts: 5},
    )!;
    expect(view.contacts.items.map((c) => c.id)).to.deep.equal(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(view.truncated).to.include('customer.contacts.edges');
    const page = toContactPage(
      'c1',
      {data: {customer: {id: 'c1', contacts: {totalCount: 9, edges: many(9, edge), pageInfo: {}}}}},
      {contacts: 3},
    );
    expect(page.items).to.have.length(3);
  });

  it('keeps six months of counts (what the query asks for), not 20,000 rows', () => {
    const monthly = many(20_000, (i) => ({month: `2026-${String((i % 12) + 1).padStart(2, '0')}`, inbound: 1, outbound: 1}));
    const view = map(customer({contactSummary: {...customer().contactSummary, monthly}}))!;
    expect(view.summary.monthly).to.have.length(MONTHS);
  });

  it('keeps at most MAX_ITEMS tickets, products, offers, hours and server hints; records which were cut', () => {
    const view = map(
      customer({
        tickets: many(5000, (i) => ({id: `T-${i}`, subject: 's', status: 'OPEN', openedAt: '2026-01-01T00:00:00Z'})),
        products: many(500, (i) => ({id: `p${i}`, name: 'n', status: 'ACTIVE'})),
        offers: many(500, (i) => ({id: `o${i}`, name: 'n'})),
        preferredHours: many(5000, () => ({days: ['MONDAY'], from: '10:00', to: '12:00'})),
        hints: many(500, (i) => ({id: `h${i}`, kind: 'DO', text: 't', evidence: many(50, () => ({label: 'l', value: 'v'}))})),
      }),
    )!;
    for (const list of [view.tickets, view.products, view.offers, view.preferredHours, view.serverHints])
      expect(list).to.have.length(MAX_ITEMS);
    expect(view.serverHints[0].evidence.length).to.be.at.most(10);
    expect(view.truncated).to.include.members([
      'customer.tickets',
      'customer.products',
      'customer.offers',
      'customer.preferredHours',
      'customer.hints',
    ]);
  });

  it(`reads every consent up to ${MAX_CONSENTS}, keeping the latest per purpose (a refusal at the end still counts)`, () => {
    const consents = [
      ...many(MAX_CONSENTS - 1, (i) => ({
        purpose: 'PHONE',
        granted: true,
        updatedAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
      })),
      {purpose: 'PHONE', granted: false, updatedAt: '2026-01-01T00:00:00Z'},
    ];
    const view = map(customer({consents}))!;
    expect(view.consents).to.have.length(1);
    expect(view.consents[0]).to.deep.include({purpose: 'PHONE', granted: false});
    expect(view.assumed).to.equal(undefined);
  });

  it(`more than ${MAX_CONSENTS} consent records: the rest is not read, consents are taken as withdrawn`, () => {
    const consents = many(MAX_CONSENTS + 1, () => ({purpose: 'PHONE', granted: true}));
    expect(map(customer({consents}))!.assumed).to.deep.equal(['consents']);
  });

  it('a day repeated 100,000 times in one window is one day', () => {
    const view = map(customer({preferredHours: [{days: Array(100_000).fill('MONDAY'), from: '10:00', to: '12:00'}]}))!;
    expect(view.preferredHours[0].days).to.deep.equal(['MONDAY']);
  });
});

describe('protections fail closed', () => {
  const map = (overrides: Record<string, unknown>, errors: unknown[] = []) =>
    toCustomerView('c1', {data: {customer: customer(overrides)}, ...(errors.length ? {errors} : {})} as never)!;

  it('nothing is assumed when every protection is readable', () => {
    expect(map({}).assumed).to.equal(undefined);
  });
  it('a quiet period without a reason, or with an unreadable end, is still a quiet period', () => {
    expect(map({quietPeriod: {reason: '  ', since: null, until: null}}).quietPeriod).to.deep.equal({
      reason: '',
      since: undefined,
      until: undefined,
    });
    const unreadable = map({quietPeriod: {reason: 'Deuil', until: 'soon'}});
    expect(unreadable.quietPeriod?.reason).to.equal('Deuil');
    expect(unreadable.assumed).to.include('quiet-period');
    expect(map({quietPeriod: 'yes'}).assumed).to.include('quiet-period');
  });
  it('an unreadable do-not-call flag or consent is taken as forbidding contact', () => {
    expect(map({doNotCall: 'no'}).assumed).to.include('do-not-call');
    expect(map({doNotCall: null}).assumed).to.include('do-not-call');
    expect(map({consents: [{purpose: 'MARKETING', granted: 'maybe'}]}).assumed).to.include('consents');
    expect(map({consents: null}).assumed).to.include('consents');
  });
  it('a contact summary that failed to load assumes a recent refusal and the contact cap reached', () => {
    const view = map({contactSummary: null}, [{message: 'down', path: ['customer', 'contactSummary']}]);
    expect(view.assumed).to.include.members(['refusals', 'contact-pressure']);
    expect(map({contactSummary: {...customer().contactSummary, lastRefusal: {id: 'x'}}}).assumed).to.deep.equal(['refusals']);
  });
});

describe('100,000-item lists (issue 18)', () => {
  const N = 100_000;

  /** `value` with every list in it (at any depth) counting the entries read from it. */
  function counting(value: unknown, reads: {n: number}): unknown {
    if (Array.isArray(value)) {
      const items = value.map((v) => counting(v, reads));
      return new Proxy(items, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
          return Reflect.get(target, key, receiver);
        },
      });
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, counting(v, reads)]));
    }
    return value;
  }

  // At most what the card can show of each list (100; 10 evidence lines, 6 months, a history
  // page of 5, a window's days), 1,000 outbound dates and 1,000 consent records: about 3,000
  // entries here, where reading the lists whole would be over 1,000,000.
  const BOUND = 5000;

  for (const items of ['valid', 'junk'] as const) {
    it(`${items} items: the card reads at most ${BOUND} entries, whatever the lists' lengths`, () => {
      const raw = customer();
      hugeLists(N, items)(raw);
      const reads = {n: 0};
      const answer = counting({data: {customer: raw}}, reads) as RawResult<unknown>;
      const view = toCustomerView('c1', answer, {contacts: 5})!;
      expect(reads.n, 'entries read').to.be.at.most(BOUND);
      // What it shows is still there, and what it left unread is said.
      if (items === 'valid') {
        expect([view.products.length, view.offers.length, view.serverHints.length]).to.deep.equal([100, 100, 100]);
        expect(view.contacts.items).to.have.length(5);
        expect(view.preferredHours[0].days).to.deep.equal(['MONDAY']);
      }
      expect(view.truncated).to.include.members(['customer.products', 'customer.offers', 'customer.tickets', 'customer.hints']);
      // Consents past the bound are taken as withdrawn (fail closed): the withdrawal at the end
      // of the list still stops the call.
      expect(view.assumed).to.include('consents');
      const hints = computeHints(view, {now: new Date('2026-11-23T10:30:00Z'), locale: 'en'});
      expect(hints.map((h) => h.id)).to.include('do-not-contact');
      expect(
        hints.filter((h) => h.promotional),
        'no selling from a cut list',
      ).to.deep.equal([]);
    });
  }

  it('a lookup reads at most 100 of the emails, and the customer the same way', () => {
    const raw = {...customer(), emails: ['b.martin@example.fr']};
    hugeLists(N, 'junk')(raw);
    const reads = {n: 0};
    const answer = counting({data: {customerLookup: {count: 1, customer: raw}}}, reads) as RawResult<unknown>;
    const outcome = toLookupOutcome({kind: 'email', email: 'b.martin@example.fr'}, answer, {contacts: 5});
    expect(outcome.kind).to.equal('found');
    expect(reads.n, 'entries read').to.be.at.most(BOUND + 100);
    // Listed past the first 100, the address is not found: the card shows nobody.
    const late = {...customer(), emails: [...Array.from({length: 100}, (_, i) => `x${i}@example.fr`), 'b.martin@example.fr']};
    expect(() =>
      toLookupOutcome({kind: 'email', email: 'b.martin@example.fr'}, {data: {customerLookup: {count: 1, customer: late}}}),
    ).to.throw(LoadFailure);
  });
});
