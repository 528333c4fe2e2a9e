// npm run screenshots:brief: the crowded personas' cards at 400 px (header and call brief), English and French, with the
// demo's clock pinned (Thursday 15 October 2026, 11:30 in Paris), into docs/img/ for docs/brief.md.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {startDemo} from './demo-server.mjs';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const NOW = process.env.NOW ?? '2026-10-15T09:30:00Z';
const PERSONAS = (process.env.PERSONAS ?? 'duplicate-outage,cap-on-sunday,visit-and-dispute,overflow,reunion').split(',');
const port = Number(process.env.PORT) || 5197;
const {base, stop} = await startDemo(port);
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...chromeArgs, '--hide-scrollbars'],
});
mkdirSync('docs/img', {recursive: true});
try {
  for (const locale of ['en', 'fr']) {
    const page = await browser.newPage();
    await page.setViewport({width: 480, height: 1600});
    await page.goto(
      `${base}gallery.html?locale=${locale}&theme=light&cell=400&now=${encodeURIComponent(NOW)}&only=${PERSONAS.join(',')}`,
    );
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('customer-360')].filter(
          (card) =>
            card.shadowRoot?.querySelector('[part~="hint"]') &&
            card.shadowRoot.querySelector('[part~="card"]')?.getAttribute('aria-busy') === 'false',
        ).length === count,
      {timeout: 60000},
      PERSONAS.length,
    );
    const cards = await page.$$('customer-360');
    for (const [index, card] of cards.entries()) {
      await card.evaluate((el) => (el.style.width = '400px'));
      await new Promise((r) => setTimeout(r, 200));
      const out = `docs/img/brief-${PERSONAS[index]}-${locale}.png`;
      // The header and the call brief: what the agent reads first.
      await card.evaluate((el) => el.scrollIntoView());
      await new Promise((r) => setTimeout(r, 300));
      const clip = await card.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hints = el.shadowRoot.querySelector('[part~="hints"]').getBoundingClientRect();
        return {x: box.x, y: box.y + window.scrollY, width: box.width, height: hints.bottom - box.y + 12};
      });
      await page.screenshot({path: out, clip, captureBeyondViewport: true});
      console.log('wrote', out);
    }
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
