/**
 * Host rules, server hints, suppression, precedence, the promotional rule, determinism. The
 * formatting helpers a host rule gets (dates, plurals, numbers written by `Intl`) are tested
 * in the browser: test/unit/hints/merge.test.ts.
 */
import {expect} from '../../expect.js';
import {computeHints} from '../../../src/hints/index.js';
import type {Hint, HintInput, HintRule} from '../../../src/hints/index.js';
import type {CustomerView, ServerHint} from '../../../src/data/view-model.js';
import {NOW, ago, customer, date, everything, sale, seed002Dupin, seed004Martin, ticket} from './fixtures.js';

const compute = (view: CustomerView, input: HintInput = {}): Hint[] => computeHints(view, {now: NOW, locale: 'en-GB', ...input});
const ids = (view: CustomerView, input: HintInput = {}): string[] => compute(view, input).map((h) => h.id);

/** A lone half of a surrogate pair (an emoji cut in two). */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('long host texts are cut between characters', () => {
  it('never inside an emoji (text, detail, evidence)', () => {
    for (const before of [1997, 1998, 1999]) {
      const long = `${'x'.repeat(before)}😀${'y'.repeat(100)}`;
      const rule: HintRule = () => [
        {id: 'acme-long', kind: 'do', severity: 4, text: long, detail: long, evidence: [{label: long, value: long}]},
      ];
      const hint = compute(customer({}), {rules: [rule]}).find((h) => h.id === 'acme-long')!;
      const texts = [hint.text, hint.detail!, hint.evidence[0].label, hint.evidence[0].value];
      for (const text of texts) {
        expect(LONE.test(text), `${before} units before the emoji`).to.equal(false);
        expect(text.length).to.be.within(1999, 2000);
      }
    }
  });
});

const server = (spec: Partial<ServerHint> & Pick<ServerHint, 'id'>): ServerHint => ({
  kind: 'do',
  severity: 3,
  suppress: false,
  promotional: false,
  evidence: [],
  ...spec,
});

/** A promotional "do": the mechanism under test (no catalog hint is promotional). */
const pitch: HintRule = () => [
  {
    id: 'acme-upgrade',
    kind: 'do',
    severity: 4,
    text: 'Offer the premium upgrade',
    promotional: true,
    evidence: [{label: 'Campaign', value: 'Spring upgrade', ref: {type: 'offer', id: 'o-up'}}],
  },
];

describe('host rules', () => {
  it('add hints with source "host" and the same evidence shape', () => {
    const hint = compute(customer({}), {rules: [pitch]}).find((h) => h.id === 'acme-upgrade');
    expect(hint).to.deep.equal({
      id: 'acme-upgrade',
      kind: 'do',
      severity: 4,
      text: 'Offer the premium upgrade',
      evidence: [{label: 'Campaign', value: 'Spring upgrade', ref: {type: 'offer', id: 'o-up'}}],
      promotional: true,
      source: 'host',
    });
  });

  it('slot in by severity: after catalog hints of the same severity, before the next severity', () => {
    const rule: HintRule = () => [{id: 'acme-urgent', kind: 'do', severity: 1, text: 'Call the account manager'}];
    const view = customer({tickets: [ticket({id: 'T-1'})], history: [sale(ago(1), {sentiment: 'NEGATIVE'})]});
    expect(ids(view, {rules: [rule]})).to.deep.equal(['open-ticket-first', 'acme-urgent', 'recent-negative', 'preferred-name']);
  });

  it('replace a card hint with the same id (host > card), keeping its catalog place', () => {
    const rule: HintRule = () => [
      {id: 'preferred-name', kind: 'do', text: 'Say "Dr Durand"', evidence: [{label: 'Title', value: 'Dr'}]},
    ];
    const hint = compute(customer({}), {rules: [rule]}).find((h) => h.id === 'preferred-name');
    expect(hint).to.deep.include({source: 'host', text: 'Say "Dr Durand"', severity: 4});
  });

  it('a rule that throws or returns junk costs only its own hints', () => {
    const throwing: HintRule = () => {
      throw new Error('host bug');
    };
    const junk = (() => [
      {id: '', kind: 'do', text: 'no id'},
      {id: 'x', kind: 'maybe', text: 'bad kind'},
      {id: 'y', kind: 'dont', text: '   '},
      {
        id: 'z',
        kind: 'dont',
        text: 'ok',
        severity: 42,
        evidence: [
          {label: 1, value: 'no'},
          {label: 'ok', value: 'yes', ref: {type: 'planet', id: 'p'}},
        ],
      },
    ]) as unknown as HintRule;
    const hints = compute(customer({}), {rules: [throwing, junk]});
    expect(hints.map((h) => h.id)).to.deep.equal(['preferred-name', 'z']);
    expect(hints[1]).to.deep.include({severity: 5, evidence: [{label: 'ok', value: 'yes'}]});
  });

  it('first one wins among host hints with the same id', () => {
    const a: HintRule = () => [{id: 'acme', kind: 'do', text: 'first'}];
    const b: HintRule = () => [{id: 'acme', kind: 'do', text: 'second'}];
    expect(compute(customer({}), {rules: [a, b]}).find((h) => h.id === 'acme')?.text).to.equal('first');
  });
});

describe('server hints', () => {
  it('are added with source "server", severity clamped to 1–5', () => {
    const view = customer({
      serverHints: [
        server({id: 'acme-vip', severity: 0, text: 'VIP', evidence: [{label: 'Segment', value: 'Gold'}]}),
        server({id: 'acme-info', kind: 'dont', severity: 9, text: 'Info'}),
      ],
    });
    const hints = compute(view);
    expect(hints[0]).to.deep.equal({
      id: 'acme-vip',
      kind: 'do',
      severity: 1,
      text: 'VIP',
      evidence: [{label: 'Segment', value: 'Gold'}],
      promotional: false,
      source: 'server',
    });
    expect(hints.at(-1)).to.deep.include({id: 'acme-info', severity: 5});
  });

  it("a catalog id replaces the card's and the host's (server > host > card)", () => {
    const rule: HintRule = () => [{id: 'loyal-customer', kind: 'do', text: 'host text'}];
    const view = {
      ...seed004Martin(),
      serverHints: [server({id: 'loyal-customer', severity: 2, text: 'Gold member for 15 years: thank them'})],
    };
    const hint = compute(view, {rules: [rule]}).find((h) => h.id === 'loyal-customer');
    expect(hint).to.deep.include({source: 'server', text: 'Gold member for 15 years: thank them', severity: 2});
  });

  it('suppress: true removes that id from every source', () => {
    const view = {...seed004Martin(), serverHints: [server({id: 'already-owns', suppress: true})]};
    const rule: HintRule = () => [{id: 'already-owns', kind: 'dont', text: 'host version'}];
    expect(ids(view, {rules: [rule]})).to.not.include('already-owns');
  });

  it('a server hint without text is dropped', () => {
    expect(ids(customer({serverHints: [server({id: 'acme-empty'})]}))).to.not.include('acme-empty');
  });
});

describe('host suppress list', () => {
  it('turns ids off whatever their source', () => {
    const view = {...seed004Martin(), serverHints: [server({id: 'acme-vip', text: 'VIP'})]};
    const hints = ids(view, {suppress: ['loyal-customer', 'acme-vip']});
    expect(hints).to.not.include.members(['loyal-customer', 'acme-vip']);
    expect(hints).to.include('already-owns');
  });
});

describe('promotional hints are removed whenever selling is blocked', () => {
  const kept = (view: CustomerView, input: HintInput = {}): boolean =>
    ids(view, {rules: [pitch], ...input}).includes('acme-upgrade');

  it('are kept when nothing blocks them', () => {
    expect(kept(customer({}))).to.equal(true);
  });
  const blockers: Array<[string, CustomerView, HintInput?]> = [
    ['a quiet period', customer({quietPeriod: {reason: 'Bereavement'}})],
    ['promotionsDisabled (host switch)', customer({}), {promotionsDisabled: true}],
    ['a pending cancellation', seed002Dupin()],
    ['an open complaint', customer({tickets: [ticket({id: 'T', category: 'COMPLAINT'})]})],
    ['do-not-contact', customer({doNotCall: true})],
    ['a recent refusal', customer({history: [sale(ago(10), {outcome: 'REFUSED'})]})],
    ['tickets that failed to load', {...customer({}), failed: ['tickets']}],
  ];
  for (const [name, view, input] of blockers) {
    it(`are removed by ${name}`, () => {
      expect(kept(view, input)).to.equal(false);
    });
  }
  it('suppressing a legal blocking hint neither hides it nor lifts the protection', () => {
    const view = customer({quietPeriod: {reason: 'Bereavement'}});
    expect(ids(view, {rules: [pitch], suppress: ['quiet-period']})).to.deep.equal(['quiet-period', 'preferred-name']);
  });
  it('suppressing a blocking hint that is not a legal one hides it but does not lift the protection', () => {
    const view = customer({tickets: [ticket({id: 'T', category: 'COMPLAINT'})]});
    expect(ids(view, {rules: [pitch], suppress: ['no-upsell']})).to.not.include.members(['no-upsell', 'acme-upgrade']);
  });
  it('a server hint marked promotional is removed like a host one', () => {
    const offer = server({id: 'acme-offer', kind: 'do', text: 'Offer the upgrade', promotional: true});
    expect(ids(customer({serverHints: [offer]}))).to.include('acme-offer');
    expect(ids(customer({quietPeriod: {reason: 'Bereavement'}, serverHints: [offer]}))).to.not.include('acme-offer');
  });
  it('a server hint with a blocker id blocks too', () => {
    const view = customer({serverHints: [server({id: 'no-upsell', kind: 'dont', text: 'Dispute in progress: sell nothing'})]});
    expect(kept(view)).to.equal(false);
  });
});

describe('consistency and determinism', () => {
  it('never shows both loyal-customer and new-customer, even with odd thresholds', () => {
    const view = customer({customerSince: date('2024-01-01')});
    const hints = ids(view, {options: {loyaltyYears: 1, newCustomerDays: 500}});
    expect(hints).to.include('loyal-customer');
    expect(hints).to.not.include('new-customer');
  });

  it('the same input gives a deep-equal output, and the view is not mutated', () => {
    const view = everything();
    const before = structuredClone(view);
    const input: HintInput = {now: NOW, locale: 'fr', rules: [pitch]};
    const first = computeHints(view, input);
    const second = computeHints(view, input);
    expect(second).to.deep.equal(first);
    expect(view).to.deep.equal(before);
    expect(first.map((h) => h.severity)).to.deep.equal([...first.map((h) => h.severity)].sort((a, b) => a - b));
  });

  it('defaults to the real clock when no now is given', () => {
    expect(() => computeHints(customer({}))).to.not.throw();
  });
});
