/**
 * Looking a customer up by email or phone, end to end: the card, the real client and the demo
 * GraphQL server. Every request the page makes is recorded, to show what goes out and where.
 */
import {expect} from '@open-wc/testing';
import type {Customer360} from '../../src/customer-360.js';
import {cleanup, expectAccessible, mount, text} from './helpers.js';

interface Sent {
  url: string;
  method: string;
  body: string;
}

/** Records every `fetch` the page makes while the test runs. */
function recordRequests(): {sent: Sent[]; stop: () => void} {
  const sent: Sent[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({url, method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : ''});
    return original(input, init);
  };
  return {sent, stop: () => void (window.fetch = original)};
}

/** Console output while the test runs (every level the card could use). */
function recordConsole(): {lines: string[]; stop: () => void} {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((name) => console[name]);
  for (const name of methods) console[name] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return {lines, stop: () => methods.forEach((name, i) => (console[name] = originals[i]!))};
}

/** The state part of the card ("no customer" states), if shown. */
const stateOf = (el: Customer360) => el.shadowRoot!.querySelector('[part~="empty"]')?.getAttribute('data-reason');

describe('lookup by email or phone', function () {
  // The first card of a file also loads the element and axe: generous under a loaded machine.
  this.timeout(60_000);
  let requests: ReturnType<typeof recordRequests>;
  let output: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    requests = recordRequests();
    output = recordConsole();
  });
  afterEach(() => {
    requests.stop();
    output.stop();
    cleanup();
  });

  it('finds a customer by email, written with capitals; the value goes only in the POST body', async () => {
    const {el, settled} = mount({attrs: {email: '  Bernard.MARTIN@example.fr '}});
    const event = await settled;
    await el.updateComplete;
    expect(event.type).to.equal('customer360-loaded');
    expect(event.detail).to.deep.equal({customerId: 'martin', found: true, lookup: 'email'});
    expect(text(el, 'h2')).to.include('Bernard Martin');
    expect(requests.sent).to.have.length(1);
    const [request] = requests.sent;
    expect(request!.method).to.equal('POST');
    expect(request!.url).not.to.match(/martin|example|%40/i);
    expect(JSON.parse(request!.body).variables).to.include({email: 'bernard.martin@example.fr', phone: null});
    await expectAccessible(el);
  });

  it('finds a customer by a national phone number, normalised to E.164 in its region', async () => {
    const {el, settled} = mount({attrs: {phone: '06 00 00 02 02', 'phone-region': 'FR'}});
    expect((await settled).detail).to.deep.equal({customerId: 'missed-appointment', found: true, lookup: 'phone'});
    await el.updateComplete;
    expect(text(el, 'h2')).to.include('Claire Fontaine');
    expect(JSON.parse(requests.sent[0]!.body).variables).to.include({email: null, phone: '+33600000202'});
  });

  it("without phone-region, a national number reads in the region of the card's locale", async () => {
    const {el, settled} = mount({locale: 'en-GB', attrs: {phone: '07700 900123'}});
    expect((await settled).detail.customerId).to.equal('newcomer');
    await el.updateComplete;
    expect(text(el, 'h2')).to.include('Samuel Okafor');
  });

  it('no match is its own state, with its reason in the event', async () => {
    const {el, settled} = mount({attrs: {email: 'nobody@example.org'}});
    expect((await settled).detail).to.deep.equal({customerId: '', found: false, lookup: 'email', match: 'no-match'});
    await el.updateComplete;
    expect(stateOf(el)).to.equal('no-match');
    expect(text(el)).to.include('No customer with this email in the CRM.');
    await expectAccessible(el);
  });

  it('several matches: says how many share the phone and shows none of them (English and French)', async () => {
    const {el, settled} = mount({attrs: {phone: '+33 2 40 00 05 05'}});
    expect((await settled).detail).to.deep.equal({customerId: '', found: false, lookup: 'phone', match: 'ambiguous', count: 2});
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ambiguous');
    expect(text(el)).to.include('2 customers share this phone number: open the right one from the CRM.');
    expect(text(el)).not.to.match(/Rousseau|Benali/);
    expect(el.shadowRoot!.querySelector('h2'), 'no customer header').to.equal(null);
    await expectAccessible(el);

    const {el: fr, settled: frSettled} = mount({locale: 'fr', attrs: {email: 'famille.rousseau@example.fr'}});
    await frSettled;
    await fr.updateComplete;
    expect(text(fr)).to.include('2 clients partagent cette adresse e-mail : ouvrez le bon depuis le CRM.');
    // French typography: a narrow no-break space before the colon (`text` collapses it into a space).
    expect(fr.shadowRoot!.querySelector('[part~="card"]')!.textContent).to.include('e-mail\u202F: ouvrez');
  });

  it('an unusable email or phone gets a clear state and sends nothing', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{email: 'bernard martin@example.fr'}, 'invalid-email', 'Cannot look up this email'],
      // A Cyrillic "а" that looks like a Latin "a".
      [{email: 'bern\u0430rd.martin@example.fr'}, 'invalid-email', 'Cannot look up this email'],
      [{email: `${'b'.repeat(10_000)}@example.fr`}, 'invalid-email', 'Cannot look up this email'],
      [{phone: '6'.repeat(10_000)}, 'invalid-phone', 'Cannot look up this phone number'],
      [{phone: 'call me back'}, 'invalid-phone', 'Cannot look up this phone number'],
    ];
    for (const [attrs, reason, line] of cases) {
      const {el, settled} = mount({attrs});
      const event = await settled;
      await el.updateComplete;
      expect(event.type, reason).to.equal('customer360-error');
      expect(event.detail).to.deep.equal({customerId: '', reason, configuration: false, lookup: reason.slice('invalid-'.length)});
      expect(stateOf(el)).to.equal(reason);
      expect(text(el)).to.include(line);
      expect(text(el)).to.include('Nothing was sent to the CRM.');
      el.remove();
    }
    expect(requests.sent, 'no request for an unusable value').to.deep.equal([]);
  });

  it('an empty email and phone is "no customer selected", with no request', async () => {
    const el = document.createElement('customer-360');
    el.setAttribute('email', '   ');
    el.setAttribute('phone', '');
    el.endpoint = '/graphql';
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el)).to.include('No customer selected.');
    expect(requests.sent).to.deep.equal([]);
  });

  it('customer-id wins over email, email over phone', async () => {
    const {el, settled} = mount({customerId: 'dupin', attrs: {email: 'bernard.martin@example.fr', phone: '+447700900123'}});
    expect((await settled).detail.customerId).to.equal('dupin');
    expect(JSON.parse(requests.sent[0]!.body).variables).to.include({id: 'dupin'});
    el.customerId = '';
    const next = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('customer360-loaded', (e) => resolve(e), {once: true}),
    );
    expect((await next).detail.customerId).to.equal('martin');
  });

  it('follows from an email to a phone without ever showing the previous customer', async () => {
    const {el, settled} = mount({attrs: {email: 'bernard.martin@example.fr'}});
    await settled;
    await el.updateComplete;
    el.email = '';
    el.phone = '+33 2 40 00 05 05';
    await el.updateComplete;
    expect(text(el)).not.to.include('Bernard Martin');
    await new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    await el.updateComplete;
    expect(stateOf(el)).to.equal('ambiguous');
  });

  it('never puts a looked-up value in an event, a log line or a URL', async () => {
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(JSON.stringify((event as CustomEvent).detail));
    document.addEventListener('customer360-loaded', listen);
    document.addEventListener('customer360-error', listen);
    try {
      for (const attrs of [
        {email: 'bernard.martin@example.fr'},
        {email: 'nobody@example.org'},
        {phone: '+33240000505'},
        {email: 'a b@example.fr'},
      ] as Record<string, string>[]) {
        const {el, settled} = mount({endpoint: '/graphql?fault=500', retryDelay: 60_000, attrs} as never);
        await settled;
        el.remove();
        const {settled: again} = mount({attrs});
        await again;
        cleanup();
      }
    } finally {
      document.removeEventListener('customer360-loaded', listen);
      document.removeEventListener('customer360-error', listen);
    }
    const everything = [...seen, ...output.lines, ...requests.sent.map((r) => r.url)].join('\n');
    expect(seen.length).to.be.greaterThan(4);
    expect(everything).not.to.match(/example\.(fr|org)|\+?33240000505|a b@/);
  });
});
