/** How the answers to the feedback mutations read (the card stores, retries, or stays quiet). */
import {expect} from '../../expect.js';
import {isValidationError, outcomeOf, type Answer} from '../../../src/feedback/graphql.js';

const error = (message: string, code?: string) => ({message, ...(code ? {extensions: {code}} : {})});

describe('outcomeOf', () => {
  const cases: [string, Answer, string][] = [
    ['stored', {status: 200, data: {dismissHint: {id: 'd1'}}}, 'saved'],
    ['no answer (network, timeout)', {status: 0}, 'transient'],
    ['a 502', {status: 502}, 'transient'],
    ['a 503 with errors', {status: 503, errors: [error('down')]}, 'transient'],
    ['a 429', {status: 429}, 'transient'],
    ['a 401', {status: 401, errors: [error('no token')]}, 'config'],
    ['a 403', {status: 403}, 'config'],
    ['BAD_INPUT', {status: 200, data: null, errors: [error('note: at most 500 characters', 'BAD_INPUT')]}, 'refused'],
    ['UNKNOWN_HINT', {status: 200, data: null, errors: [error('unknown hint acme', 'UNKNOWN_HINT')]}, 'refused'],
    ['a 400 without a validation message', {status: 400, errors: [error('Variable "$input" got invalid value')]}, 'refused'],
    [
      'a server without the mutation',
      {status: 400, errors: [error('Cannot query field "dismissHint" on type "Mutation".')]},
      'unsupported',
    ],
    ['a server without the input type', {status: 400, errors: [error('Unknown type "DismissHintInput".')]}, 'unsupported'],
    ['a server without mutations', {status: 400, errors: [error('Schema is not configured for mutations.')]}, 'unsupported'],
    [
      'a validation error answered with 200',
      {status: 200, errors: [error('Cannot query field "dismissHint" on type "Mutation".')]},
      'unsupported',
    ],
    ['Apollo’s code', {status: 400, errors: [error('whatever', 'GRAPHQL_VALIDATION_FAILED')]}, 'unsupported'],
  ];
  for (const [name, answer, outcome] of cases) {
    it(`${name}: ${outcome}`, () => {
      expect(outcomeOf(answer, 'dismissHint')).to.equal(outcome);
    });
  }
});

describe('isValidationError', () => {
  it('is not a validation error when data came (a field error)', () => {
    expect(isValidationError({status: 200, data: {customer: null}, errors: [error('Cannot query field "x"')]})).to.equal(false);
  });
  it('reads the notes field missing', () => {
    expect(isValidationError({status: 400, errors: [error('Cannot query field "notes" on type "Customer".')]})).to.equal(true);
  });
});
