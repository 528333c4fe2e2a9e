import {expect} from '@open-wc/testing';
import type {Customer360Provider} from '../../src/provider/customer-360-provider.js';
import {arrived, cleanup, ENDPOINT, NOW, part, release, text, uniqueName, warnings} from './helpers.js';

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('customer-360-provider')) el.remove();
});

// The default buffer (250 entries) fills up with this file's own modules and earlier requests:
// later requests would then go uncounted.
performance.setResourceTimingBufferSize(100_000);

/** GraphQL requests the browser really sent to endpoints containing `tag` (Resource Timing). */
function requestsTo(tag: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql') && e.name.includes(tag)).length;
}

function provider(props: Partial<Customer360Provider>, cards: {customerId: string; endpoint?: string}[]) {
  const root = document.createElement('customer-360-provider');
  // Through the provider's setting: these tests count the card requests, not the notes'.
  root.feedback = 'off';
  Object.assign(root, props);
  const els = cards.map(({customerId, endpoint}) => {
    const el = document.createElement('customer-360');
    el.now = NOW;
    el.customerId = customerId;
    if (endpoint) el.endpoint = endpoint;
    root.append(el);
    return el;
  });
  const loaded = Promise.all(
    els.map((el) => new Promise<Event>((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}))),
  );
  document.body.append(root);
  return {root, els, loaded};
}

describe('<customer-360-provider>', () => {
  it('ten cards for the same customer make one request', async () => {
    const endpoint = `${ENDPOINT}&tag=ten-cards`;
    const {els, loaded} = provider(
      {endpoint, locale: 'en'},
      Array.from({length: 10}, () => ({customerId: 'martin'})),
    );
    await loaded;
    for (const el of els) {
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    }
    expect(requestsTo('ten-cards')).to.equal(1);
  });

  it('different customers loading together share one request (a batch)', async () => {
    const endpoint = `${ENDPOINT}&tag=two-customers`;
    const {loaded} = provider({endpoint}, [{customerId: 'martin'}, {customerId: 'dupin'}, {customerId: 'martin'}]);
    await loaded;
    expect(requestsTo('two-customers')).to.equal(1);
  });

  // The expiry itself, at its boundary, is tested on a fake clock (test/unit/cache.test.ts);
  // here a time-to-live of 0 expires every answer as soon as it came, with no clock to wait on.
  it('refresh() on a card and the cache time-to-live ask the server again', async () => {
    const endpoint = `${ENDPOINT}&tag=ttl`;
    const {root, els, loaded} = provider({endpoint, cacheTtl: 0}, [{customerId: 'martin'}]);
    await loaded;
    expect(requestsTo('tag=ttl')).to.equal(1);
    const again = new Promise((resolve) => els[0].addEventListener('customer360-loaded', resolve, {once: true}));
    els[0].refresh();
    await again;
    expect(requestsTo('tag=ttl')).to.equal(2);
    // A new card after the TTL does not reuse the expired answer.
    const late = document.createElement('customer-360');
    late.customerId = 'martin';
    const lateLoaded = new Promise((resolve) => late.addEventListener('customer360-loaded', resolve, {once: true}));
    root.append(late);
    await lateLoaded;
    expect(requestsTo('tag=ttl')).to.equal(3);
  });

  it('shares locale and theme; a card attribute wins over the provider', async () => {
    const {els, loaded} = provider({endpoint: ENDPOINT, locale: 'fr', theme: 'dark'}, [
      {customerId: 'martin'},
      {customerId: 'dupin'},
    ]);
    els[1].locale = 'en';
    await loaded;
    await Promise.all(els.map((el) => el.updateComplete));
    expect(text(els[0], '[part~="tenure"]')).to.equal('Avec nous depuis 15 ans');
    expect(part(els[0], 'card')!.classList.contains('dark')).to.equal(true);
    expect(getComputedStyle(part(els[0], 'card')!).backgroundColor).to.equal('rgb(22, 27, 36)');
    expect(text(els[1], '#h-products')).to.equal('Products');
  });

  it('one card leaving does not cancel the request its neighbours share', async () => {
    // The server holds the shared request until the test opens the gate.
    const gate = uniqueName('leave');
    const endpoint = `${ENDPOINT}&hold=${gate}&tag=leave`;
    const {els, loaded} = provider({endpoint}, [{customerId: 'martin'}, {customerId: 'martin'}]);
    const second = els[1];
    const secondLoaded = new Promise((resolve) => second.addEventListener('customer360-loaded', resolve, {once: true}));
    await arrived(gate);
    els[0].customerId = 'dupin'; // aborts its share of the martin request
    await els[0].updateComplete;
    await release(gate);
    await secondLoaded;
    await second.updateComplete;
    expect(text(second, 'h2')).to.equal('Monsieur Bernard Martin');
    await loaded.catch(() => undefined);
  });
});

describe('auth', () => {
  it('calls getHeaders() before each request and sends what it returns', async () => {
    let calls = 0;
    const {root, els, loaded} = provider(
      {
        endpoint: `${ENDPOINT}&auth=s3cret`,
        getHeaders: async () => {
          calls++;
          return {Authorization: 'Bearer s3cret'};
        },
      },
      [{customerId: 'martin'}],
    );
    await loaded;
    await els[0].updateComplete;
    expect(text(els[0], 'h2')).to.equal('Monsieur Bernard Martin');
    expect(calls).to.equal(1);
    const again = new Promise((resolve) => els[0].addEventListener('customer360-loaded', resolve, {once: true}));
    root.refresh();
    await again;
    expect(calls).to.equal(2);
  });

  it('ten cards sharing one request ask getHeaders() once', async () => {
    let calls = 0;
    const {loaded} = provider(
      {
        endpoint: `${ENDPOINT}&auth=s3cret&tag=hook-once`,
        getHeaders: () => {
          calls++;
          return {Authorization: 'Bearer s3cret'};
        },
      },
      Array.from({length: 10}, () => ({customerId: 'dupin'})),
    );
    await loaded;
    expect(requestsTo('hook-once')).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('without the token the server refuses and the card says so', async () => {
    const el = document.createElement('customer-360');
    el.endpoint = `${ENDPOINT}&auth=s3cret`;
    el.customerId = 'martin';
    el.headers = {Authorization: 'Bearer wrong'};
    const failed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('customer360-error', resolve as EventListener, {once: true}),
    );
    document.body.append(el);
    const event = await failed;
    expect(event.detail.reason).to.equal('unauthorized');
    expect(JSON.stringify(event.detail)).to.not.contain('wrong');
    expect(el.outerHTML).to.not.contain('wrong');
  });
});

describe('provider settings', () => {
  /** The time-to-live the provider's cache really uses. */
  const ttlOf = (root: Customer360Provider) => (root as unknown as {_cache: {ttl: number}})._cache.ttl;

  const bad: [string, (root: Customer360Provider) => void][] = [
    ['NaN', (root) => (root.cacheTtl = Number.NaN)],
    ['negative', (root) => (root.cacheTtl = -12_345)],
    ['a string', (root) => (root.cacheTtl = '98765' as unknown as number)],
    ['an object', (root) => (root.cacheTtl = {} as unknown as number)],
    ['an attribute that is not a number', (root) => root.setAttribute('cache-ttl', 'soon')],
  ];
  for (const [name, set] of bad) {
    it(`cache-ttl ${name}: the default (60 s), one warning naming the setting, never its value; the cards still load`, async () => {
      let root!: Customer360Provider;
      const warned = await warnings(async () => {
        const made = provider({endpoint: ENDPOINT}, [{customerId: 'martin'}]);
        root = made.root;
        set(root);
        await made.loaded;
        // A second unusable value: no second warning.
        root.cacheTtl = Number.NaN;
        await root.updateComplete;
      });
      expect(ttlOf(root)).to.equal(60_000);
      expect(warned).to.deep.equal(['customer-360: provider cache-ttl is not usable; it is ignored.']);
      expect(warned.join(), 'the value is never quoted').to.not.match(/12345|98765|soon|object/);
    });
  }

  it('cache-ttl 0, a number, or unset: used as given, no warning', async () => {
    const warned = await warnings(async () => {
      const zero = provider({endpoint: ENDPOINT, cacheTtl: 0}, [{customerId: 'martin'}]);
      await zero.loaded;
      expect(ttlOf(zero.root)).to.equal(0);
      zero.root.cacheTtl = 5000;
      await zero.root.updateComplete;
      expect(ttlOf(zero.root)).to.equal(5000);
      zero.root.removeAttribute('cache-ttl');
      zero.root.cacheTtl = undefined as unknown as number;
      await zero.root.updateComplete;
      expect(ttlOf(zero.root), 'unset: the default').to.equal(60_000);
    });
    expect(warned).to.deep.equal([]);
  });
});
