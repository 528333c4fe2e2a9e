import {expect} from '@open-wc/testing';
import type {Customer360} from '../../src/customer-360.js';
import '../../src/provider/index.js';
import {ENDPOINT, NOW, uniqueName} from './helpers.js';

/** Cards of one customer under one provider, loaded and rendered. */
async function cards(count: number, customize: (el: Customer360, i: number) => void = () => {}) {
  const root = document.createElement('customer-360-provider');
  root.feedback = 'off'; // the notes' request is not the card's (test/browser/feedback.test.ts)
  root.endpoint = `${ENDPOINT}&tag=${uniqueName('share')}`;
  const els = Array.from({length: count}, (_, i) => {
    const el = document.createElement('customer-360');
    el.now = new Date(NOW); // each card its own Date object, the same instant
    el.customerId = 'martin';
    customize(el, i);
    root.append(el);
    return el;
  });
  const loaded = els.map((el) => new Promise((resolve) => el.addEventListener('customer360-loaded', resolve, {once: true})));
  document.body.append(root);
  await Promise.all(loaded);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

describe('cards showing the same customer share what they compute', () => {
  afterEach(() => document.querySelectorAll('customer-360-provider').forEach((p) => p.remove()));

  it('one set of hints for cards with the same view and settings', async () => {
    const [a, b, c] = await cards(3);
    expect(a.hints.length).to.be.greaterThan(0);
    expect(b.hints).to.equal(a.hints);
    expect(c.hints).to.equal(a.hints);
  });

  it('different settings (locale) or host rules compute their own', async () => {
    const rule = () => [];
    const [a, fr, ruled] = await cards(3, (el, i) => {
      if (i === 1) el.locale = 'fr';
      if (i === 2) el.hintRules = [rule];
    });
    expect(fr.hints).to.not.equal(a.hints);
    expect(ruled.hints).to.not.equal(a.hints);
    expect(ruled.hints.map((h) => h.id)).to.deep.equal(a.hints.map((h) => h.id));
  });
});
