/**
 * chai's `expect` as a plain ES module, for test files that run under Node's test runner
 * (test/node/): `@open-wc/testing` brings DOM code with it, this does not. The same import
 * works in the browser too.
 */
export {expect} from '@esm-bundle/chai/esm/chai.js';
