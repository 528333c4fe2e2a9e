/**
 * Host adapters in a real browser, with real cross-origin frames: the test page runs on
 * `localhost` (or `127.0.0.1`) and the "other origin" is the same server under the other name.
 */
import {expect} from '@open-wc/testing';
import {
  CHATWOOT_FETCH_INFO,
  MAX_CUSTOMER_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  connectChatwoot,
  connectPostMessage,
  connectUrlParam,
  customerIdFromUrl,
} from '../../src/adapters/index.js';
import type {Customer360} from '../../src/customer-360.js';
import {cleanup, expectAccessible, hostErrors, mount, nextEvent, text, warnings} from './helpers.js';

const OTHER_HOST = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const OTHER_ORIGIN = `${location.protocol}//${OTHER_HOST}:${location.port}`;
const FIXTURES = '/test/browser/fixtures';

const appContext = (contact: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
  event: 'appContext',
  data: {
    conversation: {id: 7, meta: {sender: contact}},
    contact,
    currentAgent: {id: 1, name: 'Agent', email: 'a@example.com'},
    ...extra,
  },
});

/** The next `message` event on this window that `accept` takes. */
function nextMessage(accept: (event: MessageEvent) => boolean = () => true): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!accept(event)) return;
      window.removeEventListener('message', listener);
      resolve(event);
    };
    window.addEventListener('message', listener);
  });
}

/** Posts `data` to this window from this window (origin: the test page's) and waits for it. */
async function postSelf(data: unknown, el?: Customer360): Promise<void> {
  const delivered = nextMessage((event) => event.source === window);
  window.postMessage(data, '*');
  await delivered;
  await el?.updateComplete;
}

/** Posts `data` to this window from a frame on the other origin and waits until it arrived. */
async function postFromOtherOrigin(data: unknown, el?: Customer360): Promise<void> {
  const delivered = nextMessage((event) => event.origin === OTHER_ORIGIN);
  const frame = document.createElement('iframe');
  frame.src = `${OTHER_ORIGIN}${FIXTURES}/post-to-parent.html#${encodeURIComponent(JSON.stringify(data))}`;
  document.body.append(frame);
  await delivered;
  await el?.updateComplete;
}

const disconnects: Array<() => void> = [];
/** Connects with the test page's own origin allowed, and disconnects after the test. */
function track(disconnect: () => void): () => void {
  disconnects.push(disconnect);
  return disconnect;
}

afterEach(() => {
  for (const disconnect of disconnects.splice(0)) disconnect();
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  cleanup();
});

describe('connectChatwoot', () => {
  it('shows the contact of an appContext posted from an allowed origin (JSON string, as Chatwoot sends it)', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    const loaded = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('customer360-loaded', (event) => resolve(event), {once: true}),
    );

    await postSelf(JSON.stringify(appContext({id: 12, identifier: 'dupin', name: 'Jean-Baptiste Dupin'})), el);

    expect(el.customerId).to.equal('dupin');
    expect((await loaded).detail).to.deep.equal({customerId: 'dupin', found: true});
    await el.updateComplete;
    expect(text(el), 'the card shows the contact').to.contain('Dupin');
    await expectAccessible(el);
  });

  it('accepts an object payload too, and trims the identifier', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    await postSelf(appContext({id: 3, identifier: '  martin  '}), el);
    expect(el.customerId).to.equal('martin');
  });

  it('ignores an appContext from another origin, warning once with the origin only', async () => {
    const {el} = mount({customerId: 'martin'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    const warned = await warnings(async () => {
      await postFromOtherOrigin(JSON.stringify(appContext({id: 1, identifier: 'dupin'})), el);
      await postFromOtherOrigin(appContext({id: 1, identifier: 'transferred'}), el);
    });
    expect(el.customerId, 'the id from the other origin was not taken').to.equal('martin');
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain(OTHER_ORIGIN);
    expect(warned[0], 'no payload in the log').not.to.contain('dupin');
  });

  it('ignores malformed payloads without throwing', async () => {
    const {el} = mount({customerId: 'martin'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    const malformed: unknown[] = [
      'not json',
      '{"event": "appContext", "data": ',
      CHATWOOT_FETCH_INFO,
      null,
      42,
      [appContext({identifier: 'dupin'})],
      {event: 'appContext'},
      {event: 'appContext', data: 'dupin'},
      {event: 'appContext', data: ['dupin']},
      JSON.stringify({event: 'conversationUpdated', data: appContext({identifier: 'dupin'}).data}),
      {event: 'APPCONTEXT', data: appContext({identifier: 'dupin'}).data},
    ];
    const errors = await hostErrors(async () => {
      for (const data of malformed) await postSelf(data, el);
    });
    expect(errors).to.deep.equal([]);
    expect(el.customerId).to.equal('martin');
  });

  it('falls back to the numeric contact id, then to the conversation sender', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    await postSelf(appContext({id: 17, identifier: null}), el);
    expect(el.customerId, 'no identifier: Chatwoot id').to.equal('17');
    await postSelf(appContext({id: 18, identifier: '   '}), el);
    expect(el.customerId, 'blank identifier: Chatwoot id').to.equal('18');
    await postSelf({event: 'appContext', data: {conversation: {meta: {sender: {id: 5, identifier: 'newcomer'}}}}}, el);
    expect(el.customerId, 'contact not loaded yet: the sender').to.equal('newcomer');
  });

  it('clears the card when a context has no usable id, rather than keep the previous customer', async () => {
    const {el} = mount({customerId: 'martin'});
    track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    await postSelf(appContext({identifier: 'x'.repeat(MAX_CUSTOMER_ID_LENGTH + 1)}), el);
    expect(el.customerId, 'an over-long id is refused, not cut').to.equal('');

    el.customerId = 'martin';
    await postSelf(appContext({identifier: 'dupin\nmartin'}), el);
    expect(el.customerId, 'control characters').to.equal('');

    el.customerId = 'martin';
    await postSelf({event: 'appContext', data: {conversation: {id: 9}}}, el);
    expect(el.customerId, 'no contact').to.equal('');

    el.customerId = 'martin';
    await postSelf(appContext({identifier: 'y'.repeat(MAX_CUSTOMER_ID_LENGTH)}), el);
    expect(el.customerId, 'exactly the limit is fine').to.have.length(MAX_CUSTOMER_ID_LENGTH);
  });

  it('uses the customerId callback, and shows no one when it throws', async () => {
    const {el} = mount({customerId: 'martin'});
    track(
      connectChatwoot(el, {
        allowedOrigins: [location.origin],
        customerId: (context) => {
          const crm = context.contact?.custom_attributes?.crm_id;
          if (crm === 'boom') throw new Error('boom');
          return typeof crm === 'string' ? crm : undefined;
        },
      }),
    );
    await postSelf(appContext({id: 1, identifier: 'ignored', custom_attributes: {crm_id: 'transferred'}}), el);
    expect(el.customerId).to.equal('transferred');

    const errors = await hostErrors(async () => {
      const warned = await warnings(() => postSelf(appContext({id: 1, custom_attributes: {crm_id: 'boom'}}), el));
      expect(warned.filter((w) => w.includes('connectChatwoot'))).to.have.length(1);
    });
    expect(errors).to.deep.equal([]);
    expect(el.customerId).to.equal('');
  });

  it('stops following once disconnected', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    const disconnect = track(connectChatwoot(el, {allowedOrigins: [location.origin]}));
    await postSelf(appContext({identifier: 'martin'}), el);
    expect(el.customerId).to.equal('martin');
    disconnect();
    await postSelf(appContext({identifier: 'dupin'}), el);
    expect(el.customerId).to.equal('martin');
  });

  it('refuses wildcards and anything but exact origins', () => {
    const el = document.createElement('customer-360');
    for (const allowedOrigins of [
      [],
      ['*'],
      ['null'],
      ['https://app.chatwoot.com/app'],
      ['app.chatwoot.com'],
      ['ftp://x.test'],
      ['https://u:p@x.test'],
      ['https://x.test?'],
      ['https://x.test#top'],
    ]) {
      expect(() => connectChatwoot(el, {allowedOrigins}), JSON.stringify(allowedOrigins)).to.throw(TypeError);
    }
    // A trailing slash or upper case is still one exact origin.
    track(connectChatwoot(el, {allowedOrigins: ['https://App.Chatwoot.com/']}));
  });

  it('does not post fetch-info when the page is not in a frame', async () => {
    const {el} = mount({customerId: 'martin'});
    const received: unknown[] = [];
    const listener = (event: MessageEvent) => received.push(event.data);
    window.addEventListener('message', listener);
    const errors = await hostErrors(async () => {
      track(connectChatwoot(el, {allowedOrigins: [location.origin], requestOnConnect: true}));
      // Messages a window posts to itself arrive in the order posted: once this marker is
      // here, a fetch-info posted on connect would have arrived before it.
      const marker = nextEvent<MessageEvent>(window, 'message', (e) => e.data === 'test-marker');
      window.postMessage('test-marker', location.origin);
      await marker;
    });
    window.removeEventListener('message', listener);
    expect(errors).to.deep.equal([]);
    expect(received).to.deep.equal(['test-marker']);
  });

  it('in a cross-origin frame: asks the parent for the context on connect and follows the answer', async () => {
    const frame = document.createElement('iframe');
    const fromFrame = (event: MessageEvent) => event.source === frame.contentWindow;
    const fetchInfo = nextMessage((event) => fromFrame(event) && event.data === CHATWOOT_FETCH_INFO);
    frame.src = `${OTHER_ORIGIN}${FIXTURES}/chatwoot-app.html?allow=${encodeURIComponent(location.origin)}`;
    document.body.append(frame);

    const request = await fetchInfo;
    expect(request.origin, 'the app runs on the other origin').to.equal(OTHER_ORIGIN);

    // Answer as Chatwoot does: a JSON string to the frame.
    const report = nextMessage((event) => fromFrame(event) && 'customerId' in Object(event.data) && !event.data.ready);
    frame.contentWindow!.postMessage(JSON.stringify(appContext({id: 4, identifier: 'transferred'})), '*');
    expect((await report).data.customerId).to.equal('transferred');
  });

  it('in a frame whose parent is not allowed: asks nothing and ignores the parent', async () => {
    const frame = document.createElement('iframe');
    const fromFrame = (event: MessageEvent) => event.source === frame.contentWindow;
    const requests: unknown[] = [];
    const listener = (event: MessageEvent) => {
      if (fromFrame(event) && event.data === CHATWOOT_FETCH_INFO) requests.push(event.data);
    };
    window.addEventListener('message', listener);
    const ready = nextMessage((event) => fromFrame(event) && event.data?.ready === true);
    frame.src = `${OTHER_ORIGIN}${FIXTURES}/chatwoot-app.html?allow=${encodeURIComponent('https://chatwoot.invalid')}`;
    document.body.append(frame);
    await ready;

    const report = nextMessage((event) => fromFrame(event) && 'customerId' in Object(event.data) && !event.data.ready);
    frame.contentWindow!.postMessage(JSON.stringify(appContext({id: 4, identifier: 'transferred'})), '*');
    expect((await report).data.customerId, 'context from a parent not in the allow-list').to.equal('');
    window.removeEventListener('message', listener);
    expect(requests, 'fetch-info is only ever posted to an allowed origin').to.deep.equal([]);
  });
});

describe('connectPostMessage', () => {
  const TYPE = 'customer-360:context';

  it('sets the customer and the locale from an allowed origin, as an object or a JSON string', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    track(connectPostMessage(el, {allowedOrigins: [location.origin]}));
    await postSelf({type: TYPE, customerId: 'martin', locale: 'fr'}, el);
    expect([el.customerId, el.locale]).to.deep.equal(['martin', 'fr']);
    await postSelf(JSON.stringify({type: TYPE, customerId: ' dupin ', locale: 'en-gb'}), el);
    expect([el.customerId, el.locale]).to.deep.equal(['dupin', 'en-GB']);
    await postSelf({type: TYPE, customerId: 42}, el);
    expect(el.customerId).to.equal('42');
  });

  it('ignores another origin', async () => {
    const {el} = mount({customerId: 'martin'});
    track(connectPostMessage(el, {allowedOrigins: [location.origin]}));
    const warned = await warnings(() => postFromOtherOrigin({type: TYPE, customerId: 'dupin', locale: 'fr'}, el));
    expect([el.customerId, el.locale]).to.deep.equal(['martin', undefined]);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain(OTHER_ORIGIN).and.not.contain('dupin');
  });

  it('ignores other types and malformed messages without throwing; null clears; absent keeps', async () => {
    const {el} = mount({customerId: 'martin'});
    track(connectPostMessage(el, {allowedOrigins: [location.origin]}));
    const errors = await hostErrors(async () => {
      for (const data of [
        'customer-360:context',
        '{"type": "customer-360:context", ',
        {type: 'other', customerId: 'dupin'},
        {customerId: 'dupin'},
        {type: TYPE, customerId: {id: 'dupin'}},
        {type: TYPE, customerId: ['dupin']},
        {type: TYPE, customerId: true},
        [{type: TYPE, customerId: 'dupin'}],
      ]) {
        await postSelf(data, el);
      }
    });
    expect(errors).to.deep.equal([]);
    expect(el.customerId).to.equal('martin');

    await postSelf({type: TYPE, locale: 'not a locale!'}, el);
    expect([el.customerId, el.locale], 'no id: kept; invalid locale: ignored').to.deep.equal(['martin', undefined]);
    await postSelf({type: TYPE, customerId: 'z'.repeat(MAX_CUSTOMER_ID_LENGTH + 1)}, el);
    expect(el.customerId, 'unusable id: no customer').to.equal('');
    el.customerId = 'martin';
    await postSelf({type: TYPE, customerId: null}, el);
    expect(el.customerId, 'null clears').to.equal('');
  });

  it('uses a custom type, and stops once disconnected', async () => {
    const {el} = mount({customerId: 'quiet-period'});
    const disconnect = track(connectPostMessage(el, {allowedOrigins: [location.origin], type: 'crm:customer'}));
    await postSelf({type: TYPE, customerId: 'dupin'}, el);
    expect(el.customerId, 'the default type is not read').to.equal('quiet-period');
    await postSelf({type: 'crm:customer', customerId: 'dupin'}, el);
    expect(el.customerId).to.equal('dupin');
    disconnect();
    await postSelf({type: 'crm:customer', customerId: 'martin'}, el);
    expect(el.customerId).to.equal('dupin');
  });

  it('refuses wildcards', () => {
    const el = document.createElement('customer-360');
    expect(() => connectPostMessage(el, {allowedOrigins: ['*']})).to.throw(TypeError, /wildcards/);
  });
});

describe('customerIdFromUrl and connectUrlParam', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads a trimmed id from the query string', () => {
    expect(customerIdFromUrl('customerId', 'https://crm.test/card?customerId=%20martin%20')).to.equal('martin');
    expect(customerIdFromUrl('cid', '/card.html?cid=42&customerId=x')).to.equal('42');
    expect(customerIdFromUrl('customerId', 'https://crm.test/card')).to.equal(undefined);
    expect(customerIdFromUrl('customerId', 'https://crm.test/card?customerId=')).to.equal(undefined);
    expect(customerIdFromUrl('customerId', `https://crm.test/?customerId=${'x'.repeat(201)}`)).to.equal(undefined);
    expect(customerIdFromUrl('customerId', 'https://crm.test/?customerId=a%0Ab')).to.equal(undefined);
    expect(customerIdFromUrl('customerId', 'http://[bad')).to.equal(undefined);
  });

  it('sets the id from the page URL and follows back/forward', async () => {
    const url = new URL(original);
    url.searchParams.set('customerId', 'dupin');
    history.replaceState(null, '', url);
    const {el} = mount({customerId: 'quiet-period'});
    const disconnect = track(connectUrlParam(el));
    expect(el.customerId).to.equal('dupin');

    url.searchParams.set('customerId', 'martin');
    history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.customerId, 'a host that pushes state and says so').to.equal('martin');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, {once: true}));
    history.back();
    await back;
    expect(el.customerId, 'back to the previous URL').to.equal('dupin');

    url.searchParams.delete('customerId');
    history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.customerId, 'no parameter: no customer').to.equal('');

    disconnect();
    url.searchParams.set('customerId', 'martin');
    history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.customerId).to.equal('');
  });
});

describe('origin first (issue #10, item 10)', () => {
  /**
   * How often a message's `data` is read, and how often `JSON.parse` runs, while a message
   * as if posted from `origin` is dispatched. The test runner has listeners of its own: tests
   * compare with the same dispatch before the adapter was connected.
   */
  function dispatchCounting(origin: string, data: unknown): {reads: number; parses: number} {
    let reads = 0;
    let parses = 0;
    const event = new MessageEvent('message', {origin});
    Object.defineProperty(event, 'data', {get: () => (reads++, data)});
    const parse = JSON.parse;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => (parses++, parse(...args))) as typeof JSON.parse;
    try {
      window.dispatchEvent(event);
    } finally {
      JSON.parse = parse;
    }
    return {reads, parses};
  }
  const big = JSON.stringify({
    type: 'customer-360:context',
    event: 'appContext',
    customerId: 'dupin',
    padding: 'x'.repeat(5_000_000),
  });

  for (const [name, connect] of [
    ['connectChatwoot', (el: Customer360) => connectChatwoot(el, {allowedOrigins: [location.origin]})],
    ['connectPostMessage', (el: Customer360) => connectPostMessage(el, {allowedOrigins: [location.origin]})],
  ] as const) {
    it(`${name}: a message from another origin is never read (data untouched), warned once by origin`, async () => {
      const {el} = mount({customerId: 'martin'});
      const before = dispatchCounting('https://evil.example', big);
      track(connect(el));
      const warned = await warnings(async () => {
        for (let i = 0; i < 5; i++)
          expect(dispatchCounting('https://evil.example', big), 'event.data read').to.deep.equal(before);
      });
      expect(el.customerId).to.equal('martin');
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('https://evil.example');
    });

    it(`${name}: an allowed origin's string over ${MAX_MESSAGE_LENGTH} characters is not parsed`, async () => {
      const {el} = mount({customerId: 'martin'});
      const before = dispatchCounting(location.origin, big);
      track(connect(el));
      expect(dispatchCounting(location.origin, big).parses).to.equal(before.parses);
      expect(el.customerId).to.equal('martin');
    });
  }
});
