/** The `feedback` setting: the card's value over its provider's, on unless `off`. */
import {expect} from '../../expect.js';
import {CardSettings, type CardProperties} from '../../../src/controllers/settings.js';
import type {Customer360Config} from '../../../src/provider/context.js';

function feedback(card: unknown, provider?: unknown): {on: boolean; warned: string[]} {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => void warned.push(message);
  try {
    const settings = new CardSettings({feedback: card} as unknown as CardProperties, () =>
      provider === undefined ? undefined : ({feedback: provider} as unknown as Customer360Config),
    );
    return {on: settings.feedback, warned};
  } finally {
    console.warn = original;
  }
}

describe('the feedback setting', () => {
  it('is on by default', () => {
    expect(feedback(undefined)).to.deep.equal({on: true, warned: []});
    expect(feedback(null, null).on).to.equal(true);
  });
  it('"off" on the card or on its provider turns it off; "on" on the card wins over the provider', () => {
    expect(feedback('off').on).to.equal(false);
    expect(feedback(undefined, 'off').on).to.equal(false);
    expect(feedback('on', 'off').on).to.equal(true);
    expect(feedback('off', 'on').on).to.equal(false);
  });
  it('another value is ignored, with one warning that names the setting', () => {
    const {on, warned} = feedback('false');
    expect(on).to.equal(true);
    expect(warned).to.deep.equal(['customer-360: feedback is not usable; it is ignored.']);
  });
});
