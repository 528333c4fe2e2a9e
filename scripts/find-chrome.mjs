// Finds a Chromium/Chrome binary for tests and screenshots: $CHROME_PATH first, then the
// usual Debian/Ubuntu/macOS locations. Returns undefined when none is installed.
import {existsSync} from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
