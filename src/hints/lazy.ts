/**
 * Loads the hint engine (engine.ts) once per page, for every card. A card asks for it as soon
 * as it needs hints, in parallel with the customer's data, and shows the customer when both
 * are in. If the file cannot be loaded (blocked by a policy, the network gone) the card shows
 * the customer with a warning where the hints would be (they fail closed: no hint is not "no
 * reason for care"), and a later card, or a refresh, tries again.
 */
import {importEngine, type EngineFile} from '../beside.js';
import {sameBuild} from '../core/build.js';
import {intlCacheEntries} from '../core/intl-cache.js';
import {hintTextsRegistry, registerHintTexts} from './texts.js';

export type HintEngine = EngineFile;

let engine: HintEngine | undefined;
let loading: Promise<HintEngine | undefined> | undefined;

/** The engine, once it is loaded. */
export function hintEngine(): HintEngine | undefined {
  return engine;
}

/** Resolves with the engine, or `undefined` when its file could not be loaded. */
export function loadHintEngine(): Promise<HintEngine | undefined> {
  if (engine) return Promise.resolve(engine);
  loading ??= importEngine()
    .then((loaded) => sameBuild('hints-engine.js', loaded))
    .then(
      (loaded) => {
        // The brief (compose.ts, in the main script) writes with the same English texts.
        // One registry of hint texts and one Intl cache for the card and its engine: the brief
        // the engine composes reads the languages the card loaded.
        registerHintTexts('en', loaded.englishHintTexts);
        loaded.shareHintTexts(hintTextsRegistry());
        loaded.shareIntlCache(intlCacheEntries());
        return (engine = loaded);
      },
      () => {
        loading = undefined;
        return undefined;
      },
    );
  return loading;
}
