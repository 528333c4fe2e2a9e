/**
 * The hint engine as the card loads it: a file of its own (dist/hints-engine.js, beside
 * dist/customer-360.js), built on its own (`vite build --mode engine`) so it shares no module
 * with the main script and works whatever URL the host loaded that script from. The card
 * fetches it while the customer's data is in flight (src/hints/lazy.ts): the page evaluates
 * it in a task of its own, and a card with hints turned off never downloads it.
 * `customer-360/hints` exports the same functions statically.
 */
export {computeHints} from './compute.js';
/** The call brief: which rows an agent sees first (compose.ts), with the card's texts. */
export {composeBrief} from './compose.js';
export {shareHintTexts} from './texts.js';
/** The card hands the engine its Intl cache (src/core/intl-cache.ts). */
export {shareIntlCache} from '../core/intl-cache.js';
/** The English hint texts, which the card registers for its brief (src/hints/compose.ts). */
export {en as englishHintTexts} from './messages.js';
/** The build this file belongs to (src/build.ts): the card refuses an engine from another one. */
export {BUILD} from '../core/build.js';
