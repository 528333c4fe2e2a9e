/**
 * `<dismissal-report-view>`: the workbench's page of `Query.dismissalReport`: which hints agents
 * dismiss, and why, per 1,000 card loads over a period. One bar per hint (inline SVG, stacked by
 * reason, most dismissed first) and the same numbers as a table. Every value reaches the page
 * through Lit's text bindings, never as markup.
 */
import {LitElement, css, html, nothing, svg} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';

export interface ReportRow {
  readonly hintId: string;
  readonly reason: string;
  readonly count: number;
  readonly perThousandLoads: number;
}

export interface DismissalReport {
  readonly from: string;
  readonly to: string;
  readonly cardLoads: number;
  readonly dismissals: number;
  readonly rows: readonly ReportRow[];
}

/** The contract's reasons, in the card's order, with their words and colours (3:1 on white and on the dark page). */
export const REASONS: readonly {id: string; label: string; colour: string}[] = [
  {id: 'NOT_RELEVANT', label: 'Not relevant', colour: '#6b7280'},
  {id: 'ALREADY_DONE', label: 'Already done', colour: '#2563eb'},
  {id: 'CUSTOMER_REQUEST', label: 'Customer asked', colour: '#9333ea'},
  {id: 'WRONG', label: 'Wrong', colour: '#dc2626'},
  {id: 'OTHER', label: 'Other', colour: '#d97706'},
];

/** A reason the contract may add later: shown by its name, in a neutral colour. */
const reasonOf = (id: string) => REASONS.find((r) => r.id === id) ?? {id, label: id, colour: '#737373'};

export const REPORT_QUERY = `query DismissalReport($from: DateTime!, $to: DateTime!) {
  dismissalReport(from: $from, to: $to) { from to cardLoads dismissals rows { hintId reason count perThousandLoads } }
}`;

const number = new Intl.NumberFormat('en', {maximumFractionDigits: 2});
const day = (iso: string) => iso.slice(0, 10);

/** The hints of a report, most dismissed first, each with its count per reason. */
export function byHint(rows: readonly ReportRow[]): {hintId: string; total: number; reasons: ReportRow[]}[] {
  const hints = new Map<string, ReportRow[]>();
  for (const row of rows) hints.set(row.hintId, [...(hints.get(row.hintId) ?? []), row]);
  const order = (id: string) => {
    const i = REASONS.findIndex((r) => r.id === id);
    return i < 0 ? REASONS.length : i;
  };
  return [...hints]
    .map(([hintId, reasons]) => ({
      hintId,
      total: reasons.reduce((sum, r) => sum + r.count, 0),
      reasons: [...reasons].sort((a, b) => order(a.reason) - order(b.reason)),
    }))
    .sort((a, b) => b.total - a.total || (a.hintId < b.hintId ? -1 : 1));
}

@customElement('dismissal-report-view')
export class DismissalReportView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 60rem;
      color: inherit;
      font: inherit;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
      margin-block-end: 1rem;
    }
    label {
      display: grid;
      gap: 0.125rem;
      font-size: 0.875rem;
    }
    input,
    button {
      font: inherit;
      min-height: 2.25rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0;
      margin: 0 0 0.75rem;
      list-style: none;
      font-size: 0.875rem;
    }
    .swatch {
      display: inline-block;
      width: 0.875rem;
      height: 0.875rem;
      margin-inline-end: 0.375rem;
      vertical-align: -0.125rem;
      border-radius: 2px;
      forced-color-adjust: none;
    }
    .bars {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
      display: grid;
      gap: 0.625rem;
    }
    .bars li {
      display: grid;
      gap: 0.125rem;
    }
    .hint {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
      font-size: 0.875rem;
    }
    .hint code {
      overflow-wrap: anywhere;
    }
    td code {
      white-space: nowrap;
    }
    .scroll {
      overflow-x: auto;
    }
    .scroll:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
    @media (max-width: 420px) {
      :host {
        padding-inline: 0.75rem;
      }
    }
    svg {
      display: block;
      width: 100%;
      height: 1rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.875rem;
    }
    h3 {
      font-size: 0.875rem;
      margin: 0 0 0.5rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 0.5rem;
      border-block-end: 1px solid #8886;
    }
    td.n {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    [role='alert'] {
      color: #b91c1c;
    }
    @media (prefers-color-scheme: dark) {
      [role='alert'] {
        color: #fca5a5;
      }
    }
  `;

  /** The GraphQL endpoint (default: the page's own `/graphql`). */
  @property() endpoint = '/graphql';
  /** First day of the period, `YYYY-MM-DD` (UTC, included). */
  @property() from = '';
  /** Last day of the period, `YYYY-MM-DD` (UTC, included). */
  @property() to = '';
  /** The report shown; set by `load()`, or directly. */
  @property({attribute: false}) report: DismissalReport | null = null;
  @state() protected problem = '';
  @state() protected busy = false;

  /** Asks the endpoint for the report of `from`..`to` (days, both included). */
  async load(): Promise<void> {
    const from = `${this.from}T00:00:00Z`;
    const to = new Date(Date.parse(`${this.to}T00:00:00Z`) + 86_400_000);
    if (Number.isNaN(Date.parse(from)) || Number.isNaN(to.getTime())) {
      this.problem = 'Choose a first and a last day.';
      return;
    }
    this.busy = true;
    this.problem = '';
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {'content-type': 'application/json', accept: 'application/graphql-response+json, application/json'},
        body: JSON.stringify({query: REPORT_QUERY, variables: {from, to: to.toISOString()}}),
      });
      const body = (await response.json()) as {data?: {dismissalReport?: DismissalReport} | null; errors?: {message: string}[]};
      if (body.data?.dismissalReport) this.report = body.data.dismissalReport;
      else this.problem = `The report is not available: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`;
    } catch (error) {
      this.problem = `The report is not available: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.busy = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.from = String(data.get('from') ?? '');
    this.to = String(data.get('to') ?? '');
    this.dispatchEvent(new CustomEvent('period-change', {detail: {from: this.from, to: this.to}, bubbles: true, composed: true}));
    void this.load();
  }

  private bar(hint: {hintId: string; total: number; reasons: ReportRow[]}, widest: number) {
    let x = 0;
    const segments = hint.reasons.map((row) => {
      const width = (row.count / widest) * 1000;
      const segment = svg`<rect x=${x} y="0" width=${width} height="16" fill=${reasonOf(row.reason).colour}
        stroke="Canvas" stroke-width="2" vector-effect="non-scaling-stroke"></rect>`;
      x += width;
      return segment;
    });
    // The numbers are in the table below and in the line above the bar: the drawing adds no text.
    return html`<svg viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments}</svg>`;
  }

  override render() {
    const report = this.report;
    const hints = report ? byHint(report.rows) : [];
    const widest = Math.max(1, ...hints.map((h) => h.total));
    return html`
      <form @submit=${this.submit} aria-label="Period">
        <label>First day <input type="date" name="from" .value=${this.from} required /></label>
        <label>Last day <input type="date" name="to" .value=${this.to} required /></label>
        <button type="submit" ?disabled=${this.busy}>Show</button>
      </form>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      ${
        report
          ? html`
            <p class="summary" aria-live="polite">
              ${number.format(report.dismissals)} dismissals over ${number.format(report.cardLoads)} card loads,
              ${day(report.from)} to ${day(new Date(Date.parse(report.to) - 1).toISOString())} (UTC).
              ${report.cardLoads === 0 ? 'No card was loaded in this period, so there is no rate per 1,000 loads (shown as —).' : nothing}
            </p>
            ${
              hints.length === 0
                ? html`<p>No dismissals in this period.</p>`
                : html`
                  <h2>Dismissals per hint, by reason</h2>
                  <ul class="legend" aria-label="Reasons">
                    ${REASONS.map(
                      (r) =>
                        html`<li><span class="swatch" style="background:${r.colour}"></span>${r.label} (<code>${r.id}</code>)</li>`,
                    )}
                  </ul>
                  <ul class="bars">
                    ${hints.map(
                      (hint) => html`<li>
                        <span class="hint"
                          ><code>${hint.hintId}</code
                          ><span
                            >${number.format(hint.total)}
                            (${hint.reasons.map((r, i) => html`${i ? ', ' : ''}${reasonOf(r.reason).label} ${number.format(r.count)}`)})</span
                          ></span
                        >
                        ${this.bar(hint, widest)}
                      </li>`,
                    )}
                  </ul>
                  <h3 id="table-title">Dismissals per hint and reason, per 1,000 card loads</h3>
                  <div class="scroll" role="region" aria-labelledby="table-title" tabindex="0">
                    <table aria-labelledby="table-title">
                    <thead>
                      <tr>
                        <th scope="col">Hint</th>
                        <th scope="col">Reason</th>
                        <th scope="col">Dismissals</th>
                        <th scope="col">Per 1,000 loads</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${report.rows.map(
                        (row) => html`<tr>
                          <td><code>${row.hintId}</code></td>
                          <td>${reasonOf(row.reason).label} (<code>${row.reason}</code>)</td>
                          <td class="n">${number.format(row.count)}</td>
                          <td class="n">${report.cardLoads === 0 ? '—' : number.format(row.perThousandLoads)}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                  </div>
                `
            }
          `
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dismissal-report-view': DismissalReportView;
  }
}
