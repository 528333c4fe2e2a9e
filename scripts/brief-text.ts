/**
 * Prints the call brief of demo personas as text, in English and French, through the real data
 * path: the card's query run by the demo server's schema, the card's `toCustomerView`, then
 * `computeHints` and `composeBrief`. For docs and reviews:
 *
 *     npx tsx scripts/brief-text.ts [now ISO instant] [persona ids…]
 *
 * Defaults: Thursday 15 October 2026, 11:30 in Paris, and the crowded personas.
 */
import {createRequire} from 'node:module';
import {createRootValue, createSchema} from '../demo/server/schema.js';
import type {RawResult} from '../src/data/client.js';
import {toCustomerView} from '../src/data/map.js';
import {Customer360Document} from '../src/gql/graphql.js';
import {composeBrief, computeHints, resolveHintOptions, summaryDaysFor} from '../src/hints/index.js';

const [nowArg, ...ids] = process.argv.slice(2);
const now = new Date(nowArg ?? '2026-10-15T09:30:00Z');
const personas = ids.length > 0 ? ids : ['duplicate-outage', 'cap-on-sunday', 'visit-and-dispute', 'overflow', 'reunion'];

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = createSchema();
const rootValue = createRootValue();
const document = graphql.parse(Customer360Document.toString());

function fetchAnswer(id: string, locale: string): RawResult<unknown> {
  const options = resolveHintOptions();
  const result = graphql.executeSync({
    schema,
    document,
    rootValue,
    contextValue: {now},
    variableValues: {
      id,
      locale,
      contactsFirst: 10,
      summaryDays: summaryDaysFor(options),
      topicDays: Math.max(options.repeatContact.days, options.transfers.days),
    },
  });
  if (result.errors?.length) throw new Error(`${id}: ${result.errors[0]!.message}`);
  return JSON.parse(JSON.stringify(result)) as RawResult<unknown>;
}

console.log(`now: ${now.toISOString()}`);
for (const id of personas) {
  for (const locale of ['en', 'fr']) {
    const view = toCustomerView(id, fetchAnswer(id, locale));
    if (!view) throw new Error(`${id}: no customer`);
    const hints = computeHints(view, {now, locale});
    const brief = composeBrief(hints, view, {locale});
    const {address} = brief;
    console.log(`\n### ${id} (${locale}) — ${hints.length} hints`);
    console.log(
      `address: ${address.name}${address.noTitle ? (locale === 'fr' ? ' · civilité non renseignée' : ' · no title on record') : ''}`,
    );
    if (brief.channel) console.log(`channel: ${brief.channel.text}`);
    brief.rows.forEach((row, i) => {
      if (i === brief.visible) console.log(locale === 'fr' ? '  — derrière « Voir plus » —' : '  — behind "show more" —');
      console.log(`${i + 1}. ${row.first ? '[first] ' : ''}${row.text}`);
      for (const note of row.notes) console.log(`     ${note}`);
      console.log(`     (${row.ids.join(', ')})`);
    });
  }
}
