// The demo GraphQL server (demo/server/), as the card sees it: real GraphQL-over-HTTP
// requests from the browser to /graphql on the test server's origin.
import {expect} from '@open-wc/testing';
import {arrived, release, uniqueName} from './helpers.js';

// The instant the demo's personas are seeded at (web-test-runner.config.mjs), as helpers.ts's NOW.
const NOW = '2026-11-23T10:30:00.000Z';
const DAY = 86_400_000;
const ACCEPT = 'application/graphql-response+json, application/json';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: {message: string; path?: (string | number)[]}[];
}

interface ContactNode {
  id: string;
  at: string;
  channel: string;
  direction: string;
  purpose: string;
  outcome: string;
  transfers: number;
  sentiment: string | null;
  ticketId: string | null;
  summary: string | null;
}

interface ContactPage {
  totalCount: number;
  edges: {cursor: string; node: ContactNode}[];
  pageInfo: {hasNextPage: boolean; endCursor: string | null};
}

interface Ticket {
  id: string;
  subject: string;
  status: string;
  priority: string;
  category: string;
  openedAt: string;
  updatedAt: string | null;
  contactCount: number;
  transferCount: number;
}

interface Persona {
  id: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  salutation: string | null;
  locale: string | null;
  timeZone: string | null;
  customerSince: string | null;
  doNotCall: boolean;
  consents: {purpose: string; granted: boolean; updatedAt: string | null}[];
  preferredChannel: string | null;
  preferredHours: {days: string[]; from: string; to: string}[];
  quietPeriod: {reason: string; since: string | null; until: string | null} | null;
  products: {id: string; name: string; category: string; since: string | null; status: string}[];
  offers: {
    id: string;
    name: string;
    category: string;
    eligible: boolean;
    ineligibilityReason: string | null;
    newCustomersOnly: boolean;
  }[];
  openTickets: Ticket[];
  allTickets: {id: string; status: string}[];
  contacts: ContactPage;
  contactSummary: {
    days: number;
    count: number;
    outboundSolicitations: string[];
    lastRefusal: ContactNode | null;
    awaitingReply: ContactNode[];
    missedByUs: ContactNode[];
    topics: {
      ticketId: string | null;
      purpose: string;
      count: number;
      transfers: number;
      firstAt: string;
      lastAt: string;
    }[];
    last: ContactNode | null;
    monthly: {month: string; inbound: number; outbound: number}[];
  };
  hints: {id: string; kind: string; severity: number; evidence: {label: string; value: string}[]}[];
}

const CONTACT_FIELDS = 'id at channel direction purpose outcome transfers sentiment ticketId summary';
const TICKET_FIELDS = 'id subject status priority category openedAt updatedAt contactCount transferCount';

const PERSONA_QUERY = `
  query Persona($id: ID!, $days: Int!) {
    customer(id: $id) {
      id displayName givenName familyName preferredName salutation locale timeZone customerSince
      doNotCall
      consents { purpose granted updatedAt }
      preferredChannel
      preferredHours { days from to }
      quietPeriod { reason since until }
      products { id name category since status }
      offers { id name category eligible ineligibilityReason newCustomersOnly }
      openTickets: tickets(openOnly: true) { ${TICKET_FIELDS} }
      allTickets: tickets { id status }
      contacts(first: 100) {
        totalCount
        edges { cursor node { ${CONTACT_FIELDS} } }
        pageInfo { hasNextPage endCursor }
      }
      contactSummary(days: $days) {
        days count outboundSolicitations
        lastRefusal { ${CONTACT_FIELDS} }
        awaitingReply { ${CONTACT_FIELDS} }
        missedByUs { ${CONTACT_FIELDS} }
        topics { ticketId purpose count transfers firstAt lastAt }
        last { ${CONTACT_FIELDS} }
        monthly(months: 6) { month inbound outbound }
      }
      hints { id kind severity evidence { label value } }
    }
  }`;

const PAGE_QUERY = `
  query Page($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      contacts(first: $first, after: $after) {
        totalCount
        edges { cursor node { id at } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

/** POSTs a GraphQL request to the test server's /graphql with the given controls. */
function post(
  query: string,
  variables: Record<string, unknown> = {},
  controls = `now=${NOW}`,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`/graphql?${controls}`, {
    method: 'POST',
    headers: {'content-type': 'application/json', accept: ACCEPT},
    body: JSON.stringify({query, variables}),
    ...init,
  });
}

/** The `data` of a successful request; fails on a non-200 status or any GraphQL error. */
async function data<T>(query: string, variables: Record<string, unknown> = {}, controls?: string): Promise<T> {
  const response = await post(query, variables, controls);
  const body = (await response.json()) as GraphQLBody<T>;
  expect(response.status, JSON.stringify(body)).to.equal(200);
  expect(body.errors, JSON.stringify(body.errors)).to.equal(undefined);
  if (!body.data) throw new Error('No data in the response');
  return body.data;
}

/** The full persona `id`, with a `days`-day summary, relative to `now`. */
async function persona(id: string, days = 30, now = NOW): Promise<Persona> {
  const result = await data<{customer: Persona | null}>(PERSONA_QUERY, {id, days}, `now=${now}`);
  if (!result.customer) throw new Error(`No persona ${id}`);
  return result.customer;
}

/** How many days before NOW an ISO instant is. */
function daysAgo(iso: string): number {
  return (Date.parse(NOW) - Date.parse(iso)) / DAY;
}

/** The `YYYY-MM-DD` UTC date `days` days before NOW. */
function dateDaysAgo(days: number): string {
  return new Date(Date.parse(NOW) - days * DAY).toISOString().slice(0, 10);
}

describe('demo GraphQL server', () => {
  describe('protocol', () => {
    it('answers {__typename} over POST', async () => {
      expect(await data<{__typename: string}>('{ __typename }')).to.deep.equal({__typename: 'Query'});
    });

    it('answers a GET with the query in the URL', async () => {
      const response = await fetch(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: {accept: ACCEPT},
      });
      expect(response.status).to.equal(200);
      expect(await response.json()).to.deep.equal({data: {__typename: 'Query'}});
    });

    it('leaves other paths to the next middleware', async () => {
      expect((await fetch('/graphql-elsewhere')).status).to.equal(404);
    });

    it('answers customer: null for an unknown id, without errors', async () => {
      for (const id of ['nobody', '__proto__', 'constructor']) {
        const result = await data<{customer: null}>('query($id: ID!) { customer(id: $id) { id } }', {id});
        expect(result.customer, id).to.equal(null);
      }
    });

    it('serializes DateTime as a full ISO instant and Date as YYYY-MM-DD', async () => {
      const martin = await persona('martin');
      expect(martin.customerSince).to.equal('2011-11-23');
      expect(martin.products[0]?.since).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(martin.contacts.edges[0]?.node.at).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('reports an invalid cursor as an error on the history alone', async () => {
      const response = await post(PAGE_QUERY, {id: 'martin', first: 5, after: 'not-a-cursor'});
      const body = (await response.json()) as GraphQLBody<{customer: {contacts: null}}>;
      expect(body.errors?.[0]?.message).to.contain('Invalid cursor');
      expect(body.errors?.[0]?.path).to.deep.equal(['customer', 'contacts']);
      expect(body.data?.customer, 'the section is null, the customer stays').to.deep.equal({contacts: null});
    });
  });

  describe('personas', () => {
    it('martin: loyal for 15 years, six solicitations in 30 days, one pitchable offer', async () => {
      const martin = await persona('martin');
      expect(martin.salutation).to.equal('Monsieur');
      expect(martin.customerSince).to.equal('2011-11-23');
      expect(martin.locale).to.equal('fr-FR');
      expect(martin.timeZone).to.equal('Europe/Paris');
      expect(martin.products).to.have.length(4);
      expect(martin.products.filter((p) => p.status === 'ACTIVE').map((p) => p.category)).to.deep.equal([
        'internet',
        'mobile',
        'tv',
      ]);
      const summary = martin.contactSummary;
      expect(summary.outboundSolicitations).to.have.length(6);
      expect(summary.outboundSolicitations.every((at) => daysAgo(at) <= 30)).to.equal(true);
      expect(summary.lastRefusal?.outcome).to.equal('REFUSED');
      expect(daysAgo(summary.lastRefusal?.at ?? '')).to.be.within(21, 28);
      expect(summary.last?.sentiment).to.equal('NEGATIVE');
      expect(summary.awaitingReply).to.deep.equal([]);
      expect(summary.missedByUs).to.deep.equal([]);
      const owned = new Set(martin.products.filter((p) => p.status === 'ACTIVE').map((p) => p.category));
      const pitchable = martin.offers.filter((o) => o.eligible && !o.newCustomersOnly && !owned.has(o.category));
      expect(pitchable.map((o) => o.category)).to.deep.equal(['energy']);
      const tvMax = martin.offers.find((o) => o.category === 'tv');
      expect(tvMax?.eligible).to.equal(false);
      expect(tvMax?.ineligibilityReason).to.equal('Not available at this address');
      expect(martin.offers.find((o) => o.category === 'mobile')?.newCustomersOnly).to.equal(true);
      expect(martin.openTickets).to.deep.equal([]);
      expect(martin.allTickets).to.deep.equal([{id: 'T-3107', status: 'RESOLVED'}]);
      expect(martin.preferredChannel).to.equal('EMAIL');
      expect(martin.preferredHours).to.deep.equal([
        {days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], from: '18:00', to: '20:00'},
      ]);
      expect(martin.consents.map((c) => `${c.purpose}:${c.granted}`)).to.deep.equal([
        'PHONE:true',
        'EMAIL:true',
        'MARKETING:true',
      ]);
      expect(martin.doNotCall).to.equal(false);
      expect(martin.contacts.totalCount).to.equal(18);
    });

    it('missed-appointment: the visit we missed yesterday, her complaint first', async () => {
      const claire = await persona('missed-appointment');
      expect(claire.salutation).to.equal('Madame');
      expect(claire.customerSince).to.equal('2023-11-23');
      const [missed, ...others] = claire.contactSummary.missedByUs;
      expect(others).to.deep.equal([]);
      expect(missed?.channel).to.equal('VISIT');
      expect(missed?.purpose).to.equal('APPOINTMENT');
      expect(daysAgo(missed?.at ?? '')).to.equal(1);
      const last = claire.contactSummary.last;
      expect(last?.direction).to.equal('INBOUND');
      expect(last?.sentiment).to.equal('NEGATIVE');
      expect(last?.summary).to.equal('Waited 45 minutes, asked us not to come anymore');
      const sale = claire.contacts.edges.map((e) => e.node).find((c) => c.purpose === 'SALES');
      expect(sale?.outcome).to.equal('ANSWERED');
      expect(sale?.sentiment).to.equal('POSITIVE');
      expect(daysAgo(sale?.at ?? '')).to.equal(2);
      expect(claire.openTickets.map((t) => [t.id, t.category, t.priority, t.status])).to.deep.equal([
        ['T-5102', 'COMPLAINT', 'HIGH', 'OPEN'],
      ]);
      expect(claire.products.map((p) => p.category)).to.deep.equal(['energy', 'energy']);
      expect(claire.offers.map((o) => [o.name, o.eligible])).to.deep.equal([['Smart thermostat', true]]);
    });

    it('dupin: no salutation recorded, a pending cancellation, offers to pitch', async () => {
      const dupin = await persona('dupin');
      expect(dupin.salutation).to.equal(null);
      expect([dupin.givenName, dupin.familyName, dupin.displayName]).to.deep.equal([
        'Jean-Baptiste',
        'Dupin',
        'Jean-Baptiste Dupin',
      ]);
      expect(dupin.customerSince).to.equal('2020-11-23');
      expect(dupin.products.map((p) => p.status)).to.deep.equal(['CANCELLATION_REQUESTED']);
      expect(dupin.openTickets.map((t) => [t.id, t.subject, t.category, t.status])).to.deep.equal([
        ['T-4821', 'Cancel subscription', 'CANCELLATION', 'OPEN'],
      ]);
      expect(dupin.offers.filter((o) => o.eligible).map((o) => o.name)).to.include('Premium membership');
      expect(dupin.contactSummary.last?.purpose).to.equal('CANCELLATION');
      expect(daysAgo(dupin.contactSummary.last?.at ?? '')).to.equal(4);
    });

    it('quiet-period: bereavement from 5 days ago to 25 days ahead', async () => {
      const helene = await persona('quiet-period');
      const NOW_MS = Date.parse(NOW);
      expect(helene.quietPeriod).to.deep.equal({
        reason: 'Bereavement',
        since: new Date(NOW_MS - 5 * DAY).toISOString(),
        until: new Date(NOW_MS + 25 * DAY).toISOString(),
      });
      expect(helene.customerSince).to.equal('2018-11-23');
      expect(helene.offers.some((o) => o.eligible)).to.equal(true);
    });

    it('transferred: five contacts and three transfers on one ticket, one e-mail awaiting us', async () => {
      const aicha = await persona('transferred');
      expect(aicha.openTickets.map((t) => [t.id, t.category, t.subject, t.contactCount, t.transferCount])).to.deep.equal([
        ['T-4907', 'TECHNICAL', 'Internet drops every evening', 5, 3],
      ]);
      const onTicket = aicha.contacts.edges.map((e) => e.node).filter((c) => c.ticketId === 'T-4907');
      const calls = onTicket.filter((c) => c.channel === 'PHONE' && c.direction === 'INBOUND');
      expect(calls).to.have.length(4);
      expect(calls.every((c) => daysAgo(c.at) <= 21)).to.equal(true);
      expect(calls.reduce((sum, c) => sum + c.transfers, 0)).to.equal(3);
      expect(calls.filter((c) => c.outcome === 'TRANSFERRED')).to.have.length(2);
      expect(aicha.contactSummary.topics).to.deep.include({
        ticketId: 'T-4907',
        purpose: 'SUPPORT',
        count: 5,
        transfers: 3,
        firstAt: calls[calls.length - 1]?.at,
        lastAt: onTicket[0]?.at,
      });
      const [waiting, ...others] = aicha.contactSummary.awaitingReply;
      expect(others).to.deep.equal([]);
      expect([waiting?.channel, waiting?.outcome, daysAgo(waiting?.at ?? '')]).to.deep.equal(['EMAIL', 'AWAITING_OUR_REPLY', 3]);
    });

    it('newcomer: joined 21 days ago, goes by Sam, one onboarding call', async () => {
      const sam = await persona('newcomer');
      expect(sam.customerSince).to.equal(dateDaysAgo(21));
      expect([sam.givenName, sam.preferredName]).to.deep.equal(['Samuel', 'Sam']);
      expect(sam.products).to.have.length(1);
      expect(sam.contacts.totalCount).to.equal(1);
      const call = sam.contacts.edges[0]?.node;
      expect([call?.channel, call?.direction, call?.purpose]).to.deep.equal(['PHONE', 'OUTBOUND', 'SUPPORT']);
      expect(sam.contacts.pageInfo.hasNextPage).to.equal(false);
    });

    it('large-history: 10,000 contacts, two open tickets, aggregates from the server', async () => {
      const girard = await persona('large-history', 90);
      expect(girard.contacts.totalCount).to.equal(10000);
      expect(girard.contacts.edges).to.have.length(100);
      expect(Date.parse(girard.customerSince ?? '')).to.be.below(Date.parse(NOW) - 8 * 365 * DAY);
      expect(girard.openTickets.map((t) => t.id)).to.deep.equal(['T-7355', 'T-7341']);
      expect(girard.contactSummary.days).to.equal(90);
      expect(girard.contactSummary.count).to.be.within(200, 400);
      expect(girard.contactSummary.awaitingReply).to.have.length(1);
      expect(girard.hints.map((h) => h.id)).to.deep.equal(['acme-key-account']);
    });
  });

  describe("server hints in the agent's language", () => {
    const HINTS =
      'query ($locale: String) { customer(id: "large-history") { hints(locale: $locale) { text evidence { label value } } } }';
    type Hints = {customer: {hints: {text: string; evidence: {label: string; value: string}[]}[]}};

    it('writes its own hints in French for any fr tag, in English otherwise or without a locale', async () => {
      const texts = async (locale: unknown) => {
        const {customer} = await data<Hints>(HINTS, locale === undefined ? {} : {locale});
        return customer.hints.map((h) => [h.text, ...h.evidence.map((e) => e.label)]);
      };
      for (const tag of ['fr', 'fr-FR', 'fr-CA']) {
        expect((await texts(tag))[0], tag).to.deep.equal([
          'Compte clé\u202F: associez son chargé de compte, Julien Morel, à toute question commerciale.',
          'Chargé de compte',
          'Segment',
        ]);
      }
      for (const tag of ['en', 'en-GB', 'de', null, undefined]) {
        expect((await texts(tag))[0]?.[1], String(tag)).to.equal('Account manager');
      }
    });
  });

  describe('contact pages and aggregates', () => {
    type Page = {customer: {contacts: ContactPage}};

    it('pages the large history with cursors, newest first, without overlap', async () => {
      const first = (await data<Page>(PAGE_QUERY, {id: 'large-history', first: 10})).customer.contacts;
      expect(first.totalCount).to.equal(10000);
      expect(first.edges).to.have.length(10);
      expect(first.pageInfo.hasNextPage).to.equal(true);
      expect(first.pageInfo.endCursor).to.equal(first.edges[9]?.cursor);
      const second = (await data<Page>(PAGE_QUERY, {id: 'large-history', first: 10, after: first.pageInfo.endCursor})).customer
        .contacts;
      expect(second.edges).to.have.length(10);
      const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(new Set(ids).size).to.equal(20);
      const times = [...first.edges, ...second.edges].map((e) => Date.parse(e.node.at));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });

    it('walks a whole history to its last page', async () => {
      const ids: string[] = [];
      let after: string | null = null;
      let hasNextPage = true;
      while (hasNextPage) {
        const page: ContactPage = (await data<Page>(PAGE_QUERY, {id: 'martin', first: 5, after})).customer.contacts;
        ids.push(...page.edges.map((e) => e.node.id));
        ({hasNextPage, endCursor: after} = page.pageInfo);
      }
      expect(ids).to.have.length(18);
      expect(new Set(ids).size).to.equal(18);
    });

    it('clamps first to 1..100', async () => {
      const big = (await data<Page>(PAGE_QUERY, {id: 'large-history', first: 1000})).customer.contacts;
      const small = (await data<Page>(PAGE_QUERY, {id: 'large-history', first: 0})).customer.contacts;
      expect([big.edges.length, small.edges.length]).to.deep.equal([100, 1]);
    });

    it('counts contacts per calendar month, oldest first, zero-filled, current month last', async () => {
      const sam = await persona('newcomer');
      expect(sam.contactSummary.monthly).to.deep.equal([
        {month: '2026-06', inbound: 0, outbound: 0},
        {month: '2026-07', inbound: 0, outbound: 0},
        {month: '2026-08', inbound: 0, outbound: 0},
        {month: '2026-09', inbound: 0, outbound: 0},
        {month: '2026-10', inbound: 0, outbound: 0},
        {month: '2026-11', inbound: 0, outbound: 1},
      ]);
      const months = await data<{customer: {contactSummary: {monthly: {month: string}[]}}}>(
        '{ customer(id: "martin") { contactSummary { monthly(months: 12) { month } } } }',
      );
      expect(months.customer.contactSummary.monthly.map((m) => m.month)).to.have.length(12);
    });

    it('windows the summary: 30 and 90 days of martin', async () => {
      const [month, quarter] = await Promise.all([persona('martin', 30), persona('martin', 90)]);
      expect([month.contactSummary.days, month.contactSummary.count]).to.deep.equal([30, 6]);
      expect(quarter.contactSummary.outboundSolicitations).to.have.length(11);
      expect(quarter.contactSummary.lastRefusal?.id).to.equal(month.contactSummary.lastRefusal?.id);
    });

    it('is deterministic for one `now`; a later `now` moves the windows, not the data', async () => {
      const [a, b] = await Promise.all([persona('large-history'), persona('large-history')]);
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
      // The data is seeded once: a day later, the same contacts at the same instants…
      const later = await persona('large-history', 30, '2026-11-24T10:30:00.000Z');
      expect(later.contacts.edges.map((e) => e.node.at)).to.deep.equal(a.contacts.edges.map((e) => e.node.at));
      // …and windows that end a day later: martin's 30-day count drops the contacts that left it.
      const martinNow = await persona('martin');
      const martinMuchLater = await persona('martin', 30, '2027-11-23T10:30:00.000Z');
      expect(martinNow.contactSummary.count).to.be.above(0);
      expect(martinMuchLater.contactSummary.count).to.equal(0);
      expect(martinMuchLater.contactSummary.lastRefusal?.at).to.equal(martinNow.contactSummary.lastRefusal?.at);
    });
  });

  describe('faults', () => {
    const HELLO = '{ __typename }';

    for (const status of [400, 401, 403, 404, 408, 500, 501, 502, 503]) {
      it(`fault=${status} answers ${status} with an HTML error page`, async () => {
        const response = await post(HELLO, {}, `fault=${status}`);
        expect(response.status).to.equal(status);
        expect(response.headers.get('content-type')).to.contain('text/html');
        expect(await response.text()).to.contain(`<title>${status} `);
      });
    }

    it('fault=429 answers 429 with Retry-After: 2', async () => {
      const response = await post(HELLO, {}, 'fault=429');
      expect(response.status).to.equal(429);
      expect(response.headers.get('retry-after')).to.equal('2');
    });

    it('fault=invalid-json answers 200 application/json that does not parse', async () => {
      const response = await post(HELLO, {}, 'fault=invalid-json');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('application/json');
      let parsed = true;
      await response.json().catch(() => (parsed = false));
      expect(parsed).to.equal(false);
    });

    it('fault=empty answers 200 with an empty body', async () => {
      const response = await post(HELLO, {}, 'fault=empty');
      expect(response.status).to.equal(200);
      expect(await response.text()).to.equal('');
    });

    it('fault=graphql-error answers a request error: 400 graphql-response+json, errors, no data', async () => {
      const response = await post(HELLO, {}, 'fault=graphql-error');
      expect(response.status).to.equal(400);
      expect(response.headers.get('content-type')).to.contain('application/graphql-response+json');
      const body = (await response.json()) as GraphQLBody<unknown>;
      expect(body.data).to.equal(undefined);
      expect(body.errors?.[0]?.message).to.be.a('string');
    });

    it('fault=graphql-error answers 200 to a client accepting only application/json', async () => {
      const response = await post(HELLO, {}, 'fault=graphql-error', {
        headers: {'content-type': 'application/json', accept: 'application/json'},
      });
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('application/json');
      expect(((await response.json()) as GraphQLBody<unknown>).errors).to.have.length(1);
    });

    it('fault=partial nulls customer.tickets with an error at that path, keeps the rest', async () => {
      const response = await post(
        'query($id: ID!) { customer(id: $id) { id displayName tickets(openOnly: true) { id } contacts { totalCount } } }',
        {id: 'transferred'},
        `now=${NOW}&fault=partial`,
      );
      expect(response.status).to.equal(200);
      const body = (await response.json()) as GraphQLBody<{
        customer: {id: string; tickets: null; contacts: {totalCount: number}};
      }>;
      expect(body.data?.customer).to.deep.equal({
        id: 'transferred',
        displayName: 'Aïcha Benali',
        tickets: null,
        contacts: {totalCount: 7},
      });
      expect(body.errors).to.deep.equal([{message: 'Ticket service unavailable', path: ['customer', 'tickets']}]);
    });

    it('fault=hang never answers, until the client aborts', async () => {
      // Order, not time: a request sent after the hanging one is answered while it still hangs.
      const controller = new AbortController();
      let settled = false;
      const hanging = post(HELLO, {}, 'fault=hang', {signal: controller.signal}).then(
        () => 'answered',
        (error: unknown) => (error instanceof DOMException ? error.name : 'failed'),
      );
      void hanging.then(() => (settled = true));
      const later = await post(HELLO, {});
      expect(later.status).to.equal(200);
      await later.json();
      expect(settled, 'still waiting after a later request was answered').to.equal(false);
      controller.abort();
      expect(await hanging).to.equal('AbortError');
    });

    it('fault=not-graphql answers 200 with a web page', async () => {
      const response = await post(HELLO, {}, 'fault=not-graphql');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.contain('text/html');
      expect(await response.text()).to.match(/^<!doctype html>/);
    });

    it('ignores an unknown fault', async () => {
      const response = await post(HELLO, {}, 'fault=meteor');
      expect(response.status).to.equal(200);
      expect(await response.json()).to.deep.equal({data: {__typename: 'Query'}});
    });

    it('scopes a fault to one customer, by variable or by literal id', async () => {
      const byVariable = 'query($id: ID!) { customer(id: $id) { id } }';
      const controls = `now=${NOW}&fault=dupin:503`;
      expect((await post(byVariable, {id: 'martin'}, controls)).status).to.equal(200);
      expect((await post(byVariable, {id: 'dupin'}, controls)).status).to.equal(503);
      expect((await post('{ customer(id: "dupin") { id } }', {}, controls)).status).to.equal(503);
      expect((await post('{ customer(id: "martin") { id } }', {}, controls)).status).to.equal(200);
    });
  });

  // How long `delay=` and `jitter=` wait is decided by pure functions, unit-tested without a
  // clock (test/unit/server-controls.test.ts). Here, the controls that make the server wait on
  // the test instead: answers are ordered by gates the test opens, never by a duration.
  describe('waiting on the test: delay, hold, drop, times', () => {
    const BY_ID = 'query($id: ID!) { customer(id: $id) { id } }';

    it('a delayed answer, or a delayed fault, is still the right answer', async () => {
      const response = await post('{ __typename }', {}, 'delay=30');
      expect([response.status, await response.json()]).to.deep.equal([200, {data: {__typename: 'Query'}}]);
      expect((await post('{ __typename }', {}, 'delay=20&fault=500')).status).to.equal(500);
    });

    it('hold=<id>:<gate> holds that customer until the gate opens; another one answers meanwhile', async () => {
      const gate = uniqueName('server-hold');
      const controls = `now=${NOW}&hold=martin:${gate}`;
      let martinAnswered = false;
      const martin = post(BY_ID, {id: 'martin'}, controls).then(async (response) => {
        martinAnswered = true;
        return response.json();
      });
      await arrived(gate);
      const dupin = await (await post(BY_ID, {id: 'dupin'}, controls)).json();
      expect(dupin).to.deep.equal({data: {customer: {id: 'dupin'}}});
      expect(martinAnswered, 'martin is still held').to.equal(false);
      expect(await release(gate)).to.equal(1);
      expect(await martin).to.deep.equal({data: {customer: {id: 'martin'}}});
      // An open gate lets later requests through at once.
      expect(await (await post(BY_ID, {id: 'martin'}, controls)).json()).to.deep.equal({data: {customer: {id: 'martin'}}});
    });

    it('drop=<gate> fails the connection while the gate is closed', async () => {
      const gate = uniqueName('server-drop');
      const failure = await post('{ __typename }', {}, `drop=${gate}`).then(
        () => 'answered',
        (error: unknown) => (error instanceof TypeError ? 'network failure' : String(error)),
      );
      expect(failure).to.equal('network failure');
      await release(gate);
      expect((await post('{ __typename }', {}, `drop=${gate}`)).status).to.equal(200);
    });

    it('times=<n> applies the fault to the first n requests only ("the server is back")', async () => {
      const controls = `fault=503&times=2&tag=${uniqueName('times')}`;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post('{ __typename }', {}, controls)).status);
      expect(statuses).to.deep.equal([503, 503, 200, 200]);
    });
  });

  describe('lookup by email or phone', () => {
    type Lookup = {customerLookup: {count: number; customer: {id: string; emails: string[]; phones: string[]} | null}};
    const LOOKUP = `query ($email: String, $phone: String) {
      customerLookup(email: $email, phone: $phone) { count customer { id emails phones } }
    }`;

    it('finds one customer by email, case-insensitively, and says which addresses it has', async () => {
      const {customerLookup} = await data<Lookup>(LOOKUP, {email: ' Bernard.MARTIN@example.fr '});
      expect(customerLookup.count).to.equal(1);
      expect(customerLookup.customer?.id).to.equal('martin');
      expect(customerLookup.customer?.emails).to.include('bernard.martin@example.fr');
    });

    it('finds one customer by E.164 phone', async () => {
      const {customerLookup} = await data<Lookup>(LOOKUP, {phone: '+447700900123'});
      expect(customerLookup).to.deep.equal({
        count: 1,
        customer: {id: 'newcomer', emails: ['sam.okafor@example.co.uk'], phones: ['+447700900123']},
      });
    });

    it('says how many share a phone or an email, and never picks one of them', async () => {
      expect((await data<Lookup>(LOOKUP, {phone: '+33240000505'})).customerLookup).to.deep.equal({count: 2, customer: null});
      expect((await data<Lookup>(LOOKUP, {email: 'famille.rousseau@example.fr'})).customerLookup).to.deep.equal({
        count: 2,
        customer: null,
      });
    });

    it('answers no match with a count of 0', async () => {
      expect((await data<Lookup>(LOOKUP, {email: 'nobody@example.com'})).customerLookup).to.deep.equal({
        count: 0,
        customer: null,
      });
    });

    it('refuses a lookup with neither email nor phone', async () => {
      const body = (await (await post(LOOKUP, {})).json()) as GraphQLBody<Lookup>;
      expect(body.errors?.[0]?.message).to.equal('customerLookup needs an email or a phone.');
    });
  });
});
