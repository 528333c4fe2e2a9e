import {expect} from '../../expect.js';
import {HistoryController} from '../../../src/controllers/history.js';
import type {Contact, ContactPage} from '../../../src/data/view-model.js';
import {FakeHost, deferred, type Deferred} from '../../clock.js';

const contact = (id: string): Contact => ({
  id,
  at: new Date('2026-01-01T00:00:00Z'),
  channel: 'PHONE',
  direction: 'INBOUND',
  purpose: 'SUPPORT',
  outcome: 'ANSWERED',
  transfers: 0,
});
const page = (ids: string[], endCursor?: string): ContactPage => ({
  totalCount: 10,
  items: ids.map(contact),
  hasNextPage: Boolean(endCursor),
  endCursor,
});

function setup() {
  const host = new FakeHost();
  const calls: {customerId: string; after: string; signal: AbortSignal; answer: Deferred<ContactPage>}[] = [];
  const history = new HistoryController(host, {
    fetchPage: (customerId, after, signal) => {
      const answer = deferred<ContactPage>();
      calls.push({customerId, after, signal, answer});
      return answer.promise;
    },
  });
  host.connect();
  return {host, history, calls};
}

describe('HistoryController', () => {
  const first = page(['a', 'b'], 'cur-1');

  it('appends the next page after the first, without repeating entries', async () => {
    const {history, calls} = setup();
    const done = history.more('c-1', first);
    expect(history.state('c-1', first).loading).to.equal(true);
    expect(calls.map((c) => c.after)).to.deep.equal(['cur-1']);
    calls[0].answer.resolve(page(['b', 'c', 'd'], 'cur-2'));
    await done;
    const state = history.state('c-1', first);
    expect(state.page.items.map((c) => c.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(state.page.endCursor).to.equal('cur-2');
    expect(state.loading).to.equal(false);
  });

  it('the next click continues from the last page', async () => {
    const {history, calls} = setup();
    const one = history.more('c-1', first);
    calls[0].answer.resolve(page(['c'], 'cur-2'));
    await one;
    const two = history.more('c-1', first);
    expect(calls[1].after).to.equal('cur-2');
    calls[1].answer.resolve(page(['d']));
    await two;
    expect(history.state('c-1', first).page.items.map((c) => c.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('one load at a time: a second click while loading asks nothing', () => {
    const {history, calls} = setup();
    void history.more('c-1', first);
    void history.more('c-1', first);
    expect(calls.length).to.equal(1);
  });

  it('a failed page keeps what was shown and says it failed', async () => {
    const {history, calls} = setup();
    const done = history.more('c-1', first);
    calls[0].answer.reject(new Error('boom'));
    await done;
    const state = history.state('c-1', first);
    expect(state.failed).to.equal(true);
    expect(state.page).to.equal(first);
  });

  it('another customer starts from its own first page', async () => {
    const {history, calls} = setup();
    const done = history.more('c-1', first);
    calls[0].answer.resolve(page(['c']));
    await done;
    const other = page(['x']);
    expect(history.state('c-2', other).page).to.equal(other);
  });

  it('reset aborts the load in flight and drops its late answer', async () => {
    const {history, calls} = setup();
    const done = history.more('c-1', first);
    history.reset();
    expect(calls[0].signal.aborted).to.equal(true);
    calls[0].answer.resolve(page(['late']));
    await done;
    expect(history.state('c-1', first).page).to.equal(first);
  });

  it('leaving the page aborts the load in flight', () => {
    const {host, history, calls} = setup();
    void history.more('c-1', first);
    host.disconnect();
    expect(calls[0].signal.aborted).to.equal(true);
  });

  it('no cursor: nothing to load', () => {
    const {history, calls} = setup();
    void history.more('c-1', page(['a']));
    expect(calls.length).to.equal(0);
  });
});
