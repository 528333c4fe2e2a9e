/**
 * The per-request GraphQL context: who asks, the instant the data is relative to, and the
 * request's own loaders (nothing is kept between requests, so servers can be many).
 */
import type {Agent} from './auth.js';
import type {Feedback} from './feedback.js';
import type {Loaders} from './loaders.js';

export interface Context {
  readonly agent: Agent;
  /** The instant "now" for the windows of `contactSummary` (the real clock unless configured). */
  readonly now: Date;
  readonly loaders: Loaders;
  /** Dismissals, suppressions, notes and the report (src/feedback.ts). */
  readonly feedback: Feedback;
}
