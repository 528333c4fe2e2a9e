/**
 * `customer-360-conformance <url> --customer <id> [--email … --phone … --header 'Name: value'
 * --now <ISO> --json]`: checks a GraphQL endpoint against the card's contract, prints a table
 * of rules (pass / fail / not checked, and what was seen) and exits with 1 when a rule fails.
 */
import {parseArgs} from 'node:util';
import contractSdl from '../../schema/customer-360.graphql';
import {checkEndpoint} from './check.js';
import {formatTable} from './report.js';

const USAGE = `Usage: customer-360-conformance <graphql-url> --customer <id> [options]

Checks a GraphQL endpoint against the <customer-360> card's contract.

  --customer <id>      a customer the server has (repeat to add customers to the batch check)
  --email <address>    check a lookup by this email (repeat; one several customers share checks ambiguity)
  --phone <E.164>      check a lookup by this phone (repeat)
  --header 'N: v'      send this header with every request (repeat), e.g. 'Authorization: Bearer …'
  --now <ISO instant>  the server's clock, when it is an input (the demo's and kit's now=)
  --clock-skew <s>     how far the server's clock may be from this machine's (default 5)
  --page-size <n>      contacts per page when walking the history (default 100)
  --max-contacts <n>   the most contacts to walk (default 20000)
  --partial-url <url>  an endpoint of the same server where one section fails
                       (default: <graphql-url> with fault=partial; 'none' to skip)
  --timeout <s>        seconds per request (default 30)
  --json               print the report as JSON
  --help               this text

Exit code: 0 when no rule fails, 1 when one does, 2 on bad arguments.`;

function fail(message: string): never {
  process.stderr.write(`customer-360-conformance: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) fail(`--${name} must be a positive number, not ${JSON.stringify(value)}`);
  return number;
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        customer: {type: 'string', multiple: true},
        email: {type: 'string', multiple: true},
        phone: {type: 'string', multiple: true},
        header: {type: 'string', multiple: true},
        now: {type: 'string'},
        'clock-skew': {type: 'string'},
        'page-size': {type: 'string'},
        'max-contacts': {type: 'string'},
        'partial-url': {type: 'string'},
        timeout: {type: 'string'},
        json: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false},
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    fail(positionals.length ? `one URL expected, got ${positionals.length}` : 'the GraphQL URL is missing');
  const url = positionals[0]!;
  try {
    if (!/^https?:$/.test(new URL(url).protocol)) fail(`not an http(s) URL: ${url}`);
  } catch {
    fail(`not a URL: ${url}`);
  }
  if (!values.customer?.length) fail('--customer <id> is required: a customer the server has');
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(':');
    if (colon < 1) fail(`--header must look like 'Name: value', not ${JSON.stringify(header)}`);
    const [name, value] = [header.slice(0, colon).trim().toLowerCase(), header.slice(colon + 1).trim()];
    // What fetch would refuse (a line break, a character outside Latin-1) is a mistake on the command line.
    try {
      new Headers({[name]: value});
    } catch {
      fail(`--header ${JSON.stringify(name)}: a header name or value fetch refuses (a line break, a character outside Latin-1)`);
    }
    headers[name] = value;
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) fail(`--now must be an ISO instant, not ${JSON.stringify(values.now)}`);
  }
  const partial = values['partial-url'];
  const report = await checkEndpoint({
    url,
    customers: values.customer,
    emails: values.email ?? [],
    phones: (values.phone ?? []).map((phone) => {
      // The card sends E.164 only; anything else would be a lookup the card never makes.
      if (!/^\+[1-9]\d{6,14}$/.test(phone)) fail(`--phone must be in E.164 (+33240000505), not ${JSON.stringify(phone)}`);
      return phone;
    }),
    headers,
    ...(now ? {now} : {}),
    clockSkewMs: positiveNumber('clock-skew', values['clock-skew'], 5) * 1000,
    pageSize: Math.floor(positiveNumber('page-size', values['page-size'], 100)),
    maxContacts: Math.floor(positiveNumber('max-contacts', values['max-contacts'], 20_000)),
    ...(partial === undefined ? {} : {partialUrl: partial === 'none' ? null : partial}),
    timeoutMs: positiveNumber('timeout', values.timeout, 30) * 1000,
    contractSdl,
  });
  process.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report, {color: process.stdout.isTTY === true}),
  );
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`customer-360-conformance: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
