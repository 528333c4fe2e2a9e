/**
 * The files `npm run build` writes, loaded the way a host loads them: the page on one origin,
 * the script (and the hint engine and locale files it loads beside itself) from a CDN on a
 * second, the GraphQL endpoint on a third. Runs in `npm test` after the build.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {cardTexts, hostPage, openPage, settled, startHosts, type Hosts} from './hosts.js';

const PERSONAS = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];
const UNKNOWN = ['nobody-1', 'nobody-2', 'nobody-3'];

let hosts: Hosts;
before(async () => {
  hosts = await startHosts();
});
after(() => hosts?.close());

const BUILDS = [
  ['module', 'customer-360.js', true],
  ['classic', 'customer-360.iife.js', false],
] as const;

for (const [name, file, module] of BUILDS) {
  describe(`the ${name} script from another origin`, () => {
    it('shows one customer with hints, the engine fetched from beside the script with the build id', async () => {
      hosts.pages.set(`/one-${name}.html`, [
        hostPage(`${hosts.cdn}/${file}`, `<customer-360 customer-id="martin" endpoint="${hosts.api}"></customer-360>`, module),
        undefined,
      ]);
      const {page, seen} = await openPage(hosts, `/one-${name}.html`);
      await settled(page, 1);
      const {events, errors} = await seen();
      assert.deepEqual(events, [{type: 'customer360-loaded', customerId: 'martin', found: true}]);
      await page.waitForFunction(() => document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="hint"]'));
      const [text] = await cardTexts(page);
      assert.match(text ?? '', /Bernard Martin/);
      assert.match(text ?? '', /Thank them for \d+ years of loyalty/, 'the loyalty hint, computed by the engine file');
      assert.deepEqual(errors, []);
      assert.ok(
        hosts.cdnRequests.some((r) => /^\/hints-engine\.js\?v=[0-9a-f]{12}$/.test(r)),
        `engine asked for with its build id: ${hosts.cdnRequests.join(', ')}`,
      );
      // Then the feedback file, from beside the script too, and the notes section it draws.
      await page.waitForFunction(() => document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="notes"]'));
      assert.ok(
        hosts.cdnRequests.some((r) => /^\/feedback\.js\?v=[0-9a-f]{12}$/.test(r)),
        `feedback file asked for with its build id: ${hosts.cdnRequests.join(', ')}`,
      );
      assert.match((await cardTexts(page))[0] ?? '', /Add a note/);
      assert.deepEqual((await seen()).errors, []);
      await page.close();
    });

    it('settles a page of 10 different customers (3 unknown) under a provider in one request', async () => {
      const cards = [...PERSONAS, ...UNKNOWN].map((id) => `<customer-360 customer-id="${id}"></customer-360>`).join('');
      hosts.pages.set(`/page-${name}.html`, [
        hostPage(
          `${hosts.cdn}/${file}`,
          `<customer-360-provider endpoint="${hosts.api}">${cards}</customer-360-provider>`,
          module,
        ),
        undefined,
      ]);
      const before = hosts.apiRequests.filter((r) => r.startsWith('POST')).length;
      const {page, seen} = await openPage(hosts, `/page-${name}.html`);
      await settled(page, 10);
      const {events} = await seen();
      const byId = Object.fromEntries(events.map((e) => [e.customerId, e]));
      for (const id of PERSONAS) assert.deepEqual(byId[id], {type: 'customer360-loaded', customerId: id, found: true}, id);
      for (const id of UNKNOWN) assert.deepEqual(byId[id], {type: 'customer360-loaded', customerId: id, found: false}, id);
      // Once the cards show, their notes: one more request for the page's found customers.
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('customer-360')].filter((el) => el.shadowRoot?.querySelector('[part~="notes"]'))
            .length === n,
        {timeout: 20_000},
        PERSONAS.length,
      );
      assert.equal(
        hosts.apiRequests.filter((r) => r.startsWith('POST')).length - before,
        2,
        'one request for the cards of the page, one for their notes',
      );
      const texts = await cardTexts(page);
      assert.match(texts[0] ?? '', /Bernard Martin/);
      assert.match(texts[2] ?? '', /Dupin/);
      await page.close();
    });

    it('shows French, its texts fetched from beside the script', async () => {
      hosts.pages.set(`/fr-${name}.html`, [
        hostPage(
          `${hosts.cdn}/${file}`,
          `<customer-360 locale="fr" customer-id="martin" endpoint="${hosts.api}"></customer-360>`,
          module,
        ),
        undefined,
      ]);
      const {page} = await openPage(hosts, `/fr-${name}.html`);
      await settled(page, 1);
      await page.waitForFunction(() =>
        /Avec nous depuis/.test(document.querySelector('customer-360')?.shadowRoot?.textContent ?? ''),
      );
      assert.ok(
        hosts.cdnRequests.some((r) => /^\/locales\/fr\.js\?v=[0-9a-f]{12}$/.test(r)),
        hosts.cdnRequests.join(', '),
      );
      await page.close();
    });
  });
}

describe('the module script, other ways in', () => {
  it('finds a customer by email', async () => {
    hosts.pages.set('/lookup.html', [
      hostPage(
        `${hosts.cdn}/customer-360.js`,
        `<customer-360 email="bernard.martin@example.fr" endpoint="${hosts.api}"></customer-360>`,
      ),
      undefined,
    ]);
    const {page, seen} = await openPage(hosts, '/lookup.html');
    await settled(page, 1);
    assert.deepEqual((await seen()).events, [{type: 'customer360-loaded', customerId: 'martin', found: true, lookup: 'email'}]);
    assert.match((await cardTexts(page))[0] ?? '', /Bernard Martin/);
    await page.close();
  });

  for (const [name, file, module] of BUILDS) {
    it(`renders every persona under the README's strict policy with no violation (${name} script)`, async () => {
      const policy =
        `default-src 'none'; script-src ${hosts.cdn}; style-src 'self'; connect-src ${new URL(hosts.api).origin}; ` +
        "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
      const cards = PERSONAS.map((id) => `<customer-360 customer-id="${id}"></customer-360>`).join('');
      hosts.pages.set(`/csp-${name}.html`, [
        hostPage(
          `${hosts.cdn}/${file}`,
          `<customer-360-provider endpoint="${hosts.api}" locale="fr">${cards}</customer-360-provider>`,
          module,
        ),
        policy,
      ]);
      const {page, seen} = await openPage(hosts, `/csp-${name}.html`);
      await settled(page, PERSONAS.length);
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('customer-360')].filter((el) => el.shadowRoot?.querySelector('[part~="hint"]')).length ===
          n,
        {timeout: 20_000},
        PERSONAS.length,
      );
      // With their notes (the feedback file, its adopted styles) under the same policy.
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('customer-360')].filter((el) => el.shadowRoot?.querySelector('[part~="notes"]'))
            .length === n,
        {timeout: 20_000},
        PERSONAS.length,
      );
      const {events, violations, errors} = await seen();
      assert.equal(events.filter((e) => e.found).length, PERSONAS.length);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('refuses a hint engine from another build that a cache still serves, and fails closed', async () => {
    await serveStale('hints-engine.js');
    try {
      hosts.pages.set('/stale.html', [
        hostPage(`${hosts.cdn}/customer-360.js`, `<customer-360 customer-id="dupin" endpoint="${hosts.api}"></customer-360>`),
        undefined,
      ]);
      const {page, seen} = await openPage(hosts, '/stale.html');
      await settled(page, 1);
      await page.waitForFunction(() =>
        document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="hints-unavailable"]'),
      );
      const {warnings} = await seen();
      assert.ok(
        warnings.some((w) => /hints-engine\.js .*another build/.test(w)),
        warnings.join('\n'),
      );
      assert.match((await cardTexts(page))[0] ?? '', /Dupin/, 'the customer is still shown');
      await page.close();
    } finally {
      hosts.cdnOverrides.clear();
    }
  });
});

/**
 * Makes the script host serve `file` (beside the script) as a cache still holding another
 * build's copy would: the same file with another build id.
 */
async function serveStale(file: string): Promise<void> {
  const {readFile} = await import('node:fs/promises');
  const text = await readFile(`dist/${file}`, 'utf8');
  const build = /=`([0-9a-f]{12})`/.exec(text.slice(text.lastIndexOf('var ')))?.[1];
  assert.ok(build && text.includes(build), `${file} carries its build id`);
  hosts.cdnOverrides.set(`/${file}`, text.replaceAll(build, '000000000000'));
}

describe('the feedback file', () => {
  it('refused when it is from another build: the card works without notes, with a warning', async () => {
    await serveStale('feedback.js');
    try {
      hosts.pages.set('/stale-feedback.html', [
        hostPage(`${hosts.cdn}/customer-360.js`, `<customer-360 customer-id="newcomer" endpoint="${hosts.api}"></customer-360>`),
        undefined,
      ]);
      const {page, seen} = await openPage(hosts, '/stale-feedback.html');
      await settled(page, 1);
      await page.waitForFunction(() => document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="hint"]'));
      // The warning, whether it came already or comes next (no waiting on a clock).
      const stale = /feedback\.js .*another build/;
      const next = new Promise<void>((resolve) => page.on('console', (m) => stale.test(m.text()) && resolve()));
      if (!(await seen()).warnings.some((w) => stale.test(w))) await next;
      const {errors} = await seen();
      assert.deepEqual(errors, []);
      assert.equal(
        await page.evaluate(() => !!document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="notes"]')),
        false,
      );
      await page.close();
    } finally {
      hosts.cdnOverrides.clear();
    }
  });
});

describe('a page that is not in UTF-8', () => {
  it('shows the card’s texts right under the classic script on a windows-1252 page', async () => {
    const body = `<customer-360 locale="fr" customer-id="martin" endpoint="${hosts.api}"></customer-360>`;
    const html = hostPage(`${hosts.cdn}/customer-360.iife.js`, body, false).replace(
      '<meta charset="utf-8">',
      '<meta charset="windows-1252">',
    );
    hosts.pages.set('/latin.html', [html, undefined]);
    const {page} = await openPage(hosts, '/latin.html');
    await settled(page, 1);
    await page.waitForFunction(() => document.querySelector('customer-360')?.shadowRoot?.querySelector('[part~="hint"]'));
    const [text] = await cardTexts(page);
    assert.match(text ?? '', /S’adresser à Monsieur Martin/);
    assert.match(text ?? '', /À FAIRE|À faire/i);
    assert.doesNotMatch(text ?? '', /â€|Ã|Â/, 'no UTF-8 read as windows-1252');
    await page.close();
  });
});

describe('what the built files may do', () => {
  it('start no worker, make no Blob URL and create no Trusted Types policy but Lit’s', async () => {
    const {readFile} = await import('node:fs/promises');
    for (const file of ['customer-360.js', 'customer-360.iife.js', 'hints-engine.js', 'feedback.js', 'locales/fr.js']) {
      const code = await readFile(`dist/${file}`, 'utf8');
      assert.doesNotMatch(code, /new Worker\b|createObjectURL|importScripts/, file);
      assert.doesNotMatch(code, /[^\x00-\x7f]/, `${file} is ASCII only, whatever the page's encoding`);
      assert.deepEqual(
        [...code.matchAll(/createPolicy\(\s*[`'"]([^`'"]+)/g)].map((m) => m[1]),
        file.startsWith('customer') ? ['lit-html'] : [],
        file,
      );
    }
  });
});
