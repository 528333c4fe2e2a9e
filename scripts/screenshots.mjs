// npm run screenshots: starts the demo, then takes headless Chromium screenshots of every
// persona at 320 px and 1200 px, light and dark; every persona on a right-to-left host page and
// in forced colours (Windows high contrast, emulated through the DevTools protocol); and the
// gallery of every persona and state; into screenshots/. Open them and look.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startDemo} from './demo-server.mjs';
import {chromeArgs, findChrome} from './find-chrome.mjs';

const port = Number(process.env.PORT) || 5199;
const base = `http://localhost:${port}/`;
const personas = (
  process.env.PERSONAS ?? 'martin,missed-appointment,dupin,quiet-period,transferred,newcomer,large-history'
).split(',');
const variants = (process.env.VARIANTS ?? '320-light,1200-light,320-dark,1200-dark').split(',');
const locale = process.env.LOCALE ?? 'en';
const chrome = findChrome();
if (!chrome) throw new Error('No Chromium found: run `npm test` once (it installs one) or set CHROME_PATH.');

const {stop} = await startDemo(port);
try {
  mkdirSync('screenshots', {recursive: true});
  for (const persona of personas) {
    for (const variant of variants) {
      const [width, theme] = variant.split('-');
      const url = `${base}?persona=${persona}&locale=${locale}&theme=${theme}&width=${width === '1200' ? 'full' : width}&state=${process.env.STATE ?? 'live'}`;
      const out = join('screenshots', `${persona}-${locale}-${width}-${theme}.png`);
      execFileSync(
        chrome,
        [
          '--headless',
          ...chromeArgs,
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'c360-shot-'))}`,
          '--hide-scrollbars',
          `--force-dark-mode=${theme === 'dark'}`,
          '--virtual-time-budget=8000',
          `--window-size=${width === '1200' ? 1240 : Number(width)},${process.env.HEIGHT ?? 1400}`,
          `--screenshot=${out}`,
          url,
        ],
        {stdio: 'ignore'},
      );
      console.log(out);
    }
  }
  if (process.env.EXTRAS !== '0') await extras();
} finally {
  stop();
}

/** One headless Chromium screenshot of `url` at `width` × `height`. */
function shot(url, out, width, height = Number(process.env.HEIGHT ?? 1400)) {
  execFileSync(
    chrome,
    [
      '--headless',
      ...chromeArgs,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'c360-shot-'))}`,
      '--hide-scrollbars',
      '--virtual-time-budget=8000',
      `--window-size=${width},${height}`,
      `--screenshot=${out}`,
      url,
    ],
    {stdio: 'ignore'},
  );
  console.log(out);
}

/** The right-to-left host, the gallery and forced colours. */
async function extras() {
  for (const persona of personas) {
    shot(
      `${base}?persona=${persona}&locale=${locale}&theme=light&width=400&dir=rtl`,
      join('screenshots', `${persona}-${locale}-rtl-host.png`),
      420,
    );
  }
  // Forced colours cannot be switched on from the command line: drive the same Chromium through
  // the DevTools protocol (puppeteer-core, which the test runner already uses) and emulate them.
  const {default: puppeteer} = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [...chromeArgs, '--hide-scrollbars'],
  });
  try {
    // The gallery keeps a request pending for ever (its "loading" cell), which a virtual time
    // budget would wait for: take it here after the other cells have settled.
    const gallery = await browser.newPage();
    await gallery.setViewport({width: 1400, height: 1000});
    await gallery.goto(`${base}gallery.html?locale=${locale}&theme=light`, {waitUntil: 'load'});
    await gallery.waitForFunction(
      () =>
        [...document.querySelectorAll('customer-360')].filter((c) =>
          c.shadowRoot?.querySelector('h2, [part~="error"], [part~="empty"]'),
        ).length >=
        document.querySelectorAll('customer-360').length - 1,
      {timeout: 20000},
    );
    await gallery.screenshot({path: join('screenshots', `gallery-${locale}.png`), fullPage: true});
    console.log(join('screenshots', `gallery-${locale}.png`));
    await gallery.close();
    const page = await browser.newPage();
    await page.setViewport({width: 420, height: Number(process.env.HEIGHT ?? 1400)});
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
    for (const persona of personas) {
      await page.goto(`${base}?persona=${persona}&locale=${locale}&theme=light&width=400`, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() => document.querySelector('customer-360')?.shadowRoot?.querySelector('h2'), {timeout: 10000});
      const out = join('screenshots', `${persona}-${locale}-forced-colors.png`);
      await page.screenshot({path: out});
      console.log(out);
    }
  } finally {
    await browser.close();
  }
}
