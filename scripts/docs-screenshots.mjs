// npm run screenshots:docs: the README's two pictures, the card element only: docs/screenshot.png
// (martin, English, full width, light) and docs/screenshot-sidebar-fr-dark.png (French, 320 px, dark).
import puppeteer from 'puppeteer-core';
import {startDemo} from './demo-server.mjs';
import {chromeArgs, findChrome} from './find-chrome.mjs';
const port = Number(process.env.PORT) || 5198;
const {base, stop} = await startDemo(port);
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeArgs});
try {
  for (const [query, width, out] of [
    ['persona=martin&locale=en&theme=light&width=full&state=live', 1240, 'docs/screenshot.png'],
    ['persona=martin&locale=fr&theme=dark&width=320&state=live', 400, 'docs/screenshot-sidebar-fr-dark.png'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({width, height: 1800});
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(
      () => {
        const card = document.querySelector('customer-360');
        return (
          card?.shadowRoot?.querySelector('[part~="history"]') &&
          card.shadowRoot.querySelector('[part~="card"]')?.getAttribute('aria-busy') === 'false'
        );
      },
      {timeout: 30000},
    );
    await new Promise((r) => setTimeout(r, 300));
    const card = await page.$('customer-360');
    await card.screenshot({path: out});
    console.log('wrote', out);
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
