/**
 * The card's hints, as a reactive controller: recomputed before an update only when what they
 * depend on changed (the view, the engine, the settings, the clock's minute), never on a render
 * that only opens a form or shows a countdown. Cards showing the same view with the same
 * settings share one result (data/share.ts); host rules are the host's code and never shared.
 *
 * A faulty host setting costs its own hints with one warning (computeHints isolates each
 * rule); should the engine throw anyway, the built-in hints alone are shown, never none.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HintOptionsInit} from '../core/hint-options.js';
import {share} from '../data/share.js';
import type {CustomerView} from '../data/view-model.js';
import type {HintEngine} from '../hints/lazy.js';
import {hintTexts} from '../hints/texts.js';
import type {Hint, HintRule} from '../hints/types.js';
import {supportedLocale} from '../i18n/format.js';

/** Everything the hints depend on, read before each update. */
export interface HintInputs {
  view?: CustomerView;
  engine?: HintEngine;
  disabled: boolean;
  /** The clock of this update (see ClockController); the hints follow it to the minute. */
  now: Date;
  locale: string;
  options?: HintOptionsInit;
  /** The provider's rules, then the card's (either may be a host's mistake: not a list). */
  providerRules?: unknown;
  rules?: unknown;
  suppress?: unknown;
  promotionsDisabled: boolean;
}

export class HintsController implements ReactiveController {
  /** Every hint for the current view, in priority order; empty until the view and engine are in. */
  hints: readonly Hint[] = [];

  private _key: readonly unknown[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly _inputs: () => HintInputs,
    private readonly _warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const input = this._inputs();
    const minute = Math.floor(input.now.getTime() / 60_000);
    const key = [
      input.engine,
      input.view,
      input.disabled,
      minute,
      input.locale,
      input.options,
      input.providerRules,
      input.rules,
      input.suppress,
      input.promotionsDisabled,
    ];
    if (key.length === this._key.length && key.every((value, i) => Object.is(value, this._key[i]))) return;
    this._key = key;
    const {view, engine} = input;
    this.hints = view && engine && !input.disabled ? this._compute(view, engine, input, minute) : [];
  }

  private _compute(view: CustomerView, engine: HintEngine, input: HintInputs, minute: number): readonly Hint[] {
    const {locale, now, options} = input;
    const texts = hintTexts(supportedLocale(locale));
    const list = (value: unknown, name: string): unknown[] => {
      if (Array.isArray(value) || value == null) return (value as unknown[] | undefined) ?? [];
      this._warn(`customer-360: ${name} ignored: not an array.`);
      return [];
    };
    const rules = [...list(input.providerRules, 'provider hintRules'), ...list(input.rules, 'hintRules')] as HintRule[];
    const suppress = list(input.suppress, 'suppressHints') as string[];
    const compute = () =>
      engine.computeHints(view, {
        now,
        locale,
        texts,
        options,
        rules,
        suppress,
        promotionsDisabled: input.promotionsDisabled,
        onWarning: this._warn,
      });
    try {
      return rules.length ? compute() : share(view, [minute, locale, options, input.suppress, input.promotionsDisabled], compute);
    } catch {
      // Not expected (every host piece is isolated): the warning never quotes the error, which
      // may hold customer data.
      this._warn('customer-360: host hint settings ignored.');
      try {
        return engine.computeHints(view, {now, locale, texts});
      } catch {
        return [];
      }
    }
  }
}
