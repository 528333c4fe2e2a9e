/**
 * A page of customers in one request, and rapid switches that start (almost) none: counted
 * with the requests the page really sent (a wrapped `fetch`), never timed.
 */
import {expect} from '@open-wc/testing';
import type {Customer360} from '../../src/customer-360.js';
import {ENDPOINT, NOW, cleanup, part, text} from './helpers.js';

/** The GraphQL requests sent while the test runs, with their operation names. */
const sent: {url: string; operation: string; variables: Record<string, unknown>}[] = [];
const realFetch = window.fetch;
beforeEach(() => {
  sent.length = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/graphql') && typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as {operationName?: string; query: string; variables: Record<string, unknown>};
      sent.push({url, operation: /query\s+(\w+)/.exec(body.query)?.[1] ?? '', variables: body.variables});
    }
    return realFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = realFetch;
  cleanup();
  for (const el of document.querySelectorAll('customer-360-provider')) el.remove();
});

function settled(el: Element): Promise<CustomEvent> {
  return new Promise((resolve) => {
    el.addEventListener('customer360-loaded', (e) => resolve(e as CustomEvent), {once: true});
    el.addEventListener('customer360-error', (e) => resolve(e as CustomEvent), {once: true});
  });
}

/** A provider with one card per id, all appended in the same task. */
async function page(ids: string[], endpoint = ENDPOINT) {
  const root = document.createElement('customer-360-provider');
  root.feedback = 'off'; // the notes' request is not the card's (test/browser/feedback.test.ts)
  root.endpoint = endpoint;
  root.locale = 'en';
  const cards = ids.map((id) => {
    const el = document.createElement('customer-360');
    el.now = NOW;
    el.customerId = id;
    root.append(el);
    return el;
  });
  const done = Promise.all(cards.map(settled));
  document.body.append(root);
  const events = await done;
  await Promise.all(cards.map((el) => el.updateComplete));
  return {root, cards, events};
}

const PERSONAS = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];

describe('batching under a provider', () => {
  it('ten cards for ten different customers make one request, each card showing its own customer', async () => {
    const ids = [...PERSONAS, 'nobody-1', 'nobody-2', 'nobody-3'];
    const {cards, events} = await page(ids);
    expect(sent.map((r) => r.operation)).to.deep.equal(['Customer360Batch']);
    expect(Object.keys(sent[0]?.variables ?? {}).filter((k) => /^id\d+$/.test(k))).to.have.length(10);
    events.forEach((event, i) => {
      expect(event.type).to.equal('customer360-loaded');
      expect(event.detail).to.deep.equal({customerId: ids[i], found: i < PERSONAS.length});
    });
    expect(text(cards[0] as Customer360, 'h2')).to.equal('Monsieur Bernard Martin');
    expect(text(cards[2] as Customer360, 'h2')).to.contain('Dupin');
    expect(part(cards[8] as Customer360, 'empty')).to.not.equal(null);
  });

  it('a partial error reaches only the card it is about', async () => {
    const {cards} = await page(['martin', 'dupin'], `${ENDPOINT}&fault=dupin:partial`);
    expect(sent).to.have.length(1);
    const [martin, dupin] = cards as Customer360[];
    expect(part(dupin, 'tickets')?.querySelector('.section-error')).to.not.equal(null);
    expect(part(martin, 'tickets')?.querySelector('.section-error')).to.equal(null);
  });

  it('a request-level failure reaches every card of the batch', async () => {
    const {events} = await page(['martin', 'dupin'], `${ENDPOINT}&fault=500`);
    expect(sent).to.have.length(1);
    expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([
      ['customer360-error', 'server'],
      ['customer360-error', 'server'],
    ]);
  });

  it('a card alone sends the usual single-customer query', async () => {
    await page(['martin']);
    expect(sent.map((r) => r.operation)).to.deep.equal(['Customer360']);
    expect(sent[0]?.variables['id']).to.equal('martin');
  });

  it('cards for the same customer still share one alias', async () => {
    await page(['martin', 'dupin', 'martin', 'martin']);
    expect(sent).to.have.length(1);
    expect(Object.keys(sent[0]?.variables ?? {}).filter((k) => /^id\d+$/.test(k))).to.have.length(2);
  });
});

describe('switch delay', () => {
  it('200 rapid customer-id changes start one request, for the last customer', async () => {
    const el = document.createElement('customer-360');
    el.now = NOW;
    el.endpoint = ENDPOINT;
    el.customerId = 'martin';
    document.body.append(el);
    await el.updateComplete;
    for (let i = 1; i <= 200; i += 1) {
      el.customerId = PERSONAS[i % PERSONAS.length] ?? '';
      await el.updateComplete;
    }
    const last = PERSONAS[200 % PERSONAS.length];
    const event = await new Promise<CustomEvent>((resolve) => {
      const check = (e: Event) => {
        if ((e as CustomEvent).detail.customerId === last) resolve(e as CustomEvent);
      };
      el.addEventListener('customer360-loaded', check);
    });
    expect(event.detail.customerId).to.equal(last);
    expect(sent.map((r) => r.variables['id'])).to.deep.equal([last]);
  });
});
