/**
 * The feedback file as the card loads it (dist/feedback.js, beside dist/customer-360.js), built
 * on its own (`vite build --mode feedback`) so it shares no module with the script: the card
 * loads it after its first customer shows (src/controllers/feedback.ts), when feedback is on.
 * It sends dismissals (`Mutation.dismissHint`), loads and adds notes; the card hands it its
 * Lit, its formatters and its request options.
 */
export {Feedback, VERSION, type FeedbackHost} from './session.js';
/** The build this file belongs to (src/core/build.ts): the card refuses one from another build. */
export {BUILD} from '../core/build.js';
