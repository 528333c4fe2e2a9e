/**
 * Long histories stay cheap: rows keep their DOM and are not re-formatted by renders that do not touch
 * them, and the DOM holds at most MAX_HISTORY_ROWS rows however many pages were loaded.
 * Everything here is counted (rows, formatter calls, element identity), never timed.
 */
import {expect} from '@open-wc/testing';
import {MAX_HISTORY_ROWS} from '../../src/ui/sections.js';
import {cleanup, expectAccessible, mountLoaded, part, rendered, text} from './helpers.js';

afterEach(cleanup);

const rows = (el: Element) => [...(part(el, 'history')?.querySelectorAll('li') ?? [])];

describe('contact history at scale', () => {
  it(`keeps at most ${MAX_HISTORY_ROWS} rows in the DOM, says which, and goes back to the newest`, async () => {
    const el = await mountLoaded({customerId: 'large-history', locale: 'en', pageSize: 100});
    const newest = rows(el)[0]?.dataset.contactId;
    for (let loaded = 200; loaded <= 300; loaded += 100) {
      part(el, 'show-more')!.click();
      await rendered(el, () =>
        text(el, '[part~="history"]').includes(loaded === 200 ? '200 of 10,000' : 'Contacts 101–300 of 10,000'),
      );
    }
    await el.updateComplete;
    expect(rows(el)).to.have.length(MAX_HISTORY_ROWS);
    expect(
      rows(el).some((li) => li.dataset.contactId === newest),
      'the newest rows left the DOM',
    ).to.equal(false);
    part(el, 'show-newest')!.click();
    await rendered(el, () => rows(el).length === 100);
    expect(rows(el)[0]?.dataset.contactId).to.equal(newest);
    expect(part(el, 'show-newest')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'show-more'));
  });

  it('a render that changes nothing re-formats no row and keeps every row element', async () => {
    const el = await mountLoaded({customerId: 'large-history', locale: 'fr', pageSize: 100});
    el.now = new Date(el.now!.getTime()); // a fixed clock: the same minute on every render
    await el.updateComplete;
    const before = rows(el);
    const proto = Intl.RelativeTimeFormat.prototype;
    const format = proto.format;
    let calls = 0;
    proto.format = function (this: Intl.RelativeTimeFormat, ...args: Parameters<Intl.RelativeTimeFormat['format']>) {
      calls += 1;
      return format.apply(this, args);
    };
    try {
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      proto.format = format;
    }
    // The header and the tickets format their own dates again; none of the 100 rows does.
    expect(calls).to.be.below(5);
    const after = rows(el);
    expect(after).to.have.length(100);
    after.forEach((li, i) => expect(li, `row ${i}`).to.equal(before[i]));
  });

  it('a new page keeps the rows already shown (not rebuilt)', async () => {
    const el = await mountLoaded({customerId: 'large-history', locale: 'en', pageSize: 100});
    const before = rows(el);
    part(el, 'show-more')!.click();
    await rendered(el, () => rows(el).length === 200);
    rows(el)
      .slice(0, 100)
      .forEach((li, i) => expect(li, `row ${i}`).to.equal(before[i]));
  });
});

describe('a "show more" page that fails', () => {
  /** The history's live region: the element a screen reader watches for changes. */
  const liveRegion = (el: Element) =>
    part(el, 'history')!.querySelector<HTMLElement>('[aria-live], [role="status"], [role="alert"]');

  /** Runs `run` while every GraphQL request fails as a network failure does. */
  async function offline(run: () => Promise<void>) {
    const real = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await run();
    } finally {
      window.fetch = real;
    }
  }

  for (const [locale, failedText, retryText] of [
    ['en', 'Could not load more contacts', 'Try again'],
    ['fr', 'Impossible de charger plus de contacts', 'Réessayer'],
  ]) {
    it(`is announced in the live region that was already there (${locale}), keeps what loaded, and offers to try again`, async () => {
      const el = await mountLoaded({customerId: 'large-history', locale, pageSize: 5});
      const region = liveRegion(el);
      expect(region, 'a live region before anything failed').to.not.equal(null);
      expect(region!.textContent, 'it does not start with the failure').to.not.contain(failedText);
      await offline(async () => {
        part(el, 'show-more')!.click();
        await rendered(el, () => liveRegion(el)?.textContent?.includes(failedText));
      });
      await el.updateComplete;
      // The same element: a live region added together with its text is often not announced.
      expect(liveRegion(el), 'the same live region').to.equal(region);
      expect(rows(el)).to.have.length(5);
      expect(part(el, 'show-more')!.textContent!.trim()).to.equal(retryText);
      await expectAccessible(el);
      // Trying again (the network is back) loads the page and clears the failure.
      part(el, 'show-more')!.click();
      await rendered(el, () => rows(el).length === 10);
      await el.updateComplete;
      expect(liveRegion(el)!.textContent).to.not.contain(failedText);
    });
  }
});
