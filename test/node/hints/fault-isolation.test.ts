/**
 * Issue #10, item 1: one bad host rule, host hint, suppression list or server hint costs its
 * own hints (one warning naming the rule, never customer data); the card's hints, legal ones
 * above all, are never lost, replaced or hidden.
 */
import {expect} from '../../expect.js';
import {LEGAL_HINTS, computeHints} from '../../../src/hints/index.js';
import type {HintInput, HintRule} from '../../../src/hints/index.js';
import type {CustomerView, ServerHint} from '../../../src/data/view-model.js';
import {NOW, ago, customer, sale, seed004Martin} from './fixtures.js';

/** A customer for whom every legal hint fires: registry, cap, refusal, hours, quiet period. */
function protectedCustomer(): CustomerView {
  const history = [1, 3, 5, 7, 9].map((d) => sale(ago(d), {outcome: d === 9 ? 'REFUSED' : 'NO_ANSWER'}));
  return {
    ...customer({history, doNotCall: true, quietPeriod: {reason: 'Bereavement'}}),
    displayName: 'Bernard Martin',
    givenName: 'Bernard',
    familyName: 'Martin',
  };
}
// Sunday 10:00 in Paris: outside the legal canvassing hours.
const SUNDAY = new Date('2025-03-16T09:00:00Z');

function run(view: CustomerView, input: HintInput) {
  const warnings: string[] = [];
  const hints = computeHints(view, {now: SUNDAY, locale: 'en', onWarning: (m) => warnings.push(m), ...input});
  return {ids: hints.map((h) => h.id), hints, warnings};
}

describe('fault isolation of host rules', () => {
  const baseline = computeHints(protectedCustomer(), {now: SUNDAY, locale: 'en'}).map((h) => h.id);

  it('the fixture fires every legal hint', () => {
    expect(baseline).to.include.members([...LEGAL_HINTS]);
  });

  const name = 'Bernard Martin';
  const hostile: Array<[string, unknown, RegExp]> = [
    [
      'a draft whose text getter throws (with the customer name)',
      [
        (view: CustomerView) => [
          {
            id: 'x',
            kind: 'do',
            get text(): string {
              throw new Error(`boom ${view.displayName}`);
            },
          },
        ],
      ],
      /host hint rule #0 returned an invalid hint/,
    ],
    [
      'a rule that throws with customer data',
      [
        (view: CustomerView) => {
          throw new Error(view.displayName);
        },
      ],
      /host hint rule #0 threw/,
    ],
    ['a rule returning a string', [() => 'junk'], /did not return an array/],
    [
      'a rule returning a Proxy that throws on every read',
      [
        () => [
          new Proxy(
            {},
            {
              get() {
                throw new Error(name);
              },
            },
          ),
        ],
      ],
      /returned an invalid hint/,
    ],
    ['hintRules set to a function', (() => []) as unknown, /hintRules ignored: not an array/],
    ['hintRules set to an object', {0: () => []}, /hintRules ignored: not an array/],
    ['a rule that is not a function', [42], /host hint rule #0 ignored: not a function/],
    [
      'a rule returning 10,000 hints',
      [() => Array.from({length: 10_000}, (_, i) => ({id: `h${i}`, kind: 'do', text: 'x'}))],
      /over 50 hints/,
    ],
  ];
  for (const [label, rules, warning] of hostile) {
    it(`${label}: the card's hints stay, one warning names the rule, no customer data`, () => {
      const {ids, warnings} = run(protectedCustomer(), {rules: rules as HintRule[]});
      expect(ids).to.include.members(baseline);
      expect(warnings.length, warnings.join('\n')).to.equal(1);
      expect(warnings[0]).to.match(warning);
      expect(warnings.join()).to.not.match(/Bernard|Martin|boom/);
    });
  }

  it('a bad rule costs only its own hints: the rules after it still run', () => {
    const bad: HintRule = () => {
      throw new Error('x');
    };
    const good: HintRule = () => [{id: 'acme-note', kind: 'do', text: 'Ask about the move'}];
    const {ids, warnings} = run(protectedCustomer(), {rules: [bad, good]});
    expect(ids).to.include('acme-note');
    expect(warnings).to.deep.equal(['customer-360: host hint rule #0 threw: its hints are dropped.']);
  });

  it('options with a throwing getter and a non-string locale fall back to the defaults', () => {
    const options = {
      get loyaltyYears(): number {
        throw new Error('x');
      },
    };
    const hints = computeHints(seed004Martin(), {now: NOW, locale: 42 as unknown as string, options: options as never});
    expect(hints.map((h) => h.id)).to.include('loyal-customer');
  });
});

describe('legal hints cannot be replaced or silenced', () => {
  const replacing: HintRule = () =>
    LEGAL_HINTS.map((id) => ({id, kind: 'do' as const, severity: 5, text: 'Go ahead, call and sell', promotional: true}));

  it("a host hint with a legal id does not replace the card's", () => {
    const view = protectedCustomer();
    const before = computeHints(view, {now: SUNDAY, locale: 'en'});
    const {hints, warnings} = run(view, {rules: [replacing]});
    for (const id of LEGAL_HINTS) {
      expect(
        hints.find((h) => h.id === id),
        id,
      ).to.deep.equal(before.find((h) => h.id === id));
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /cannot replace the legal hint "(do-not-contact|contact-fatigue|outside-calling-hours|refused-recently|quiet-period)"/,
    );
  });

  it('suppressHints cannot hide a legal hint (other ids still go)', () => {
    const {ids, warnings} = run(protectedCustomer(), {suppress: [...LEGAL_HINTS, 'preferred-name']});
    expect(ids).to.include.members([...LEGAL_HINTS]);
    expect(ids).to.not.include('preferred-name');
    expect(warnings).to.have.length(LEGAL_HINTS.length);
  });

  it('suppressHints that is not an array is ignored with one warning', () => {
    const {ids, warnings} = run(protectedCustomer(), {suppress: {0: 'preferred-name'} as unknown as string[]});
    expect(ids).to.include.members(baseline());
    expect(warnings).to.deep.equal(['customer-360: suppressHints ignored: not an array.']);
  });

  it('a server hint can neither replace nor suppress a legal hint', () => {
    const server = (spec: Partial<ServerHint> & Pick<ServerHint, 'id'>): ServerHint => ({
      kind: 'do',
      severity: 5,
      suppress: false,
      promotional: true,
      evidence: [],
      ...spec,
    });
    const base = protectedCustomer();
    const view = {
      ...base,
      serverHints: [server({id: 'quiet-period', text: 'No quiet period'}), server({id: 'do-not-contact', suppress: true})],
    };
    const before = computeHints(base, {now: SUNDAY, locale: 'en'});
    const {hints} = run(view, {});
    expect(hints.find((h) => h.id === 'quiet-period')).to.deep.equal(before.find((h) => h.id === 'quiet-period'));
    expect(hints.map((h) => h.id)).to.include('do-not-contact');
  });

  it('a host may add a legal hint the card did not compute: kept as a protection, never promotional', () => {
    const {hints} = run(customer({}), {
      now: NOW,
      rules: [() => [{id: 'quiet-period', kind: 'do', text: 'Family event', promotional: true}]],
    });
    expect(hints.find((h) => h.id === 'quiet-period')).to.deep.include({
      kind: 'dont',
      source: 'host',
      promotional: false,
      severity: 2,
    });
  });

  function baseline() {
    return computeHints(protectedCustomer(), {now: SUNDAY, locale: 'en'}).map((h) => h.id);
  }
});

describe('truncated lists block promotion (fail closed)', () => {
  it('tickets cut short: the rest could hold a complaint, so no promotional hint', () => {
    const pitch: HintRule = () => [{id: 'acme-upgrade', kind: 'do', text: 'Offer the upgrade', promotional: true}];
    const view = customer({});
    expect(computeHints(view, {now: NOW, rules: [pitch]}).map((h) => h.id)).to.include('acme-upgrade');
    const cut = {...view, truncated: ['customer.tickets']};
    expect(computeHints(cut, {now: NOW, rules: [pitch]}).map((h) => h.id)).to.not.include('acme-upgrade');
  });
});

describe('a clock behind the data', () => {
  it('assumes the contact cap and the refusal reached, with one warning, when now is before the customer’s contacts', () => {
    const warnings: string[] = [];
    const ids = (now: Date) =>
      computeHints(seed004Martin(), {now, onWarning: (m) => warnings.push(m)})
        .map((h) => h.id)
        .filter((id) => id === 'contact-fatigue' || id === 'refused-recently');
    expect(ids(NOW), 'on the right clock').to.deep.equal(['contact-fatigue', 'refused-recently']);
    expect(warnings).to.deep.equal([]);
    expect(ids(new Date('1900-01-01T00:00:00Z')), 'a host clock in 1900').to.deep.equal(['contact-fatigue', 'refused-recently']);
    expect(warnings).to.deep.equal([
      "customer-360: the clock (now) is behind this customer's contacts; the contact cap and refusals are assumed reached.",
    ]);
  });
});
