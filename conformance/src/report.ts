/** The report as a table for a terminal: one row per rule, its status and what was seen. */
import type {Report, Status} from './check.js';

const LABEL: Readonly<Record<Status, string>> = {pass: 'pass', fail: 'FAIL', 'not checked': 'not checked'};
const COLOR: Readonly<Record<Status, string>> = {pass: '\x1b[32m', fail: '\x1b[31m', 'not checked': '\x1b[33m'};

/** The table, then a line counting each status. */
export function formatTable(report: Report, {color = false}: {color?: boolean} = {}): string {
  const width = Math.max(...report.rules.map((rule) => rule.title.length));
  const lines = [`customer-360 conformance: ${report.url} (customer ${report.customer})`, ''];
  lines.push(`${'status'.padEnd(12)} ${'rule'.padEnd(width)}  what it saw`);
  for (const rule of report.rules) {
    const label = LABEL[rule.status].padEnd(12);
    lines.push(`${color ? `${COLOR[rule.status]}${label}\x1b[0m` : label} ${rule.title.padEnd(width)}  ${rule.saw}`);
  }
  const count = (status: Status) => report.rules.filter((rule) => rule.status === status).length;
  lines.push(
    '',
    `${count('pass')} passed, ${count('fail')} failed, ${count('not checked')} not checked (a rule not checked is not a pass)`,
  );
  return `${lines.join('\n')}\n`;
}
