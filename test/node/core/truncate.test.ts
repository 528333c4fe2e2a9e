import {expect} from '../../expect.js';
import {truncate} from '../../../src/core/truncate.js';

describe('truncate', () => {
  it('leaves a text that fits as it is', () => {
    expect([truncate('abc', 3), truncate('abc', 3, true), truncate('😀', 2)]).to.deep.equal(['abc', 'abc', '😀']);
  });
  it('cuts to max units, the ellipsis counted', () => {
    expect([truncate('abcdef', 4), truncate('abcdef', 4, true)]).to.deep.equal(['abcd', 'abc…']);
  });
  it('leaves out an emoji whose two halves straddle the cut', () => {
    expect([truncate('ab😀cd', 3), truncate('ab😀cd', 4, true)]).to.deep.equal(['ab', 'ab…']);
    expect([truncate('ab😀cd', 4), truncate('ab😀cd', 5, true)]).to.deep.equal(['ab😀', 'ab😀…']);
  });
});
