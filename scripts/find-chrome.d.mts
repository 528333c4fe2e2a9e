/** The Chromium/Chrome binary to use: $CHROME_PATH first, then the usual locations; undefined if none. */
export function findChrome(): string | undefined;
/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const chromeArgs: readonly string[];
