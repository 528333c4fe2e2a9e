/**
 * Issue #10 in the element: what a careless host page or an unlucky network does to a card.
 * Real card, real loopback server; request counts and events, never timings.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {ENDPOINT, cleanup, mount, mountLoaded, part, text, until} from './helpers.js';

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
