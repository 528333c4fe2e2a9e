/** The dismissal sent for a row, and the mutation documents against the contract. */
import {readFileSync} from 'node:fs';
import {buildSchema, parse, validate} from 'graphql';
import {expect} from '../../expect.js';
import {ADD_NOTE, DISMISS_HINT, dismissInput, reasonOf} from '../../../src/feedback/mutations.js';
import type {Hint} from '../../../src/hints/types.js';

const schema = buildSchema(readFileSync('schema/customer-360.graphql', 'utf8'));

const hint = (id: string, source: Hint['source'], refs: [string, string][] = []): Pick<Hint, 'id' | 'source' | 'evidence'> => ({
  id,
  source,
  evidence: refs.map(([type, ref]) => ({label: 'l', value: 'v', ref: {type: type as 'ticket', id: ref}})),
});

describe('the mutation documents', () => {
  for (const [name, doc] of [
    ['dismissHint', DISMISS_HINT],
    ['addNote', ADD_NOTE],
  ]) {
    it(`${name} is valid against the contract`, () => {
      expect(validate(schema, parse(doc)).map((e) => e.message)).to.deep.equal([]);
    });
  }
});

describe('reasonOf', () => {
  it("maps every reason of the card's list to the contract's enum", () => {
    const values = schema.getType('DismissReason')!.toConfig() as unknown as {values: Record<string, unknown>};
    const card = ['not-relevant', 'already-done', 'customer-request', 'wrong', 'other'];
    expect(card.map(reasonOf)).to.deep.equal(Object.keys(values.values));
  });
  it('an unknown reason is OTHER', () => {
    expect(reasonOf('bored')).to.equal('OTHER');
  });
});

describe('dismissInput', () => {
  it('every hint of the row with its fingerprint, the reason as the enum, the version', () => {
    const input = dismissInput(
      'c1',
      [
        hint('open-ticket-first', 'card', [
          ['ticket', 'T-1'],
          ['contact', 'k-9'],
        ]),
        hint('loyal-customer', 'card'),
      ],
      {reason: 'already-done', note: '  thanked them  '},
      '0.2.0',
    );
    expect(input).to.deep.equal({
      customerId: 'c1',
      hintIds: ['open-ticket-first', 'loyal-customer'],
      reason: 'ALREADY_DONE',
      note: 'thanked them',
      fingerprints: [
        {hintId: 'open-ticket-first', fingerprint: 'contact:k-9 ticket:T-1'},
        {hintId: 'loyal-customer', fingerprint: ''},
      ],
      cardVersion: '0.2.0',
    });
  });
  it("leaves the host's own hints out (the server cannot know them), and the empty note", () => {
    const input = dismissInput(
      'c1',
      [hint('acme-vip', 'host'), hint('acme-server', 'server')],
      {reason: 'wrong', note: ' '},
      'v',
    );
    expect(input?.hintIds).to.deep.equal(['acme-server']);
    expect(input).to.not.have.property('note');
  });
  it('keeps a catalog hint the host reworded (its rule returned a catalog id): the server knows the id', () => {
    const input = dismissInput(
      'c1',
      [hint('loyal-customer', 'host'), hint('acme-vip', 'host')],
      {reason: 'already-done', note: ''},
      'v',
    );
    expect(input?.hintIds).to.deep.equal(['loyal-customer']);
  });
  it('sends nothing for a row of host hints only', () => {
    expect(dismissInput('c1', [hint('acme-vip', 'host')], {reason: 'other', note: ''}, 'v')).to.equal(undefined);
  });
});
