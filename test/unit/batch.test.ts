import {expect} from '@open-wc/testing';
import {batchDocument, batchVariables, splitBatch, startDelay} from '../../src/data/batch.js';
import {LoadFailure} from '../../src/data/errors.js';
import {toCustomerView} from '../../src/data/map.js';
import {Customer360Document} from '../../src/gql/graphql.js';

const vars = {id: 'a', contactsFirst: 5, summaryDays: 90, topicDays: 30, locale: 'en'};

describe('batch document', () => {
  it('asks each customer exactly what the single query asks, under its own alias and id variable', () => {
    const doc = batchDocument(3);
    expect(doc).to.match(/^query Customer360Batch\(/);
    for (const i of [0, 1, 2]) expect(doc).to.contain(`c${i}: customer(id: $id${i})`).and.contain(`$id${i}: ID!`);
    expect(doc).not.to.match(/\$id\b(?!\d)/);
    // Same shared variables and fragments as the single query.
    for (const name of ['$contactsFirst', '$summaryDays', '$topicDays']) expect(doc).to.contain(`${name}:`);
    const single = Customer360Document.toString();
    expect(doc.endsWith(single.slice(single.indexOf('fragment')))).to.equal(true);
  });

  it('follows the single query when it gains an argument', () => {
    const single =
      'query Customer360($id: ID!, $locale: String, $n: Int!) {\n  customer(id: $id, locale: $locale) {\n    ...CustomerCard\n  }\n}\nfragment CustomerCard on Customer { id }';
    const doc = batchDocument(2, single);
    expect(doc).to.contain('query Customer360Batch($locale: String, $n: Int!, $id0: ID!, $id1: ID!)');
    expect(doc).to.contain('c1: customer(id: $id1, locale: $locale)');
    expect(doc).to.contain('fragment CustomerCard on Customer { id }');
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
