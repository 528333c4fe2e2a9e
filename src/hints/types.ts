import type {CustomerView} from '../data/view-model.js';
import type {HintId, HintKind, HintSeverity} from './catalog.js';
import type {Messages} from './messages.js';
import type {HintFormat, PluralForms} from '../core/format.js';
import type {HintOptions, HintOptionsInit} from '../core/hint-options.js';
import type {Language} from '../core/locale.js';

export type {HintId, HintKind, HintSeverity};

/** Where a hint came from. Precedence on a shared id: server > host > card. */
export type HintSource = 'card' | 'host' | 'server';

export interface HintEvidenceRef {
  type: 'ticket' | 'contact' | 'offer' | 'product';
  id: string;
}

/** One fact behind a hint, already localized: what the agent reads when they expand it. */
export interface HintEvidence {
  label: string;
  value: string;
  /** The record it comes from, so the card can link or highlight it. */
  ref?: HintEvidenceRef;
}

export interface Hint {
  /** A catalog id (`HINT_IDS`) or a deployment's own id. */
  id: string;
  kind: HintKind;
  severity: HintSeverity;
  /** One short imperative line in the requested locale (one line in a 400 px sidebar). */
  text: string;
  /** A short second line the call brief shows under the text (a date, a reason); optional. */
  detail?: string;
  evidence: HintEvidence[];
  /** Following it would lead to selling; removed whenever promotion is blocked. */
  promotional: boolean;
  source: HintSource;
  /**
   * For the card's reasons not to call (`contact-fatigue`, `refused-recently`,
   * `outside-calling-hours`): the first instant an outbound sales call is allowed again by
   * every reason that applies (the contact cap, the quiet time after a refusal, the legal
   * canvassing hours and public holidays in the customer's zone, their preferred hours).
   * Absent when no such instant is known: `do-not-contact` has none, an unread history gives
   * none, and none may come within the search's two weeks.
   */
  until?: Date;
}

/** What a host rule returns: a hint without its source, with optional severity and evidence. */
export interface HintDraft {
  id: string;
  kind: HintKind;
  /** 1 (most urgent) to 5; defaults to the catalog's for a catalog id, else 3. */
  severity?: number;
  text: string;
  /** A short second line shown under the text in the call brief. */
  detail?: string;
  evidence?: HintEvidence[];
  /** Defaults to `false`. Mark every hint that leads to selling. */
  promotional?: boolean;
}

/** The languages the hints are written in. */
export type HintLanguage = Language;

export type {HintFormat, PluralForms};

/** What every rule (built-in or host) gets besides the view. */
export interface HintContext {
  now: Date;
  /** The message language actually used ('fr-CA' → 'fr', unknown → 'en'). */
  language: HintLanguage;
  /** The locale tag used for Intl formatting (the caller's tag when its language is supported). */
  locale: string;
  /** The customer's IANA zone, or the jurisdiction's default when unknown or invalid. */
  timeZone: string;
  options: HintOptions;
  format: HintFormat;
}

/** A host rule: a pure function from the view to extra hints. */
export type HintRule = (view: CustomerView, ctx: HintContext) => readonly HintDraft[];

export interface HintInput {
  /** The clock; defaults to `new Date()`. Pass it for deterministic output. */
  now?: Date;
  /** The agent's locale: 'en' or 'fr', regional tags accepted ('fr-CA' → French); unknown → English. */
  locale?: string;
  /** Partial thresholds and jurisdiction, deep-merged over `defaultHintOptions`. */
  options?: HintOptionsInit;
  /** Extra rules from the host page, run after the built-in ones. */
  rules?: readonly HintRule[];
  /** Ids the host turns off, whatever their source. */
  suppress?: readonly string[];
  /** Host-wide switch: behaves like a quiet period (no promotional hint, `quiet-period` shown). */
  promotionsDisabled?: boolean;
  /**
   * Told once per problem with the host's rules, suppressions or server hints (a rule that
   * throws, a value of the wrong type, an attempt to replace or hide a legal hint). Messages
   * name the rule by position (and function name), never customer data.
   */
  onWarning?: (message: string) => void;
  /**
   * The texts to write the hints with, instead of those registered for the locale's language
   * (the card passes the ones it loaded; see src/hints/lazy.ts).
   */
  texts?: Messages;
}
