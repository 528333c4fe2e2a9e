/**
 * The demo's customers are the seed export demo/seed/, rebased to the clock: what the card
 * makes of them must not depend on the day the demo runs. The hints the card computes for
 * each persona at clocks years apart are the ones recorded (fixtures/persona-hints.json, from
 * the code the personas were written in before they became data: their ids, and a digest of
 * every hint in English and French, texts, evidence and times); the demo's SQL (the kit,
 * seeded through the server's import) gives the card the same hints as the in-memory endpoint;
 * the persona rebased by whole weeks keeps its weekday story.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {GraphQLSchema} from 'graphql';
import {expect} from '../expect.js';
import {createKit} from '../../demo/server/kit.js';
import {personaList} from '../../demo/server/personas.js';
import {createRootValue, createSchema} from '../../demo/server/schema.js';
import {loadPersonas} from '../../demo/server/seed.js';
import type {RawResult} from '../../src/data/client.js';
import {toCustomerView} from '../../src/data/map.js';
import {Customer360Document} from '../../src/gql/graphql.js';
import {computeHints, resolveHintOptions, summaryDaysFor} from '../../src/hints/index.js';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const document = graphql.parse(Customer360Document.toString());
const options = resolveHintOptions();
const variables = (id: string) => ({
  id,
  contactsFirst: 10,
  summaryDays: summaryDaysFor(options),
  topicDays: Math.max(options.repeatContact.days, options.transfers.days),
});

/** The hints the card computes from an answer, as plain JSON. */
function cardHints(
  id: string,
  answer: unknown,
  now: Date,
  locale: 'en' | 'fr',
): {id: string; evidence: {label: string; value: string}[]}[] {
  const view = toCustomerView(id, JSON.parse(JSON.stringify(answer)) as RawResult<unknown>);
  if (!view) throw new Error(`${id}: the card shows no customer`);
  return JSON.parse(JSON.stringify(computeHints(view, {now, locale}))) as never;
}

/** Through the in-memory endpoint (demo/server/schema.ts), the seed rebased to `now`. */
const memory = {schema: createSchema(), rootValue: createRootValue()};
function memoryHints(id: string, now: Date, locale: 'en' | 'fr') {
  const answer = graphql.executeSync({...memory, document, contextValue: {now}, variableValues: variables(id)});
  if (answer.errors?.length) throw new Error(`${id}: ${answer.errors[0]!.message}`);
  return cardHints(id, answer, now, locale);
}

const recorded = JSON.parse(readFileSync(new URL('./fixtures/persona-hints.json', import.meta.url), 'utf8')) as Record<
  string,
  {hints: string[]; sha256: string}
>;

describe('demo seed: the card says the same whatever the day', () => {
  it("the picker lists exactly the seed's customers, in its own order", () => {
    expect(personaList.map((p) => p.id).sort()).to.deep.equal([...loadPersonas(new Date()).keys()].sort());
  });

  it('every persona is recorded at several clocks', () => {
    for (const {id} of personaList) {
      expect(Object.keys(recorded).filter((key) => key.startsWith(`${id} `)).length, id).to.be.at.least(6);
    }
  });

  for (const [key, expected] of Object.entries(recorded)) {
    const [id, iso] = key.split(' ') as [string, string];
    it(`${id} at ${iso}: the recorded hints`, () => {
      const now = new Date(iso);
      const both = {en: memoryHints(id, now, 'en'), fr: memoryHints(id, now, 'fr')};
      expect(both.en.map((hint) => hint.id)).to.deep.equal(expected.hints);
      expect(createHash('sha256').update(JSON.stringify(both)).digest('hex'), JSON.stringify(both.en, null, 1)).to.equal(
        expected.sha256,
      );
    });
  }

  it('cap-on-sunday (rebased by whole weeks): at any clock, the call cap frees on a Sunday', () => {
    const clocks = [
      '2025-03-12T10:00:00Z',
      '2026-10-15T09:30:00Z',
      '2027-07-04T19:45:00Z',
      '2028-02-29T06:00:00Z',
      '2030-01-05T22:10:00Z',
    ];
    for (const iso of clocks) {
      const fatigue = memoryHints('cap-on-sunday', new Date(iso), 'en').find((hint) => hint.id === 'contact-fatigue');
      const freeFrom = fatigue?.evidence.find((item) => item.label === 'Allowed again from')?.value;
      // "March 16, 2025": the day, in English.
      expect(freeFrom && new Date(`${freeFrom} 12:00Z`).getUTCDay(), `${iso}: ${freeFrom}`).to.equal(0);
    }
  });
});

describe('demo seed: the SQL the demo serves gives the card the same hints as the files', () => {
  const clocks = [new Date('2026-11-23T10:30:00Z'), new Date('2028-02-29T06:00:00Z')];
  for (const now of clocks) {
    it(`every persona, seeded at and read at ${now.toISOString()}`, async () => {
      const kit = createKit(now);
      await kit.ready;
      for (const {id} of personaList) {
        const answer = await graphql.execute({
          schema: kit.schema as GraphQLSchema,
          document,
          contextValue: kit.context(now),
          variableValues: variables(id),
        });
        if (answer.errors?.length) throw new Error(`${id}: ${answer.errors[0]!.message}`);
        for (const locale of ['en', 'fr'] as const) {
          expect(cardHints(id, answer, now, locale), `${id} ${locale}`).to.deep.equal(memoryHints(id, now, locale));
        }
      }
    });
  }
});

describe('demo seed: agents’ notes', () => {
  it('the notes of demo/server/dismissals.json are served for their customers, newest first, by their authors', async () => {
    const seeded = (
      JSON.parse(readFileSync(new URL('../../demo/server/dismissals.json', import.meta.url), 'utf8')) as {
        notes: {customerId: string; author: string; text: string; daysBefore: number}[];
      }
    ).notes;
    expect(seeded.length).to.be.greaterThan(0);
    const now = new Date('2026-11-23T10:30:00Z');
    const kit = createKit(now);
    await kit.ready;
    for (const customerId of new Set(seeded.map((note) => note.customerId))) {
      const answer = await graphql.execute({
        schema: kit.schema as GraphQLSchema,
        document: graphql.parse(
          'query ($id: ID!) { customer(id: $id) { notes(first: 20) { edges { node { author at text } } } } }',
        ),
        contextValue: kit.context(now),
        variableValues: {id: customerId},
      });
      expect(answer.errors, customerId).to.equal(undefined);
      const served = (
        answer.data as {customer: {notes: {edges: {node: {author: string; at: string; text: string}}[]}}}
      ).customer.notes.edges.map(({node}) => node);
      const expected = seeded
        .filter((note) => note.customerId === customerId)
        .sort((a, b) => a.daysBefore - b.daysBefore)
        .map((note) => ({
          author: note.author,
          at: new Date(now.getTime() - note.daysBefore * 86_400_000).toISOString(),
          text: note.text,
        }));
      expect(
        served.map((n) => ({...n, at: new Date(n.at).toISOString()})),
        customerId,
      ).to.deep.equal(expected);
    }
  });
});
