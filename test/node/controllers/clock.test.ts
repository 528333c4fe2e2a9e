import {expect} from '../../expect.js';
import {ClockController} from '../../../src/controllers/clock.js';
import {FakeClock, FakeHost} from '../../clock.js';

function setup(fixed?: Date) {
  const host = new FakeHost();
  const timers = new FakeClock();
  timers.now = Date.UTC(2026, 11, 7, 9, 41, 30);
  const clock = new ClockController(
    host,
    () => fixed,
    timers,
    () => timers.now,
  );
  host.connect();
  return {host, timers, clock};
}

describe('ClockController', () => {
  it('reads the current time once per update and updates the host when the minute changes', () => {
    const {host, timers, clock} = setup();
    clock.hostUpdate();
    expect(clock.now.toISOString()).to.equal('2026-12-07T09:41:30.000Z');
    expect(timers.waits, 'next minute').to.deep.equal([30_000]);
    const updates = host.updates;
    timers.tick(29_999);
    expect(host.updates, 'not before the minute').to.equal(updates);
    timers.tick(1);
    expect(host.updates).to.equal(updates + 1);
    clock.hostUpdate();
    expect(clock.now.toISOString()).to.equal('2026-12-07T09:42:00.000Z');
    expect(timers.waits, 'one timer at a time').to.deep.equal([60_000]);
  });

  it('follows the host clock with no timer, and stops when the host leaves the page', () => {
    const fixed = new Date('2026-03-29T01:30:00Z');
    const {timers, clock} = setup(fixed);
    clock.hostUpdate();
    expect(clock.now).to.equal(fixed);
    expect(timers.pending).to.equal(0);
    const live = setup();
    live.clock.hostUpdate();
    live.host.disconnect();
    expect(live.timers.pending, 'cancelled off the page').to.equal(0);
  });
});
