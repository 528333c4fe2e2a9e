import type {CustomerView} from '../data/view-model.js';
import {HINT_IDS} from './catalog.js';
import {collectFacts, isValidDate} from './facts.js';
import {createFormatter, resolveLocale} from './format.js';
import {fromDraft, fromServer, mergeHints} from './merge.js';
import {messages} from './messages.js';
import {resolveHintOptions} from './options.js';
import {BUILTIN_RULES, tenureOf} from './rules.js';
import type {RuleEnv} from './rules.js';
import {isValidTimeZone, zonedParts} from './time.js';
import type {Hint, HintContext, HintInput} from './types.js';

/**
 * The ordered do / don't hints for one customer. Pure: same view and input (with `now`)
 * give a deep-equal result; nothing here touches the DOM, the network or the clock beyond
 * the `new Date()` default. Reads only the view's one page of contacts and the server's
 * aggregates, so a 10,000-contact history costs the same as a 10-contact one.
 */
export function computeHints(view: CustomerView, input: HintInput = {}): Hint[] {
  const now = isValidDate(input.now) ? new Date(input.now.getTime()) : new Date();
  const options = resolveHintOptions(input.options);
  const timeZone = pickTimeZone(view.timeZone, options.jurisdiction.defaultTimeZone);
  const locale = resolveLocale(input.locale);
  const format = createFormatter(locale, timeZone, now);
  const ctx: HintContext = {now, language: locale.language, locale: locale.locale, timeZone, options, format};
  const today = zonedParts(now, timeZone).epochDay;
  const promotionsDisabled = input.promotionsDisabled === true;
  const env: RuleEnv = {
    view,
    ctx,
    f: format,
    m: messages[locale.language],
    facts: collectFacts(view),
    today,
    tenure: tenureOf(view, today),
    promotionsDisabled,
  };

  const card: Hint[] = [];
  for (const id of HINT_IDS) {
    // Server data the mapping let through in a shape no test foresaw costs one hint, not the card.
    const hint = guard(() => BUILTIN_RULES[id](env));
    if (hint) card.push(hint);
  }

  const host: Hint[] = [];
  for (const rule of input.rules ?? []) {
    // A host rule that throws or returns junk costs its own hints, never the card.
    const drafts = guard(() => rule(view, ctx));
    if (!Array.isArray(drafts)) continue;
    for (const draft of drafts) {
      const hint = fromDraft(draft);
      if (hint) host.push(hint);
    }
  }

  const server: Hint[] = [];
  const suppressed = new Set<string>();
  for (const id of input.suppress ?? []) if (typeof id === 'string') suppressed.add(id.trim());
  for (const sent of view.serverHints) {
    if (sent.suppress && typeof sent.id === 'string') suppressed.add(sent.id.trim());
    const hint = fromServer(sent);
    if (hint) server.push(hint);
  }

  // Without tickets or products we cannot rule out a complaint or a cancellation: no selling.
  const promotionBlocked =
    promotionsDisabled || view.failed.includes('tickets') || view.failed.includes('products');
  return mergeHints({card, host, server, suppressed, promotionBlocked});
}

function pickTimeZone(customer: string | undefined, fallback: string): string {
  if (customer && isValidTimeZone(customer)) return customer;
  return isValidTimeZone(fallback) ? fallback : 'UTC';
}

function guard<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
