/**
 * `beside.ts` in the script-tag builds: dist/hints-engine.js, dist/feedback.js and dist/locales/<language>.js,
 * from the directory the script itself was loaded from (a CDN, the host's own server), asked for
 * with `?v=<build id>` so that no cache answers with another build's copy (core/build.ts checks
 * the id they carry too).
 *
 * The script's URL is read while the script runs: a classic script's `document.currentScript`
 * is set only then. Resolving against it (not against the page, which is where `import()` in a
 * classic script from another origin would resolve) works for the module and the classic
 * script, from any origin.
 */
import {BUILD} from './core/build.js';
import type {EngineFile, FeedbackFile, LocaleFile} from './beside.js';

/** The module script's own URL, or, in the classic build (which has no `import.meta`), its element's. */
const script = import.meta.url ?? (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

function beside<T>(file: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(`${file}?v=${BUILD}`, script).href) as Promise<T>;
}

export function importEngine(): Promise<EngineFile> {
  return beside('./hints-engine.js');
}

export function importFeedback(): Promise<FeedbackFile> {
  return beside('./feedback.js');
}

export function importLocale(language: string): Promise<LocaleFile> {
  return language === 'fr' ? beside('./locales/fr.js') : Promise.reject(new Error(`no locale file for ${language}`));
}
