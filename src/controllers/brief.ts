/**
 * What the agent does with the call brief, as a reactive controller: rows dismissed (with a
 * reason, reported as one `customer360-hint-dismiss` event per hint folded into the row), the
 * dismiss form open, "show more" expanded, the "why" of rows opened. All of it belongs to the
 * customer shown: `reset()` when another one is asked for. Keyboard users land where they can
 * act: in the dismiss form when it opens, back on the row's button when it closes, on the
 * dismissed list once a row went there, on the first row "show more" revealed.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit} from '../events.js';
import {MAX_VISIBLE_ROWS} from '../hints/compose.js';
import type {Dismissal} from '../ui/hints.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

export class BriefController implements ReactiveController {
  /** Dismissed hint ids and why. */
  dismissed: ReadonlyMap<string, Dismissal> = new Map();
  /** The row whose dismiss form is open. */
  dismissing?: string;
  /** Whether every row is shown (after "show more"). */
  expanded = false;
  /** The rows whose evidence was opened (rendered from then on). */
  evidenceShown: ReadonlySet<string> = new Set();

  private _focus?: () => HTMLElement | null | undefined;

  constructor(
    private readonly _host: Host,
    /** The CRM id the events carry: the customer shown. */
    private readonly _customerId: () => string,
    /** After the events: the dismissal goes on to the server (src/controllers/feedback.ts). */
    private readonly _dismissed?: (hintIds: readonly string[], dismissal: Dismissal) => void,
  ) {
    _host.addController(this);
  }

  /** Another customer: nothing dismissed, opened or expanded. */
  reset(): void {
    this.dismissed = new Map();
    this.dismissing = undefined;
    this.expanded = false;
    this.evidenceShown = new Set();
  }

  hostUpdated(): void {
    const focus = this._focus;
    this._focus = undefined;
    focus?.()?.focus();
  }

  /** Dismissing a row dismisses every hint folded into it: one event per hint id. */
  onDismiss = (hintIds: readonly string[], dismissal: Dismissal): void => {
    const dismissed = new Map(this.dismissed);
    for (const hintId of hintIds) dismissed.set(hintId, dismissal);
    this.dismissed = dismissed;
    this.dismissing = undefined;
    // On the dismissed list; a row of legal hints stays (see ui/hints.ts `isHidden`): on its button.
    const root = this._host.renderRoot;
    this._update(
      () =>
        root.querySelector<HTMLElement>('.dismissed summary') ??
        root.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(hintIds[0] ?? '')}"] button.link`),
    );
    const customerId = this._customerId();
    for (const hintId of hintIds)
      emit(this._host, 'customer360-hint-dismiss', {customerId, hintId, hintIds: [...hintIds], ...dismissal});
    this._dismissed?.(hintIds, dismissal);
  };

  onAskDismiss = (hintId: string | undefined): void => {
    const previous = this.dismissing;
    this.dismissing = hintId;
    const root = this._host.renderRoot;
    this._update(() =>
      hintId
        ? root.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(hintId)}"] select`)
        : previous
          ? root.querySelector<HTMLElement>(`[data-hint-id="${CSS.escape(previous)}"] button.link`)
          : null,
    );
  };

  onExpand = (): void => {
    if (this.expanded) return;
    this.expanded = true;
    // The "show more" button is gone: continue on the first row it revealed.
    this._update(() => this._host.renderRoot.querySelectorAll<HTMLElement>('[part~="hint"] button.link')[MAX_VISIBLE_ROWS]);
  };

  onEvidence = (id: string): void => {
    if (this.evidenceShown.has(id)) return;
    this.evidenceShown = new Set([...this.evidenceShown, id]);
    this._host.requestUpdate();
  };

  private _update(focus: () => HTMLElement | null | undefined) {
    this._focus = focus;
    this._host.requestUpdate();
  }
}
