/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`).
 *
 * A failed assertion whose value is a DOM node (`expect(part(el, 'notes')).to.equal(null)`)
 * carries the node as the error's `actual`; the runner then serialises it, with its shadow
 * root, document and window, and the whole run hangs until its timeout instead of reporting the
 * failure. Nodes in a failed assertion are replaced by a short description (`<p part="x">`).
 */
import {chai} from '@open-wc/testing';

function describeNode(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  if (value instanceof Element) {
    const attributes = [...value.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    return `<${value.localName}${attributes}>`;
  }
  return `[${value.nodeName}]`;
}

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error && typeof error === 'object' && 'actual' in error) {
      const failure = error as {actual: unknown; expected: unknown};
      failure.actual = describeNode(failure.actual);
      failure.expected = describeNode(failure.expected);
    }
    throw error;
  }
};
