import {expect} from '@open-wc/testing';
import {clearIntlCache, intl, intlCacheKeys} from '../../src/core/intl-cache.js';
import {ICU_WORKER, blobWorker, resetWarmed, warmFormatters, warmOffThread, warmSteps} from '../../src/i18n/warm.js';
import {loadHintEngine} from '../../src/hints/lazy.js';
import {ENDPOINT, NOW, hostErrors, mount, mountLoaded, nextTask, part, release, spyFetch, text, uniqueName} from './helpers.js';

/**
 * The next idle period of the page, or 20 ms at the latest, exactly as the warming schedules
 * its steps (src/i18n/warm.ts): a page the test runner keeps in the background may get no
 * idle period at all, and a wait for one would never end.
 */
const idle = () => new Promise((resolve) => requestIdleCallback(resolve, {timeout: 20}));

/** Counts `Intl` constructions (and locale look-ups) while `fn` runs. */
async function countIntl(fn: () => unknown): Promise<number> {
  const names = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat'] as const;
  const originals = names.map((name) => Intl[name]);
  const supported = Intl.DateTimeFormat.supportedLocalesOf;
  let count = 0;
  const target = Intl as unknown as Record<string, unknown>;
  for (const [i, name] of names.entries()) {
    const Original = originals[i] as unknown as new (...args: unknown[]) => object;
    const Counting = function (...args: unknown[]) {
      count += 1;
      return new Original(...args);
    } as unknown as {supportedLocalesOf?: unknown};
    Counting.supportedLocalesOf = (...args: unknown[]) => {
      count += 1;
      return (supported as (...a: unknown[]) => unknown)(...args);
    };
    target[name] = Counting;
  }
  try {
    await fn();
  } finally {
    for (const [i, name] of names.entries()) target[name] = originals[i];
  }
  return count;
}

const ZONE = 'Europe/Paris'; // martin's zone and the default jurisdiction's
const never = () => {}; // a scheduler that never runs: keeps the cards' own warming out of a count
const noWorker = () => undefined; // steps start at once, with no worker first

/** A promise and its resolver. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return {promise, resolve};
}

describe('warming Intl while the request is in flight', () => {
  beforeEach(() => {
    clearIntlCache();
    resetWarmed();
  });
  afterEach(() => {
    for (const card of document.querySelectorAll('customer-360')) card.remove();
  });

  it('builds at most one Intl object per step', async () => {
    for (const step of warmSteps('en', ZONE, NOW)) expect(await countIntl(step)).to.be.at.most(1);
  });

  it('warms exactly formatters the first render uses, and the render then builds only the rest', async () => {
    warmFormatters('en', ZONE, NOW, never);
    const cold = await countIntl(() => mountLoaded({customerId: 'martin', locale: 'en'}));
    const used = new Set(intlCacheKeys());

    clearIntlCache();
    const warming = await countIntl(() => warmSteps('en', ZONE, NOW).forEach((step) => step()));
    const warmed = intlCacheKeys();
    expect(
      warmed.filter((key) => !used.has(key)),
      'warmed but never used',
    ).to.deep.equal([]);
    const objects = warmed.map((key) => intl(key, () => undefined));

    const after = await countIntl(() => mountLoaded({customerId: 'martin', locale: 'en'}));
    expect(warming).to.be.greaterThan(5);
    // Nothing warmed was built again, and nothing the render needed was built twice.
    expect(warming + after).to.equal(cold);
    expect(warmed.map((key) => intl(key, () => undefined))).to.deep.equal(objects);
  });

  it('runs one step per scheduled task, once per locale and zone in the page', () => {
    const tasks: (() => void)[] = [];
    const schedule = (step: () => void) => tasks.push(step);
    warmFormatters('fr', ZONE, NOW, schedule, noWorker);
    warmFormatters('fr', ZONE, NOW, schedule, noWorker); // a second card: nothing more
    expect(tasks).to.have.length(1);
    let ran = 0;
    while (tasks.length > 0) {
      tasks.shift()!();
      ran += 1;
    }
    expect(ran).to.equal(warmSteps('fr', ZONE, NOW).length);
    expect(intlCacheKeys()).to.include.members(['locale|fr', `offsets|${ZONE}`, 'number|fr', 'plural|fr', 'relative|fr']);
  });

  it('a failing step (unknown zone) is skipped, the others still run', () => {
    const tasks: (() => void)[] = [];
    warmFormatters('en', 'Mars/Olympus_Mons', NOW, (step) => tasks.push(step), noWorker);
    while (tasks.length > 0) tasks.shift()!();
    expect(intlCacheKeys()).to.include.members(['locale|en', 'relative|en']);
  });

  it('a card warms its formatters while its request is still in flight', async () => {
    // The server holds martin's answer until the test opens the gate: in flight for as long as needed.
    const gate = uniqueName('warm');
    const {el} = mount({customerId: 'martin', locale: 'en', endpoint: `${ENDPOINT}&hold=martin:${gate}`});
    // One step per idle callback: wait idle period by idle period (events, no deadline).
    while (!intlCacheKeys().includes('relative|en')) await idle();
    expect(intlCacheKeys()).to.include.members(['locale|en', `offsets|${ZONE}`, 'number|en']);
    expect(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('aria-busy')).to.equal('true');
    // The card leaves before the gate opens: its answer never renders into the next test's count.
    el.remove();
    await release(gate);
  });

  it('the skeleton builds no Intl object (the first, slow Intl use waits for idle time)', async () => {
    const gate = uniqueName('skeleton-intl');
    // The card's own warming (idle steps, which may run while a French card's first update
    // waits for its locale file) is kept out of the count: only the render path is counted.
    warmFormatters('fr-CA', ZONE, NOW, never);
    let card: Element | undefined;
    const built = await countIntl(async () => {
      const {el} = mount({customerId: 'martin', locale: 'fr-CA', endpoint: `${ENDPOINT}&hold=martin:${gate}`});
      card = el;
      await el.updateComplete;
    });
    card?.remove();
    await release(gate);
    expect(built).to.equal(0);
  });

  it('the main-thread steps wait for the worker’s first Intl use', async () => {
    const tasks: (() => void)[] = [];
    const worker = deferred();
    const asked: string[] = [];
    warmFormatters(
      'fr',
      ZONE,
      NOW,
      (step) => tasks.push(step),
      (locale, zone) => {
        asked.push(`${locale} ${zone}`);
        return worker.promise;
      },
    );
    expect(asked).to.deep.equal([`fr ${ZONE}`]);
    await nextTask();
    expect(tasks, 'no step before the worker is done').to.have.length(0);
    worker.resolve();
    await worker.promise;
    expect(tasks).to.have.length(1);
  });
});

describe('the first Intl use, off the main thread', () => {
  beforeEach(() => resetWarmed());
  afterEach(() => resetWarmed());

  it('a worker makes it, in the card’s locale and English, and ends', async () => {
    const sent: unknown[] = [];
    let answered = false;
    const spawn = (source: string) => {
      const worker = blobWorker(source);
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: unknown) => {
        sent.push(message);
        post(message);
      };
      worker.addEventListener('message', () => (answered = true));
      return worker;
    };
    await warmOffThread('fr-CA', ZONE, spawn);
    expect(answered, 'resolved by the worker’s answer').to.equal(true);
    expect(sent).to.deep.equal([{locales: ['fr-CA', 'en'], zone: ZONE}]);
  });

  it('once per page: a second card starts no second worker', async () => {
    let spawned = 0;
    const spawn = (source: string) => {
      spawned += 1;
      return blobWorker(source);
    };
    const first = warmOffThread('en', ZONE, spawn);
    const second = warmOffThread('fr', 'America/Toronto', spawn);
    expect(first).to.be.instanceOf(Promise);
    expect(second).to.equal(first);
    await second;
    expect(spawned).to.equal(1);
    expect(warmOffThread('fr', ZONE, spawn), 'once ended, nothing to wait for').to.equal(undefined);
    expect(spawned).to.equal(1);
  });

  it('a malformed locale or zone is skipped by the worker, which still answers', async () => {
    let answered = false;
    await warmOffThread('not a tag', 'Mars/Olympus_Mons', (source) => {
      const worker = blobWorker(source);
      worker.addEventListener('message', () => (answered = true));
      return worker;
    });
    expect(answered).to.equal(true);
  });

  it('where no worker can be made (a policy forbids it), ends at once and says nothing', async () => {
    const errors = await hostErrors(async () => {
      const wait = warmOffThread('en', ZONE, () => {
        throw new DOMException('Refused to create a worker', 'SecurityError');
      });
      expect(wait, 'nothing to wait for').to.equal(undefined);
    });
    expect(errors).to.deep.equal([]);
    expect(warmOffThread('en', ZONE), 'and no second try').to.equal(undefined);
  });

  it('a worker slower than the limit is ended, and the cards wait no longer', async () => {
    let ended = false;
    const silent = {
      addEventListener() {},
      postMessage() {},
      terminate: () => (ended = true),
    } as unknown as Worker;
    await warmOffThread('en', ZONE, () => silent, 0);
    expect(ended).to.equal(true);
    expect(warmOffThread('en', ZONE)).to.equal(undefined);
  });

  it('a worker that fails resolves it too (the main thread then pays the first use itself)', async () => {
    let failed = false;
    await warmOffThread('en', ZONE, () => {
      const worker = blobWorker('throw new Error("broken")');
      worker.addEventListener('error', (event) => {
        failed = true;
        event.preventDefault();
      });
      return worker;
    });
    expect(failed).to.equal(true);
  });

  it('the shipped program runs in a worker (a syntax slip would only show as an error event)', async () => {
    const worker = new Worker(URL.createObjectURL(new Blob([ICU_WORKER], {type: 'text/javascript'})));
    const outcome = await new Promise<string>((resolve) => {
      worker.addEventListener('message', () => resolve('message'));
      worker.addEventListener('error', () => resolve('error'));
      worker.postMessage({locales: ['fr', 'en'], zone: ZONE});
    });
    worker.terminate();
    expect(outcome).to.equal('message');
  });

  it('the first cards of a page start one worker, with the card’s locale', async () => {
    const Original = window.Worker;
    const made: string[] = [];
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(String(url));
      }
      override postMessage(message: unknown, options?: unknown) {
        made.push(JSON.stringify(message));
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
    const gate = uniqueName('worker');
    try {
      const cards = ['martin', 'dupin', 'newcomer'].map(
        (id) => mount({customerId: id, locale: 'fr', endpoint: `${ENDPOINT}&hold=${id}:${gate}`}).el,
      );
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(made).to.have.length(2);
      expect(made[0]).to.match(/^blob:/);
      expect(JSON.parse(made[1]!)).to.deep.equal({locales: ['fr', 'en'], zone: ZONE});
      for (const card of cards) card.remove();
    } finally {
      window.Worker = Original;
      await release(gate);
    }
  });

  it('a first card shows its customer only once the worker is done (no first Intl use in its render)', async () => {
    // The page's worker run, started here with a worker the test answers for, and no time
    // limit that a slow machine could reach: the card joins this run (once per page).
    const fake = new EventTarget() as EventTarget & {postMessage(): void; terminate(): void};
    fake.postMessage = () => {};
    fake.terminate = () => {};
    void warmOffThread('en', ZONE, () => fake as unknown as Worker, 3_600_000);
    await spyFetch(async (calls) => {
      const {el, settled} = mount({customerId: 'martin', locale: 'en'});
      const call = await calls.when((c) => c.url.includes('/graphql'));
      const response = await call.result;
      expect(await loadHintEngine(), 'the engine is in').to.not.equal(undefined);
      while (!response.bodyUsed) await nextTask();
      // The card reads and maps the small answer within a task or two; give it five.
      for (let i = 0; i < 5; i += 1) await nextTask();
      expect(part(el, 'card')!.getAttribute('aria-busy'), 'data and engine in, worker not done').to.equal('true');
      fake.dispatchEvent(new MessageEvent('message', {data: 0}));
      const event = await settled;
      expect(event.type).to.equal('customer360-loaded');
      await el.updateComplete;
      expect(text(el, '[part~="header"]')).to.contain('Martin');
      el.remove();
    });
  });
});
