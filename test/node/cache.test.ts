import {expect} from '../expect.js';
import {RequestCache} from '../../src/provider/cache.js';
import {FakeClock, deferred, flush} from '../clock.js';

/** A cache on a fake clock, and a loader that counts its runs and answers at once. */
function setup(ttl: number) {
  const clock = new FakeClock();
  const cache = new RequestCache(ttl, () => clock.now);
  let runs = 0;
  const load = () => cache.get('k', new AbortController().signal, async () => ++runs);
  return {clock, cache, load, runs: () => runs};
}

describe('RequestCache', () => {
  it('reuses an answer until its time-to-live is over, to the millisecond', async () => {
    const {clock, load, runs} = setup(200);
    expect(await load()).to.equal(1);
    await flush();
    clock.tick(199);
    expect(await load(), 'at 199 ms: the cached answer').to.equal(1);
    clock.tick(1);
    expect(await load(), 'at 200 ms: expired, asked again').to.equal(2);
    expect(runs()).to.equal(2);
  });

  it('a time-to-live of 0 keeps nothing once answered', async () => {
    const {load} = setup(0);
    expect(await load()).to.equal(1);
    await flush();
    expect(await load()).to.equal(2);
  });

  it('shares a request in flight, whatever the clock says, and never keeps a failure', async () => {
    const clock = new FakeClock();
    const cache = new RequestCache(0, () => clock.now);
    const answer = deferred<string>();
    let runs = 0;
    const run = () => (runs++, answer.promise);
    const both = [cache.get('k', new AbortController().signal, run), cache.get('k', new AbortController().signal, run)];
    clock.tick(10_000);
    answer.reject(new Error('down'));
    for (const result of both) expect(await result.catch((e: Error) => e.message)).to.equal('down');
    expect(runs).to.equal(1);
    await flush();
    expect(await cache.get('k', new AbortController().signal, async () => 'up')).to.equal('up');
  });

  it('invalidate(key) forgets that answer only', async () => {
    const {cache, load} = setup(60_000);
    await load();
    await flush();
    expect(await cache.get('other', new AbortController().signal, async () => 1)).to.equal(1);
    await flush();
    cache.invalidate('k');
    expect(await load()).to.equal(2);
    expect(await cache.get('other', new AbortController().signal, async () => 2), 'still cached').to.equal(1);
  });
});
