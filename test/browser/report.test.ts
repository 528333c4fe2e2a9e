/**
 * The workbench's dismissal report page (demo/report-view.ts) against the real kit: the demo's
 * seeded dismissals as bars and as a table (recounted from the endpoint's own answer), hostile
 * ids shown as text, the server's refusal shown in words, keyboard use, and axe.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {DismissalReportView, REASONS, REPORT_QUERY, byHint} from '../../demo/report-view.js';
import type {DismissalReport} from '../../demo/report-view.js';

/** Before the tests' clock (2026-11-23T10:30Z): what other tests dismiss at that instant stays out. */
const PERIOD = {from: '2026-11-01', to: '2026-11-22'};

async function mountView(): Promise<DismissalReportView> {
  const el = document.createElement('dismissal-report-view');
  el.endpoint = '/graphql';
  el.from = PERIOD.from;
  el.to = PERIOD.to;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function fetchReport(from: string, to: string): Promise<DismissalReport> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({query: REPORT_QUERY, variables: {from, to}}),
  });
  const body = (await response.json()) as {data: {dismissalReport: DismissalReport}};
  return body.data.dismissalReport;
}

const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

describe('dismissal report page', () => {
  afterEach(() => document.querySelectorAll('dismissal-report-view').forEach((el) => el.remove()));

  it('shows the kit’s dismissals per hint and reason, as bars and as a table, and passes axe', async () => {
    const el = await mountView();
    await el.load();
    await el.updateComplete;
    const expected = await fetchReport('2026-11-01T00:00:00Z', '2026-11-23T00:00:00.000Z');
    expect(expected.rows.length).to.be.greaterThan(3);
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('tbody tr')];
    const label = (reason: string) => REASONS.find((r) => r.id === reason)!.label;
    const number = new Intl.NumberFormat('en', {maximumFractionDigits: 2});
    expect(rows.map(cells)).to.deep.equal(
      expected.rows.map((r) => [
        r.hintId,
        `${label(r.reason)} (${r.reason})`,
        String(r.count),
        // No load in the period: no rate (a 0 would read as "never dismissed").
        expected.cardLoads === 0 ? '—' : number.format(r.perThousandLoads),
      ]),
    );
    if (expected.cardLoads === 0) expect(root.querySelector('.summary')!.textContent).to.match(/no rate per 1,000 loads/);
    // One bar per hint, most dismissed first, one segment per reason, widths proportional to the counts.
    const hints = byHint(expected.rows);
    const bars = [...root.querySelectorAll('.bars li')];
    expect(bars.map((li) => li.querySelector('code')!.textContent)).to.deep.equal(hints.map((h) => h.hintId));
    const widest = Math.max(...hints.map((h) => h.total));
    bars.forEach((li, i) => {
      const rects = [...li.querySelectorAll('rect')];
      expect(rects.length).to.equal(hints[i]!.reasons.length);
      const width = rects.reduce((sum, rect) => sum + Number(rect.getAttribute('width')), 0);
      expect(width).to.be.closeTo((hints[i]!.total / widest) * 1000, 0.001);
    });
    expect(
      bars.some((li) => li.querySelectorAll('rect').length > 1),
      'a stacked bar',
    ).to.equal(true);
    expect(root.querySelector('.summary')!.textContent).to.match(new RegExp(`${expected.dismissals} dismissals over`));
    await expect(el).to.be.accessible();
  });

  it('shows hostile hint ids and reasons as text', async () => {
    const el = await mountView();
    const hostile = '<img src=x onerror="window.__reportPwned=1">';
    el.report = {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
      cardLoads: 3,
      dismissals: 2,
      rows: [
        {hintId: hostile, reason: 'WRONG', count: 2, perThousandLoads: 666.67},
        {hintId: 'no-upsell', reason: '<b>NEW_REASON</b>', count: 1, perThousandLoads: 333.33},
      ],
    };
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b')).to.equal(null);
    expect((window as {__reportPwned?: number}).__reportPwned).to.equal(undefined);
    expect(cells(root.querySelector('tbody tr')!)[0]).to.equal(hostile);
    expect(root.querySelector('.bars code')!.textContent).to.equal(hostile);
    // A reason the contract may add later is shown by its name.
    expect(cells(root.querySelectorAll('tbody tr')[1]!)[1]).to.include('<b>NEW_REASON</b>');
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard, and says in words when the server refuses the period', async () => {
    const el = await mountView();
    const [from, to] = [...el.shadowRoot!.querySelectorAll('input')];
    from!.focus();
    // The last day before the first: the server's BAD_INPUT is shown as text.
    to!.value = '2026-10-01';
    // Tab walks through the date fields' parts (day, month, year) to the button.
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement?.tagName !== 'BUTTON'; i++) await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Show');
    await sendKeys({press: 'Enter'});
    await waitFor(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/not available: to: is not after from/);
    expect(el.to).to.equal('2026-10-01');
  });
});

async function waitFor<T>(probe: () => T | null | undefined, ms = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = probe();
    if (found) return found;
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
