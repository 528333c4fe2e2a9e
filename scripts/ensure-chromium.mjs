// Makes `npm test` work on a brand-new Debian machine: when no Chromium is found and we
// may use apt-get (root), install Debian's `chromium`; otherwise explain how to get one.
import {execSync} from 'node:child_process';
import {findChrome} from './find-chrome.mjs';

if (!findChrome()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', {stdio: 'ignore'});
    hasApt = true;
  } catch {
    /* not Debian-like */
  }
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium (about 30 s)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!findChrome()) {
    console.error(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at a Chrome/Chromium binary, then run `npm test` again.',
    );
    process.exit(1);
  }
}
