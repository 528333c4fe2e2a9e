import {expect} from '@open-wc/testing';
import type {ReactiveController} from 'lit';
import {firstHints} from '../../src/controllers/split.js';
import {loadHintEngine} from '../../src/hints/lazy.js';
import {mount, nextEvent, nextTask, part} from './helpers.js';

/** What each update of `el` rendered: the header, the brief, and the tickets / history. */
function record(el: HTMLElement & {addController(c: ReactiveController): void}) {
  const seen: {header: boolean; tickets: boolean; history: boolean; busy: string | null}[] = [];
  el.addController({
    hostUpdated: () =>
      seen.push({
        header: part(el, 'header') !== null,
        tickets: part(el, 'tickets') !== null,
        history: part(el, 'history') !== null,
        busy: part(el, 'card')?.getAttribute('aria-busy') ?? null,
      }),
  });
  return seen;
}

describe('the first render of a loaded customer, in two tasks', () => {
  afterEach(() => {
    for (const card of document.querySelectorAll('customer-360')) card.remove();
  });

  it('renders header and brief first, the rest in the next update; updateComplete waits for all', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    const seen = record(el);
    const event = await settled;
    expect(event.type).to.equal('customer360-loaded');
    await el.updateComplete;
    const loaded = seen.filter((s) => s.header);
    expect(loaded[0]).to.deep.equal({header: true, tickets: false, history: false, busy: 'true'});
    expect(loaded.at(-1)).to.deep.equal({header: true, tickets: true, history: true, busy: 'false'});
    expect(part(el, 'hints')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.grid .sk-history')).to.equal(null);
  });

  it('a refresh of the customer shown renders in one update (no placeholder again)', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    await settled;
    await el.updateComplete;
    const seen = record(el);
    const again = new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    el.refresh();
    await again;
    await el.updateComplete;
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((s) => s.header && !s.tickets)).to.deep.equal([]);
  });

  it('another customer gets its own split first render', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    await settled;
    await el.updateComplete;
    const seen = record(el);
    const next = new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true}));
    el.customerId = 'dupin';
    await next;
    await el.updateComplete;
    const loaded = seen.filter((s) => s.header);
    expect(loaded[0]?.tickets).to.equal(false);
    expect(loaded.at(-1)?.tickets).to.equal(true);
  });
});

describe('the page’s first hints, in a task of their own before the render', () => {
  const real = firstHints.schedule;
  /** Runs the hints' steps at once, counting them. */
  const countScheduled = () => {
    const scheduled = {count: 0};
    firstHints.schedule = (resume) => {
      scheduled.count += 1;
      resume();
    };
    return scheduled;
  };
  afterEach(() => {
    firstHints.schedule = real;
    firstHints.done = true;
    for (const card of document.querySelectorAll('customer-360')) card.remove();
  });

  it('the answer’s task renders nothing new; the hints come next, the render in the task after', async () => {
    await loadHintEngine();
    firstHints.done = false;
    const steps = new EventTarget();
    let step: (() => void) | undefined;
    firstHints.schedule = (resume) => {
      step = resume;
      steps.dispatchEvent(new Event('scheduled'));
    };
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    const seen = record(el);
    if (!step) await nextEvent(steps, 'scheduled');
    // Data, engine and Intl are in: the card waits for the hints' own task, showing nothing new.
    expect(part(el, 'header'), 'not rendered before the hints').to.equal(null);
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    const prime = step!;
    step = undefined;
    prime();
    expect(firstHints.done).to.equal(true);
    // The hints' task renders nothing either: the render is the task after.
    expect(step, 'the render is scheduled').to.be.a('function');
    await nextTask();
    expect(part(el, 'header'), 'not rendered in the hints’ task').to.equal(null);
    step!();
    await settled;
    await el.updateComplete;
    expect(seen.filter((s) => s.header).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="hint"]').length).to.be.greaterThan(0);
  });

  it('once a card of the page has, the next cards render in the answer’s task', async () => {
    await loadHintEngine();
    firstHints.done = true;
    const scheduled = countScheduled();
    const {el, settled} = mount({customerId: 'dupin', locale: 'en'});
    await settled;
    await el.updateComplete;
    expect(part(el, 'header')).to.not.equal(null);
    expect(scheduled.count).to.equal(0);
  });

  it('never with host rules (their code would run twice)', async () => {
    await loadHintEngine();
    firstHints.done = false;
    const scheduled = countScheduled();
    let calls = 0;
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    el.hintRules = [
      () => {
        calls += 1;
        return [];
      },
    ];
    await settled;
    await el.updateComplete;
    expect(scheduled.count, 'no task of its own').to.equal(0);
    expect(calls, 'the rule ran in the render').to.be.greaterThan(0);
  });
});

describe('cards out of view', () => {
  afterEach(() => {
    for (const card of document.querySelectorAll('customer-360')) card.remove();
    document.getElementById('override')?.remove();
  });

  it('are not laid out until they come near (content-visibility: auto, last size kept); a host can opt out through the part', async () => {
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    await settled;
    await el.updateComplete;
    const card = part(el, 'card')!;
    expect(getComputedStyle(card).contentVisibility).to.equal('auto');
    expect(getComputedStyle(card).containIntrinsicBlockSize).to.match(/^auto /);
    const style = Object.assign(document.createElement('style'), {id: 'override'});
    style.textContent = 'customer-360::part(card) { content-visibility: visible }';
    document.head.append(style);
    expect(getComputedStyle(card).contentVisibility).to.equal('visible');
  });
});
