/**
 * Benchmark (not a test): the card's own work on an answer whose every list holds 100,000
 * items (issue 18), after `JSON.parse`: reading the answer into its view (`toCustomerView`,
 * and `toLookupOutcome` for a lookup by email) and computing the hints. Run with
 * `npx tsx bench/huge-answer.ts`. Target: under 200 ms for each kind of answer.
 *
 * The answer is the demo server's own for a persona (the card's real query, executed by its
 * schema), with the lists of `hugeLists` (demo/server/corpus.ts): valid items, then junk.
 */
import {createRequire} from 'node:module';
import {hugeLists} from '../demo/server/corpus.js';
import {createRootValue, createSchema} from '../demo/server/schema.js';
import {toCustomerView} from '../src/data/map.js';
import {toLookupOutcome} from '../src/data/lookup.js';
import {Customer360Document} from '../src/gql/graphql.js';
import {computeHints, resolveHintOptions, summaryDaysFor} from '../src/hints/index.js';

const N = 100_000;
const PAGE_SIZE = 5;
const NOW = new Date('2026-11-23T10:30:00Z');
const TARGET_MS = 200;

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const options = resolveHintOptions();
const answer = graphql.executeSync({
  schema: createSchema(),
  document: graphql.parse(Customer360Document.toString()),
  rootValue: createRootValue(),
  contextValue: {now: NOW},
  variableValues: {
    id: 'martin',
    contactsFirst: PAGE_SIZE,
    summaryDays: summaryDaysFor(options),
    topicDays: Math.max(options.repeatContact.days, options.transfers.days),
  },
});
const base = JSON.stringify(answer);

for (const items of ['valid', 'junk'] as const) {
  const result = JSON.parse(base) as {data: {customer: Record<string, unknown>}};
  hugeLists(N, items)(result.data.customer);
  const text = JSON.stringify(result);
  const email = 'bernard.martin@example.fr';
  result.data.customer.emails = [email, ...(result.data.customer.emails as string[])];
  const lookupText = JSON.stringify({data: {customerLookup: {count: 1, customer: result.data.customer}}});
  for (const [what, json, read] of [
    ['by id', text, (parsed: never) => toCustomerView('martin', parsed, {contacts: PAGE_SIZE})],
    [
      'by email',
      lookupText,
      (parsed: never) => {
        const outcome = toLookupOutcome({kind: 'email', email}, parsed, {contacts: PAGE_SIZE});
        return outcome.kind === 'found' ? outcome.view : null;
      },
    ],
  ] as const) {
    const t0 = performance.now();
    const parsed = JSON.parse(json) as never;
    const t1 = performance.now();
    const view = read(parsed);
    const t2 = performance.now();
    const hints = view ? computeHints(view, {now: NOW, locale: 'en'}) : [];
    const t3 = performance.now();
    const own = t3 - t1;
    console.log(
      `${items.padEnd(5)} ${what.padEnd(8)} ${(json.length / 1e6).toFixed(1).padStart(5)} MB · JSON.parse ${(t1 - t0).toFixed(0).padStart(4)} ms · ` +
        `map ${(t2 - t1).toFixed(1).padStart(7)} ms · hints ${(t3 - t2).toFixed(1).padStart(6)} ms (${hints.length}) · ` +
        `card's own ${own.toFixed(1).padStart(7)} ms ${own < TARGET_MS ? 'ok' : `OVER ${TARGET_MS} ms`}`,
    );
  }
}
