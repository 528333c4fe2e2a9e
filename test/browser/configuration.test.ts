/**
 * Cross-origin endpoints and configuration errors, against the real demo server on a second
 * origin: the test page is served from `localhost` (or `127.0.0.1`), and the same server under
 * the other name is another origin to the browser, with CORS enforced for real.
 */
import {expect} from '@open-wc/testing';
import {ENDPOINT, NOW, cleanup, mount, part, text, warnings} from './helpers.js';

afterEach(cleanup);

const page = new URL(location.href);
const otherHost = page.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
/** The test server's endpoint, reached through the other host name: another origin. */
const crossOrigin = `${page.protocol}//${otherHost}:${page.port}/graphql?now=${NOW.toISOString()}`;

describe('cross-origin endpoints (CORS)', () => {
  it('a server that does not allow this origin: "cross-origin", a configuration state, no retry (two cards, two events)', async () => {
    const cards = [
      mount({customerId: 'martin', endpoint: crossOrigin, locale: 'en'}),
      mount({customerId: 'dupin', endpoint: crossOrigin, locale: 'en'}),
    ];
    let errors = 0;
    for (const {el} of cards) {
      el.retryDelay = 10;
      el.addEventListener('customer360-error', () => errors++);
    }
    const events = await warnings(async () => {
      await Promise.all(cards.map((card) => card.settled));
    });
    expect(events, 'a console warning per card, naming CORS').to.deep.equal([
      'customer-360: the endpoint answers, but its CORS headers do not allow this page (Access-Control-Allow-Origin).',
      'customer-360: the endpoint answers, but its CORS headers do not allow this page (Access-Control-Allow-Origin).',
    ]);
    for (const {el, settled} of cards) {
      const event = await settled;
      await el.updateComplete;
      expect(event.detail.reason).to.equal('cross-origin');
      expect(event.detail.configuration).to.equal(true);
      const message = text(el, '[part~="error"]');
      expect(message).to.contain('Check the card’s configuration');
      expect(message).to.contain(`${new URL(crossOrigin).origin} answers`);
      expect(message).to.contain(`this page (${location.origin})`);
      expect(message).to.contain('CORS');
      expect(message).to.not.contain('Check the connection');
      expect(part(el, 'retry'), 'no "Try again"').to.equal(null);
      expect(part(el, 'retrying'), 'no automatic retry scheduled').to.equal(null);
    }
    expect(errors).to.equal(2);
  });

  it('in French too', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: crossOrigin, locale: 'fr'});
    await settled;
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).to.contain('Vérifiez la configuration de la carte');
    expect(text(el, '[part~="error"]')).to.contain('réglages CORS');
  });

  it('an unreachable server on another origin is an outage ("network", retried), not a CORS error', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: `${page.protocol}//${otherHost}:9/graphql`, locale: 'en'});
    el.retryDelay = 60_000;
    const event = await settled;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('network');
    expect(event.detail.configuration).to.equal(false);
    expect(part(el, 'retrying'), 'an automatic retry is scheduled').to.exist;
    expect(part(el, 'retry')).to.exist;
  });

  // A server that allows a page's origin (preflight, bearer token, cookies) is checked from a
  // page on a listed *.test origin against `npm start` itself: test/cors/demo.test.ts.
});

describe('configuration errors', () => {
  it('an invalid credentials mode: "config-credentials", no request, no "Try again"', async () => {
    const before = performance.getEntriesByType('resource').length;
    const {el, settled} = mount({customerId: 'martin', locale: 'en'});
    el.credentials = 'cookies' as RequestCredentials;
    const event = await settled;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({
      customerId: 'martin',
      reason: 'config-credentials',
      status: undefined,
      configuration: true,
    });
    expect(text(el, '[part~="error"]')).to.contain('must be omit, same-origin or include');
    expect(part(el, 'retry')).to.equal(null);
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((e) => e.name.includes('/graphql'));
    expect(requests.length).to.equal(0);
  });

  it('a relative endpoint on a static server (501 to a POST) is a configuration error, not retried', async () => {
    const {el, settled} = mount({customerId: 'martin', endpoint: `${ENDPOINT}&fault=501`, locale: 'fr'});
    el.retryDelay = 10;
    const event = await settled;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('not-implemented');
    expect(text(el, '[part~="error"]')).to.contain('Vérifiez la configuration de la carte');
    expect(part(el, 'retrying')).to.equal(null);
    expect(part(el, 'retry')).to.equal(null);
  });
});
