import {expect} from '../expect.js';
import {share} from '../../src/data/share.js';

describe('share: one result per owner and key', () => {
  it('makes once for the same owner and an equal key, again for another key or owner', () => {
    const owner = {};
    let made = 0;
    const make = () => ({n: ++made});
    const date = 1_700_000_000_000;
    const first = share(owner, ['en', date, undefined], make);
    expect(share(owner, ['en', date, undefined], make)).to.equal(first);
    expect(made).to.equal(1);
    expect(share(owner, ['fr', date, undefined], make)).to.not.equal(first);
    expect(share({}, ['en', date, undefined], make)).to.not.equal(first);
    expect(share(owner, ['en', date], make), 'a shorter key is another key').to.not.equal(first);
    expect(made).to.equal(4);
  });

  it('compares key entries by identity: an equal-looking object is another key', () => {
    const owner = {};
    const a = share(owner, [{x: 1}], () => 'a');
    expect(a).to.equal('a');
    expect(share(owner, [{x: 1}], () => 'b')).to.equal('b');
  });

  it('keeps only the last few keys per owner', () => {
    const owner = {};
    for (let i = 0; i < 10; i++) share(owner, [i], () => i);
    expect(share(owner, [9], () => -1)).to.equal(9);
    expect(
      share(owner, [0], () => -1),
      'the oldest was dropped',
    ).to.equal(-1);
  });
});
