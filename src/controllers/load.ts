/**
 * Loading the customer a card asks for, as a reactive controller: a `@lit/task` run per
 * request identity (display settings never reload), the engine and language files awaited with
 * the data, automatic retries (RetryController), and the card's `customer360-loaded` /
 * `customer360-error` events, fired only for the identity still asked for: a late answer for
 * an old id, email or phone never paints and is never announced.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus, type StatusRenderer} from '@lit/task';
import {LoadFailure, isAbort} from '../data/errors.js';
import {loadCustomer, type Loaded, type Transport} from '../data/load.js';
import {sameRequest, type CustomerRequest} from '../data/request.js';
import {redactEndpoint} from '../data/settings.js';
import type {CustomerView} from '../data/view-model.js';
import {emit} from '../events.js';
import type {Customer360Config} from '../provider/context.js';
import {RetryController, type Timers} from './retry.js';

/** What the controller reads from its card, each time it needs it. */
export interface LoadSettings {
  /** Who is asked for now (recomputed by the card before each update). */
  request(): CustomerRequest;
  /** The enclosing provider's configuration: its cache, batcher and revision. */
  config(): Customer360Config | undefined;
  transport(): Transport;
  /** Files to wait for with the data (engine, language), if any are on their way. */
  files(): Promise<void> | undefined;
  /** Milliseconds before the first automatic retry. */
  retryDelay(): number;
  /** The timers automatic retries use (`undefined`: the browser's). */
  timers(): Timers | undefined;
  /** A run started (the card drops the previous customer's history pages). */
  started(): void;
  /** Load again from the server (the card also drops its shared answer and retries its files). */
  reload(): void;
  warn(key: string, message: string): void;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

export class LoadController implements ReactiveController {
  /** The request of the latest run. */
  running?: CustomerRequest;

  private readonly _task: Task<readonly [CustomerRequest, unknown, unknown], Loaded>;
  readonly retry: RetryController;

  constructor(
    private readonly _host: Host,
    private readonly _settings: LoadSettings,
  ) {
    _host.addController(this);
    this._task = new Task(_host, {
      args: () => [_settings.request(), _settings.config()?.cache, _settings.config()?.revision] as const,
      argsEqual: ([a, cacheA, revA], [b, cacheB, revB]) => sameRequest(a, b) && cacheA === cacheB && revA === revB,
      task: ([request], {signal}) => this._load(request, signal),
      onComplete: (loaded) => this._complete(loaded),
      onError: (error) => this._failed(error),
    });
    this.retry = new RetryController(_host, {
      retry: () => void this.run(),
      delay: _settings.retryDelay,
      timers: _settings.timers,
    });
  }

  hostConnected(): void {
    // Back on the page after leaving it in error or mid-request (the request was aborted):
    // load again. A loaded card stays as it was.
    if (this._host.hasUpdated && (this.status === TaskStatus.ERROR || this.pending)) this._settings.reload();
  }

  hostDisconnected(): void {
    // Off the page: the request is aborted; nothing is fired afterwards.
    this._task.abort();
  }

  get status(): TaskStatus {
    return this._task.status;
  }

  get pending(): boolean {
    return this._task.status === TaskStatus.PENDING;
  }

  /** The loaded customer, only if it is the one currently asked for (same id, email or phone). */
  get view(): CustomerView | undefined {
    const value = this._task.status === TaskStatus.COMPLETE ? this._task.value : undefined;
    return value?.kind === 'found' && value.identity === this._settings.request().identity ? value.view : undefined;
  }

  run(): Promise<void> {
    return this._task.run();
  }

  render(renderers: StatusRenderer<Loaded>): unknown {
    return this._task.render(renderers);
  }

  private _load(request: CustomerRequest, signal: AbortSignal): Promise<Loaded> {
    const {warn} = this._settings;
    this.running = request;
    this._settings.started();
    // A card off the page asks for nothing (a property set meanwhile); it loads when back.
    if (!this._host.isConnected) return Promise.reject(new DOMException('detached', 'AbortError'));
    if (request.kind === 'no-id') warn('id', 'customer-360: no customer-id set; nothing to show.');
    if (request.kind === 'bad-endpoint') {
      // Never the whole value: a query string or user info may hold a token.
      warn('endpoint', `customer-360: endpoint "${redactEndpoint(request.endpoint)}" is not a usable http(s) URL.`);
    }
    const config = this._settings.config();
    const loaded = loadCustomer(request, this._settings.transport(), signal, config?.cache, config?.batcher);
    // The engine and the language file are fetched in parallel with the data: the customer
    // appears with the call brief, in the agent's language.
    const files = this._settings.files();
    return files ? Promise.all([loaded, files]).then(([value]) => value) : loaded;
  }

  private _complete(loaded: Loaded) {
    this.retry.reset();
    const host = this._host;
    // Who is asked for may have changed since this run began (the new run starts at the next
    // update): never announce an old customer under the new id, email or phone.
    if (!host.isConnected || loaded.kind === 'no-id' || loaded.identity !== this._settings.request().identity) return;
    // Events name a lookup's kind, never its value.
    if (loaded.kind === 'invalid-lookup') {
      emit(host, 'customer360-error', {
        customerId: '',
        reason: `invalid-${loaded.lookup}`,
        configuration: false,
        lookup: loaded.lookup,
      });
    } else if (loaded.kind === 'found' || loaded.kind === 'not-found') {
      const lookup = loaded.kind === 'found' ? loaded.lookup : undefined;
      emit(host, 'customer360-loaded', {customerId: loaded.id, found: loaded.kind === 'found', ...(lookup ? {lookup} : {})});
    } else {
      const count = loaded.kind === 'ambiguous' ? {count: loaded.count} : {};
      emit(host, 'customer360-loaded', {customerId: '', found: false, lookup: loaded.lookup, match: loaded.kind, ...count});
    }
  }

  private _failed(error: unknown) {
    const running = this.running;
    const {warn} = this._settings;
    if (isAbort(error) || !this._host.isConnected || !running || running.identity !== this._settings.request().identity) return;
    const failure = error instanceof LoadFailure ? error : new LoadFailure('bad-response');
    if (failure.reason === 'bad-response') {
      warn('response', 'customer-360: the endpoint did not answer with GraphQL JSON; is it a GraphQL endpoint?');
    }
    if (failure.reason === 'cross-origin') {
      warn(
        'cors',
        'customer-360: the endpoint answers, but its CORS headers do not allow this page (Access-Control-Allow-Origin).',
      );
    }
    if (failure.reason === 'headers') {
      warn('headers', 'customer-360: getHeaders() threw, did not answer string headers, or did not answer within the timeout.');
    }
    this.retry.failed(failure);
    const id = running.kind === 'query' || running.kind === 'bad-endpoint' ? running.id : '';
    const lookup = running.kind === 'lookup' || running.kind === 'bad-endpoint' ? running.lookup : undefined;
    emit(this._host, 'customer360-error', {
      customerId: id,
      reason: failure.reason,
      status: failure.status,
      configuration: failure.configuration,
      ...(lookup ? {lookup} : {}),
    });
  }
}
