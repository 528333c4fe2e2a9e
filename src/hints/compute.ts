import {customerTimeZone, tenureOf} from '../data/derive.js';
import type {CustomerView} from '../data/view-model.js';
import {collectFacts} from './facts.js';
import {createFormatter, resolveLocale} from '../core/format.js';
import {isLegalHint} from './catalog.js';
import {isBlocker, mergeHints, toHint} from './merge.js';
import {en} from './messages.js';
import {hintTexts, registerHintTexts} from './texts.js';
import {resolveHintOptions} from '../core/hint-options.js';
import {BUILTIN_RULES} from './rules.js';
import type {RuleEnv} from './rules.js';
import {zonedParts} from '../core/time.js';
import type {Hint, HintInput, HintRule} from './types.js';

// The engine brings English with it; other languages are registered when their file loads.
registerHintTexts('en', en);

/**
 * The ordered do / don't hints for one customer. Pure: same view and input (with `now`)
 * give a deep-equal result; nothing here touches the DOM, the network or the clock beyond
 * the `new Date()` default. Reads only the view's one page of contacts and the server's
 * aggregates, so a 10,000-contact history costs the same as a 10-contact one.
 */
export function computeHints(data: CustomerView, input: HintInput = {}): Hint[] {
  // The host's clock is the one input not checked by the data layer.
  const now = input.now instanceof Date && !Number.isNaN(input.now.getTime()) ? new Date(input.now.getTime()) : new Date();
  const warn = typeof input.onWarning === 'function' ? input.onWarning : () => {};
  const view = behindTheData(data, now) ? assumeContactLimits(data, warn) : data;
  // A host's options object with throwing getters costs its options, not the hints.
  const options = resolveHintOptions(input.options, warn);
  const timeZone = customerTimeZone(view, options.jurisdiction.defaultTimeZone);
  const resolved = resolveLocale(typeof input.locale === 'string' ? input.locale : undefined);
  const {language, locale} = resolved;
  const format = createFormatter(resolved, timeZone, now);
  const ctx = {now, language, locale, timeZone, options, format};
  const today = zonedParts(now, timeZone).epochDay;
  const promotionsDisabled = input.promotionsDisabled === true;
  const env: RuleEnv = {
    ...ctx,
    view,
    m: input.texts ?? hintTexts(language),
    facts: collectFacts(view),
    today,
    tenure: tenureOf(view.customerSince, today),
    promotionsDisabled,
  };

  const hints: Hint[] = [];
  const keep = (hint: Hint | undefined): void => {
    if (hint) hints.push(hint);
  };
  // Server data the mapping let through in a shape no test foresaw costs one hint, not the card.
  for (const rule of BUILTIN_RULES) keep(guard(() => rule(env)));
  // A blocker computed by the card counts even if its hint is then suppressed or replaced:
  // hiding a warning does not lift the protection. Without tickets or products we cannot rule
  // out a complaint or a cancellation: no selling either (nor when a list was cut short).
  const blocked =
    promotionsDisabled ||
    view.failed.includes('tickets') ||
    view.failed.includes('products') ||
    (view.truncated ?? []).some((path) => TRUNCATION_BLOCKS.test(path)) ||
    hints.some(isBlocker);
  // The legal hints the card computed: nobody else may replace or hide them.
  const legal = new Set(hints.filter((h) => isLegalHint(h.id)).map((h) => h.id));

  const rules: unknown = input.rules ?? [];
  if (!Array.isArray(rules)) warn('customer-360: hintRules ignored: not an array.');
  (Array.isArray(rules) ? (rules as unknown[]) : []).forEach((rule, index) => {
    // Each host rule runs alone and is checked alone: one that throws, returns something
    // other than a list of hints, or a hint that cannot be read costs its own hints (with one
    // warning that names the rule, never the data or the error text, which may hold customer
    // data), never the card's or another rule's.
    const problem = (why: string) => warn(`customer-360: host hint rule #${index} ${why}.`);
    if (typeof rule !== 'function') return problem('ignored: not a function');
    let drafts: unknown;
    try {
      drafts = (rule as HintRule)(view, ctx);
    } catch {
      return problem('threw: its hints are dropped');
    }
    if (!Array.isArray(drafts)) return problem('ignored: did not return an array');
    let why: string | undefined;
    for (const draft of drafts.slice(0, MAX_HOST_HINTS) as unknown[]) {
      const hint = guard(() => toHint(draft, 'host'));
      if (!hint) why ??= 'returned an invalid hint (id, kind, text): dropped';
      else if (legal.has(hint.id)) why ??= `cannot replace the legal hint "${hint.id}"`;
      else keep(hint);
    }
    if (drafts.length > MAX_HOST_HINTS) why ??= `returned over ${MAX_HOST_HINTS} hints: the rest are dropped`;
    if (why) problem(why);
  });
  for (const sent of view.serverHints) {
    const hint = guard(() => toHint(sent, 'server'));
    if (hint && legal.has(hint.id)) warn(`customer-360: a server hint cannot replace the legal hint "${hint.id}".`);
    else keep(hint);
  }

  // Each suppressed id, with the evidence fingerprint it is limited to (`null`: whatever the
  // evidence). The host's list hides by id; a server's suppression with a `fingerprint` (a
  // stored dismissal) only the hint about those same records.
  const suppressed = new Map<string, (string | null)[]>();
  const suppress: unknown = input.suppress ?? [];
  if (!Array.isArray(suppress)) warn('customer-360: suppressHints ignored: not an array.');
  const entries: [unknown, string | null][] = [
    ...(Array.isArray(suppress) ? (suppress as unknown[]) : []).map((id): [unknown, null] => [id, null]),
    ...view.serverHints.filter((s) => s.suppress).map((s): [unknown, string | null] => [s.id, s.fingerprint ?? null]),
  ];
  for (const [id, fingerprint] of entries) {
    if (typeof id !== 'string') continue;
    const trimmed = id.trim();
    if (legal.has(trimmed)) warn(`customer-360: the legal hint "${trimmed}" cannot be suppressed.`);
    else suppressed.set(trimmed, [...(suppressed.get(trimmed) ?? []), fingerprint]);
  }
  return mergeHints(hints, suppressed, blocked);
}

/** Truncated lists that could hold a reason not to sell (see `CustomerView.truncated`). */
const TRUNCATION_BLOCKS = /^customer\.(tickets|products|offers|hints)$/;

/** Hints kept from one host rule; a rule returning thousands is a bug, not advice. */
const MAX_HOST_HINTS = 50;

function guard<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** How far the clock may run behind the newest record before the windows are not trusted. */
const CLOCK_SKEW_MS = 24 * 3_600_000;

/**
 * Whether `now` is more than a day before the newest contact the data holds: a host clock set
 * in the past (or a wrong server clock). Counted from such a `now`, the windows of the contact
 * cap and of a refusal's quiet time hold nothing, and the card would say nothing against a call.
 */
function behindTheData(view: CustomerView, now: Date): boolean {
  const {summary, contacts} = view;
  const dates = [summary.last?.at, summary.lastRefusal?.at, contacts.items[0]?.at, ...summary.outboundSolicitations.slice(0, 1)];
  return dates.some((at) => at instanceof Date && at.getTime() - now.getTime() > CLOCK_SKEW_MS);
}

/** The contact limits taken as reached, as when their data cannot be read (fail closed), with one warning. */
function assumeContactLimits(view: CustomerView, warn: (message: string) => void): CustomerView {
  warn("customer-360: the clock (now) is behind this customer's contacts; the contact cap and refusals are assumed reached.");
  const assumed = new Set([...(view.assumed ?? []), 'contact-pressure', 'refusals'] as const);
  return {...view, assumed: [...assumed]};
}
