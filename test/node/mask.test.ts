/**
 * The demo endpoint's error masking (demo/server/mask.ts): what a resolver meant to show
 * passes, anything else becomes "Unexpected error." with its path.
 */
import {GraphQLError as EsmGraphQLError} from 'graphql';
import {expect} from '../expect.js';
import {GraphQLError} from '../../demo/server/graphql.js';
import {MASKED_MESSAGE, maskError} from '../../demo/server/mask.js';

describe('demo endpoint: masked errors', () => {
  it('an error thrown by SQL or a bug reaches the client as "Unexpected error." with its path only', () => {
    const leak = new Error('relation "contacts" does not exist at SELECT * FROM contacts WHERE customer_id = $1');
    const masked = maskError(new GraphQLError(leak.message, {path: ['customer', 'contacts'], originalError: leak}));
    expect(masked.message).to.equal(MASKED_MESSAGE);
    expect(JSON.stringify(masked)).not.to.match(/contacts WHERE|relation/);
    expect((masked as EsmGraphQLError).path).to.deep.equal(['customer', 'contacts']);
  });

  it('an error a resolver meant to show keeps its message and code, from either copy of graphql-js', () => {
    for (const Type of [GraphQLError, EsmGraphQLError]) {
      const meant = new Type('No customer "x".', {extensions: {code: 'UNKNOWN_CUSTOMER'}});
      const shown = maskError(new GraphQLError(meant.message, {path: ['dismissHint'], originalError: meant}));
      expect(shown.message).to.equal('No customer "x".');
    }
  });

  it("validation errors and the endpoint's own request errors pass unchanged", () => {
    const validation = new GraphQLError('Cannot query field "notes" on type "Customer".');
    expect(maskError(validation)).to.equal(validation);
    const request = new Error('Missing query');
    expect(maskError(request)).to.equal(request);
  });
});
