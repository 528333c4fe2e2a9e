/**
 * Where keyboard focus lands once an action settles, as a reactive controller: "Try again" and
 * "Show more" leave the page (a skeleton replaces the error; the last page removes the button),
 * and focus must not fall to the document's body. After "Try again": the retry button again if
 * it failed again, else the card. After "Show more": the button if more remain, else the first
 * entry it revealed. Only when focus was lost meanwhile: never taken from wherever the agent
 * went since.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

export class FocusController implements ReactiveController {
  private _after?: {action: 'retry'} | {action: 'more'; shown: number};

  constructor(
    private readonly _host: Host,
    /** True while the action's result is not on screen yet (the load or the page still running). */
    private readonly _busy: (action: 'retry' | 'more') => boolean,
  ) {
    _host.addController(this);
  }

  /** The agent asked to try again. */
  retried(): void {
    this._after = {action: 'retry'};
  }

  /** The agent asked for more history, `shown` entries being on screen. */
  more(shown: number): void {
    this._after = {action: 'more', shown};
  }

  hostUpdated(): void {
    const after = this._after;
    if (!after || this._busy(after.action)) return;
    const root = this._host.renderRoot;
    const target =
      after.action === 'retry'
        ? (root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('[part~="card"]'))
        : (root.querySelector<HTMLElement>('[part~="show-more"]') ??
          root.querySelectorAll<HTMLElement>('[part~="history"] li button')[after.shown] ??
          root.querySelector<HTMLElement>('[part~="card"]'));
    this._after = undefined;
    const active = document.activeElement;
    const host = this._host;
    if (!active || active === document.body || (active === host && !host.shadowRoot?.activeElement)) target?.focus();
  }
}
