/**
 * One clock per update, as a reactive controller: the host's `now` when it set a usable one,
 * else the current time, read once before each update, so the header, the dates and the hints
 * of one render agree. On the current time, the host is updated again when the minute changes
 * (relative dates move, a calling window opens) while it is on the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {browserTimers, type Timers} from './retry.js';

export class ClockController implements ReactiveController {
  /** The instant of the current update. */
  now = new Date();

  private _timer?: unknown;
  private _connected = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** The host's clock, `undefined` for the current time. */
    private readonly _fixed: () => Date | undefined,
    private readonly _timers: Timers = browserTimers,
    private readonly _current: () => number = Date.now,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._connected = true;
  }

  hostDisconnected(): void {
    this._connected = false;
    this._cancel();
  }

  hostUpdate(): void {
    const fixed = this._fixed();
    this._cancel();
    if (fixed) {
      this.now = fixed;
      return;
    }
    const time = this._current();
    this.now = new Date(time);
    if (this._connected) {
      this._timer = this._timers.setTimeout(
        () => {
          this._timer = undefined;
          this._host.requestUpdate();
        },
        60_000 - (time % 60_000),
      );
    }
  }

  private _cancel() {
    if (this._timer !== undefined) this._timers.clearTimeout(this._timer);
    this._timer = undefined;
  }
}
