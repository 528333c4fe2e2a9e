/**
 * Once, before personas.ts goes: the hints the card computes for each persona from the seed
 * files (demo/seed/, rebased) are the hints it computed from the code (buildPersonas), at
 * several clocks. Also writes them to test/node/fixtures/persona-hints.json for the test that
 * stays (seed.test.ts).
 */
import {createRequire} from 'node:module';
import {createHash} from 'node:crypto';
import {mkdirSync, writeFileSync} from 'node:fs';
import {expect} from '../expect.js';
import {buildPersonas, personaList} from '../../demo/server/personas.js';
import {loadPersonas} from '../../demo/server/seed.js';
import {createRootValue, createSchema} from '../../demo/server/schema.js';
import type {CustomerRecord} from '../../demo/server/records.js';
import {toCustomerView} from '../../src/data/map.js';
import type {RawResult} from '../../src/data/client.js';
import {Customer360Document} from '../../src/gql/graphql.js';
import {computeHints, resolveHintOptions, summaryDaysFor} from '../../src/hints/index.js';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = createSchema();
const document = graphql.parse(Customer360Document.toString());
const options = resolveHintOptions();

function hintsOf(source: (now: Date) => ReadonlyMap<string, CustomerRecord>, id: string, now: Date, locale: 'en' | 'fr') {
  const result = graphql.executeSync({
    schema,
    document,
    rootValue: createRootValue(source),
    contextValue: {now},
    variableValues: {
      id,
      contactsFirst: 10,
      summaryDays: summaryDaysFor(options),
      topicDays: Math.max(options.repeatContact.days, options.transfers.days),
    },
  });
  if (result.errors?.length) throw new Error(`${id}: ${result.errors[0]!.message}`);
  const view = toCustomerView(id, JSON.parse(JSON.stringify(result)) as RawResult<unknown>);
  if (!view) throw new Error(`${id}: no view`);
  return JSON.parse(JSON.stringify(computeHints(view, {now, locale}))) as unknown;
}

const WEEK = 7 * 86_400_000;
/** The instant the seed's `cap-on-sunday` was written for (rebased by whole weeks). */
const SUNDAY = new Date('2026-11-21T23:00:00Z');
/** Clocks: the seed's asOf, the unit tests', the brief's, a summer Sunday evening, a leap day, a Saturday night. */
const CLOCKS = [
  '2026-11-23T10:30:00Z',
  '2025-03-12T10:00:00Z',
  '2026-10-15T09:30:00Z',
  '2027-07-04T19:45:00Z',
  '2028-02-29T06:00:00Z',
  '2030-01-05T22:10:00Z',
].map((iso) => new Date(iso));
/** For the persona rebased by whole weeks: clocks a whole number of weeks from its asOf. */
const WEEK_CLOCKS = [-90, -37, 0, 3, 33, 170].map((k) => new Date(SUNDAY.getTime() + k * WEEK));

const snapshot: Record<string, {hints: string[]; sha256: string}> = {};

describe('the seed files give the hints the persona code gave', () => {
  for (const {id} of personaList) {
    const clocks = id === 'cap-on-sunday' ? WEEK_CLOCKS : CLOCKS;
    for (const now of clocks) {
      it(`${id} at ${now.toISOString()}`, () => {
        const both: Record<string, unknown> = {};
        for (const locale of ['en', 'fr'] as const) {
          const before = hintsOf(buildPersonas, id, now, locale);
          expect(hintsOf(loadPersonas, id, now, locale), locale).to.deep.equal(before);
          both[locale] = before;
        }
        snapshot[`${id} ${now.toISOString()}`] = {
          hints: (both['en'] as {id: string}[]).map((hint) => hint.id),
          sha256: createHash('sha256').update(JSON.stringify(both)).digest('hex'),
        };
      });
    }
  }
  after(() => {
    mkdirSync(new URL('./fixtures/', import.meta.url), {recursive: true});
    writeFileSync(new URL('./fixtures/persona-hints.json', import.meta.url), JSON.stringify(snapshot, null, 1).replace(/\n\s+("[a-z-]+",?)/g, ' $1').replace(/\n\s+\]/g, ' ]') + '\n');
  });
});
