/**
 * The evidence fingerprint (the contract's `HintFingerprintInput`) and the stored suppressions
 * that use it: a server's `suppress` with a fingerprint hides the card's hint only while its
 * evidence is about the same records; legal hints are never hidden.
 */
import {expect} from '../../expect.js';
import {computeHints} from '../../../src/hints/index.js';
import {MAX_FINGERPRINT, fingerprintOf} from '../../../src/hints/fingerprint.js';
import type {HintEvidence, HintInput} from '../../../src/hints/index.js';
import type {CustomerView, ServerHint} from '../../../src/data/view-model.js';
import {NOW, customer, ticket} from './fixtures.js';

const ev = (type: 'ticket' | 'contact' | 'offer' | 'product' | undefined, id?: string): HintEvidence =>
  type ? {label: 'L', value: 'V', ref: {type, id: id!}} : {label: 'L', value: 'V'};

describe('fingerprintOf', () => {
  it('is empty for a hint about no particular record', () => {
    expect(fingerprintOf({evidence: []})).to.equal('');
    expect(fingerprintOf({evidence: [ev(undefined), ev(undefined)]})).to.equal('');
  });
  it('lists type:id, deduplicated, sorted, joined by one space', () => {
    const evidence = [ev('ticket', 'T-1'), ev('contact', 'k-9'), ev('ticket', 'T-1'), ev(undefined)];
    expect(fingerprintOf({evidence})).to.equal('contact:k-9 ticket:T-1');
  });
  it('does not depend on the order of the evidence', () => {
    const a = [ev('product', 'p-7'), ev('offer', 'o-3'), ev('contact', 'k-42')];
    expect(fingerprintOf({evidence: a})).to.equal(fingerprintOf({evidence: [...a].reverse()}));
    expect(fingerprintOf({evidence: a})).to.equal('contact:k-42 offer:o-3 product:p-7');
  });
  it('sorts by code point, not by UTF-16 unit', () => {
    // U+FF5E (one unit, 0xFF5E) is before U+1F600 (two units, starting 0xD83D) by code point,
    // after it by UTF-16 unit, which is what Array.prototype.sort compares.
    const evidence = [ev('ticket', '\u{1F600}'), ev('ticket', '\uFF5E')];
    expect(fingerprintOf({evidence})).to.equal('ticket:\uFF5E ticket:\u{1F600}');
  });
  it('keeps whole records within the contract limit', () => {
    const evidence = Array.from({length: 10}, (_, i) => ev('ticket', `${i}${'x'.repeat(300)}`));
    const fingerprint = fingerprintOf({evidence});
    expect(fingerprint.length).to.be.at.most(MAX_FINGERPRINT);
    expect(fingerprint.split(' ').every((ref) => ref.length === 'ticket:'.length + 301)).to.equal(true);
    expect(fingerprint.split(' ')).to.have.length(6);
  });
});

const NEW_TICKET = () => customer({tickets: [ticket({id: 'T-2', subject: 'Router broken'})]});
const suppress = (id: string, fingerprint?: string): ServerHint => ({
  id,
  kind: 'do',
  severity: 3,
  suppress: true,
  promotional: false,
  evidence: [],
  ...(fingerprint === undefined ? {} : {fingerprint}),
});
const hintsOf = (view: CustomerView, input: HintInput = {}) => computeHints(view, {now: NOW, locale: 'en-GB', ...input});
const with_ = (view: CustomerView, ...serverHints: ServerHint[]): CustomerView => ({...view, serverHints});

describe('stored suppressions (ServerHint.suppress with a fingerprint)', () => {
  it('the open-ticket hint has the fingerprint of its ticket', () => {
    const hint = hintsOf(NEW_TICKET()).find((h) => h.id === 'open-ticket-first');
    expect(hint, 'the fixture computes open-ticket-first').to.not.equal(undefined);
    expect(fingerprintOf(hint!)).to.contain('ticket:T-2');
  });
  it('hide the hint while its fingerprint is the same', () => {
    const fingerprint = fingerprintOf(hintsOf(NEW_TICKET()).find((h) => h.id === 'open-ticket-first')!);
    const ids = hintsOf(with_(NEW_TICKET(), suppress('open-ticket-first', fingerprint))).map((h) => h.id);
    expect(ids).to.not.include('open-ticket-first');
  });
  it('do not hide the same hint about another record (dismissing T-1 never hides T-2)', () => {
    const ids = hintsOf(with_(NEW_TICKET(), suppress('open-ticket-first', 'ticket:T-1'))).map((h) => h.id);
    expect(ids).to.include('open-ticket-first');
  });
  it('without a fingerprint (null) hide the id whatever its evidence', () => {
    const ids = hintsOf(with_(NEW_TICKET(), suppress('open-ticket-first'))).map((h) => h.id);
    expect(ids).to.not.include('open-ticket-first');
  });
  it('an empty fingerprint hides only a hint about no particular record', () => {
    expect(hintsOf(with_(NEW_TICKET(), suppress('open-ticket-first', ''))).map((h) => h.id)).to.include('open-ticket-first');
    const view = customer({doNotCall: false});
    const any = hintsOf(view).find((h) => fingerprintOf(h) === '' && h.id !== 'preferred-name');
    if (any) expect(hintsOf(with_(view, suppress(any.id, ''))).map((h) => h.id)).to.not.include(any.id);
  });
  it('never hide a legal hint, with or without a fingerprint', () => {
    const view = customer({quietPeriod: {reason: 'Bereavement'}, doNotCall: true});
    const legal = hintsOf(view).filter((h) => ['quiet-period', 'do-not-contact'].includes(h.id));
    expect(legal.map((h) => h.id)).to.have.members(['quiet-period', 'do-not-contact']);
    const suppressions = legal.flatMap((h) => [suppress(h.id, fingerprintOf(h)), suppress(h.id)]);
    const ids = hintsOf(with_(view, ...suppressions)).map((h) => h.id);
    expect(ids).to.include.members(['quiet-period', 'do-not-contact']);
  });
  it('never hide a legal hint that a host or a server added (the card did not compute it)', () => {
    const rule = () => [{id: 'do-not-contact', kind: 'dont' as const, text: 'Registry says no calls'}];
    const view = with_(customer({}), suppress('do-not-contact'), suppress('do-not-contact', ''));
    expect(hintsOf(view, {rules: [rule], suppress: ['do-not-contact']}).map((h) => h.id)).to.include('do-not-contact');
  });
  it('the host list still hides by id, whatever the evidence', () => {
    expect(hintsOf(NEW_TICKET(), {suppress: ['open-ticket-first']}).map((h) => h.id)).to.not.include('open-ticket-first');
  });
});
