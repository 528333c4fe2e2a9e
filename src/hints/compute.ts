import type {CustomerView} from '../data/view-model.js';
import {collectFacts} from './facts.js';
import {createFormatter, resolveLocale} from './format.js';
import {isBlocker, mergeHints, toHint} from './merge.js';
import {messages} from './messages.js';
import {resolveHintOptions} from './options.js';
import {BUILTIN_RULES, tenureOf} from './rules.js';
import type {RuleEnv} from './rules.js';
import {isValidTimeZone, zonedParts} from './time.js';
import type {Hint, HintInput} from './types.js';

/**
 * The ordered do / don't hints for one customer. Pure: same view and input (with `now`)
 * give a deep-equal result; nothing here touches the DOM, the network or the clock beyond
 * the `new Date()` default. Reads only the view's one page of contacts and the server's
 * aggregates, so a 10,000-contact history costs the same as a 10-contact one.
 */
export function computeHints(view: CustomerView, input: HintInput = {}): Hint[] {
  // The host's clock is the one input not checked by the data layer.
  const now = input.now instanceof Date && !Number.isNaN(input.now.getTime()) ? new Date(input.now.getTime()) : new Date();
  const options = resolveHintOptions(input.options);
  const timeZone =
    [view.timeZone, options.jurisdiction.defaultTimeZone].find((zone) => zone && isValidTimeZone(zone)) ?? 'UTC';
  const resolved = resolveLocale(input.locale);
  const {language, locale} = resolved;
  const format = createFormatter(resolved, timeZone, now);
  const ctx = {now, language, locale, timeZone, options, format};
  const today = zonedParts(now, timeZone).epochDay;
  const promotionsDisabled = input.promotionsDisabled === true;
  const env: RuleEnv = {
    ...ctx,
    view,
    m: messages[language],
    facts: collectFacts(view),
    today,
    tenure: tenureOf(view, today),
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
  // out a complaint or a cancellation: no selling either.
  const blocked =
    promotionsDisabled || view.failed.includes('tickets') || view.failed.includes('products') || hints.some(isBlocker);
  for (const rule of input.rules ?? []) {
    // A host rule that throws or returns junk costs its own hints, never the card.
    const drafts = guard(() => rule(view, ctx));
    if (Array.isArray(drafts)) for (const draft of drafts) keep(toHint(draft, 'host'));
  }
  for (const sent of view.serverHints) keep(toHint(sent, 'server'));

  const suppressed = new Set<string>();
  const ids: unknown[] = [...(input.suppress ?? []), ...view.serverHints.filter((s) => s.suppress).map((s) => s.id)];
  for (const id of ids) if (typeof id === 'string') suppressed.add(id.trim());
  return mergeHints(hints, suppressed, blocked);
}

function guard<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
