/**
 * The call brief in the card: each story's point is visible without a click, in English and
 * French, through the DOM contract (`data-hint-id` / `data-hint-ids` on rows and the address line).
 */
import {expect} from '@open-wc/testing';
import type {HintDismissDetail} from '../../src/events.js';
import type {Customer360} from '../../src/customer-360.js';
import {cleanup, expectAccessible, mountLoaded, part, shownHintIds, text} from './helpers.js';

afterEach(cleanup);

/** The rows an agent sees without a click, as `{id, ids, text}`. */
function visibleRows(el: Customer360) {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="hint"]')].map((row) => ({
    id: row.dataset.hintId!,
    ids: row.dataset.hintIds!.split(' '),
    text: row.textContent!.replace(/\s+/g, ' ').trim(),
    headline: row.querySelector<HTMLElement>('.hint-text')!,
    kind: row.querySelector('.kind')!.textContent!.trim(),
  }));
}
const address = (el: Customer360) => part(el, 'address')!;

const STORIES: {persona: string; visible: string[]; top?: string; check?: (el: Customer360, locale: string) => void}[] = [
  {
    persona: 'martin',
    visible: ['loyal-customer', 'already-owns', 'not-eligible', 'contact-fatigue'],
    check: (el, locale) => {
      const sell = visibleRows(el).find((r) => r.ids.includes('not-eligible'))!;
      expect(sell.text, 'the TV offer, not available at his address').to.match(/TV Max[^–]*Not available at this address/);
      expect(sell.text, 'the bundle he already has').to.match(
        locale === 'fr' ? /Fibre \+ TV bundle\s?: possède déjà/ : /Fibre \+ TV bundle: already has/,
      );
      const call = visibleRows(el).find((r) => r.ids.includes('contact-fatigue'))!;
      expect(call.text, 'contact-fatigue with its date').to.match(
        locale === 'fr' ? /Ne rappelez pas avant \S+ \d+ \S+, \d\d:\d\d/ : /No outbound call before .+, \d\d:\d\d/,
      );
    },
  },
  {
    persona: 'dupin',
    visible: ['cancellation-pending', 'no-upsell'],
    check: (el) => {
      expect(address(el).dataset.hintId).to.equal('salutation-unknown');
      expect(address(el).textContent).to.contain('Jean-Baptiste Dupin');
      expect(address(el).textContent).to.not.match(/Madame|Monsieur/);
    },
  },
  {persona: 'missed-appointment', visible: ['missed-appointment', 'no-upsell'], top: 'missed-appointment'},
  {
    persona: 'quiet-period',
    visible: ['quiet-period'],
    top: 'quiet-period',
    check: (el, locale) => {
      expect(visibleRows(el)[0]!.text, 'its end date').to.match(locale === 'fr' ? /Jusqu’au \d+ \w+/ : /Until \w+ \d+/);
      expect(
        el.hints.filter((h) => h.promotional),
        'no promotional content',
      ).to.deep.equal([]);
    },
  },
  {persona: 'transferred', visible: ['unanswered-contact', 'no-transfer', 'repeat-contact']},
  {
    persona: 'newcomer',
    visible: ['new-customer'],
    check: (el) => {
      expect(address(el).querySelector('strong')!.textContent).to.equal('Sam');
      expect(address(el).dataset.hintId).to.equal('preferred-name');
    },
  },
];

for (const locale of ['en', 'fr']) {
  describe(`every seed story visible without a click (${locale})`, () => {
    for (const story of STORIES) {
      it(`${story.persona}: ${story.visible.join(', ')}`, async () => {
        const el = await mountLoaded({customerId: story.persona, locale});
        const rows = visibleRows(el);
        expect(rows.length, 'at most three rows').to.be.at.most(3);
        const onScreen = [...rows.flatMap((r) => r.ids), ...(address(el).dataset.hintIds?.split(' ') ?? [])];
        expect(onScreen).to.include.members(story.visible);
        if (story.top) expect(rows[0]!.id).to.equal(story.top);
        // Only the top row says "first".
        rows.slice(1).forEach((r) => expect(r.text, r.id).to.not.match(/\bfirst\b|d’abord|d'abord|en premier/i));
        story.check?.(el, locale);
        await expectAccessible(el);
      });
    }
  });
}

describe('the brief in the card', () => {
  it('each row carries its lead id and every folded id; the evidence of each folded hint is under "Why"', async () => {
    const el = await mountLoaded({customerId: 'dupin', locale: 'en'});
    const row = el.shadowRoot!.querySelector<HTMLElement>('[data-hint-id="cancellation-pending"]')!;
    const ids = row.dataset.hintIds!.split(' ');
    expect(ids[0]).to.equal('cancellation-pending');
    expect(ids).to.include.members(['open-ticket-first', 'no-upsell']);
    const details = row.querySelector<HTMLDetailsElement>('details')!;
    details.querySelector('summary')!.click();
    await el.updateComplete;
    for (const id of ids) {
      const hint = el.hints.find((h) => h.id === id)!;
      for (const e of hint.evidence) expect(details.textContent, `${id}: ${e.label}`).to.contain(e.value);
    }
  });

  it('dismissing a folded row dismisses each of its hints, one event per id listing the row', async () => {
    const el = await mountLoaded({customerId: 'dupin', locale: 'en'});
    const row = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="hint"][data-hint-id="cancellation-pending"]');
    const ids = row()!.dataset.hintIds!.split(' ');
    const received: HintDismissDetail[] = [];
    const listener = (e: Event) => received.push((e as CustomEvent<HintDismissDetail>).detail);
    el.addEventListener('customer360-hint-dismiss', listener);
    row()!.querySelector<HTMLButtonElement>('button.link')!.click();
    await el.updateComplete;
    row()!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    el.removeEventListener('customer360-hint-dismiss', listener);
    expect(received.map((d) => d.hintId)).to.deep.equal(ids);
    expect(received.every((d) => d.hintIds.join(' ') === ids.join(' '))).to.equal(true);
    expect(row() === null, 'the row is gone').to.equal(true);
    expect(shownHintIds(el)).to.not.include.members(ids);
    expect(part(el, 'dismissed')!.querySelectorAll('li').length).to.equal(ids.length);
    expect(
      el.hints.map((h) => h.id),
      'the hints property keeps every hint',
    ).to.include.members(ids);
  });

  it('the header says the facts behind the relationship state', async () => {
    const el = await mountLoaded({customerId: 'transferred', locale: 'en'});
    expect(text(el, '[part~="state-facts"]')).to.match(/1 awaiting our reply/);
    expect(text(el, '[part~="state-facts"]')).to.match(/\d+ contacts in \d+ days/);
  });

  it('the preferred channel is a header chip, not a row', async () => {
    const el = await mountLoaded({customerId: 'martin', locale: 'en'});
    expect(part(el, 'channel')!.dataset.hintId).to.equal('preferred-channel');
    expect(text(el, '[part~="channel"]')).to.match(/Prefers email · Mon–Fri 18:00–20:00/);
    expect(visibleRows(el).flatMap((r) => r.ids)).to.not.include('preferred-channel');
  });

  for (const locale of ['en', 'fr']) {
    it(`every headline fits one line in a 400 px card (${locale})`, async () => {
      for (const persona of [
        'martin',
        'dupin',
        'missed-appointment',
        'quiet-period',
        'transferred',
        'newcomer',
        'large-history',
      ]) {
        const el = await mountLoaded({customerId: persona, locale});
        el.style.width = '400px';
        await el.updateComplete;
        for (const row of visibleRows(el)) {
          const style = getComputedStyle(row.headline);
          const lineHeight = parseFloat(style.lineHeight);
          expect(row.headline.getBoundingClientRect().height, `${persona}: “${row.headline.textContent}”`).to.be.below(
            lineHeight * 1.5,
          );
        }
        cleanup();
      }
    });
  }
});
