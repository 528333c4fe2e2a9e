import {expect} from '../../expect.js';
import {RetryController} from '../../../src/controllers/retry.js';
import {LoadFailure} from '../../../src/data/errors.js';
import {FakeClock, FakeHost} from '../../clock.js';

function setup(delay = 1000) {
  const host = new FakeHost();
  const clock = new FakeClock();
  const connectivity = new EventTarget();
  let runs = 0;
  const retry = new RetryController(host, {retry: () => runs++, delay: () => delay, timers: () => clock, connectivity});
  host.connect();
  return {host, clock, connectivity, retry, runs: () => runs};
}

describe('RetryController', () => {
  it('backs off 1 s, 2 s, 4 s, then gives up', () => {
    const {clock, retry, runs} = setup();
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      retry.failed(new LoadFailure('network'));
      waits.push(clock.nextIn);
      clock.tick(clock.nextIn ?? 0);
    }
    expect(waits).to.deep.equal([1000, 2000, 4000, undefined]);
    expect(runs()).to.equal(3);
  });

  it('says how long until the next try, and clears it when it fires', () => {
    const {clock, retry, host} = setup(1500);
    retry.failed(new LoadFailure('server', 503));
    expect(retry.retryIn).to.equal(2);
    const updates = host.updates;
    clock.tick(1499);
    expect(retry.retryIn, 'not yet').to.equal(2);
    clock.tick(1);
    expect(retry.retryIn).to.equal(undefined);
    expect(host.updates).to.be.greaterThan(updates);
  });

  it("waits for the server's Retry-After instead of the backoff", () => {
    const {clock, retry} = setup(10);
    retry.failed(new LoadFailure('rate-limited', 429, 2));
    expect(clock.nextIn).to.equal(2000);
  });

  it('never retries 4xx or configuration failures by itself', () => {
    const {clock, retry} = setup();
    for (const failure of [new LoadFailure('forbidden', 403), new LoadFailure('config-endpoint'), new LoadFailure('graphql')]) {
      retry.failed(failure);
      expect(clock.pending, failure.reason).to.equal(0);
      expect(retry.retryIn).to.equal(undefined);
    }
  });

  it('offline: no timer; the online event retries once', () => {
    const {clock, retry, connectivity, runs} = setup();
    retry.failed(new LoadFailure('offline'));
    expect(clock.pending).to.equal(0);
    connectivity.dispatchEvent(new Event('online'));
    expect(runs()).to.equal(1);
    connectivity.dispatchEvent(new Event('online'));
    expect(runs(), 'not again without a new failure').to.equal(1);
  });

  it('online does nothing while nothing failed', () => {
    const {connectivity, runs} = setup();
    connectivity.dispatchEvent(new Event('online'));
    expect(runs()).to.equal(0);
  });

  it('reset starts a new streak from the first delay', () => {
    const {clock, retry} = setup();
    retry.failed(new LoadFailure('network'));
    clock.tick(1000);
    retry.failed(new LoadFailure('network'));
    expect(clock.nextIn).to.equal(2000);
    retry.reset();
    expect(clock.pending, 'reset cancels the timer').to.equal(0);
    retry.failed(new LoadFailure('network'));
    expect(clock.nextIn).to.equal(1000);
  });

  it('leaving the page cancels the pending retry and stops listening for online', () => {
    const {clock, retry, host, connectivity, runs} = setup();
    retry.failed(new LoadFailure('offline'));
    retry.failed(new LoadFailure('network'));
    host.disconnect();
    expect(clock.pending).to.equal(0);
    clock.tick(10_000);
    connectivity.dispatchEvent(new Event('online'));
    expect(runs()).to.equal(0);
  });
});
