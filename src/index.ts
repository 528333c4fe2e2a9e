/** The element class and its types, without registering anything (import `./define` for that). */
export {Customer360} from './customer-360.js';
export type {LoadedDetail, ErrorDetail, HintDismissDetail, OpenDetail, Customer360EventMap} from './events.js';
export type {FailureReason} from './data/errors.js';
export type {CustomerView} from './data/view-model.js';
export type {DismissReason} from './ui/hints.js';
export * from './hints/index.js';
