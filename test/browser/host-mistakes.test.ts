/**
 * Issue #10 in the element: what a careless host page or an unlucky network does to a card.
 * Real card, real loopback server; request counts and events, never timings.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {Customer360} from '../../src/customer-360.js';
import {ENDPOINT, NOW, cleanup, hostErrors, mount, mountLoaded, part, text, until} from './helpers.js';

afterEach(cleanup);

/** The next `type` event of `el`. */
const next = (el: Element, type: string) =>
  new Promise<CustomEvent>((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent), {once: true}));

/** Presses Enter on `target` with the real keyboard. */
async function enter(target: HTMLElement) {
  target.focus();
  await sendKeys({press: 'Enter'});
}

describe('keyboard focus after "Try again" and "Show more" (item 11)', () => {
  it('"Try again" while the server still fails: focus is back on "Try again"', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=500`, locale: 'en'});
    el.retryDelay = 600_000; // no automatic retry during the test
    await settled;
    await el.updateComplete;
    const failed = next(el, 'customer360-error');
    await enter(part(el, 'retry')!);
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays in the card').to.equal(part(el, 'retry'));
  });

  it('"Try again" that succeeds: focus lands on the card, which names the customer', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    // The network fails once, then the real server answers.
    window.fetch = (...args: Parameters<typeof fetch>) =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
    try {
      const {el, settled} = mount({customerId: 'martin', locale: 'en'});
      el.retryDelay = 600_000;
      expect((await settled).detail.reason).to.equal('network');
      await el.updateComplete;
      const loaded = next(el, 'customer360-loaded');
      await enter(part(el, 'retry')!);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'card'));
      expect(part(el, 'card')!.getAttribute('aria-label')).to.contain('Martin');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('"Show more" with more pages left: focus stays on "Show more"', async () => {
    const el = await mountLoaded({customerId: 'large-history', locale: 'en'});
    const history = () => part(el, 'history')!;
    await enter(part(el, 'show-more')!);
    await until(() => history().querySelectorAll('li').length === 10);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'show-more'));
  });

  it('"Show more" that loads the last page: focus moves to the first entry it revealed', async () => {
    const probe = await mountLoaded({customerId: 'martin', locale: 'en', pageSize: 1});
    const total = Number(/of (\d+) contacts/.exec(text(probe, '[part~="history"]'))![1]);
    probe.remove();
    expect(total).to.be.at.least(2);
    const el = await mountLoaded({customerId: 'martin', locale: 'en', pageSize: total - 1});
    await enter(part(el, 'show-more')!);
    await until(() => part(el, 'show-more') === null);
    await el.updateComplete;
    const items = part(el, 'history')!.querySelectorAll('li');
    expect(items.length).to.equal(total);
    expect(el.shadowRoot!.activeElement).to.equal(items[total - 1].querySelector('button'));
  });
});

/** Counts fetches (and keeps their signals) while `run` runs; every fetch still goes out. */
async function spyFetch<T>(run: (calls: {url: string; signal?: AbortSignal | null}[]) => Promise<T>): Promise<T> {
  const real = window.fetch;
  const calls: {url: string; signal?: AbortSignal | null}[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({url: String(input instanceof Request ? input.url : input), signal: init?.signal});
    return real(input, init);
  };
  try {
    return await run(calls);
  } finally {
    window.fetch = real;
  }
}

/** Replaces console.warn while `run` runs; returns what was warned. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('lifecycle (item 6)', () => {
  it('removal aborts the request in flight, and nothing fires afterwards', async () => {
    await spyFetch(async (calls) => {
      const {el} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=hang&tag=remove-abort`, timeout: 300});
      let events = 0;
      el.addEventListener('customer360-loaded', () => events++);
      el.addEventListener('customer360-error', () => events++);
      await until(() => calls.some((c) => c.url.includes('remove-abort')));
      el.remove();
      const call = calls.find((c) => c.url.includes('remove-abort'))!;
      expect(call.signal?.aborted, 'the request was aborted').to.equal(true);
      // A card still on the page with the same hanging server times out (300 ms) and fails:
      // by then the removed card's own timeout would have fired too, had it kept running.
      const witness = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=hang&tag=witness`, timeout: 300});
      witness.el.retryDelay = 600_000;
      await witness.settled;
      expect(events).to.equal(0);
    });
  });

  it('50 cards removed during an outage: no request, getHeaders() call or event after removal', async () => {
    let hooks = 0;
    let events = 0;
    const cards: Customer360[] = [];
    const failedOnce: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=503`});
      el.retryDelay = 1;
      el.getHeaders = () => (hooks++, {});
      failedOnce.push(settled);
      cards.push(el);
    }
    await Promise.all(failedOnce);
    for (const el of cards) {
      el.addEventListener('customer360-error', () => events++);
      el.remove();
    }
    const hooksAtRemoval = hooks;
    // A witness with the same backoff (1, 2, 4 ms) goes through all three retries: the removed
    // cards' retries, scheduled earlier, would have run by then.
    const witness = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=503`});
    witness.el.retryDelay = 1;
    let witnessFailures = 0;
    witness.el.addEventListener('customer360-error', () => witnessFailures++);
    await until(() => witnessFailures === 4, 15_000);
    expect(hooks, 'getHeaders() after removal').to.equal(hooksAtRemoval);
    expect(events, 'events after removal').to.equal(0);
  });

  it('removed during the retry wait and put back: reloads, and shows the customer once the server is back', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
    try {
      const {el, settled} = mount({customerId: 'martin', locale: 'en'});
      el.retryDelay = 600_000; // the automatic retry would come far too late
      expect((await settled).detail.reason).to.equal('network');
      el.remove();
      const loaded = next(el, 'customer360-loaded');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(text(el, 'h2')).to.contain('Martin');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('removed mid-request and put back: loads again (the first request was aborted)', async () => {
    await spyFetch(async (calls) => {
      const {el} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&delay=200&tag=mid-request`, locale: 'en'});
      await until(() => calls.some((c) => c.url.includes('mid-request')));
      el.remove();
      const loaded = next(el, 'customer360-loaded');
      document.body.append(el);
      await loaded;
      expect(calls.filter((c) => c.url.includes('mid-request')).length).to.equal(2);
      expect(calls[0].signal?.aborted).to.equal(true);
    });
  });
});

describe('getHeaders() (item 7)', () => {
  it('one that never answers: the card fails with "headers" within its timeout, not a skeleton forever', async () => {
    const {el, settled} = mount({customerId: 'martin', timeout: 200, locale: 'en'});
    el.retryDelay = 600_000;
    el.getHeaders = () => new Promise<Record<string, string>>(() => {});
    const event = await settled;
    expect(event.detail.reason).to.equal('headers');
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).to.contain('sign-in details');
  });

  it('one that throws: "headers", and the warning does not blame the endpoint', async () => {
    let event!: CustomEvent;
    const warned = await warnings(async () => {
      const {el, settled} = mount({customerId: 'martin', locale: 'fr'});
      el.retryDelay = 600_000;
      el.getHeaders = () => {
        throw new Error('token service down for Bernard Martin');
      };
      event = await settled;
      await el.updateComplete;
      expect(text(el, '[part~="error"]')).to.contain('informations de connexion');
    });
    expect(event.detail.reason).to.equal('headers');
    expect(warned.join())
      .to.contain('getHeaders()')
      .and.not.match(/endpoint|GraphQL|Martin/);
  });

  it('one that answers junk: "headers", no request', async () => {
    await spyFetch(async (calls) => {
      const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&tag=junk-headers`});
      el.retryDelay = 600_000;
      el.getHeaders = () => ({Authorization: 42}) as unknown as Record<string, string>;
      expect((await settled).detail.reason).to.equal('headers');
      expect(calls.filter((c) => c.url.includes('junk-headers'))).to.deep.equal([]);
    });
  });
});

describe('credentials are part of a shared request (item 5)', () => {
  it("under a provider, a card whose token the server refuses does not get another card's answer", async () => {
    await spyFetch(async (calls) => {
      const provider = document.createElement('customer-360-provider');
      provider.endpoint = `${ENDPOINT}&auth=good&tag=shared-creds`;
      const good = document.createElement('customer-360');
      good.headers = {Authorization: 'Bearer good'};
      const alsoGood = document.createElement('customer-360');
      alsoGood.headers = {Authorization: 'Bearer good'};
      const bad = document.createElement('customer-360');
      bad.headers = {Authorization: 'Bearer bad'};
      const settled = [good, alsoGood, bad].map((el) => {
        el.customerId = 'martin';
        el.now = NOW;
        provider.append(el);
        return new Promise<CustomEvent>((resolve) => {
          el.addEventListener('customer360-loaded', (e) => resolve(e as CustomEvent), {once: true});
          el.addEventListener('customer360-error', (e) => resolve(e as CustomEvent), {once: true});
        });
      });
      document.body.append(provider);
      try {
        const [a, b, c] = await Promise.all(settled);
        expect([a.type, b.type]).to.deep.equal(['customer360-loaded', 'customer360-loaded']);
        expect(c.type).to.equal('customer360-error');
        expect(c.detail.reason).to.equal('unauthorized');
        await bad.updateComplete;
        expect(text(bad)).to.not.contain('Martin');
        expect(calls.filter((x) => x.url.includes('shared-creds')).length, 'the same credentials share one request').to.equal(2);
      } finally {
        provider.remove();
      }
    });
  });
});

describe('bad host values (items 4 and 8)', () => {
  it('now = Invalid Date or a string: ignored with one warning, the card renders, nothing thrown', async () => {
    for (const now of [new Date(Number.NaN), '2026-11-23' as unknown as Date]) {
      let el!: Customer360;
      const warned = await warnings(async () => {
        const errors = await hostErrors(async () => {
          el = await mountLoaded({customerId: 'martin', locale: 'en'});
          el.now = now;
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([]);
      });
      expect(text(el, 'h2')).to.contain('Martin');
      expect(el.hints.length).to.be.greaterThan(0);
      expect(warned.filter((w) => w.includes('now'))).to.have.length(1);
      el.remove();
    }
  });

  it('out-of-range hintOptions never reach the query: the card loads, one warning per option', async () => {
    const warned = await warnings(async () => {
      const {el, settled} = mount({customerId: 'martin', locale: 'en'});
      el.hintOptions = {missedAppointmentDays: 1e12, transfers: {days: 31.5}};
      expect((await settled).type).to.equal('customer360-loaded');
      await el.updateComplete;
    });
    expect(warned.filter((w) => w.includes('missedAppointmentDays'))).to.have.length(1);
    expect(warned.filter((w) => w.includes('transfers.days'))).to.have.length(1);
  });

  it('credentials="bogus": a configuration error, no request, no retry', async () => {
    await spyFetch(async (calls) => {
      const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&tag=bogus-creds`, attrs: {credentials: 'bogus'}});
      el.retryDelay = 1;
      const event = await settled;
      expect([event.detail.reason, event.detail.configuration]).to.deep.equal(['config-credentials', true]);
      expect(calls.filter((c) => c.url.includes('bogus-creds'))).to.deep.equal([]);
      expect(part(el, 'retrying')).to.equal(null);
    });
  });

  it('retry-delay negative or over 2³¹ ms: the retry waits (a countdown of at least a second), never fires at once', async () => {
    const cards = [-5, 2 ** 32].map((delay) => {
      const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=503`, locale: 'en'});
      el.retryDelay = delay;
      let failures = 0;
      el.addEventListener('customer360-error', () => failures++);
      return {el, settled, failures: () => failures};
    });
    await Promise.all(cards.map((c) => c.settled));
    // A witness retrying after 1, 2 and 4 ms fails four times; a retry timer that overflowed
    // (fires at once) would have run by then.
    const witness = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=503`});
    witness.el.retryDelay = 1;
    let witnessFailures = 0;
    witness.el.addEventListener('customer360-error', () => witnessFailures++);
    await until(() => witnessFailures === 4, 15_000);
    for (const card of cards) {
      await card.el.updateComplete;
      const seconds = Number(/Trying again in ([\d,]+) second/.exec(text(card.el, '[part~="retrying"]'))?.[1].replace(/,/g, ''));
      expect(seconds, 'countdown').to.be.at.least(1);
    }
    expect(cards[1].failures(), 'no immediate retry for 2^32 ms').to.equal(1);
  });

  it('an unusable endpoint is never echoed whole in the warning (no query string, no user info)', async () => {
    const warned = await warnings(async () => {
      const {el} = mount({customerId: 'martin', endpoint: 'ftp://user:pa55@example.com/graphql?token=tok-123#x'});
      await until(() => part(el, 'error'));
    });
    expect(warned.join())
      .to.contain('ftp://example.com/graphql')
      .and.not.match(/tok-123|pa55|user/);
  });

  it('customer-id, locale, headers and timeout of the wrong type: ignored with a warning, never thrown', async () => {
    const errors = await hostErrors(async () => {
      await warnings(async () => {
        const el = document.createElement('customer-360') as Customer360 & Record<string, unknown>;
        el.endpoint = ENDPOINT;
        Object.assign(el, {customerId: 42, locale: 7, headers: 'Bearer x', timeout: Number.NaN});
        const settled = next(el, 'customer360-loaded');
        document.body.append(el);
        expect((await settled).detail.customerId).to.equal('42');
      });
    });
    expect(errors).to.deep.equal([]);
  });
});
