/**
 * On the 10,000 crowded customers whose call brief test/node/hints/crowded.test.ts checks under
 * Node (the same seed, the same customers): the don't-call row's headline names the instant the
 * row gives, its local time as `Intl` writes it. That time is text written by `Intl`, so it is
 * read here, in the browser whose ICU data agents have. A failure names the seed and the
 * customer's index; `crowdedCustomer(seed, index)` rebuilds it.
 */
import {expect} from '@open-wc/testing';
import {composeBrief, computeHints} from '../../../src/hints/index.js';
import {CROWDED_CUSTOMERS as CUSTOMERS, CROWDED_SEED as SEED, crowdedCustomer, zoneOf} from '../../node/hints/crowded.js';

const CALL = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours'];

const hhmmFormats = new Map<string, Intl.DateTimeFormat>();
/** "10:00" in the zone, read here through Intl. */
function hhmm(at: Date, zone: string): string {
  let f = hhmmFormats.get(zone);
  if (!f)
    hhmmFormats.set(
      zone,
      (f = new Intl.DateTimeFormat('en-GB', {timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})),
    );
  return f.format(at);
}

describe(`the don't-call headline on ${CUSTOMERS.toLocaleString('en')} crowded customers (seed ${SEED})`, () => {
  // Ten batches of a thousand, run in order, so each stays well inside the runner's time limit.
  const BATCH = 1000;
  let index = 0;
  let customers = 0;
  let dated = 0;
  for (let batch = 0; batch < CUSTOMERS / BATCH; batch += 1) {
    it(`customers ${batch * BATCH + 1}–${(batch + 1) * BATCH}: a dated don’t-call row’s headline names its instant’s local time`, () => {
      const goal = (batch + 1) * BATCH;
      while (customers < goal) {
        const c = crowdedCustomer(SEED, index);
        const at = `seed ${SEED}, customer ${index} (crowdedCustomer(${SEED}, ${index}), now ${c.now.toISOString()})`;
        index += 1;
        const hints = computeHints(c.view, {
          now: c.now,
          locale: c.locale,
          suppress: c.suppress,
          promotionsDisabled: c.promotionsDisabled,
        });
        // Crowded: 6 to 15 hints.
        if (hints.length < 6 || hints.length > 15) continue;
        customers += 1;
        const b = composeBrief(hints, c.view, {locale: c.locale});
        const call = b.rows.find((r) => r.hints.some((h) => CALL.includes(h.id)));
        // On the do-not-call registry there is no date (test/node/hints/crowded.test.ts checks that it says so).
        if (!call || call.ids.includes('do-not-contact') || !call.until) continue;
        dated += 1;
        const time = hhmm(call.until, zoneOf(c.view));
        const said = call.group === 'dont-call' ? call.text : [call.text, ...call.notes].join(' ');
        if (!said.includes(time)) expect.fail(`${at}: the headline names ${time}: ${said}`);
      }
    });
  }
  it('reached the dated don’t-call rows', () => {
    expect(customers).to.equal(CUSTOMERS);
    // The Node test searches one dated row in 20 minute by minute, and more than 200 of them.
    expect(dated).to.be.greaterThan(4000);
  });
});
