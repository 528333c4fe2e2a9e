/**
 * The dismissal / note outbox: one key per item for every attempt, backoff on the given
 * timers, "not saved" until a later success, nothing retried by itself that cannot be fixed by
 * retrying. No real time passes: a fake clock and sends resolved by the test.
 */
import {expect} from '../../expect.js';
import {MAX_AUTO_RETRIES, Outbox, newKey, type Entry, type Outcome} from '../../../src/feedback/outbox.js';
import {FakeClock} from '../../clock.js';

/** A send the test answers: each call waits for `answer(outcome)`. */
function setup(delay = 1000) {
  const clock = new FakeClock();
  const calls: {key: string; resolve: (o: Outcome) => void}[] = [];
  const changes: string[] = [];
  let n = 0;
  const outbox = new Outbox<{text: string}>({
    send: (entry) => new Promise((resolve) => calls.push({key: entry.key, resolve})),
    changed: (entry) => changes.push(`${entry.input.text}:${entry.state}`),
    delay: () => delay,
    timers: () => clock,
    key: () => `key-${++n}-0000`,
  });
  /** Answers the oldest waiting send, then lets the outbox's continuation run. */
  const answer = async (outcome: Outcome) => {
    calls.shift()!.resolve(outcome);
    await new Promise((r) => setImmediate(r));
  };
  return {clock, calls, changes, outbox, answer};
}

describe('newKey', () => {
  it('makes 32 hex digits from the random source it is given', () => {
    const key = newKey((bytes) => bytes.map((_, i) => i * 17));
    expect(key).to.equal('00112233445566778899aabbccddeeff');
  });
  it('differs between calls with the default source', () => {
    expect(newKey()).to.match(/^[0-9a-f]{32}$/);
    expect(newKey()).to.not.equal(newKey());
  });
});

describe('Outbox', () => {
  it('is sending at once, then gone once saved', async () => {
    const {outbox, calls, answer, changes} = setup();
    outbox.add('c1', {text: 'a'});
    expect(outbox.entries.map((e) => e.state)).to.deep.equal(['sending']);
    expect(calls).to.have.length(1);
    await answer('saved');
    expect(outbox.entries).to.deep.equal([]);
    expect(changes).to.deep.equal(['a:sending', 'a:saved']);
  });

  it('a transient failure is unsaved, retried with the same key after 1 s, 2 s, 4 s, then waits for the agent', async () => {
    const {outbox, calls, answer, clock} = setup();
    const entry = outbox.add('c1', {text: 'a'});
    const waits: (number | undefined)[] = [];
    const keys: string[] = [];
    for (let i = 0; i <= MAX_AUTO_RETRIES; i++) {
      keys.push(calls[0]!.key);
      await answer('transient');
      expect(entry.state).to.equal('unsaved');
      waits.push(clock.nextIn);
      if (clock.nextIn !== undefined) clock.tick(clock.nextIn);
    }
    expect(waits).to.deep.equal([1000, 2000, 4000, undefined]);
    expect(new Set(keys)).to.deep.equal(new Set(['key-1-0000']));
    expect(calls, 'no send after the last automatic retry').to.have.length(0);
    expect(outbox.entries).to.deep.equal([entry]);
  });

  it("the agent's Retry sends now with the same key, and a success clears the entry", async () => {
    const {outbox, calls, answer, clock} = setup();
    const entry = outbox.add('c1', {text: 'a'});
    await answer('transient');
    expect(clock.pending).to.equal(1);
    outbox.retry(entry);
    expect(clock.pending, 'the scheduled retry is cancelled').to.equal(0);
    expect(calls.map((c) => c.key)).to.deep.equal(['key-1-0000']);
    await answer('saved');
    expect(outbox.entries).to.deep.equal([]);
  });

  it('a retry while one is on its way sends nothing more', async () => {
    const {outbox, calls} = setup();
    const entry = outbox.add('c1', {text: 'a'});
    outbox.retry(entry);
    expect(calls).to.have.length(1);
  });

  for (const outcome of ['config', 'refused'] as const) {
    it(`${outcome}: unsaved, never retried by itself, Retry can still save it`, async () => {
      const {outbox, answer, clock, calls} = setup();
      const entry = outbox.add('c1', {text: 'a'});
      await answer(outcome);
      expect(entry).to.deep.include({state: 'unsaved', failure: outcome});
      expect(clock.pending).to.equal(0);
      outbox.retry(entry);
      expect(calls).to.have.length(1);
      await answer('saved');
      expect(outbox.entries).to.deep.equal([]);
    });
  }

  it('unsupported (the server has no such mutation): dropped without an unsaved state', async () => {
    const {outbox, answer, changes} = setup();
    outbox.add('c1', {text: 'a'});
    await answer('unsupported');
    expect(outbox.entries).to.deep.equal([]);
    expect(changes).to.not.include('a:unsaved');
  });

  it('a send that throws counts as transient', async () => {
    const clock = new FakeClock();
    const outbox = new Outbox<number>({
      send: () => Promise.reject(new Error('boom')),
      changed: () => {},
      delay: () => 500,
      timers: () => clock,
      key: () => 'k'.repeat(8),
    });
    const entry: Entry<number> = outbox.add('c', 1);
    await new Promise((r) => setImmediate(r));
    expect(entry).to.deep.include({state: 'unsaved', failure: 'transient'});
    expect(clock.nextIn).to.equal(500);
  });

  it('stop() cancels the timers; resume() reschedules the transient ones', async () => {
    const {outbox, answer, clock, calls} = setup();
    outbox.add('c1', {text: 'a'});
    await answer('transient');
    outbox.stop();
    expect(clock.pending).to.equal(0);
    clock.tick(60_000);
    expect(calls).to.have.length(0);
    outbox.resume();
    expect(clock.pending).to.equal(1);
    clock.tick(clock.nextIn!);
    expect(calls).to.have.length(1);
  });

  it('each item has its own key', () => {
    const {outbox} = setup();
    const a = outbox.add('c1', {text: 'a'});
    const b = outbox.add('c1', {text: 'b'});
    expect(a.key).to.not.equal(b.key);
  });
});
