import {expect} from '@open-wc/testing';
import {
  arrived,
  cleanup,
  ENDPOINT,
  expectAccessible,
  hintIds,
  mount,
  mountLoaded,
  nextEvent,
  NOW,
  part,
  release,
  rendered,
  spyFetch,
  text,
  uniqueName,
} from './helpers.js';

afterEach(cleanup);

describe('<customer-360> personas', () => {
  it('martin: name with recorded salutation, 15-year tenure, products, history', async () => {
    const el = await mountLoaded({customerId: 'martin', locale: 'en'});
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    expect(text(el, '[part~="tenure"]')).to.equal('Customer for 15 years');
    const products = [...part(el, 'products')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(products.filter((p) => p.endsWith('Active')).length, 'martin owns internet, TV and mobile').to.equal(3);
    expect(products.filter((p) => p.endsWith('Ended')).length, 'his old ADSL line').to.equal(1);
    expect(text(el, '[part~="history"]')).to.match(/5 of \d+ contacts/);
    expect(el.hints.length, 'hints are computed once loaded').to.be.greaterThan(0);
    expect((await hintIds(el)).sort(), 'every hint is shown, in a row or in the header').to.deep.equal(
      el.hints.map((h) => h.id).sort(),
    );
  });

  it('dupin: no salutation is ever guessed, cancellation shows as the relationship state', async () => {
    const el = await mountLoaded({customerId: 'dupin', locale: 'fr'});
    expect(text(el, 'h2')).to.equal('Jean-Baptiste Dupin');
    expect(text(el, 'h2')).to.not.match(/Madame|Monsieur/);
    expect(text(el, '[part~="state"]')).to.equal('Veut résilier');
    expect(text(el, '[part~="tickets"]')).to.contain('Résiliation');
  });

  it('missed-appointment: the open complaint about the visit is listed', async () => {
    const el = await mountLoaded({customerId: 'missed-appointment', locale: 'en'});
    expect(part(el, 'tickets')!.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(text(el, '[part~="history"]')).to.contain('Missed by us');
    expect(text(el, '[part~="state"]')).to.equal('Needs care');
  });

  it('quiet-period: the header says so', async () => {
    const el = await mountLoaded({customerId: 'quiet-period', locale: 'en'});
    expect(text(el, '[part~="state"]')).to.equal('Quiet period');
  });

  it('transferred: the ticket shows its contacts and transfers', async () => {
    const el = await mountLoaded({customerId: 'transferred', locale: 'en'});
    const tickets = text(el, '[part~="tickets"]');
    expect(tickets).to.match(/\d+ contacts/);
    expect(tickets).to.match(/3 transfers/);
    expect(text(el, '[part~="history"]')).to.contain('Awaiting our reply');
  });

  it('newcomer: tenure in days, preferred name shown', async () => {
    const el = await mountLoaded({customerId: 'newcomer', locale: 'en'});
    expect(text(el, '[part~="tenure"]')).to.equal('Customer for 21 days');
  });

  it('large-history: one page of 10,000 contacts, then "show more" appends the next page', async () => {
    const el = await mountLoaded({customerId: 'large-history', locale: 'en'});
    const history = () => part(el, 'history')!;
    expect(history().querySelectorAll('li').length).to.equal(5);
    expect(text(el, '[part~="history"]')).to.contain('5 of 10,000 contacts');
    const firstIds = [...history().querySelectorAll('li')].map((li) => li.dataset.contactId);
    part(el, 'show-more')!.click();
    await rendered(el, () => history().querySelectorAll('li').length === 10);
    const ids = [...history().querySelectorAll('li')].map((li) => li.dataset.contactId);
    expect(ids.slice(0, 5)).to.deep.equal(firstIds);
    expect(new Set(ids).size, 'no duplicates across pages').to.equal(10);
    expect(text(el, '[part~="history"]')).to.contain('10 of 10,000 contacts');
  });
});

describe('<customer-360> states', () => {
  it('shows a skeleton while loading, then the data', async () => {
    // The server holds the answer until the test opens the gate: loading lasts as long as needed.
    const gate = uniqueName('skeleton');
    const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&hold=${gate}`});
    await el.updateComplete;
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
    const skeletonHeight = part(el, 'card')!.getBoundingClientRect().height;
    await release(gate);
    await settled;
    await el.updateComplete;
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.not.exist;
    expect(skeletonHeight, 'the skeleton reserves room').to.be.greaterThan(300);
  });

  it('says clearly when no customer has this id', async () => {
    const {el, settled} = mount({customerId: 'nobody-42', locale: 'en'});
    const event = await settled;
    await el.updateComplete;
    expect(event.type).to.equal('customer360-loaded');
    expect(event.detail).to.deep.equal({customerId: 'nobody-42', found: false});
    expect(text(el, '[part~="empty"]')).to.contain('No customer with id “nobody-42”.');
    expect(el.hints).to.deep.equal([]);
  });

  it('explains an unreachable endpoint and retries on demand', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: 'http://127.0.0.1:9/graphql', locale: 'en'});
    const event = await settled;
    await el.updateComplete;
    expect(event.type).to.equal('customer360-error');
    expect(event.detail).to.deep.equal({customerId: 'martin', reason: 'network', status: undefined, configuration: false});
    expect(part(el, 'error')!.dataset.reason).to.equal('network');
    expect(text(el, '[part~="error"]')).to.contain('Can’t reach http://127.0.0.1:9');
    // Point it at the real server and retry: the card recovers.
    el.endpoint = ENDPOINT;
    const loaded = new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    await loaded;
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
  });

  it('the retry button sends the request again', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=503`, locale: 'en'});
    await settled;
    await el.updateComplete;
    expect(part(el, 'error')!.dataset.reason).to.equal('server');
    const again = new Promise<Event>((resolve) => el.addEventListener('customer360-error', resolve, {once: true}));
    part(el, 'retry')!.click();
    await again;
  });

  it('keeps what loaded when one section fails (GraphQL error with partial data)', async () => {
    const el = await mountLoaded({customerId: 'martin', endpoint: `${ENDPOINT}&fault=partial`, locale: 'en'});
    expect(text(el, '[part~="tickets"]')).to.contain('Could not load this section.');
    expect(part(el, 'products')!.querySelectorAll('li').length).to.equal(4);
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
  });

  it('shows a configuration message and warns once when there is no usable endpoint', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const {el, settled} = mount({customerId: 'martin', endpoint: 'javascript:alert(1)', locale: 'en'});
      const event = await settled;
      await el.updateComplete;
      expect(event.detail.reason).to.equal('config-endpoint');
      expect(text(el, '[part~="error"]')).to.contain('no valid GraphQL endpoint');
      const again = nextEvent(el, 'customer360-error');
      el.refresh();
      expect((await again).detail.reason).to.equal('config-endpoint');
      await el.updateComplete;
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = original;
    }
  });

  it('says when no customer is selected, without any request', async () => {
    await spyFetch(async (calls) => {
      const {el} = mount({customerId: '', locale: 'en'});
      await rendered(el, () => part(el, 'empty'));
      expect(text(el, '[part~="empty"]')).to.equal('No customer selected.');
      expect(calls.filter((c) => c.url.includes('/graphql'))).to.deep.equal([]);
    });
  });
});

describe('<customer-360> requests', () => {
  it('the last customer-id wins: a late answer for an old id never paints', async () => {
    // martin's answer waits at the server until the test opens the gate, after dupin showed.
    const gate = uniqueName('late');
    await spyFetch(async (calls) => {
      const {el} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&hold=martin:${gate}`, locale: 'en'});
      const loaded: string[] = [];
      el.addEventListener('customer360-loaded', (e) => loaded.push(e.detail.customerId));
      const martin = await calls.when((c) => c.url.includes('hold='));
      await arrived(gate);
      const dupinLoaded = nextEvent(el, 'customer360-loaded');
      el.customerId = 'dupin';
      await dupinLoaded;
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('Jean-Baptiste Dupin');
      // martin's answer comes now: the card dropped that request (it reads nothing from it).
      await release(gate);
      const answer = await martin.result.then(
        (response) => response.text(),
        (error: unknown) => error,
      );
      await el.updateComplete;
      expect(martin.signal?.aborted, "the old customer's request was aborted").to.equal(true);
      expect(answer).to.be.instanceOf(DOMException);
      expect(text(el, 'h2')).to.equal('Jean-Baptiste Dupin');
      expect(loaded).to.deep.equal(['dupin']);
    });
  });

  it('resolves a relative endpoint against the page', async () => {
    const el = await mountLoaded({customerId: 'martin', endpoint: `graphql?now=${NOW.toISOString()}`, locale: 'en'});
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
  });

  it('refresh() loads the customer again', async () => {
    const el = await mountLoaded({customerId: 'martin'});
    const again = new Promise<Event>((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    el.refresh();
    await el.updateComplete;
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    await again;
  });
});

describe('<customer-360> locale', () => {
  it('switches language when the locale attribute changes', async () => {
    const el = await mountLoaded({customerId: 'martin', locale: 'en'});
    expect(text(el, '[part~="tenure"]')).to.equal('Customer for 15 years');
    el.setAttribute('locale', 'fr');
    await el.updateComplete;
    expect(text(el, '[part~="tenure"]')).to.equal('Avec nous depuis 15 ans');
    expect(text(el, '#h-products')).to.equal('Produits');
  });

  it("the contacts chart's spoken label follows each language's punctuation", async () => {
    const label = async (locale: string) => {
      const el = await mountLoaded({customerId: 'martin', locale});
      // Bidi isolation marks around the months and their names are not part of the wording.
      return part(el, 'pressure')!
        .querySelector('svg')!
        .getAttribute('aria-label')!
        .replace(/[\u2066-\u2069]/g, '');
    };
    expect(await label('en')).to.match(
      /^Contacts per month, last 6 months: ([^:;]+: \d+ inbound, \d+ outbound; ){5}[^:;]+: \d+ inbound/,
    );
    // French: a narrow no-break space (U+202F) before each colon and semicolon, never none nor a plain one.
    const fr = await label('fr');
    expect(fr).to.match(
      /^Contacts par mois, 6 derniers mois\u202F: ([^:;]+\u202F: \d+ entrants?, \d+ sortants?\u202F; ){5}[^:;]+\u202F: /,
    );
    expect(fr).to.not.match(/(?<!\u202F)[;:]/);
    // Each count has its own plural form: French singular for 0 and 1, plural from 2.
    const counts = [...fr.matchAll(/(\d+) (?:entrant|sortant)(s?)\b/g)];
    expect(counts.length, 'two counts a month').to.equal(12);
    for (const [words, n, s] of counts) expect(s, words).to.equal(Number(n) < 2 ? '' : 's');
  });

  it('falls back to the closest lang ancestor', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr-FR';
    document.body.append(wrapper);
    try {
      const el = await mountLoaded({customerId: 'martin', parent: wrapper});
      expect(text(el, '[part~="tenure"]')).to.equal('Avec nous depuis 15 ans');
    } finally {
      wrapper.remove();
    }
  });
});

describe('<customer-360> accessibility', () => {
  for (const id of ['martin', 'transferred', 'dupin']) {
    for (const theme of ['light', 'dark']) {
      it(`${id} in ${theme} theme passes axe`, async () => {
        const el = await mountLoaded({customerId: id, locale: 'en', attrs: {theme}});
        await expectAccessible(el);
      });
    }
  }

  it('the error state passes axe', async () => {
    const el = await mountLoaded({customerId: 'martin', endpoint: 'http://127.0.0.1:9/graphql'});
    await expectAccessible(el);
  });
});

describe('<customer-360> open events', () => {
  it('clicking a ticket, a contact or a product fires customer360-open with its id', async () => {
    const el = await mountLoaded({customerId: 'transferred', locale: 'en'});
    const opened: unknown[] = [];
    document.addEventListener('customer360-open', (e) => opened.push(e.detail));
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-ticket-id] button')!.click();
    root.querySelector<HTMLButtonElement>('[data-contact-id] button')!.click();
    root.querySelector<HTMLButtonElement>('[data-product-id] button')!.click();
    const ids = ['ticket', 'contact', 'product'].map((type) =>
      root.querySelector(`[data-${type}-id]`)!.getAttribute(`data-${type}-id`),
    );
    expect(opened).to.deep.equal([
      {customerId: 'transferred', type: 'ticket', id: ids[0]},
      {customerId: 'transferred', type: 'contact', id: ids[1]},
      {customerId: 'transferred', type: 'product', id: ids[2]},
    ]);
  });

  it('tickets, contacts and products are real buttons, so the keyboard reaches them', async () => {
    const el = await mountLoaded({customerId: 'transferred', locale: 'en'});
    for (const type of ['ticket', 'contact', 'product']) {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-${type}-id] button`)!;
      button.focus();
      expect(el.shadowRoot!.activeElement === button, `${type}s are focusable`).to.equal(true);
      expect(button.type, `${type}s are buttons`).to.equal('submit');
    }
  });
});
