/**
 * The command as it ships: `dist/cli.js`, bundled by build.mjs, run as a child process against
 * the demo endpoint and a broken one: its table, its JSON, its exit codes.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {startDemo} from './servers.js';
import {startBroken} from './broken.js';
import type {Running} from './servers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NOW = '2026-03-10T09:00:00.000Z';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], {timeout: 60_000}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({code, stdout, stderr});
    });
  });
}

describe('the customer-360-conformance command', () => {
  let demo: Running;
  before(async () => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../build.mjs', import.meta.url))]);
    demo = await startDemo();
  });
  after(() => demo.close());

  it('prints the table and exits 0 against the demo', async () => {
    const {code, stdout} = await run([
      `${demo.url}?now=${NOW}`,
      '--customer',
      'martin',
      '--now',
      NOW,
      '--email',
      'famille.rousseau@example.fr',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^customer-360 conformance: http:\/\/127\.0\.0\.1:\d+\/graphql\?now=.* \(customer martin\)$/m);
    assert.match(stdout, /^status +rule +what it saw$/m);
    // The card's page of 5, then the rest in one page of 100.
    assert.match(
      stdout,
      /^pass +Cursors page through every contact exactly once +18 contacts over 2 pages \(5, 13\), each exactly once$/m,
    );
    assert.match(stdout, /^18 passed, 0 failed, 0 not checked/m);
  });

  it('prints JSON with --json, and exits 1 when a rule fails', async () => {
    const broken = await startBroken('oldest-first');
    try {
      const {code, stdout} = await run([
        `${broken.url}?now=${NOW}`,
        '--customer',
        'martin',
        '--now',
        NOW,
        '--page-size',
        '5',
        '--json',
      ]);
      assert.equal(code, 1, stdout);
      const report = JSON.parse(stdout) as {ok: boolean; rules: {id: string; status: string; saw: string}[]};
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id),
        ['contactsOrder'],
      );
    } finally {
      await broken.close();
    }
  });

  it('sends the --header values with every request', async () => {
    const token = 'conformance-token';
    const url = `${demo.url}?now=${NOW}&auth=${token}`;
    const without = await run([url, '--customer', 'martin', '--now', NOW, '--json']);
    assert.equal(without.code, 1);
    assert.match(without.stdout, /HTTP 401/);
    const withHeader = await run([
      url,
      '--customer',
      'martin',
      '--now',
      NOW,
      '--header',
      `Authorization: Bearer ${token}`,
      '--json',
    ]);
    assert.equal(withHeader.code, 0, withHeader.stdout);
  });

  it('exits 2 with a clear message on bad arguments', async () => {
    for (const [args, message] of [
      [[], /the GraphQL URL is missing/],
      [[demo.url], /--customer <id> is required/],
      [['not a url', '--customer', 'x'], /not a URL: not a url/],
      [[demo.url, '--customer', 'x', '--now', 'yesterday'], /--now must be an ISO instant/],
      [[demo.url, '--customer', 'x', '--header', 'no colon'], /--header must look like 'Name: value'/],
      [[demo.url, '--customer', 'x', '--header', 'X-A: a\r\nX-B: c'], /a header name or value fetch refuses/],
      [[demo.url, '--customer', 'x', '--phone', '02-40-00-05-05'], /--phone must be in E.164/],
      [[demo.url, '--customer', 'x', '--page-size', '0'], /--page-size must be a positive number/],
      [[demo.url, '--customer', 'x', '--colour'], /Unknown option '--colour'/],
    ] as const) {
      const {code, stderr} = await run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, message);
      assert.match(stderr, /Usage: customer-360-conformance <graphql-url> --customer <id>/);
    }
  });
});
