/** Issue #10, item 9: data pieces are bidi-isolated inside the card's own sentences. */
import {expect} from '../expect.js';
import {hasBidiControls, isolate} from '../../src/core/bidi.js';
import {translate} from '../../src/i18n/format.js';
import {toCustomerView} from '../../src/data/map.js';
import {computeHints} from '../../src/hints/index.js';
import {NOW, ago, contact, customer, ticket} from './hints/fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

/** True when no explicit bidi control in `text` is left open at its end (so it cannot reach past it). */
function balanced(text: string): boolean {
  const stack: string[] = [];
  for (const c of text) {
    if ('\u2066\u2067\u2068'.includes(c)) stack.push('i');
    else if ('\u202A\u202B\u202D\u202E'.includes(c)) stack.push('e');
    else if (c === '\u202C' && stack.at(-1) === 'e') stack.pop();
    else if (c === PDI) {
      while (stack.length && stack.at(-1) === 'e') stack.pop();
      stack.pop();
    }
  }
  return stack.length === 0;
}

describe('isolate', () => {
  it('leaves plain left-to-right text alone', () => {
    expect(isolate('Bernard Martin')).to.equal('Bernard Martin');
    expect(isolate('T-1')).to.equal('T-1');
  });
  it('wraps right-to-left text and bidi controls in FSI … PDI', () => {
    expect(isolate('عائشة')).to.equal(`${FSI}عائشة${PDI}`);
    expect(isolate(`Monsieur${RLO}`)).to.equal(`${FSI}Monsieur${RLO}${PDI}`);
  });
  it("drops the piece's own isolates, so none can close the wrapper early", () => {
    expect(isolate(`a${PDI}${RLO}b`)).to.equal(`${FSI}a${RLO}b${PDI}`);
    expect(isolate(`\u2067a`)).to.equal(`${FSI}a${PDI}`);
    for (const s of [`${PDI}${PDI}${RLO}x`, `${FSI}${PDI}${RLO}${PDI}`, `\u2066\u2067${RLO}`])
      expect(balanced(isolate(s)), s).to.equal(true);
  });
  it('does not wrap twice', () => {
    const once = isolate(`x${RLO}`);
    expect(isolate(once)).to.equal(once);
  });
  it('detects controls', () => {
    expect(hasBidiControls(`a${RLO}`)).to.equal(true);
    expect(hasBidiControls('عائشة')).to.equal(false);
  });
});

describe("bidi isolation in the card's text", () => {
  it('translate() isolates text parameters', () => {
    expect(translate('en', 'notFound', {id: `42${RLO}`})).to.equal(`No customer with id “${FSI}42${RLO}${PDI}”.`);
  });

  it('the mapping drops overrides from display text, isolates what holds other controls, and keeps ids exact', () => {
    const view = toCustomerView('c1', {
      data: {
        customer: {
          id: 'c1',
          salutation: `Monsieur\u200F`,
          displayName: 'Bernard Martin',
          tickets: [{id: `T-1${RLO}`, subject: `Panne${RLO}`, status: 'OPEN', openedAt: '2026-01-01T00:00:00Z'}],
        },
      },
    })!;
    expect(view.salutation, 'a right-to-left mark stays, isolated').to.equal(`${FSI}Monsieur\u200F${PDI}`);
    expect(view.tickets[0].subject, 'an override is dropped: the text reads as written').to.equal('Panne');
    expect(view.tickets[0].id, 'ids go back to the host unchanged').to.equal(`T-1${RLO}`);
  });

  it('hint sentences isolate ticket ids and names', () => {
    const id = `T-9${RLO}`;
    const view = customer({tickets: [ticket({id, subject: 'Router'})], history: [contact({at: ago(2), ticketId: id})]});
    const hint = computeHints(view, {now: NOW, locale: 'en'}).find((h) => h.id === 'open-ticket-first')!;
    expect(hint.detail).to.contain(`${FSI}${id}${PDI}`);
    expect(balanced(hint.text)).to.equal(true);
    expect(balanced(hint.detail!)).to.equal(true);
  });

  it('host hint text and evidence are isolated', () => {
    const hints = computeHints(customer({}), {
      now: NOW,
      rules: [() => [{id: 'acme', kind: 'do', text: `Call${RLO}`, evidence: [{label: 'x', value: `y${RLO}`}]}]],
    });
    const acme = hints.find((h) => h.id === 'acme')!;
    expect(acme.text).to.equal(`${FSI}Call${RLO}${PDI}`);
    expect(acme.evidence[0].value).to.equal(`${FSI}y${RLO}${PDI}`);
  });
});
