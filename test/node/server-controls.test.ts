/**
 * The demo server's test controls, as pure functions: what `delay=` and `jitter=` decide is
 * checked here, with no request and no clock (the server then waits that long).
 */
import {expect} from '../expect.js';
import {planBatch, planRequest, unitHash} from '../../demo/server/controls.js';

describe('server controls: the plan of a request', () => {
  it('delay=<ms> delays every request; delay=<id>:<ms> only that customer, and wins over the unscoped one', () => {
    expect(planRequest('/graphql?delay=300', 'martin').delayMs).to.equal(300);
    expect(planRequest('/graphql?delay=300', null).delayMs).to.equal(300);
    const url = '/graphql?delay=100,martin:600,dupin:0';
    expect(
      [planRequest(url, 'martin'), planRequest(url, 'dupin'), planRequest(url, 'other')].map((p) => p.delayMs),
    ).to.deep.equal([600, 0, 100]);
  });

  it('ignores unusable delays', () => {
    for (const raw of ['-5', 'abc', '', 'martin:x'])
      expect(planRequest(`/graphql?delay=${raw}`, 'martin').delayMs, raw).to.equal(0);
  });

  it('a delayed fault keeps both', () => {
    expect(planRequest('/graphql?delay=200&fault=500', 'martin')).to.include({delayMs: 200, fault: '500'});
  });

  it('hold=<gate> and hold=<id>:<gate> name the gate the answer waits for', () => {
    expect(planRequest('/graphql?hold=g1', 'dupin').hold).to.equal('g1');
    expect(planRequest('/graphql?hold=martin:g2', 'martin').hold).to.equal('g2');
    expect(planRequest('/graphql?hold=martin:g2', 'dupin').hold).to.equal(null);
    expect(planBatch('/graphql?hold=martin:g3', ['dupin', 'martin']).hold, 'a batch waits for any of its customers').to.equal(
      'g3',
    );
  });

  it('a batch waits as long as its slowest customer', () => {
    expect(planBatch('/graphql?delay=dupin:50,martin:400', ['dupin', 'martin']).delayMs).to.equal(400);
  });

  it('jitter=<ms> stays within 0…ms, differs from request to request, and comes from a seeded hash', () => {
    const delays = ['martin', 'dupin', 'martin', 'martin'].map(
      (id) => planRequest('/graphql?jitter=60&seed=7&tag=unit', id).delayMs,
    );
    for (const ms of delays) expect(ms).to.be.within(0, 60);
    expect(new Set(delays).size).to.be.greaterThan(1);
    // No Math.random: the same text always hashes to the same number, so a seeded run replays.
    expect(unitHash('7 martin 1')).to.equal(unitHash('7 martin 1'));
    expect(unitHash('7 martin 1')).to.not.equal(unitHash('7 martin 2'));
  });
});

describe('server controls: a mutation is scoped by its field', () => {
  it('reads the first field of a mutation, nothing for a query', async () => {
    const {mutationField} = await import('../../demo/server/controls.js');
    expect(mutationField('mutation Customer360DismissHint($input:DismissHintInput!){dismissHint(input:$input){id}}')).to.equal(
      'dismissHint',
    );
    expect(mutationField('  mutation { addNote(input: {}) { id } }')).to.equal('addNote');
    expect(mutationField('query Customer360($id:ID!){customer(id:$id){id}}')).to.equal(null);
  });
  it('so fault=dismissHint:503 fails the mutation, not the load', () => {
    const url = '/graphql?fault=dismissHint:503';
    expect(planRequest(url, 'dismissHint').fault).to.equal('503');
    expect(planRequest(url, 'martin').fault).to.equal(null);
  });
});
