/**
 * Languages on demand. English is built into the bundle; every other language is one file
 * (src/locales/<language>.ts, shipped as dist/locales/<language>.js beside
 * dist/customer-360.js) that the card loads the first time a card in that language appears.
 * A host that never shows French never downloads it: the script tag stays small.
 *
 * The import is a plain dynamic `import()` of a file next to the bundle, so it needs no
 * configuration: wherever the host serves customer-360.js from (its own server, a CDN), the
 * locale file is fetched from the same place, under the same Content-Security-Policy rule.
 */
import {importLocale} from '../beside.js';
import {sameBuild} from '../core/build.js';
import {registerHintTexts} from '../hints/texts.js';
import {registerUiTexts, type SupportedLocale} from './messages.js';

/** The languages shipped, English first (the fallback). */
export const LANGUAGES: readonly SupportedLocale[] = ['en', 'fr'];

const loaded = new Set<SupportedLocale>(['en']);
const loading = new Map<SupportedLocale, Promise<boolean>>();

/** Whether `language`'s texts are available now (English always is). */
export function hasLocale(language: SupportedLocale): boolean {
  return loaded.has(language);
}

/**
 * Loads `language`'s texts once per page. Resolves `true` when they are registered, `false`
 * when the file could not be loaded (offline, blocked by a policy, not deployed beside the
 * bundle): the card then shows English, and it tries again on the next call.
 */
export function loadLocale(language: SupportedLocale): Promise<boolean> {
  if (loaded.has(language)) return Promise.resolve(true);
  let load = loading.get(language);
  if (!load) {
    load = importLocale(language)
      .then((file) => sameBuild(`locales/${language}.js`, file))
      .then(
        ({ui, hints}) => {
          registerUiTexts(language, ui);
          registerHintTexts(language, hints);
          loaded.add(language);
          return true;
        },
        () => {
          loading.delete(language);
          return false;
        },
      );
    loading.set(language, load);
  }
  return load;
}
