/**
 * The card on hosts it does not control: a right-to-left page, and Windows' forced colours
 * (emulated through the DevTools protocol, see web-test-runner.config.mjs), for every persona,
 * with axe in both.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {cleanup, expectAccessible, mountLoaded, part, text} from './helpers.js';

afterEach(cleanup);

const PERSONAS = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];

function rtlHost(): HTMLElement {
  const host = document.createElement('div');
  host.dir = 'rtl';
  host.lang = 'en';
  host.style.cssText = 'width: 700px; text-align: right; direction: rtl';
  document.body.append(host);
  return host;
}

describe('a right-to-left host page', () => {
  afterEach(() => document.querySelectorAll('div[dir="rtl"]').forEach((d) => d.remove()));

  for (const locale of ['en', 'fr']) {
    it(`the card sets its own direction from its language and reads left to right (${locale})`, async () => {
      const el = await mountLoaded({customerId: 'missed-appointment', locale, parent: rtlHost()});
      const card = part(el, 'card')!;
      expect(card.getAttribute('dir'), locale).to.equal('ltr');
      expect(getComputedStyle(card).direction).to.equal('ltr');
      // The start of each line is on the left: the name starts at the card's left edge, not its right.
      const name = el.shadowRoot!.querySelector('h2')!;
      const range = document.createRange();
      range.selectNodeContents(name);
      const box = card.getBoundingClientRect();
      expect(range.getBoundingClientRect().left - box.left, 'name starts on the left').to.be.lessThan(40);
      // Mixed text keeps its order: "5 of 7 contacts", not "of 7 contacts 5".
      expect(text(el, '[part~="history"]')).to.match(locale === 'en' ? /\d+ of \d+ contacts/ : /\d+ sur \d+ contacts/);
      const bars = [...part(el, 'pressure')!.querySelectorAll('rect.in')].map((r) => r.getBoundingClientRect().left);
      expect(bars[0], 'the oldest month is on the left in a left-to-right card').to.be.lessThan(bars.at(-1)!);
      await expectAccessible(el);
    });
  }

  it("a customer's own text takes its own direction (isolated), the card's stays left to right", async () => {
    const el = await mountLoaded({customerId: 'martin', locale: 'en', parent: rtlHost()});
    const subject =
      part(el, 'tickets')!.querySelector<HTMLElement>('li [dir="auto"]') ??
      part(el, 'products')!.querySelector<HTMLElement>('li [dir="auto"]');
    expect(subject, 'data is marked dir="auto"').to.exist;
    expect(getComputedStyle(subject!).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).unicodeBidi).to.equal('plaintext');
  });
});

describe('forced colours (Windows high contrast) and axe, every persona', () => {
  afterEach(() => executeServerCommand('forced-colors', {active: false}));

  for (const id of PERSONAS) {
    it(`${id}: axe clean, then hint kinds, badges, chart and legend stay distinguishable in forced colours`, async () => {
      const el = await mountLoaded({customerId: id, locale: 'en'});
      await expectAccessible(el);
      await executeServerCommand('forced-colors', {active: true});
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);

      // Hints: the kind is a word, and a "don't" has a double border where a "do" has a solid one.
      const dont = root.querySelector('[part~="hint-dont"]');
      const dos = root.querySelector('[part~="hint-do"]');
      const kind = (hint: Element | null) => hint?.querySelector('.kind')?.textContent?.trim();
      if (dont) expect(kind(dont), "a don't says so in words").to.match(/Don’t/);
      if (dont && dos) expect(kind(dos)).to.not.equal(kind(dont));
      if (dont) expect(style(dont).borderInlineStartStyle).to.equal('double');
      if (dos) expect(style(dos).borderInlineStartStyle).to.equal('solid');

      // Badges: text in an outline.
      for (const badge of root.querySelectorAll('[part~="header"] [part~="state"], [part~="tenure"]')) {
        expect(badge.textContent!.trim()).to.not.equal('');
        expect(parseFloat(style(badge).borderTopWidth), 'badge outline').to.be.greaterThan(0);
      }

      // Chart and legend: inbound solid, outbound hollow, never the same paint.
      const chart = part(el, 'pressure');
      if (chart) {
        const rect = (kind: string) => chart.querySelector(`rect.${kind}`)!;
        expect(style(rect('in')).fill).to.not.equal(style(rect('out')).fill);
        expect(style(rect('out')).stroke).to.not.equal('none');
        const swatch = (kind: string) => style(chart.querySelector(`.legend .${kind}`)!, '::before');
        expect(swatch('in').backgroundColor).to.not.equal(swatch('out').backgroundColor);
        expect(swatch('out').borderTopStyle).to.equal('solid');
        expect(swatch('in').backgroundColor).to.equal(style(rect('in')).fill);
      }
      await expectAccessible(el);
    });
  }
});

describe('meaning never by colour alone', () => {
  it('a negative tone is said in words beside the outcome; the outcome badge keeps its own meaning', async () => {
    const el = await mountLoaded({customerId: 'martin', locale: 'en', pageSize: 20});
    const rows = [...part(el, 'history')!.querySelectorAll('li')];
    const negative = rows.filter((li) => li.textContent!.includes('Negative tone'));
    expect(negative.length, 'martin has answered calls with a negative tone').to.be.greaterThan(0);
    const answered = negative.find((li) => li.textContent!.includes('Answered'))!;
    const tags = [...answered.querySelectorAll('.tag')];
    const outcome = tags.find((t) => t.textContent!.trim() === 'Answered')!;
    const plain = rows
      .flatMap((li) => [...li.querySelectorAll('.tag')])
      .find((t) => t.textContent!.trim() === 'Answered' && !t.parentElement!.textContent!.includes('Negative tone'));
    if (plain)
      expect(getComputedStyle(outcome).color, '"Answered" is not red because of the tone').to.equal(
        getComputedStyle(plain).color,
      );
    expect(getComputedStyle(outcome).color).to.not.equal(
      getComputedStyle(tags.find((t) => t.textContent!.trim() === 'Negative tone')!).color,
    );
  });

  it('wording: "Call to the customer", an SMS we sent is "Delivered" / « Distribué »', async () => {
    const en = await mountLoaded({customerId: 'missed-appointment', locale: 'en', pageSize: 20});
    const history = text(en, '[part~="history"]');
    expect(history).to.not.contain('Phone by us');
    expect(history).to.contain('Call to the customer Answered');
    expect(history).to.contain('SMS to the customer Delivered');
    const fr = await mountLoaded({customerId: 'missed-appointment', locale: 'fr', pageSize: 20});
    expect(text(fr, '[part~="history"]')).to.contain('SMS au client Distribué');
    expect(text(fr, '[part~="history"]')).to.not.contain('Téléphone par nous');
  });
});
