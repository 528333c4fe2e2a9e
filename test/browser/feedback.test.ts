/**
 * Feedback against the real server (the demo's endpoint, backed by the reference server's SQL):
 * dismissals stored and respected on reload and for another agent, legal hints kept, a failed
 * send shown as "not saved" and saved once by its retry, notes shared between agents, and a
 * server without any of it (`schema=before-feedback`) showing no error.
 *
 * The server's database lives as long as the test run and every test file shares it. So each
 * test here works at an instant of its own years after the seeding (`now=`, the card's `now`):
 * the dismissals it stores are dated then, and hide nothing at the other tests' instant; and it
 * uses personas no other browser test reads (their notes are seen only here).
 */
import {expect} from '@open-wc/testing';
import {isLegalHint} from '../../src/hints/legal.js';
import {
  briefRows,
  cleanup,
  dismissRow,
  expectAccessible,
  hintIds,
  mount,
  noteField,
  nextEvent,
  part,
  rendered,
  retryClock,
  text,
} from './helpers.js';

afterEach(cleanup);

interface Sent {
  query: string;
  variables: Record<string, unknown>;
  answer: Promise<{status: number; body: {data?: Record<string, unknown> | null; errors?: {message: string}[]}}>;
}

/** Every GraphQL request the page sends while the test runs, with its answer (the card still gets it). */
let sent: Sent[] = [];
/** Tells `request()` that one more went out. */
const sending = new EventTarget();
const realFetch = window.fetch;
beforeEach(() => {
  sent = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const result = realFetch(input, init);
    if (typeof init?.body === 'string' && String(input).includes('/graphql')) {
      const {query, variables} = JSON.parse(init.body) as {query: string; variables: Record<string, unknown>};
      const answer = result.then(async (r) => ({
        status: r.status,
        body: await r
          .clone()
          .json()
          .catch(() => ({})),
      }));
      // A send the card gave up on (its timeout) is awaited by no test: not an unhandled rejection.
      answer.catch(() => {});
      sent.push({query, variables, answer});
      sending.dispatchEvent(new Event('sent'));
    }
    return result;
  };
});
afterEach(() => {
  window.fetch = realFetch;
});

const of = (operation: string) => sent.filter((s) => s.query.includes(operation));

/** Resolves with the `n`th request (1-based) of `operation`, once it was sent. */
async function request(operation: string, n = 1): Promise<Sent> {
  while (of(operation).length < n) await nextEvent(sending, 'sent');
  return of(operation)[n - 1]!;
}

/** A card for `persona` at `now`, read by agent `agent` (the demo's `auth=<token>` control). */
async function card(
  persona: string,
  now: string,
  options: {agent?: string; extra?: string; attrs?: Record<string, string>} = {},
) {
  const {agent, extra = ''} = options;
  const {el, settled} = mount({customerId: persona, attrs: options.attrs, feedback: null});
  el.now = new Date(now);
  el.endpoint = `/graphql?now=${now}${agent ? `&auth=${agent}` : ''}${extra}`;
  if (agent) el.headers = {Authorization: `Bearer ${agent}`};
  const event = await settled;
  expect(event.type, 'the customer loaded').to.equal('customer360-loaded');
  await el.updateComplete;
  return el;
}

/** The stored dismissals dated within a minute of `now`, through the API's report. */
async function report(now: string) {
  const at = Date.parse(now);
  const response = await realFetch(`/graphql?now=${now}`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({
      query: 'query($from:DateTime!,$to:DateTime!){dismissalReport(from:$from,to:$to){dismissals rows{hintId reason count}}}',
      variables: {from: new Date(at - 60_000).toISOString(), to: new Date(at + 60_000).toISOString()},
    }),
  });
  const body = (await response.json()) as {
    data: {dismissalReport: {dismissals: number; rows: {hintId: string; reason: string; count: number}[]}};
  };
  return body.data.dismissalReport;
}

describe('feedback: dismissals', () => {
  it('dismissed as already done: sent with its fingerprints, hidden after a reload, and for another agent', async () => {
    const now = '2031-02-03T10:00:00.000Z';
    const el = await card('reunion', now, {agent: 'anna'});
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint));
    expect(target, 'a row of hints that are not legal ones').to.not.equal(undefined);
    const dismissed = nextEvent(el, 'customer360-hint-dismiss');
    await dismissRow(el, target!.row, 'already-done');
    expect((await dismissed).type).to.equal('customer360-hint-dismiss');

    const mutation = await request('dismissHint');
    const input = mutation.variables.input as Record<string, unknown>;
    expect(input).to.deep.include({customerId: 'reunion', hintIds: target!.ids, reason: 'ALREADY_DONE', cardVersion: 'source'});
    expect((input.fingerprints as {hintId: string}[]).map((f) => f.hintId)).to.deep.equal(target!.ids);
    expect(String(input.idempotencyKey)).to.match(/^[0-9a-f]{32}$/);
    const answer = await mutation.answer;
    expect(answer.body.data?.dismissHint, JSON.stringify(answer.body)).to.be.an('object');
    await el.updateComplete;
    expect(part(el, 'unsaved'), 'saved: nothing says otherwise').to.equal(null);
    el.remove();

    for (const agent of ['anna', 'bruno']) {
      const again = await card('reunion', now, {agent});
      const shown = await hintIds(again);
      for (const id of target!.ids) expect(shown, `${id} hidden for ${agent} after the reload`).to.not.include(id);
      again.remove();
    }
    expect(await report(now)).to.deep.include({dismissals: 1});
  });

  it('a legal hint dismissed is stored and counted, and stays', async () => {
    // A Sunday night: calling hours forbid a sales call (outside-calling-hours, a legal hint).
    const now = '2031-03-02T22:30:00.000Z';
    const el = await card('cap-on-sunday', now);
    const legal = briefRows(el).find((r) => r.ids.some(isLegalHint));
    expect(
      legal,
      `a row with a legal hint: ${briefRows(el)
        .map((r) => r.ids.join('+'))
        .join(', ')}`,
    ).to.not.equal(undefined);
    await dismissRow(el, legal!.row, 'already-done');
    const answer = await (await request('dismissHint')).answer;
    expect(answer.body.data?.dismissHint, JSON.stringify(answer.body)).to.be.an('object');
    const legalIds = legal!.ids.filter(isLegalHint);
    expect(await hintIds(el), 'stays on the card that dismissed it').to.include.members(legalIds);
    el.remove();
    const again = await card('cap-on-sunday', now);
    expect(await hintIds(again), 'and after a reload').to.include.members(legalIds);
    const counted = await report(now);
    expect(counted.dismissals).to.equal(1);
    expect(counted.rows.map((r) => r.hintId)).to.include.members(legalIds);
  });

  it('a failed send shows "not saved" with a Retry; the retry saves it once, with the same key', async () => {
    const now = '2031-04-07T09:00:00.000Z';
    // The server parks the mutation (hold=dismissHint:<gate>) past the card's timeout: the
    // card's send fails as a timeout, while the server may still store it once the gate opens.
    const gate = `fb-${Math.random().toString(36).slice(2)}`;
    const el = await card('overflow', now, {extra: `&hold=dismissHint:${gate}`});
    el.timeout = 300;
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    const unsaved = await rendered(el, () => part(el, 'unsaved'));
    expect(unsaved.textContent, 'says which dismissal and that it is not saved')
      .to.contain(target.text)
      .and.match(/not saved/);
    expect(retryClock.waits, 'an automatic retry is scheduled on the card timers').to.deep.equal([1000]);
    await expectAccessible(el);

    await realFetch(`/graphql/gate?gate=${gate}`, {method: 'POST'});
    unsaved.querySelector('button')!.focus();
    unsaved.querySelector('button')!.click();
    await rendered(el, () => !part(el, 'unsaved'));
    // The card moves focus once the render without the line is done (its updateComplete).
    await el.updateComplete;
    await Promise.resolve();
    expect(
      el.shadowRoot!.activeElement?.matches('.dismissed summary'),
      'focus moves on to the dismissed list, not to the page',
    ).to.equal(true);
    const [first, second] = of('dismissHint');
    expect(of('dismissHint')).to.have.length(2);
    expect((second!.variables.input as {idempotencyKey: string}).idempotencyKey).to.equal(
      (first!.variables.input as {idempotencyKey: string}).idempotencyKey,
    );
    expect(retryClock.waits, 'no retry left scheduled').to.deep.equal([]);
    // The parked first send went on when the gate opened: a replay of the same key, or the
    // one the retry replayed. One dismissal stored either way.
    const counted = await report(now);
    expect(counted.dismissals, JSON.stringify(counted)).to.equal(1);
  });
});

describe('feedback: notes', () => {
  it('a note added by one agent shows at once, is saved, and another agent sees it (as text)', async () => {
    const now = '2031-05-05T14:00:00.000Z';
    const note = `Prefers a call after 6 pm <b>${now}</b>`;
    const el = await card('visit-and-dispute', now, {agent: 'anna'});
    const section = await rendered(el, () => part(el, 'notes'));
    const field = await noteField(el);
    expect(section.querySelector(`label[for="${field.id}"]`)?.textContent).to.match(/Add a note/);

    field.value = note;
    field.dispatchEvent(new Event('input'));
    section.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(text(el, '[part~="notes"]'), 'shown at once, as pending').to.contain(note).and.contain('Saving');
    const answer = await (await request('addNote')).answer;
    expect(answer.body.data?.addNote, JSON.stringify(answer.body)).to.be.an('object');
    await rendered(el, () => !/Saving/.test(text(el, '[part~="notes"]')));
    expect(text(el, '[part~="notes"]')).to.contain(note).and.contain('Agent anna');
    el.remove();

    const other = await card('visit-and-dispute', now, {agent: 'bruno'});
    const notes = await rendered(other, () => part(other, 'note'));
    expect(notes.textContent).to.contain(note).and.contain('Agent anna');
    expect(notes.querySelector('b'), 'markup stays text').to.equal(null);
    await expectAccessible(other);
  });

  it('the latest note shows, the rest one click away; a note over 2,000 characters is refused with a message', async () => {
    const now = '2031-06-01T08:00:00.000Z';
    const el = await card('duplicate-outage', now, {agent: 'anna'});
    const section = await rendered(el, () => part(el, 'notes'));
    const add = async (value: string) => {
      const field = await noteField(el);
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
      section.querySelector('form')!.requestSubmit();
      await el.updateComplete;
    };
    for (const n of [1, 2, 3]) {
      await add(`note ${n} of ${now}`);
      await (
        await request('addNote', n)
      ).answer;
    }
    await rendered(el, () => !/Saving/.test(text(el, '[part~="notes"]')));
    el.remove();
    const other = await card('duplicate-outage', now, {agent: 'bruno'});
    await rendered(other, () => part(other, 'note'));
    const shown = () => [...other.shadowRoot!.querySelectorAll('[part~="note"]')].map((n) => n.textContent!);
    expect(shown(), 'only the latest').to.have.length(1);
    expect(shown()[0]).to.contain(`note 3 of ${now}`);
    const more = part(other, 'show-more-notes')!;
    expect(more.textContent).to.match(/Show 2 more notes/);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await other.updateComplete;
    expect(shown().map((t) => /note (\d)/.exec(t)?.[1])).to.deep.equal(['3', '2', '1']);
    expect(part(other, 'show-more-notes')!.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(other);

    const field = await noteField(other);
    field.value = 'x'.repeat(2001);
    field.dispatchEvent(new Event('input'));
    await other.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text(other, '#note-help')).to.match(/Too long: 2,001 characters, at most 2,000/);
    const before = of('addNote').length;
    part(other, 'note-form')!.querySelector('button')!.click();
    await other.updateComplete;
    expect(of('addNote'), 'nothing sent').to.have.length(before);
    expect(other.shadowRoot!.activeElement, 'back in the field').to.equal(field);
  });

  it('the cards of a page ask for their notes in one request, a customer once', async () => {
    const now = '2031-06-03T08:00:00.000Z';
    const root = document.createElement('customer-360-provider');
    root.endpoint = `/graphql?now=${now}`;
    const cards = ['reunion', 'reunion', 'overflow'].map((customerId) => {
      const {el} = mount({customerId, endpoint: '', parent: root, feedback: null});
      el.now = new Date(now);
      return el;
    });
    document.body.append(root);
    for (const el of cards) await rendered(el, () => part(el, 'notes'));
    root.remove();
    expect(of('Customer360Notes')).to.have.length(1);
    expect(of('Customer360Notes')[0]!.variables).to.deep.equal({first: 5, id0: 'reunion', id1: 'overflow'});
  });

  it('speaks French', async () => {
    const el = await card('duplicate-outage', '2031-06-02T08:00:00.000Z', {attrs: {locale: 'fr'}});
    const section = await rendered(el, () => part(el, 'notes'));
    expect(section.querySelector('textarea') === null, 'no field until the agent asks for one').to.equal(true);
    expect(part(el, 'add-note')!.textContent).to.match(/Ajouter une note/);
    await noteField(el);
    expect(section.textContent)
      .to.match(/Ajouter une note/)
      .and.match(/Tous les conseillers la verront/);
  });
});

describe('feedback: servers without it, and the setting', () => {
  it('a server without notes and mutations: no notes section, no error, the dismissal is the event only, not asked again', async () => {
    const now = '2031-07-01T09:00:00.000Z';
    const errors: Event[] = [];
    document.addEventListener('customer360-error', (e) => errors.push(e));
    const el = await card('reunion', now, {extra: '&schema=before-feedback'});
    // Its schema has no ServerHint.fingerprint either: the card asked again without it.
    const [refused, accepted] = of('query Customer360(');
    expect((await refused!.answer).body.errors?.[0]?.message).to.match(/Cannot query field "fingerprint" on type "ServerHint"/);
    expect(accepted!.query).to.not.contain('fingerprint');
    const notes = await (await request('Customer360Notes')).answer;
    expect(notes.body.errors?.[0]?.message).to.match(/Cannot query field "notes"/);
    await el.updateComplete;
    expect(part(el, 'notes'), 'no notes section').to.equal(null);

    const [first, second] = briefRows(el).filter((r) => !r.ids.some(isLegalHint));
    const events: Event[] = [];
    el.addEventListener('customer360-hint-dismiss', (e) => events.push(e));
    await dismissRow(el, first!.row, 'not-relevant');
    const answer = await (await request('dismissHint')).answer;
    expect(answer.body.errors?.[0]?.message).to.match(/Unknown type "DismissHintInput"/);
    await el.updateComplete;
    expect(part(el, 'unsaved'), 'nothing shown to the agent').to.equal(null);
    if (second) {
      await dismissRow(el, second.row, 'not-relevant');
      await el.updateComplete;
    }
    expect(events.length, 'the events, as always').to.be.at.least(first!.ids.length);
    expect(of('dismissHint'), 'not asked again on this page').to.have.length(1);

    const again = await card('dupin', now, {extra: '&schema=before-feedback'});
    await again.updateComplete;
    expect(of('query Customer360(').map((s) => s.query.includes('fingerprint'))).to.deep.equal([true, false, false]);
    expect(of('Customer360Notes'), 'notes not asked again on this page').to.have.length(1);
    expect(part(again, 'notes')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('feedback="off": the event only, no notes', async () => {
    const now = '2031-08-01T09:00:00.000Z';
    const el = await card('overflow', now, {attrs: {feedback: 'off'}});
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    const dismissed = nextEvent(el, 'customer360-hint-dismiss');
    await dismissRow(el, target.row, 'wrong');
    await dismissed;
    await el.updateComplete;
    expect(part(el, 'notes')).to.equal(null);
    expect(of('dismissHint')).to.have.length(0);
    expect(of('Customer360Notes')).to.have.length(0);
  });
});
