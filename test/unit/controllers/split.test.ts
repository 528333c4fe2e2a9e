import {expect} from '@open-wc/testing';
import {SplitRenderController} from '../../../src/controllers/split.js';
import {FakeHost} from '../../clock.js';

/** A scheduler that runs nothing until the test says so. */
function setup() {
  const host = new FakeHost();
  const queued: (() => void)[] = [];
  const split = new SplitRenderController(host, (resume) => queued.push(resume));
  const runNext = () => queued.shift()!();
  return {host, queued, split, runNext};
}

describe('SplitRenderController', () => {
  it("defers the rest of a customer's first render to one later task, then renders it", async () => {
    const {host, queued, split, runNext} = setup();
    expect(split.later('a')).to.equal(true);
    expect(split.later('a'), 'asked again before the next task').to.equal(true);
    expect(queued).to.have.length(1);
    expect(split.waiting).to.equal(true);
    const pending = split.pending!;
    runNext();
    await pending;
    expect(host.updates).to.equal(1);
    expect(split.waiting).to.equal(false);
    expect(split.later('a')).to.equal(false);
  });

  it('never defers a later render of the customer already shown', () => {
    const {queued, split, runNext} = setup();
    split.later('a');
    runNext();
    for (let i = 0; i < 5; i++) expect(split.later('a')).to.equal(false);
    expect(queued).to.have.length(0);
  });

  it('defers again for a different customer, and an older wait never ends a newer one', () => {
    const {host, queued, split, runNext} = setup();
    split.later('a');
    expect(split.later('b'), 'switched before a finished').to.equal(true);
    expect(queued).to.have.length(2);
    runNext(); // a's turn: b still waits
    expect(split.later('b')).to.equal(true);
    expect(split.waiting).to.equal(true);
    runNext();
    expect(split.later('b')).to.equal(false);
    expect(host.updates).to.equal(2);
  });

  it('has nothing pending before any customer', () => {
    const {split} = setup();
    expect(split.pending).to.equal(undefined);
    expect(split.waiting).to.equal(false);
  });
});
