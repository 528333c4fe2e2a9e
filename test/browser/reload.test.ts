/**
 * Display settings never reload the card; data settings always do, with exactly one request.
 * Requests are counted from the browser's own Resource Timing entries for a tagged endpoint.
 */
import {expect} from '@open-wc/testing';
import type {Customer360} from '../../src/customer-360.js';
import type {Customer360Provider} from '../../src/provider/customer-360-provider.js';
import {ENDPOINT, NOW, cleanup, mountLoaded, part, text} from './helpers.js';

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('customer-360-provider')) el.remove();
});

function requestsTo(tag: string): number {
  return performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql') && e.name.includes(`tag=${tag}&`))
    .length;
}

const nextLoaded = (el: Element) =>
  new Promise<Event>((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));

function countLoaded(el: Element): () => number {
  let n = 0;
  el.addEventListener('customer360-loaded', () => n++);
  return () => n;
}

/** After an update, the card is neither loading nor showing the skeleton. */
function expectSettled(el: Customer360, why: string) {
  expect(part(el, 'card')!.getAttribute('aria-busy'), why).to.equal('false');
  expect(text(el, 'h2'), why).to.equal('Monsieur Bernard Martin');
}

describe('reloads follow the data settings only', () => {
  it('theme, locale, hints, promotions and the clock never reload; a longer hint window reloads once', async () => {
    const tag = 'display-card';
    const el = await mountLoaded({customerId: 'martin', endpoint: `${ENDPOINT}&tag=${tag}&`, locale: 'en'});
    const loaded = countLoaded(el);
    expect(requestsTo(tag)).to.equal(1);
    const changes: [string, (el: Customer360) => void][] = [
      ['theme', (e) => (e.theme = 'dark')],
      ['locale', (e) => (e.locale = 'fr')],
      ['hints off and on', (e) => (e.hintsDisabled = !e.hintsDisabled)],
      ['promotions-disabled', (e) => (e.promotionsDisabled = true)],
      ['now', (e) => (e.now = new Date(NOW.getTime() + 60_000))],
      ['timeout', (e) => (e.timeout = 5000)],
      ['hint options that leave the query alone', (e) => (e.hintOptions = {loyaltyYears: 10})],
    ];
    for (const [name, change] of changes) {
      change(el);
      await el.updateComplete;
      expect(part(el, 'card')!.getAttribute('aria-busy'), name).to.equal('false');
      expect(part(el, 'header'), `${name}: no skeleton`).to.exist;
    }
    el.locale = 'en';
    const again = nextLoaded(el);
    el.hintOptions = {missedAppointmentDays: 365};
    await el.updateComplete;
    expect(part(el, 'card')!.getAttribute('aria-busy'), 'a longer window loads').to.equal('true');
    await again;
    await el.updateComplete;
    expectSettled(el, 'after the hint window');
    expect(requestsTo(tag), 'one request for the window, none for display').to.equal(2);
    expect(loaded(), 'one loaded event').to.equal(1);
    const entry = performance.getEntriesByType('resource').filter((e) => e.name.includes(`tag=${tag}&`));
    expect(entry.length).to.equal(2);
  });

  it('page size and id reload, each with one request', async () => {
    const tag = 'data-card';
    const el = await mountLoaded({customerId: 'martin', endpoint: `${ENDPOINT}&tag=${tag}&`, locale: 'en'});
    let again = nextLoaded(el);
    el.pageSize = 3;
    await again;
    await el.updateComplete;
    expect(part(el, 'history')!.querySelectorAll('li').length).to.equal(3);
    again = nextLoaded(el);
    el.customerId = 'dupin';
    await again;
    expect(requestsTo(tag)).to.equal(3);
  });

  it('a provider theme change makes no request and no second loaded event; its hint window makes one', async () => {
    const tag = 'display-provider';
    const root = document.createElement('customer-360-provider') as Customer360Provider;
    root.feedback = 'off'; // the notes' request is not the card's (test/browser/feedback.test.ts)
    root.endpoint = `${ENDPOINT}&tag=${tag}&`;
    root.locale = 'en';
    const el = document.createElement('customer-360');
    el.now = NOW;
    el.customerId = 'martin';
    root.append(el);
    const first = nextLoaded(el);
    document.body.append(root);
    await first;
    const loaded = countLoaded(el);
    root.theme = 'dark';
    await root.updateComplete;
    await el.updateComplete;
    expect(part(el, 'card')!.classList.contains('dark')).to.equal(true);
    expectSettled(el, 'theme');
    root.promotionsDisabled = true;
    root.hintsDisabled = true;
    await root.updateComplete;
    await el.updateComplete;
    expectSettled(el, 'hints and promotions');
    const again = nextLoaded(el);
    root.hintOptions = {missedAppointmentDays: 365};
    await again;
    expect(requestsTo(tag)).to.equal(2);
    expect(loaded()).to.equal(1);
  });
});
