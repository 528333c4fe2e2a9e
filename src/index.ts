/** The element class and its types, without registering anything (import `./define` for that). */
export {Customer360} from './customer-360.js';
export type {LoadedDetail, ErrorDetail, HintDismissDetail, OpenDetail, Customer360EventMap} from './events.js';
export type {FailureReason} from './data/errors.js';
export type {CustomerView} from './data/view-model.js';
export type {DismissReason} from './ui/hints.js';
// The hint engine and its texts (French included) are `customer-360/hints`: importing the card
// does not pull them in eagerly (it loads them on demand).
export type {Hint, HintRule} from './hints/types.js';
