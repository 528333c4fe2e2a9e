import {expect} from '../expect.js';
import {customerRequest, sameRequest, type DataSettings} from '../../src/data/request.js';
import {MAX_RETRY_AFTER, retryAfterSeconds} from '../../src/data/errors.js';

const BASE = 'https://crm.example/app/';
const settings = (over: Partial<DataSettings> = {}): DataSettings => ({
  customerId: 'c-1',
  endpoint: '/graphql',
  pageSize: 5,
  ...over,
});

describe('customerRequest (request identity)', () => {
  it('builds the query variables from the data settings', () => {
    const request = customerRequest(settings(), BASE);
    expect(request.kind).to.equal('query');
    if (request.kind !== 'query') return;
    expect(request.url.href).to.equal('https://crm.example/graphql');
    expect(request.variables).to.deep.equal({id: 'c-1', contactsFirst: 5, summaryDays: 90, topicDays: 30, locale: null});
  });

  it('same data settings, same key; a trimmed id is the same id', () => {
    const a = customerRequest(settings(), BASE);
    const b = customerRequest(settings({customerId: '  c-1 ', hintOptions: {loyaltyYears: 10}}), BASE);
    expect(sameRequest(a, b), 'loyalty years do not change the query').to.equal(true);
  });

  it('every data setting changes the key', () => {
    const base = customerRequest(settings(), BASE);
    const changed: [string, Partial<DataSettings>][] = [
      ['id', {customerId: 'c-2'}],
      ['endpoint', {endpoint: 'https://other.example/graphql'}],
      ['page size', {pageSize: 10}],
      ['missed-appointment window', {hintOptions: {missedAppointmentDays: 365}}],
      ['repeat-contact window', {hintOptions: {repeatContact: {days: 60}}}],
    ];
    for (const [name, over] of changed) {
      expect(sameRequest(base, customerRequest(settings(over), BASE)), name).to.equal(false);
    }
  });

  it('a hint window asks the server for aggregates at least as long', () => {
    const request = customerRequest(settings({hintOptions: {missedAppointmentDays: 365, transfers: {days: 45}}}), BASE);
    expect(request.kind === 'query' && request.variables).to.include({summaryDays: 365, topicDays: 45});
  });

  it('no id: nothing to ask; unusable endpoint: a configuration error', () => {
    expect(customerRequest(settings({customerId: '  '}), BASE).kind).to.equal('no-id');
    for (const endpoint of ['', 'javascript:alert(1)', 'ftp://x/graphql']) {
      expect(customerRequest(settings({endpoint}), BASE).kind, endpoint).to.equal('bad-endpoint');
    }
  });

  describe('lookup by email or phone', () => {
    const lookup = (over: Partial<DataSettings>) => customerRequest(settings({customerId: '', ...over}), BASE);

    it('customer-id wins over email, email over phone', () => {
      expect(customerRequest(settings({email: 'a@example.fr', phone: '+33612345678'}), BASE).kind).to.equal('query');
      const byEmail = lookup({email: ' A@Example.fr ', phone: '+33612345678'});
      expect(byEmail.kind === 'lookup' && byEmail.variables).to.deep.equal({
        email: 'a@example.fr',
        phone: null,
        contactsFirst: 5,
        summaryDays: 90,
        topicDays: 30,
        locale: null,
      });
      const byPhone = lookup({phone: '06 12 34 56 78', locale: 'fr-FR'});
      expect(byPhone.kind === 'lookup' && byPhone.lookup).to.equal('phone');
      expect(byPhone.kind === 'lookup' && byPhone.variables.phone).to.equal('+33612345678');
    });

    it('the same person written two ways is the same request; the locale matters only through the number', () => {
      expect(sameRequest(lookup({email: 'a@example.fr'}), lookup({email: ' A@EXAMPLE.FR'}))).to.equal(true);
      expect(
        sameRequest(lookup({phone: '06 12 34 56 78', locale: 'fr'}), lookup({phone: '+33 6 12 34 56 78', locale: 'en'})),
      ).to.equal(true);
      expect(sameRequest(lookup({phone: '+33612345678', locale: 'fr'}), lookup({phone: '+33612345678', locale: 'de'}))).to.equal(
        true,
      );
      expect(sameRequest(lookup({email: 'a@example.fr'}), lookup({phone: '+33612345678'}))).to.equal(false);
    });

    it('an unusable email or phone is its own request kind: no URL, no variables', () => {
      for (const [over, kind] of [
        [{email: 'a b@example.fr'}, 'email'],
        [{email: 'x'.repeat(10_000)}, 'email'],
        [{phone: 'call me'}, 'phone'],
        [{phone: '06 12 34 56 78', phoneRegion: 'ZZ'}, 'phone'],
      ] as const) {
        const request = lookup(over);
        expect(request.kind, JSON.stringify(over).slice(0, 40)).to.equal('invalid-lookup');
        expect(request.kind === 'invalid-lookup' && request.lookup).to.equal(kind);
        expect(JSON.stringify(request)).not.to.include('url');
      }
    });

    it("the URL of a lookup is the endpoint's, with nothing of the value in it", () => {
      const request = lookup({email: 'a@example.fr'});
      expect(request.kind === 'lookup' && request.url.href).to.equal('https://crm.example/graphql');
      expect(
        customerRequest(settings({customerId: '', email: 'a@example.fr', endpoint: '/graphql?x=1'}), BASE).kind === 'lookup',
      ).to.equal(true);
    });
  });
});

describe('the locale sent to the server', () => {
  it('travels with the request without changing its identity (a language change does not reload)', () => {
    expect(
      sameRequest(customerRequest(settings({locale: 'en'}), BASE), customerRequest(settings({locale: 'fr'}), BASE)),
    ).to.equal(true);
  });

  it("is the canonical BCP 47 tag of the card's locale, or null when it is not one", () => {
    const variables = (locale: string | undefined) => {
      const request = customerRequest(settings({locale}), BASE);
      return request.kind === 'query' ? request.variables.locale : 'no query';
    };
    expect(variables('fr-fr')).to.equal('fr-FR');
    expect(variables(' en ')).to.equal('en');
    expect(variables('ar-EG')).to.equal('ar-EG');
    expect(variables(undefined)).to.equal(null);
    expect(variables('not a tag!')).to.equal(null);
  });
});

describe('Retry-After', () => {
  const after = (value: string) => retryAfterSeconds(new Headers({'retry-after': value}), Date.parse('2026-12-06T09:00:00Z'));
  it('reads seconds or a date, never below 0 nor above an hour', () => {
    expect([after('2'), after('-5'), after('99999999'), after('Sun, 06 Dec 2026 09:00:30 GMT'), after('soon')]).to.deep.equal([
      2,
      0,
      MAX_RETRY_AFTER,
      30,
      undefined,
    ]);
    expect(MAX_RETRY_AFTER).to.equal(3600);
  });
});
