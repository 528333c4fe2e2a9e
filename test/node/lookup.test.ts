import {expect} from '../expect.js';
import {LoadFailure} from '../../src/data/errors.js';
import {resolveIdentity, toEmail, toLookupOutcome, type Identity} from '../../src/data/lookup.js';
import {regionOf, toE164} from '../../src/data/phone.js';

describe('toE164', () => {
  it('reads five national formats in their own region', () => {
    expect(toE164('06 12 34 56 78', 'FR')).to.equal('+33612345678');
    expect(toE164('07700 900123', 'GB')).to.equal('+447700900123');
    expect(toE164('(415) 555-0132', 'US')).to.equal('+14155550132');
    expect(toE164('030 1234567', 'DE')).to.equal('+49301234567');
    expect(toE164('0470/12.34.56', 'BE')).to.equal('+32470123456');
    // Italy keeps its leading 0 after the country code.
    expect(toE164('06 1234 5678', 'IT')).to.equal('+390612345678');
    // North America's optional leading 1.
    expect(toE164('1-415-555-0132', 'us')).to.equal('+14155550132');
  });

  it('reads international forms whatever the region', () => {
    expect(toE164('+33 6 12 34 56 78')).to.equal('+33612345678');
    expect(toE164('+44 (0)7700 900123', 'FR')).to.equal('+447700900123');
    expect(toE164('0033 6 12 34 56 78', 'FR')).to.equal('+33612345678');
    expect(toE164('011 33 6 12 34 56 78', 'US')).to.equal('+33612345678');
    expect(toE164('\u00a0+33\u202f6\u00a012 34 56 78 ')).to.equal('+33612345678');
  });

  it('refuses what is not a phone number', () => {
    for (const value of [
      '',
      '   ',
      'call me',
      '06 12 34 56 78 x12',
      '+33 6 12 34 56 7a',
      '+0 123 456 789',
      '+1234',
      '+1234567890123456',
    ]) {
      expect(toE164(value, 'FR'), JSON.stringify(value)).to.equal(undefined);
    }
    // Digits from other scripts look like digits and are not.
    expect(toE164('０６ １２ ３４ ５６ ７８', 'FR')).to.equal(undefined);
    expect(toE164('٠٦١٢٣٤٥٦٧٨', 'FR')).to.equal(undefined);
    expect(toE164('6'.repeat(10_000), 'FR')).to.equal(undefined);
  });

  it('refuses a national number without a known region, or of the wrong length', () => {
    expect(toE164('06 12 34 56 78')).to.equal(undefined);
    expect(toE164('06 12 34 56 78', 'ZZ')).to.equal(undefined);
    expect(toE164('06 12 34 56', 'FR')).to.equal(undefined);
    expect(toE164('555-0132', 'US')).to.equal(undefined);
  });

  it('refuses a national number that cannot be one in the region: a French mobile read as North American', () => {
    // An English card on a French helpdesk: no area code starts with 0, no trunk-prefix plan
    // has a significant number starting with its trunk digit 0.
    expect(toE164('06 00 00 02 02', 'US')).to.equal(undefined);
    expect(toE164('(415) 555-0132', 'US')).to.equal('+14155550132');
  });

  it('finds the region of a locale', () => {
    expect(regionOf('fr-FR')).to.equal('FR');
    expect(regionOf('fr-CA')).to.equal('CA');
    expect(regionOf('fr')).to.equal('FR');
    expect(regionOf('en')).to.equal('US');
    expect(regionOf('not a locale')).to.equal(undefined);
    expect(regionOf(undefined)).to.equal(undefined);
  });
});

describe('toEmail', () => {
  it('trims and lowercases an address', () => {
    expect(toEmail('  Bernard.Martin@Example.FR ')).to.equal('bernard.martin@example.fr');
    expect(toEmail("o'brien+crm@mail.example.co.uk")).to.equal("o'brien+crm@mail.example.co.uk");
  });

  it('refuses spaces, look-alike letters, and what is not an address', () => {
    for (const value of [
      'bernard martin@example.fr',
      'bernard.martin@example .fr',
      // Cyrillic а (U+0430) in place of Latin a.
      'bernаrd.martin@example.fr',
      // Full-width commercial at.
      'bernard.martin＠example.fr',
      'bernard.martin@exаmple.fr',
      'bernard.martin',
      'bernard.martin@',
      '@example.fr',
      'bernard..martin@example.fr',
      'bernard.martin@example',
      `${'a'.repeat(65)}@example.fr`,
      `${'a'.repeat(10_000)}@example.fr`,
    ]) {
      expect(toEmail(value), value).to.equal(undefined);
    }
  });
});

describe('resolveIdentity', () => {
  it('prefers customer-id, then email, then phone', () => {
    expect(resolveIdentity({customerId: ' 42 ', email: 'a@example.fr', phone: '0612345678'})).to.deep.equal({
      kind: 'id',
      id: '42',
    });
    expect(resolveIdentity({customerId: ' ', email: 'A@example.fr', phone: '0612345678'})).to.deep.equal({
      kind: 'email',
      email: 'a@example.fr',
    });
    expect(resolveIdentity({phone: '06 12 34 56 78', locale: 'fr-FR'})).to.deep.equal({kind: 'phone', phone: '+33612345678'});
    expect(resolveIdentity({})).to.deep.equal({kind: 'none'});
    expect(resolveIdentity({customerId: '', email: '   ', phone: ''})).to.deep.equal({kind: 'none'});
  });

  it('takes the phone region from phone-region, else the locale', () => {
    expect(resolveIdentity({phone: '07700 900123', phoneRegion: 'GB', locale: 'fr-FR'})).to.deep.equal({
      kind: 'phone',
      phone: '+447700900123',
    });
    expect(resolveIdentity({phone: '07700 900123', locale: 'en-GB'})).to.deep.equal({kind: 'phone', phone: '+447700900123'});
    expect(resolveIdentity({phone: '(415) 555-0132', locale: 'en'})).to.deep.equal({kind: 'phone', phone: '+14155550132'});
  });

  it('an unusable value is its own state, never a fall back to the next one', () => {
    expect(resolveIdentity({email: 'a b@example.fr', phone: '+33612345678'})).to.deep.equal({kind: 'invalid', lookup: 'email'});
    expect(resolveIdentity({phone: 'x'.repeat(10_000)})).to.deep.equal({kind: 'invalid', lookup: 'phone'});
    expect(resolveIdentity({email: 'e'.repeat(10_000)})).to.deep.equal({kind: 'invalid', lookup: 'email'});
  });
});

describe('toLookupOutcome', () => {
  const byEmail: Identity = {kind: 'email', email: 'bernard.martin@example.fr'};
  const byPhone: Identity = {kind: 'phone', phone: '+33612345678'};
  const customer = (extra: Record<string, unknown> = {}) => ({
    id: 'c1',
    displayName: 'Bernard Martin',
    doNotCall: false,
    consents: [],
    preferredHours: [],
    products: [],
    offers: [],
    tickets: [],
    contacts: {totalCount: 0, edges: [], pageInfo: {hasNextPage: false, endCursor: null}},
    contactSummary: {days: 90, count: 0, outboundSolicitations: [], awaitingReply: [], missedByUs: [], topics: [], monthly: []},
    hints: [],
    emails: ['Bernard.Martin@example.fr'],
    phones: ['+33612345678'],
    ...extra,
  });
  const answer = (count: unknown, found: unknown = null, errors?: unknown[]) => ({
    data: {customerLookup: {count, customer: found}},
    errors: errors as never,
  });
  const reason = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof LoadFailure ? error.reason : 'not a LoadFailure';
    }
    return 'no throw';
  };

  it('one match with the email or phone asked for is found', () => {
    const outcome = toLookupOutcome(byEmail, answer(1, customer()));
    expect(outcome.kind).to.equal('found');
    expect(outcome.kind === 'found' && outcome.view.id).to.equal('c1');
    expect(toLookupOutcome(byPhone, answer(1, customer())).kind).to.equal('found');
  });

  it('no match and several matches are their own outcomes; several never shows the first', () => {
    expect(toLookupOutcome(byEmail, answer(0))).to.deep.equal({kind: 'no-match'});
    expect(toLookupOutcome(byPhone, answer(2))).to.deep.equal({kind: 'ambiguous', count: 2});
    expect(toLookupOutcome(byPhone, answer(3, customer()))).to.deep.equal({kind: 'ambiguous', count: 3});
  });

  it('refuses a customer who does not have what was asked for', () => {
    expect(reason(() => toLookupOutcome(byEmail, answer(1, customer({emails: ['someone@example.fr']}))))).to.equal('mismatch');
    expect(reason(() => toLookupOutcome(byPhone, answer(1, customer({phones: ['+33699999999']}))))).to.equal('mismatch');
    expect(reason(() => toLookupOutcome(byPhone, answer(1, customer({phones: null}))))).to.equal('mismatch');
    expect(reason(() => toLookupOutcome(byEmail, answer(0, customer())))).to.equal('mismatch');
  });

  it('an unusable answer is a failure, not a state', () => {
    expect(reason(() => toLookupOutcome(byEmail, {data: null, errors: [{message: 'x'}]}))).to.equal('graphql');
    expect(reason(() => toLookupOutcome(byEmail, {data: {customerLookup: 'x'}}))).to.equal('bad-response');
    expect(reason(() => toLookupOutcome(byEmail, answer(-1)))).to.equal('bad-response');
    expect(reason(() => toLookupOutcome(byEmail, answer('1', customer())))).to.equal('bad-response');
    expect(reason(() => toLookupOutcome(byEmail, answer(1, null)))).to.equal('bad-response');
    expect(reason(() => toLookupOutcome(byEmail, answer(1, customer({id: ''}))))).to.equal('bad-response');
  });

  it('a failed section under customerLookup.customer marks that section failed', () => {
    const outcome = toLookupOutcome(
      byEmail,
      answer(1, customer({tickets: null}), [{message: 'down', path: ['customerLookup', 'customer', 'tickets']}]),
    );
    expect(outcome.kind === 'found' && outcome.view.failed).to.include('tickets');
  });
});
