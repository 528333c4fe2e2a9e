import {expect} from '@open-wc/testing';
import type {ReactiveController} from 'lit';
import {mount, part} from './helpers.js';

/** What each update of `el` rendered: the header, the brief, and the tickets / history. */
function record(el: HTMLElement & {addController(c: ReactiveController): void}) {
  const seen: {header: boolean; tickets: boolean; history: boolean; busy: string | null}[] = [];
  el.addController({
    hostUpdated: () =>
      seen.push({
        header: part(el, 'header') !== null,
        tickets: part(el, 'tickets') !== null,
        history: part(el, 'history') !== null,
        busy: part(el, 'card')?.getAttribute('aria-busy') ?? null,
      }),
  });
  return seen;
}

describe('the first render of a loaded customer, in two tasks', () => {
  afterEach(() => {
    for (const card of document.querySelectorAll('customer-360')) card.remove();
  });

  it('renders header and brief first, the rest in the next update; updateComplete waits for all', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    const seen = record(el);
    const event = await settled;
    expect(event.type).to.equal('customer360-loaded');
    await el.updateComplete;
    const loaded = seen.filter((s) => s.header);
    expect(loaded[0]).to.deep.equal({header: true, tickets: false, history: false, busy: 'true'});
    expect(loaded.at(-1)).to.deep.equal({header: true, tickets: true, history: true, busy: 'false'});
    expect(part(el, 'hints')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.grid .sk-history')).to.equal(null);
  });

  it('a refresh of the customer shown renders in one update (no placeholder again)', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    await settled;
    await el.updateComplete;
    const seen = record(el);
    const again = new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    el.refresh();
    await again;
    await el.updateComplete;
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((s) => s.header && !s.tickets)).to.deep.equal([]);
  });

  it('another customer gets its own split first render', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    await settled;
    await el.updateComplete;
    const seen = record(el);
    const next = new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    el.customerId = 'dupin';
    await next;
    await el.updateComplete;
    const loaded = seen.filter((s) => s.header);
    expect(loaded[0]?.tickets).to.equal(false);
    expect(loaded.at(-1)?.tickets).to.equal(true);
  });
});
