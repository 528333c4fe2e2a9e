// npm run screenshots: starts the demo, then takes headless Chromium screenshots of every
// persona at 320 px and 1200 px, light and dark, into screenshots/. Open them and look.
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
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

const server = spawn('npx', ['vite', '--configLoader', 'runner', '--port', String(port), '--strictPort'], {
  env: {...process.env, PORT: String(port)},
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error('demo server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
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
} finally {
  process.kill(-server.pid);
}
