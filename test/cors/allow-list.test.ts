/**
 * The demo endpoint's allow list as configuration (demo/server/cors.ts): exact origins only,
 * written as a browser sends them; anything else stops the server with a message naming it.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {allowOriginsFromEnv, parseAllowedOrigins} from '../../demo/server/cors.js';
import {createGraphQLMiddleware} from '../../demo/server/middleware.js';

test('origins are kept as a browser sends them: lower case, no default port, no trailing slash', () => {
  assert.deepEqual(allowOriginsFromEnv(' HTTP://Intranet.TEST:80/ , https://crm.example.com:8443,,'), [
    'http://intranet.test',
    'https://crm.example.com:8443',
  ]);
  assert.deepEqual(allowOriginsFromEnv(''), []);
  assert.deepEqual(allowOriginsFromEnv(undefined), []);
});

test('"*" is refused: it would list every site', () => {
  assert.throws(
    () => allowOriginsFromEnv('http://a.test, *'),
    /CUSTOMER360_ALLOW_ORIGINS: "\*" would let every site read customer data/,
  );
  assert.throws(() => createGraphQLMiddleware({allowOrigins: ['*']}), /allowOrigins: "\*"/);
});

test('an entry that is not an origin is refused, named', () => {
  for (const entry of [
    'intranet.test:5410',
    'http://a.test/app',
    'http://a.test/?x=1',
    'ftp://a.test',
    'http://user@a.test',
    'null',
  ]) {
    assert.throws(
      () => parseAllowedOrigins([entry]),
      (error: Error) => error.message.includes(`"${entry}" is not an origin`),
      entry,
    );
  }
});
