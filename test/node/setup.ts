/**
 * Loaded with `--import` before the tests of test/node/ (npm run test:unit): puts Node's test
 * runner (`node:test`) where mocha-style test files look for it, so they are written as the
 * browser's are: `describe`, `it`, `before`, `after`, `beforeEach`, `afterEach` as globals.
 */
import {after, afterEach, before, beforeEach, describe, it} from 'node:test';

Object.assign(globalThis, {describe, it, before, after, beforeEach, afterEach});
