/**
 * The files a card loads beside its script (its language's texts, the hint engine), as a
 * reactive controller: each asked for once, the host updated when it settles, a failure
 * remembered (one warning, no loop) until `retry`.
 *
 * `pending` lets the card's first load and its `updateComplete` wait for what is on its way,
 * so the customer appears with its brief, in its language, in one go.
 */
import type {ReactiveControllerHost} from 'lit';
import {hintEngine, loadHintEngine} from '../hints/lazy.js';
import {supportedLocale} from '../i18n/format.js';
import {hasLocale, loadLocale} from '../i18n/locales.js';

/**
 * The end of the warning for a file the script loads from beside itself: module imports are
 * CORS requests, so a script host on another origin must allow the page (docs/cross-origin.md).
 */
const NOT_BESIDE = ' (beside the script) could not be loaded: is it deployed there, with CORS headers if that is another origin?';

/** Needs no lifecycle hook: it only asks its host for an update when a file settles. */
export class FilesController {
  private readonly _loading = new Map<string, Promise<void>>();
  private readonly _asked = new Set<string>();
  private readonly _failed = new Set<string>();

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _warn: (key: string, message: string) => void = () => {},
  ) {}

  /**
   * English is built in; another language's texts are a file loaded the first time a card
   * shows that language (src/i18n/locales.ts). Until it is in, the card shows English; if it
   * cannot load, English stays, with a warning.
   */
  wantLocale(locale: string): void {
    const language = supportedLocale(locale);
    if (hasLocale(language)) return;
    this.want(
      `locale ${language}`,
      () => loadLocale(language),
      () => this._warn(`locale ${language}`, `customer-360: locales/${language}.js${NOT_BESIDE} Showing English.`),
    );
  }

  /** The locale a card shows: `locale` once its texts are in, English until then. */
  shown(locale: string): string {
    return hasLocale(supportedLocale(locale)) ? locale : 'en';
  }

  /**
   * The hint rules are a file of their own (src/hints/lazy.ts), asked for once a card has
   * someone to load. If it cannot be loaded the card says so where the hints would be, with a
   * warning; `retry('engine')` lets a refresh try again.
   */
  wantEngine(): void {
    if (!hintEngine()) this.wantBeside('engine', 'hints-engine.js', () => loadHintEngine().then(Boolean));
  }

  /** Asks for the file `file` beside the script once, under `name`, with one warning if it cannot be loaded. */
  wantBeside(name: string, file: string, load: () => Promise<boolean>): void {
    this.want(name, load, () => this._warn(name, `customer-360: ${file}${NOT_BESIDE}`));
  }

  /**
   * Asks for the file `name` once: `load` resolves true when it is in, false when it could
   * not be loaded (then `onFail` runs, once, and the name stays failed until `retry`).
   */
  want(name: string, load: () => Promise<boolean>, onFail: () => void): void {
    if (this._asked.has(name)) return;
    this._asked.add(name);
    const done = load().then((ok) => {
      this._loading.delete(name);
      if (!ok) {
        this._failed.add(name);
        onFail();
      }
      this._host.requestUpdate();
    });
    this._loading.set(name, done);
  }

  /** Whether `name` could not be loaded. */
  failed(name: string): boolean {
    return this._failed.has(name);
  }

  /** Lets `name` be asked for again (a refresh after a failure). */
  retry(name: string): void {
    if (!this._failed.delete(name)) return;
    this._asked.delete(name);
  }

  /** Resolves when every file now on its way has settled; `undefined` when none is. */
  get pending(): Promise<void> | undefined {
    return this._loading.size ? Promise.all(this._loading.values()).then(() => undefined) : undefined;
  }
}
