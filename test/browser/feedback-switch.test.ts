/**
 * Feedback when the card changes under the agent: another customer shown while a note is being
 * written or a dismissal is not saved, the setting turned off and on, a refusal the server will
 * always give, and hostile or empty note text. Against the real server (the demo's endpoint).
 *
 * Notes are written to personas whose notes no other test reads (the other files run with
 * feedback off), at instants of this file's own; dismissals use a reason that hides nothing.
 */
import {expect} from '@open-wc/testing';
import type {Customer360} from '../../src/customer-360.js';
import {isLegalHint} from '../../src/hints/legal.js';
import {
  cleanup,
  briefRows,
  dismissRow,
  expectAccessible,
  mount,
  noteField,
  nextEvent,
  part,
  release,
  rendered,
  retryClock,
  text,
  uniqueName,
} from './helpers.js';

afterEach(cleanup);

/** The gates a test parks requests at: opened after it, also when it fails, so nothing stays parked. */
let gates: string[] = [];
afterEach(async () => {
  for (const gate of gates) await release(gate);
  gates = [];
});
/** A gate name of this test's own. */
function gateFor(prefix: string): string {
  const gate = uniqueName(prefix);
  gates.push(gate);
  return gate;
}

interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

let sent: Sent[] = [];
const realFetch = window.fetch;
/** Rewrites a request's variables before it goes (a server of another version, say). */
let rewrite: ((sent: Sent) => void) | undefined;
const sending = new EventTarget();
/** Holds back the answer to requests `park.match` accepts until `park.until` resolves (a late answer). */
let park: {match: (sent: Sent) => boolean; until: Promise<void>; answer: () => void} | undefined;
/** Sends a request elsewhere (the same server with a fault, say): its URL, changed or not. */
let redirect: ((url: string, sent: Sent) => string) | undefined;
beforeEach(() => {
  sent = [];
  rewrite = undefined;
  park?.answer();
  park = undefined;
  redirect = undefined;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (typeof init?.body === 'string' && String(input).includes('/graphql')) {
      const body = JSON.parse(init.body) as Sent;
      rewrite?.(body);
      sent.push(body);
      sending.dispatchEvent(new Event('sent'));
      init = {...init, body: JSON.stringify(body)};
      if (redirect) input = redirect(String(input), body);
      const held = park?.match(body) ? park.until : undefined;
      if (held) return realFetch(input, init).then(async (response) => (await held, response));
    }
    return realFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = realFetch;
  park?.answer();
});

const of = (operation: string) => sent.filter((s) => s.query.includes(operation));

/** Resolves once `n` requests of `operation` went out. */
async function request(operation: string, n: number): Promise<void> {
  while (of(operation).length < n) await nextEvent(sending, 'sent');
}

async function card(persona: string, now: string, extra = '', attrs: Record<string, string> = {}) {
  const {el, settled} = mount({customerId: persona, attrs, feedback: null});
  el.now = new Date(now);
  el.endpoint = `/graphql?now=${now}${extra}`;
  expect((await settled).type).to.equal('customer360-loaded');
  await el.updateComplete;
  return el;
}

/** Shows `persona` on `el` and waits for its notes section. */
async function show(el: Customer360, persona: string) {
  const loaded = nextEvent(el, 'customer360-loaded');
  el.customerId = persona;
  await loaded;
  await el.updateComplete;
  return rendered(el, () => part(el, 'notes'));
}

/** The note field, when it is open. */
const field = (el: Customer360) => part(el, 'notes')!.querySelector('textarea')!;

async function type(el: Customer360, value: string) {
  const f = await noteField(el);
  f.value = value;
  f.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('feedback: another customer shown', () => {
  it("a note being written for one customer never shows, nor is added, under another's id", async () => {
    const now = '2030-01-10T09:00:00.000Z';
    const el = await card('newcomer', now);
    await rendered(el, () => part(el, 'notes'));
    await show(el, 'transferred');
    await show(el, 'newcomer');
    // Both customers' notes are known now: switching shows the section at once.
    await type(el, 'Call back about the refund');
    expect(text(el, '#note-help')).to.contain('26 of 2,000');
    await show(el, 'transferred');
    await noteField(el);
    expect(field(el).value, "newcomer's draft is not in transferred's field").to.equal('');
    expect(text(el, '#note-help'), 'nor its count').to.contain('0 of 2,000');
    part(el, 'note-form')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(of('addNote'), 'nothing added to transferred').to.have.length(0);

    await show(el, 'newcomer');
    expect(field(el).value, 'the draft is still there for newcomer').to.equal('Call back about the refund');
    part(el, 'note-form')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(of('addNote').map((s) => (s.variables.input as {customerId: string}).customerId)).to.deep.equal(['newcomer']);
  });

  it("a late answer with one customer's notes never shows under the next one", async () => {
    const now = '2030-01-20T09:00:00.000Z';
    const note = `Only for missed-appointment ${now}`;
    const added = await realFetch(`/graphql?now=${now}`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({
        query: 'mutation($input:AddNoteInput!){addNote(input:$input){id}}',
        variables: {input: {customerId: 'missed-appointment', text: note, idempotencyKey: uniqueName('late-note')}},
      }),
    });
    expect(((await added.json()) as {data?: unknown}).data).to.be.an('object');
    let answer!: () => void;
    const until = new Promise<void>((resolve) => (answer = resolve));
    park = {match: (s) => s.query.includes('Customer360Notes') && s.variables.id0 === 'missed-appointment', until, answer};
    const el = await card('missed-appointment', now);
    await request('Customer360Notes', 1);
    await show(el, 'newcomer');
    answer();
    // Back on missed-appointment: its notes are those of the late answer (not asked again).
    const back = await show(el, 'missed-appointment');
    await rendered(el, () => back.isConnected && text(el, '[part~="notes"]').includes(note));
    const asked = of('Customer360Notes').filter((s) => Object.values(s.variables).includes('missed-appointment'));
    expect(asked, 'the late answer was the one shown').to.have.length(1);
    // And newcomer's card never had them.
    await show(el, 'newcomer');
    expect(text(el, '[part~="notes"]'), "missed-appointment's note is not on newcomer's card").to.not.contain(note);
  });

  it('a dismissal not saved stays with its customer: not on the next one, retried with its own id', async () => {
    const now = '2030-02-10T09:00:00.000Z';
    const gate = gateFor('fb-switch');
    const el = await card('overflow', now, `&hold=dismissHint:${gate}`);
    el.timeout = 300;
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    await rendered(el, () => part(el, 'unsaved'));
    await show(el, 'newcomer');
    expect(part(el, 'unsaved') === null, "overflow's line is not on newcomer's card").to.equal(true);
    expect(text(el)).to.not.contain(target.text);
    // The automatic retry fires while newcomer is shown: it is overflow's.
    await release(gate);
    retryClock.next();
    await request('dismissHint', 2);
    expect(of('dismissHint').map((s) => (s.variables.input as {customerId: string}).customerId)).to.deep.equal([
      'overflow',
      'overflow',
    ]);
  });
});

describe('feedback: another endpoint', () => {
  it('a dismissal not saved on one server is not shown for the same id on another', async () => {
    const now = '2030-02-20T09:00:00.000Z';
    const gate = gateFor('fb-endpoint');
    const first = `/graphql?now=${now}&hold=dismissHint:${gate}`;
    const el = await card('overflow', now, `&hold=dismissHint:${gate}`);
    el.timeout = 300;
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    await rendered(el, () => part(el, 'unsaved'));
    const loaded = nextEvent(el, 'customer360-loaded');
    el.endpoint = `/graphql?now=${now}&server=two`;
    await loaded;
    await el.updateComplete;
    expect(part(el, 'unsaved') === null, "the first server's line is not on the second's card").to.equal(true);
    const back = nextEvent(el, 'customer360-loaded');
    el.endpoint = first;
    await back;
    await rendered(el, () => part(el, 'unsaved'));
    await release(gate);
  });
});

describe('feedback: several cards on a page', () => {
  it("each card's notes, draft and pending note are its own customer's", async () => {
    const now = '2030-01-30T09:00:00.000Z';
    const root = document.createElement('customer-360-provider');
    root.endpoint = `/graphql?now=${now}`;
    const [one, two] = ['newcomer', 'missed-appointment'].map((customerId) => {
      const {el} = mount({customerId, endpoint: '', parent: root, feedback: null});
      el.now = new Date(now);
      return el;
    }) as [Customer360, Customer360];
    document.body.append(root);
    for (const el of [one, two]) await rendered(el, () => part(el, 'notes'));
    const note = `For newcomer only ${now}`;
    await type(one, note);
    expect((await noteField(two)).value).to.equal('');
    part(one, 'note-form')!.querySelector('button')!.click();
    await one.updateComplete;
    await rendered(one, () => !/Saving/.test(text(one, '[part~="notes"]')) && text(one, '[part~="notes"]').includes(note));
    expect(text(two, '[part~="notes"]')).to.not.contain(note);
    expect(of('addNote').map((s) => (s.variables.input as {customerId: string}).customerId)).to.deep.equal(['newcomer']);
    root.remove();
  });
});

describe('feedback: notes that could not be loaded', () => {
  it('say so with a Retry that loads them', async () => {
    const now = '2030-08-10T09:00:00.000Z';
    let failed = 0;
    // The first notes request meets a server answering 503.
    redirect = (url, s) => (s.query.includes('Customer360Notes') && !failed++ ? `${url}&fault=503` : url);
    const el = await card('newcomer', now);
    const error = await rendered(el, () => part(el, 'notes')?.querySelector('.section-error'));
    expect(error.textContent).to.match(/Notes could not be loaded/);
    const retry = error.querySelector('button')!;
    expect(retry.getAttribute('aria-label')).to.equal('Retry loading the notes');
    retry.focus();
    retry.click();
    await request('Customer360Notes', 2);
    await rendered(
      el,
      () =>
        !part(el, 'notes')!.querySelector('.section-error') && part(el, 'notes')!.querySelector('ol, p.muted:not(#note-help)'),
    );
    expect(of('Customer360Notes')).to.have.length(2);
    await el.updateComplete;
    await Promise.resolve();
    expect(el.shadowRoot!.activeElement, 'focus goes on to "Add a note"').to.equal(part(el, 'add-note'));
  });
});

describe('feedback: note text', () => {
  it('a note of only spaces says why nothing was added', async () => {
    const el = await card('newcomer', '2030-03-10T09:00:00.000Z');
    await rendered(el, () => part(el, 'notes'));
    await type(el, ' \n\t ');
    part(el, 'note-form')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(of('addNote')).to.have.length(0);
    expect(field(el).getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#note-help')).to.match(/Write the note first/);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    await type(el, 'ok');
    expect(field(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('the count is not announced at every keystroke; a problem is, once', async () => {
    const el = await card('newcomer', '2030-03-20T09:00:00.000Z');
    await rendered(el, () => part(el, 'notes'));
    const live = () =>
      [...part(el, 'note-form')!.querySelectorAll('[role="status"], [aria-live]')].map((e) => e.textContent!.trim());
    await type(el, 'a');
    await type(el, 'ab');
    expect(text(el, '#note-help')).to.contain('2 of 2,000');
    expect(live(), 'no live region holds the count').to.deep.equal(['']);
    await type(el, 'x'.repeat(2001));
    const first = live();
    await type(el, 'x'.repeat(2002));
    expect(first).to.deep.equal(['Too long: at most 2,000 characters.']);
    expect(live(), 'not announced again at the next keystroke').to.deep.equal(first);
    expect(text(el, '#note-help')).to.match(/Too long: 2,002 characters/);
  });

  it('hostile text is text: markup, a closing style tag, bidi overrides, 2,000 emoji', async () => {
    const now = '2030-04-10T09:00:00.000Z';
    const hostile = `<img src=x onerror="window.__pwned=1"></style><script>window.__pwned=1</script>\u202Eevil\u202C`;
    const el = await card('transferred', now);
    await rendered(el, () => part(el, 'notes'));
    for (const note of [hostile, '😀'.repeat(2000)]) {
      await type(el, note);
      expect(field(el).getAttribute('aria-invalid')).to.equal('false');
      part(el, 'note-form')!.querySelector('button')!.click();
      await el.updateComplete;
      await rendered(el, () => !/Saving|Not saved/.test(text(el, '[part~="notes"]')));
    }
    const notes = part(el, 'notes')!;
    expect(notes.querySelector('img, script') === null, 'no element from the text').to.equal(true);
    expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    expect(notes.textContent).to.contain('😀'.repeat(2000));
    part(el, 'show-more-notes')!.click();
    await el.updateComplete;
    expect(part(el, 'notes')!.textContent).to.contain(hostile);
    expect(part(el, 'notes')!.querySelector('img, script') === null).to.equal(true);
  });
});

describe('feedback: what can never be saved, and the setting at run time', () => {
  it('a dismissal the server refuses (a hint id it does not know) says so, with no Retry that cannot work', async () => {
    const now = '2030-05-10T09:00:00.000Z';
    const el = await card('overflow', now);
    // A card newer than its server: a hint id the server's catalog does not have yet.
    rewrite = (s) => {
      if (s.query.includes('dismissHint')) (s.variables.input as {hintIds: string[]}).hintIds.push('from-a-newer-card');
    };
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    const line = await rendered(el, () => part(el, 'unsaved'));
    expect(line.textContent)
      .to.contain(target.text)
      .and.match(/not saved/)
      .and.match(/server/);
    expect(line.querySelector('button') === null, 'no Retry: the same request is refused again').to.equal(true);
    expect(retryClock.waits).to.deep.equal([]);
    expect(of('dismissHint')).to.have.length(1);
    await expectAccessible(el);
  });

  it('feedback turned off while a dismissal is not saved: nothing sent while off; on again, it is back and retried', async () => {
    const now = '2030-06-10T09:00:00.000Z';
    const gate = gateFor('fb-off');
    const el = await card('overflow', now, `&hold=dismissHint:${gate}`);
    el.timeout = 300;
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    await rendered(el, () => part(el, 'unsaved'));
    expect(retryClock.waits).to.deep.equal([1000]);
    el.feedback = 'off';
    await el.updateComplete;
    expect(part(el, 'unsaved') === null).to.equal(true);
    expect(retryClock.waits, 'no retry while off').to.deep.equal([]);
    el.feedback = 'on';
    await el.updateComplete;
    expect(part(el, 'unsaved') !== null, 'still not saved, and says so').to.equal(true);
    expect(retryClock.waits).to.deep.equal([1000]);
    await release(gate);
  });

  it("the provider's setting turned off and on at run time does the same", async () => {
    const now = '2030-06-20T09:00:00.000Z';
    const gate = gateFor('fb-provider-off');
    const root = document.createElement('customer-360-provider');
    root.endpoint = `/graphql?now=${now}&hold=dismissHint:${gate}`;
    const {el, settled} = mount({customerId: 'overflow', endpoint: '', parent: root, feedback: null});
    el.now = new Date(now);
    el.timeout = 300;
    document.body.append(root);
    await settled;
    await el.updateComplete;
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    await rendered(el, () => part(el, 'unsaved'));
    root.setAttribute('feedback', 'off');
    await rendered(el, () => !part(el, 'unsaved'));
    expect(retryClock.waits, 'no retry while off').to.deep.equal([]);
    root.removeAttribute('feedback');
    await rendered(el, () => part(el, 'unsaved'));
    expect(retryClock.waits).to.deep.equal([1000]);
    await release(gate);
    root.remove();
  });

  it('in French at 320 px, notes open and a line not saved: axe clean, keyboard reaches Retry and the field', async () => {
    const now = '2030-07-10T09:00:00.000Z';
    const gate = gateFor('fb-fr');
    const el = await card('overflow', now, `&hold=dismissHint:${gate}`, {locale: 'fr'});
    el.style.inlineSize = '320px';
    el.timeout = 300;
    await rendered(el, () => part(el, 'notes'));
    const target = briefRows(el).find((r) => !r.ids.some(isLegalHint))!;
    await dismissRow(el, target.row, 'wrong');
    const line = await rendered(el, () => part(el, 'unsaved'));
    expect(line.textContent).to.match(/non enregistré/);
    const retry = line.querySelector('button')!;
    expect(retry.getAttribute('aria-label')).to.match(/^Réessayer/);
    expect(retry.tabIndex).to.equal(0);
    expect((await noteField(el)).labels?.[0]?.textContent).to.match(/Ajouter une note/);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(part(el, 'notes')!.scrollWidth, 'nothing wider than the card').to.be.at.most(part(el, 'notes')!.clientWidth);
    await expectAccessible(el);
    await release(gate);
  });
});
