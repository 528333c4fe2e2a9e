/**
 * What the agent teaches the server, as a reactive controller: dismissals sent as
 * `Mutation.dismissHint`, and the customer's notes. All of it is in a file of its own
 * (dist/feedback.js beside the script: src/feedback/), asked for once the card has shown a
 * customer, so it never delays a first card. With feedback off (`feedback="off"`), or when the
 * file cannot be loaded, the card behaves as without a server: the dismiss event only, no notes.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {importFeedback, type FeedbackFile} from '../beside.js';
import {sameBuild} from '../core/build.js';
import type {Timers} from './retry.js';
import {browserTimers} from './retry.js';
import {requestOptions, type Transport} from '../data/load.js';
import type {Hint} from '../hints/types.js';
import {formatDate, formatRelative} from '../i18n/format.js';
import type {RenderContext} from '../ui/context.js';
import type {Dismissal} from '../ui/hints.js';

let file: Promise<FeedbackFile | undefined> | undefined;

/** The feedback file, once per page; `undefined` when it could not be loaded (a card made later tries again). */
function loadFeedback(): Promise<FeedbackFile | undefined> {
  return (file ??= importFeedback()
    .then((loaded) => sameBuild('feedback.js', loaded))
    .catch(() => (file = undefined)));
}

export interface FeedbackInputs {
  /** The `feedback` setting. */
  on: boolean;
  /** The customer shown, once shown. */
  shown?: string;
  endpoint?: URL;
  transport: Transport;
  timers?: Timers;
  delay: number;
}

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export class FeedbackController implements ReactiveController {
  private _session?: InstanceType<FeedbackFile['Feedback']>;
  private _loading?: Promise<boolean>;
  private _connected = true;

  constructor(
    private readonly _host: Host,
    private readonly _inputs: () => FeedbackInputs,
    private readonly _want: (name: string, load: () => Promise<boolean>) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._connected = true;
    this._live();
  }

  hostDisconnected(): void {
    this._connected = false;
    this._live();
  }

  /** Retries run while the card is on the page with feedback on (turned off: nothing is sent). */
  private _live(): void {
    this._session?.live(this._connected && this._inputs().on);
  }

  /** After the first customer shows: the file, then a session for this card. */
  hostUpdated(): void {
    this._live();
    const inputs = this._inputs();
    if (!inputs.on || !inputs.shown || this._loading) return;
    const host = this._host;
    const load = (this._loading = loadFeedback().then((loaded) => {
      if (!loaded) return false;
      this._session = new loaded.Feedback({
        html,
        nothing,
        relative: formatRelative,
        date: formatDate,
        root: host.renderRoot,
        update: () => host.requestUpdate(),
        updated: () => host.updateComplete,
        timers: () => this._inputs().timers ?? browserTimers,
        delay: () => this._inputs().delay,
        endpoint: () => this._inputs().endpoint,
        transport: () => this._inputs().transport,
        options: requestOptions,
      });
      return true;
    }));
    this._want('feedback', () => load);
  }

  /** The agent dismissed a row (the card shows it and sent its events): sent when feedback is on. */
  dismiss(customerId: string, hints: readonly Hint[], dismissal: Dismissal): void {
    if (this._inputs().on) void this._loading?.then(() => this._session?.dismiss(customerId, hints, dismissal));
  }

  /** Unsaved dismissals and the notes section, when feedback is on and its file is in. */
  render(customerId: string, ctx: RenderContext): unknown {
    return this._inputs().on && this._session ? this._session.render(customerId, ctx) : nothing;
  }
}
