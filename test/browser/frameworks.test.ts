/**
 * The card from the hosts it must live in: a plain HTML page with the built script tag (ES
 * module and classic script), React 19, Vue 3, and a hostile page with Bootstrap and a reset.
 */
import {expect} from '@open-wc/testing';
import {createElement, act} from 'react';
import {createRoot} from 'react-dom/client';
import {createApp} from 'vue';
import type {Customer360} from '../../src/customer-360.js';
import {ENDPOINT, NOW, cleanup, nextEvent, rendered, text} from './helpers.js';

afterEach(() => {
  cleanup();
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** A same-origin page built from HTML, with its errors collected. */
async function page(body: string, head = ''): Promise<{win: Window & typeof globalThis; errors: string[]}> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  const errors: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return {win, errors};
}

/** The page's card (in its HTML, so there on `load`) once its script defined it and it rendered a customer. */
async function loadedCard(win: Window, selector = 'customer-360'): Promise<Customer360> {
  const el = win.document.querySelector(selector) as Customer360;
  await win.customElements.whenDefined('customer-360');
  await rendered(el, () => el.shadowRoot?.querySelector('h2'));
  return el;
}

/**
 * A page whose policy allows only the listed files of dist/ as scripts (docs/security.md, "The
 * Content-Security-Policy a host needs"), with martin's card in
 * `locale`: the card once loaded, the warnings it printed and the files the policy blocked.
 */
async function strictPage(allowed: string[], locale: string) {
  const sources = allowed.map((file) => `${location.origin}/dist/${file}`).join(' ');
  const {win, errors} = await page(
    `<customer-360 customer-id="martin" endpoint="${ENDPOINT}" locale="${locale}"></customer-360>`,
    `<meta http-equiv="Content-Security-Policy" content="script-src ${sources}; connect-src 'self'">
     <script type="module" src="/dist/customer-360.js"></script>`,
  );
  const warnings: string[] = [];
  win.console.warn = (message: string) => warnings.push(message);
  const blocked: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (e) => blocked.push(new URL(e.blockedURI).pathname));
  const el = await loadedCard(win);
  await el.updateComplete;
  /** The policy's report of the blocked file (at once if it already came). */
  const reported = async () => {
    if (!blocked.length) await nextEvent(win.document, 'securitypolicyviolation');
  };
  return {el, errors, warnings, blocked, reported};
}

describe('plain HTML with the built script', () => {
  it('dist/customer-360.js renders a card from one module script tag', async () => {
    const {win, errors} = await page(
      `<customer-360 customer-id="martin" endpoint="${ENDPOINT}" locale="fr"></customer-360>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    const el = await loadedCard(win);
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    expect(text(el, '[part~="tenure"]')).to.equal('Avec nous depuis 15 ans');
    expect(errors).to.deep.equal([]);
  });

  it('the built card separates the address line’s note from the name (“Dupin · no title on record”)', async () => {
    const {win, errors} = await page(
      `<customer-360 customer-id="dupin" endpoint="${ENDPOINT}" locale="en"></customer-360>
       <customer-360 customer-id="dupin" endpoint="${ENDPOINT}" locale="fr"></customer-360>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    const [en, fr] = [...win.document.querySelectorAll('customer-360')] as Customer360[];
    await win.customElements.whenDefined('customer-360');
    for (const el of [en!, fr!]) await rendered(el, () => el.shadowRoot?.querySelector('[part~="address"] .no-title'));
    const line = (el: Customer360) => el.shadowRoot!.querySelector('[part~="address"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(line(en!)).to.match(/Jean-Baptiste Dupin · no title on record$/);
    expect(line(fr!)).to.match(/Jean-Baptiste Dupin · civilité non renseignée$/);
    expect(errors).to.deep.equal([]);
  });

  it('loads French once, from dist/locales/fr.js beside the bundle, whatever the number of French cards', async () => {
    const cards = ['martin', 'dupin', 'martin']
      .map((id) => `<customer-360 customer-id="${id}" endpoint="${ENDPOINT}"></customer-360>`)
      .join('');
    const {win, errors} = await page(
      `<div lang="fr-FR">${cards}</div>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    const all = [...win.document.querySelectorAll('customer-360')];
    await win.customElements.whenDefined('customer-360');
    await Promise.all(all.map((el) => rendered(el, () => el.shadowRoot?.querySelector('h2'))));
    expect(all.map((el) => text(el, '[part~="tenure"]'))).to.deep.equal([
      'Avec nous depuis 15 ans',
      'Avec nous depuis 6 ans',
      'Avec nous depuis 15 ans',
    ]);
    const locales = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'));
    expect(locales.map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/locales/fr.js']);
    expect(errors).to.deep.equal([]);
  });

  it('the classic script finds French beside itself too', async () => {
    const {win, errors} = await page(
      `<customer-360 customer-id="martin" endpoint="${ENDPOINT}" locale="fr"></customer-360>
       <script src="/dist/customer-360.iife.js"></script>`,
    );
    const el = await loadedCard(win);
    expect(text(el, '[part~="tenure"]')).to.equal('Avec nous depuis 15 ans');
    const locales = win.performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/'));
    expect(locales.map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/locales/fr.js']);
    expect(errors).to.deep.equal([]);
  });

  it('shows English, with one warning, when a policy blocks the French file', async () => {
    // A strict host allows exactly the script and the hint engine, not the locale file.
    const {el, errors, warnings, blocked, reported} = await strictPage(
      ['customer-360.js', 'hints-engine.js', 'feedback.js'],
      'fr',
    );
    expect(text(el, '[part~="tenure"]')).to.equal('Customer for 15 years');
    expect(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('lang'), 'the content says what language it is').to.equal(
      'en',
    );
    expect(warnings.filter((w) => w.includes('locales/fr.js'))).to.have.length(1);
    await reported();
    await el.updateComplete;
    expect(blocked, 'one attempt, not a loop').to.deep.equal(['/dist/locales/fr.js']);
    expect(errors).to.deep.equal([]);
  });

  it('shows the customer and says the hints are unavailable (never "nothing to mind") when the hint engine cannot load', async () => {
    const {el, errors, warnings, blocked, reported} = await strictPage(['customer-360.js', 'feedback.js'], 'en');
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    expect(text(el, '[part~="hints-unavailable"]')).to.match(
      /^The do and don’t hints could not be loaded\. Until they are: no sales pitch/,
    );
    expect(el.shadowRoot!.querySelector('[part~="hints-unavailable"]')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part~="hint"]')).to.equal(null);
    expect(text(el, '[part~="hints"]')).not.to.contain('Nothing special');
    expect(el.hints).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('hints-engine.js'))).to.have.length(1);
    await reported();
    await el.updateComplete;
    expect(blocked, 'one attempt, not a loop').to.deep.equal(['/dist/hints-engine.js']);
    expect(errors).to.deep.equal([]);
  });

  it('works without notes, with one warning, when a policy blocks the feedback file', async () => {
    const {el, errors, warnings, blocked, reported} = await strictPage(['customer-360.js', 'hints-engine.js'], 'en');
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    expect(el.shadowRoot!.querySelector('[part~="hint"]'), 'the brief is there').to.not.equal(null);
    await reported();
    await el.updateComplete;
    expect(blocked, 'one attempt, not a loop').to.deep.equal(['/dist/feedback.js']);
    expect(warnings.filter((w) => w.includes('feedback.js'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part~="notes"]')).to.equal(null);
    // A dismissal is still the event, as without a server.
    const dismissed = nextEvent(el, 'customer360-hint-dismiss');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="hint"] button.link')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="hint"] button[type="submit"]')!.click();
    expect((await dismissed).type).to.equal('customer360-hint-dismiss');
    expect(errors).to.deep.equal([]);
  });

  it('asks for the hint engine only once there is a customer to show', async () => {
    const {win, errors} = await page(
      `<customer-360 endpoint="${ENDPOINT}" locale="en"></customer-360>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    const el = win.document.querySelector('customer-360') as Customer360;
    await win.customElements.whenDefined('customer-360');
    await rendered(el, () => text(el, '[part~="empty"]') === 'No customer selected.');
    const engine = () => win.performance.getEntriesByType('resource').filter((e) => e.name.includes('hints-engine'));
    expect(engine()).to.have.length(0);
    el.setAttribute('customer-id', 'martin');
    await rendered(el, () => el.shadowRoot?.querySelector('[part~="hint"]'));
    expect(engine()).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('never asks for the hint engine while hints are disabled, and asks once they are turned on', async () => {
    const {win, errors} = await page(
      `<customer-360 customer-id="martin" endpoint="${ENDPOINT}" locale="en" hints-disabled></customer-360>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    // A first card that wants the engine waits for its file before showing the customer, so
    // a request for it would be listed by the time the name is on screen.
    const el = await loadedCard(win);
    expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
    const engine = () => win.performance.getEntriesByType('resource').filter((e) => e.name.includes('hints-engine'));
    expect(engine()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="hints"]')).to.equal(null);
    el.removeAttribute('hints-disabled');
    await rendered(el, () => el.shadowRoot?.querySelector('[part~="hint"]'));
    expect(engine().map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/hints-engine.js']);
    expect(errors).to.deep.equal([]);
  });

  it('dist/customer-360.iife.js works as a classic script, and two copies on one page do not throw', async () => {
    const {win, errors} = await page(
      `<customer-360 customer-id="dupin" endpoint="${ENDPOINT}"></customer-360>
       <script src="/dist/customer-360.iife.js"></script>
       <script src="/dist/customer-360.iife.js"></script>`,
      '<script type="module" src="/dist/customer-360.js"></script>',
    );
    const el = await loadedCard(win);
    expect(text(el, 'h2')).to.equal('Jean-Baptiste Dupin');
    expect(errors).to.deep.equal([]);
    expect(win.customElements.get('customer-360')).to.exist;
  });
});

describe('React 19', () => {
  // Tells React this is a test environment where act() is used (no warning about it).
  before(() => ((globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true));
  after(() => delete (globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT);

  it('passes attributes, object properties and event handlers', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const loaded: string[] = [];
    const warnings: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => warnings.push(args);
    const root = createRoot(host);
    try {
      await act(async () => {
        root.render(
          createElement('customer-360', {
            'customer-id': 'martin',
            endpoint: ENDPOINT,
            locale: 'en',
            now: NOW,
            headers: {'X-Agent': 'a-42'},
            'oncustomer360-loaded': (e: CustomEvent<{customerId: string}>) => loaded.push(e.detail.customerId),
          }),
        );
      });
      const el = host.querySelector('customer-360')!;
      expect(el.headers, 'objects are set as properties').to.deep.equal({'X-Agent': 'a-42'});
      if (!loaded.length) await nextEvent(el, 'customer360-loaded');
      await el.updateComplete;
      expect(loaded).to.deep.equal(['martin']);
      expect(text(el, 'h2')).to.equal('Monsieur Bernard Martin');
      await act(async () => {
        root.render(createElement('customer-360', {'customer-id': 'dupin', endpoint: ENDPOINT, locale: 'en', now: NOW}));
      });
      await rendered(el, () => text(el, 'h2') === 'Jean-Baptiste Dupin');
      expect(warnings).to.deep.equal([]);
    } finally {
      await act(async () => root.unmount());
      console.error = original;
      host.remove();
    }
  });
});

describe('Vue 3', () => {
  it('binds props and listens to events from a template', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const warnings: unknown[] = [];
    const opened: unknown[] = [];
    const app = createApp({
      data: () => ({id: 'transferred', endpoint: ENDPOINT, now: NOW}),
      methods: {
        onOpen(e: CustomEvent) {
          opened.push(e.detail);
        },
      },
      template: `<customer-360 :customer-id="id" :endpoint="endpoint" :now="now" locale="en"
                   @customer360-open="onOpen"></customer-360>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('customer-360');
    app.config.warnHandler = (message: string) => warnings.push(message);
    app.mount(host);
    try {
      const el = host.querySelector('customer-360')!;
      await rendered(el, () => el.shadowRoot?.querySelector('[data-ticket-id] button'));
      expect(text(el, 'h2')).to.equal('Madame Aïcha Benali');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ticket-id] button')!.click();
      expect(opened).to.have.length(1);
      expect((opened[0] as {type: string}).type).to.equal('ticket');
      expect(warnings).to.deep.equal([]);
    } finally {
      app.unmount();
      host.remove();
    }
  });
});

describe('a hostile host page', () => {
  const probes = ['[part~="card"]', 'h2', '[part~="hint"]', '[part~="tenure"]', 'h3', 'button'];
  const props = [
    'font-family',
    'font-size',
    'line-height',
    'color',
    'background-color',
    'padding-top',
    'margin-top',
    'border-top-left-radius',
    'letter-spacing',
    'text-transform',
    'box-sizing',
  ];

  async function styles(head: string) {
    const {win} = await page(
      `<div id="host"><customer-360 customer-id="martin" endpoint="${ENDPOINT}" locale="en" theme="light"></customer-360></div>`,
      `${head}<script type="module" src="/dist/customer-360.js"></script>`,
    );
    const el = await loadedCard(win);
    await rendered(el, () => el.shadowRoot!.querySelector('[part~="hint"]'));
    return probes.map((selector) => {
      const node = el.shadowRoot!.querySelector(selector)!;
      const computed = win.getComputedStyle(node);
      return [selector, Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]))];
    });
  }

  it('Bootstrap and a universal reset do not change the card', async () => {
    const plain = await styles('');
    const hostile = await styles(
      `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">
       <style>*, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; }
       body { font: 22px/3 Georgia, serif; color: #f0f; letter-spacing: 2px; text-transform: uppercase; }
       h2, h3, button { color: lime !important; font-size: 40px !important; }</style>`,
    );
    expect(hostile).to.deep.equal(plain);
  });
});
