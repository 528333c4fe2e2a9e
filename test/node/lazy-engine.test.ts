/** The hint engine as the card loads it (src/hints/lazy.ts): once per page, English with it. */
import {expect} from '../expect.js';
import {hintEngine, loadHintEngine} from '../../src/hints/lazy.js';
import {hintTexts} from '../../src/hints/texts.js';
import {customer, NOW} from './hints/fixtures.js';

describe('the hint engine on demand', () => {
  it('loads once, whoever asks, and brings the English texts the brief writes with', async () => {
    expect(hintEngine()).to.equal(undefined);
    const first = loadHintEngine();
    expect(loadHintEngine(), 'one load for every card').to.equal(first);
    const engine = await first;
    expect(engine).to.equal(hintEngine());
    expect(hintTexts('en').brief.newCustomersOnly).to.equal('new customers only');
    const hints = engine!.computeHints(customer({customerSince: new Date('2010-03-12T00:00:00Z')}), {now: NOW, locale: 'en'});
    expect(hints.map((h) => h.id)).to.include('loyal-customer');
    expect(await loadHintEngine(), 'then answered at once').to.equal(engine);
  });
});
