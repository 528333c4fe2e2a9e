import {expect} from '@open-wc/testing';
import {clearIntlCache, intl, intlCacheKeys} from '../../src/i18n/intl-cache.js';
import {resetWarmed, warmFormatters, warmSteps} from '../../src/i18n/warm.js';
import {ENDPOINT, NOW, mount, mountLoaded, release, uniqueName} from './helpers.js';

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
    warmFormatters('fr', ZONE, NOW, schedule);
    warmFormatters('fr', ZONE, NOW, schedule); // a second card: nothing more
    expect(tasks).to.have.length(1);
    let ran = 0;
    while (tasks.length > 0) {
      tasks.shift()!();
      ran += 1;
    }
    expect(ran).to.equal(warmSteps('fr', ZONE, NOW).length);
    expect(intlCacheKeys()).to.include.members(['locale|fr', `offsets|${ZONE}`, 'number|fr', 'plural|fr', 'r:fr']);
  });

  it('a failing step (unknown zone) is skipped, the others still run', () => {
    const tasks: (() => void)[] = [];
    warmFormatters('en', 'Mars/Olympus_Mons', NOW, (step) => tasks.push(step));
    while (tasks.length > 0) tasks.shift()!();
    expect(intlCacheKeys()).to.include.members(['locale|en', 'r:en']);
  });

  it('a card warms its formatters while its request is still in flight', async () => {
    // The server holds martin's answer until the test opens the gate: in flight for as long as needed.
    const gate = uniqueName('warm');
    const {el} = mount({customerId: 'martin', locale: 'en', endpoint: `${ENDPOINT}&hold=martin:${gate}`});
    // One step per idle callback: wait idle period by idle period (events, no deadline).
    while (!intlCacheKeys().includes('r:en')) await idle();
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
});
