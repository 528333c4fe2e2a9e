import {readFileSync} from 'node:fs';
import {expect} from '../expect.js';
import {batchDocument, batchVariables, splitBatch, startDelay} from '../../src/data/batch.js';
import {LoadFailure} from '../../src/data/errors.js';
import {toCustomerView} from '../../src/data/map.js';
import {Customer360Document} from '../../src/gql/graphql.js';
import {customer360Parts} from '../../src/gql/batch.js';
import {buildSchema, parse, print, validate} from 'graphql';
import type {DefinitionNode, FieldNode, GraphQLSchema, OperationDefinitionNode} from 'graphql';

const vars = {id: 'a', contactsFirst: 5, summaryDays: 90, topicDays: 30, locale: 'en'};

describe('batch document', () => {
  const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8'));

  it('is a valid query of the schema that asks each customer what the single query asks, under its own alias and id', () => {
    const doc = parse(batchDocument(3));
    expect(validate(schema, doc).map((e) => e.message)).to.deep.equal([]);
    const [operation, ...fragments] = doc.definitions as [OperationDefinitionNode, ...DefinitionNode[]];
    expect(operation.name?.value).to.equal('Customer360Batch');
    const fields = operation.selectionSet.selections as FieldNode[];
    expect(fields.map((f) => `${f.alias?.value}:${f.name.value}(${print(f.arguments?.[0] ?? parse('{a}'))})`)).to.deep.equal([
      'c0:customer(id: $id0)',
      'c1:customer(id: $id1)',
      'c2:customer(id: $id2)',
    ]);
    const single = parse(Customer360Document.toString());
    const [singleOperation, ...singleFragments] = single.definitions as [OperationDefinitionNode, ...DefinitionNode[]];
    // Same shared variables (all but $id), same selection, same fragments as the single query.
    const variables = (op: OperationDefinitionNode) => op.variableDefinitions?.map((v) => print(v)) ?? [];
    expect(variables(operation)).to.deep.equal([
      ...variables(singleOperation).filter((v) => !v.startsWith('$id:')),
      '$id0: ID!',
      '$id1: ID!',
      '$id2: ID!',
    ]);
    const singleField = singleOperation.selectionSet.selections[0] as FieldNode;
    for (const field of fields) expect(print(field.selectionSet!)).to.equal(print(singleField.selectionSet!));
    expect(fragments.map((f) => print(f))).to.deep.equal(singleFragments.map((f) => print(f)));
  });

  it('does not depend on how the parts are formatted: minified parts give the same document', () => {
    const spaced = {...customer360Parts, shared: customer360Parts.shared.map((d) => d.replace(':', ' : '))};
    expect(print(parse(batchDocument(2, spaced)))).to.equal(print(parse(batchDocument(2))));
  });

  it('follows the single query when it gains an argument, a variable or a literal', () => {
    const doc = batchDocument(2, {
      ...customer360Parts,
      shared: ['$locale:String', '$n:Int!'],
      args: [
        ['id', 'id'],
        ['locale', 'locale'],
        ['first', null, '3'],
      ],
      selection: '...CustomerCard',
      fragments: 'fragment CustomerCard on Customer{id}',
    });
    expect(print(parse(doc))).to.equal(
      print(
        parse(
          'query Customer360Batch($locale: String, $n: Int!, $id0: ID!, $id1: ID!) { c0: customer(id: $id0, locale: $locale, first: 3) { ...CustomerCard } c1: customer(id: $id1, locale: $locale, first: 3) { ...CustomerCard } } fragment CustomerCard on Customer { id }',
        ),
      ),
    );
  });

  it('sends each id once under its alias, the shared variables once', () => {
    expect(batchVariables(['a', 'b'], vars)).to.deep.equal({
      contactsFirst: 5,
      summaryDays: 90,
      topicDays: 30,
      locale: 'en',
      id0: 'a',
      id1: 'b',
    });
  });
});

describe('splitting a batch answer', () => {
  const answer = {
    data: {c0: {id: 'a', displayName: 'A'}, c1: null, c2: {id: 'c', displayName: 'C', tickets: null}},
    errors: [
      {message: 'Ticket service unavailable', path: ['c2', 'tickets']},
      {message: 'slow', path: undefined},
    ],
  };

  it('gives each card its own customer, its own errors (re-rooted at customer) and the request-level ones', () => {
    expect(splitBatch(answer, 0)).to.deep.equal({
      data: {customer: {id: 'a', displayName: 'A'}},
      errors: [{message: 'slow', path: undefined}],
    });
    expect(splitBatch(answer, 1).data).to.deep.equal({customer: null});
    expect(splitBatch(answer, 2).errors).to.deep.equal([
      {message: 'Ticket service unavailable', path: ['customer', 'tickets']},
      {message: 'slow', path: undefined},
    ]);
  });

  it('keeps the id check: an alias answering another customer is a mismatch, never shown', () => {
    const swapped = {data: {c0: {id: 'b', displayName: 'B'}, c1: {id: 'a', displayName: 'A'}}};
    expect(() => toCustomerView('a', splitBatch(swapped, 0)))
      .to.throw(LoadFailure)
      .with.property('reason', 'mismatch');
  });

  it('an alias missing from the answer is a bad response, not "no such customer"', () => {
    expect(() => toCustomerView('a', splitBatch({data: {}}, 0)))
      .to.throw(LoadFailure)
      .with.property('reason', 'bad-response');
  });
});

describe('start delay', () => {
  it('rejects with the abort reason as soon as the signal aborts, and never resolves after', async () => {
    const controller = new AbortController();
    const waiting = startDelay(controller.signal, 60_000);
    controller.abort(new DOMException('left', 'AbortError'));
    let error: unknown;
    await waiting.catch((e: unknown) => (error = e));
    expect((error as DOMException).message).to.equal('left');
  });
});
