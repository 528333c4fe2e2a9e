/**
 * The card's events: one `customer360-` prefix, lowercase kebab-case, typed `detail`,
 * bubbling and composed so a host listening on `document` hears cards inside shadow roots.
 * No event ever carries a token or a header.
 *
 * Why `customer360-` and not the tag's `customer-360-`: Vue turns `@customer-360-open` into
 * a listener for `customer360-open` (a hyphen before a digit does not survive its
 * camelize/hyphenate round trip), so a digit must not follow a hyphen in event names.
 */
import type {FailureReason} from './data/errors.js';
import type {LookupKind} from './data/lookup.js';
import type {DismissReason} from './ui/hints.js';

export interface LoadedDetail {
  /** The CRM id of the customer shown (also when found by email or phone); `''` when none is. */
  customerId: string;
  /** False when the server has no customer with this id, or a lookup found nobody or several. */
  found: boolean;
  /** Set when the card looked the customer up by email or phone: the kind, never the value. */
  lookup?: LookupKind;
  /** For a lookup that shows nobody: `no-match` (no customer has it) or `ambiguous` (several do). */
  match?: 'no-match' | 'ambiguous';
  /** With `match: 'ambiguous'`: how many customers share the email or phone. */
  count?: number;
}

export interface ErrorDetail {
  customerId: string;
  /**
   * Why, as a stable code; `invalid-email` / `invalid-phone`: the value set on the card cannot
   * be looked up, and nothing was sent.
   */
  reason: FailureReason | 'invalid-email' | 'invalid-phone';
  /** HTTP status, when the failure came with one. */
  status?: number;
  /**
   * True when retrying cannot help and the card's setup must change (endpoint, credentials,
   * the server's CORS policy or schema); the card then shows "check the card's configuration".
   */
  configuration: boolean;
  /** Set when the card was looking the customer up by email or phone: the kind, never the value. */
  lookup?: LookupKind;
}

export interface HintDismissDetail {
  customerId: string;
  hintId: string;
  /** Every hint id of the row the agent dismissed (one event is fired for each of them). */
  hintIds: string[];
  reason: DismissReason;
  /** The agent's free text, at most 500 characters; may be empty. */
  note: string;
}

export interface OpenDetail {
  customerId: string;
  type: 'ticket' | 'contact' | 'product';
  id: string;
}

export interface Customer360EventMap {
  'customer360-loaded': CustomEvent<LoadedDetail>;
  'customer360-error': CustomEvent<ErrorDetail>;
  'customer360-hint-dismiss': CustomEvent<HintDismissDetail>;
  'customer360-open': CustomEvent<OpenDetail>;
}

export function emit<K extends keyof Customer360EventMap>(
  target: EventTarget,
  type: K,
  detail: Customer360EventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}

declare global {
  // Lets `el.addEventListener('customer360-loaded', e => e.detail.customerId)` type-check.
  interface GlobalEventHandlersEventMap extends Customer360EventMap {}
}
