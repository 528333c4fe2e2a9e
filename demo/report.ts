/**
 * The workbench's report page: `dismissal-report-view` over the demo's endpoint for the days of
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (default: the last 30 days, today included), kept in the URL.
 */
import './report-view.js';

const params = new URLSearchParams(location.search);
const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d\d-\d\d$/.test(value);
const today = new Date().toISOString().slice(0, 10);
const monthAgo = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);

const view = document.querySelector('dismissal-report-view')!;
view.from = isDay(params.get('from')) ? params.get('from')! : monthAgo;
view.to = isDay(params.get('to')) ? params.get('to')! : today;
view.addEventListener('period-change', () => {
  const url = new URL(location.href);
  url.searchParams.set('from', view.from);
  url.searchParams.set('to', view.to);
  history.replaceState(null, '', url);
});
void view.load();
