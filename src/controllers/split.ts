/**
 * Splits the first render of a newly shown customer over two tasks, as a reactive controller.
 *
 * Building the whole card at once (header, brief, tickets, products, history, chart) in the
 * task that receives the answer makes that task long, and a long task is a frozen host page.
 * The first update renders what the agent reads first (who this is, the call brief); the rest
 * follows in the next task, with a placeholder of the same size meanwhile. Only the first
 * render of a customer is split: a later render of the customer already shown (a refresh, a
 * "show more", a dismissed hint) is one update as before.
 *
 * `pending` lets the host's `updateComplete` wait for the second part, so whoever awaits it
 * (tests, host code) sees the whole card.
 */
import type {ReactiveControllerHost} from 'lit';

/** Runs `resume` in a later task; tests pass a fake. */
export type Yield = (resume: () => void) => void;

const nextTask: Yield = (resume) => setTimeout(resume, 0);

/** Needs no lifecycle hook: it only asks its host for the update that renders the rest. */
export class SplitRenderController {
  /** Resolves once the waiting part was asked to render; `undefined` when nothing waits. */
  pending?: Promise<void>;

  /** The customer rendered in full last. */
  private _shown?: unknown;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _yield: Yield = nextTask,
  ) {}

  /** True while the rest of a first render waits. */
  get waiting(): boolean {
    return this.pending !== undefined;
  }

  /**
   * True while this is the first render of customer `key`: render the first part only. The
   * rest is scheduled for the next task, once per customer however often this is asked.
   */
  later(key: unknown): boolean {
    if (key !== this._shown) {
      this._shown = key;
      const pending: Promise<void> = new Promise((resolve) =>
        this._yield(() => {
          // A newer customer's wait (switched meanwhile) is its own.
          if (this.pending === pending) this.pending = undefined;
          this._host.requestUpdate();
          resolve();
        }),
      );
      this.pending = pending;
    }
    return this.pending !== undefined;
  }
}

/**
 * The page's first hints, computed in a task of their own between the answer and its render
 * (see the element's `_prime`): `done` once a card of the page has; tests replace `schedule`.
 */
export const firstHints: {done: boolean; schedule: Yield} = {
  done: false,
  schedule: nextTask,
};
