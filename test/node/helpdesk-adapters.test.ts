/**
 * The helpdesk adapters against objects with each host's documented shape. The same adapters
 * run against the hosts' real SDK packages in test/browser/helpdesks.test.ts; Freshdesk's
 * client is on no registry, so these shapes are all it is tested against.
 */
import {expect} from '../expect.js';
import {deferred, flush} from '../clock.js';
import {
  connectFreshdesk,
  connectFront,
  connectHelpScout,
  connectZendesk,
  freshdeskIdentity,
  frontIdentity,
  helpScoutIdentity,
  zendeskIdentity,
  type FreshClient,
  type ZafClient,
} from '../../src/adapters/index.js';

/** A stand-in card: the adapters only set properties, so a plain object will do. */
type Card = HTMLElement & {customerId?: string; email?: string; phone?: string; locale?: string};
const newCard = () => ({}) as Card;
// A card's properties default to ''; a stand-in's start undefined: read both as ''.
const who = (card: Card) => ({customerId: card.customerId ?? '', email: card.email ?? '', phone: card.phone ?? ''});

/** Lets the fake SDKs' settled promises reach the adapters (microtasks only, no timer). */
const settle = () => flush(20);

describe('zendeskIdentity / connectZendesk (ZAF v2 shapes)', () => {
  it('reads email, the phone identity and, only when asked, the external id', () => {
    const user = {
      id: 1,
      email: 'bernard.martin@example.fr',
      externalId: 'martin',
      identities: [
        {type: 'email', value: 'other@example.fr'},
        {type: 'phone_number', value: '+33 6 12 00 01 01'},
      ],
    };
    expect(zendeskIdentity(user)).to.deep.equal({
      customerId: undefined,
      email: 'bernard.martin@example.fr',
      phone: '+33 6 12 00 01 01',
    });
    expect(zendeskIdentity(user, {externalId: true}).customerId).to.equal('martin');
    expect(zendeskIdentity({email: null, identities: [{type: 'email', value: 'x@example.fr'}]}).email).to.equal('x@example.fr');
    for (const junk of [null, 'x', [], {email: 42, identities: 'no', phone: {}}]) {
      const identity = zendeskIdentity(junk);
      expect([identity.email, identity.phone], JSON.stringify(junk)).to.deep.equal([undefined, undefined]);
    }
  });

  it('follows requester changes, takes the agent locale, and a late answer never wins', async () => {
    const handlers = new Map<string, (data?: unknown) => void>();
    const answers: ReturnType<typeof deferred<Record<string, unknown>>>[] = [];
    const client: ZafClient = {
      get: () => {
        const answer = deferred<Record<string, unknown>>();
        answers.push(answer);
        return answer.promise;
      },
      on: (name, handler) => void handlers.set(name, handler),
      off: (name) => void handlers.delete(name),
      context: () => Promise.resolve({location: 'ticket_sidebar'}),
    };
    const card = newCard();
    const disconnect = connectZendesk(card, client);
    await settle();
    handlers.get('ticket.requester.id.changed')!(2);
    await settle();
    expect(answers).to.have.length(2);
    // The second (newer) answer arrives first; the first must not overwrite it.
    answers[1]!.resolve({'ticket.requester': {email: 'new@example.fr'}, 'currentUser.locale': 'fr'});
    await settle();
    answers[0]!.resolve({'ticket.requester': {email: 'old@example.fr'}, 'currentUser.locale': 'en'});
    await settle();
    expect(who(card)).to.deep.equal({customerId: '', email: 'new@example.fr', phone: ''});
    expect(card.locale).to.equal('fr');
    disconnect();
    expect(handlers.size, 'listeners removed').to.equal(0);
  });

  it('a failed get or a ticket without requester clears the card', async () => {
    const card = newCard();
    card.email = 'previous@example.fr';
    connectZendesk(card, {get: () => Promise.reject(new Error('x')), on: () => undefined});
    await settle();
    expect(who(card)).to.deep.equal({customerId: '', email: '', phone: ''});
  });
});

describe("freshdeskIdentity / connectFreshdesk (documented v3 shapes, not Freshdesk's script)", () => {
  it('reads email (else other_emails) and mobile (else phone)', () => {
    expect(freshdeskIdentity({email: 'a@example.fr', phone: '02 99 00 01 01', mobile: '06 12 00 01 01'})).to.deep.equal({
      email: 'a@example.fr',
      phone: '06 12 00 01 01',
    });
    expect(freshdeskIdentity({email: null, other_emails: ['b@example.fr'], phone: '02 99 00 01 01', mobile: null})).to.deep.equal(
      {email: 'b@example.fr', phone: '02 99 00 01 01'},
    );
    expect(freshdeskIdentity(undefined)).to.deep.equal({});
  });

  it('shows the requester, the agent language, and follows app.activated', async () => {
    const listeners = new Map<string, () => void>();
    let requester: unknown = {email: 'first@example.fr'};
    const client: FreshClient = {
      data: {
        get: (name) =>
          name === 'requester'
            ? Promise.resolve({requester})
            : name === 'loggedInUser'
              ? Promise.resolve({loggedInUser: {contact: {language: 'fr'}}})
              : Promise.reject(new Error('not on this page')),
      },
      events: {on: (name, callback) => void listeners.set(name, callback)},
    };
    const card = newCard();
    const disconnect = connectFreshdesk(card, client);
    await settle();
    expect(who(card)).to.deep.equal({customerId: '', email: 'first@example.fr', phone: ''});
    expect(card.locale).to.equal('fr');
    requester = {email: null, phone: '+33 2 40 00 05 05'};
    listeners.get('app.activated')!();
    await settle();
    expect(who(card)).to.deep.equal({customerId: '', email: '', phone: '+33 2 40 00 05 05'});
    disconnect();
    requester = {email: 'after@example.fr'};
    listeners.get('app.activated')!();
    await settle();
    expect(card.phone, 'ignored after disconnect').to.equal('+33 2 40 00 05 05');
  });

  it('on a contact page, reads the contact', async () => {
    const card = newCard();
    connectFreshdesk(card, {
      data: {
        get: (name) =>
          name === 'contact' ? Promise.resolve({contact: {email: 'c@example.fr'}}) : Promise.reject(new Error('no')),
      },
      events: {on: () => undefined},
    });
    await settle();
    expect(card.email).to.equal('c@example.fr');
  });
});

describe('frontIdentity / connectFront (plugin SDK shapes)', () => {
  const context = (recipient: unknown, type = 'singleConversation') => ({type, conversation: {recipient}});

  it('reads the recipient handle by its type, completed from the contact', () => {
    expect(
      frontIdentity(
        context({handle: 'a@example.fr', type: 'email', contact: {handles: [{type: 'phone', handle: '+33600000202'}]}}),
      ),
    ).to.deep.include({
      email: 'a@example.fr',
      phone: '+33600000202',
    });
    expect(frontIdentity(context({handle: '+33600000202', type: 'whatsapp'}))).to.deep.include({
      phone: '+33600000202',
      email: undefined,
    });
    expect(frontIdentity(context({handle: '@someone', type: 'twitter'}))).to.deep.include({email: undefined, phone: undefined});
  });

  it('no or several conversations: nobody', () => {
    expect(frontIdentity({type: 'noConversation'})).to.deep.equal({});
    expect(frontIdentity({type: 'multiConversations', conversations: []})).to.deep.equal({});
  });

  it('a CRM id custom attribute wins, when configured', () => {
    const recipient = {
      handle: 'a@example.fr',
      type: 'email',
      contact: {handles: [], customAttributes: [{name: 'CRM id', type: 'string', value: 'martin'}]},
    };
    expect(frontIdentity(context(recipient), {customerIdAttribute: 'CRM id'}).customerId).to.equal('martin');
    expect(frontIdentity(context(recipient)).customerId).to.equal(undefined);
  });

  it('follows context updates and unsubscribes', () => {
    let next: ((context: unknown) => void) | undefined;
    let unsubscribed = false;
    const card = newCard();
    const disconnect = connectFront(card, {
      contextUpdates: {
        subscribe: (callback) => {
          next = callback;
          return {unsubscribe: () => void (unsubscribed = true)};
        },
      },
    });
    next!(context({handle: 'a@example.fr', type: 'email'}));
    expect(card.email).to.equal('a@example.fr');
    next!({type: 'noConversation'});
    expect(who(card)).to.deep.equal({customerId: '', email: '', phone: ''});
    disconnect();
    expect(unsubscribed).to.equal(true);
  });
});

describe('helpScoutIdentity / connectHelpScout (JavaScript SDK shapes)', () => {
  it('reads the first email and a mobile first', () => {
    const customer = {
      emails: [{id: 1, value: 'a@example.fr'}],
      phones: [
        {id: 1, value: '02 99', type: 'home'},
        {id: 2, value: '06 12', type: 'mobile'},
      ],
    };
    expect(helpScoutIdentity({customer})).to.deep.equal({email: 'a@example.fr', phone: '06 12'});
    expect(helpScoutIdentity({user: {}})).to.deep.equal({});
  });

  it('a pushed context wins over the first answer that arrives after it; disconnect ignores later ones', async () => {
    let watch: ((context: unknown) => void) | undefined;
    const first = deferred<unknown>();
    const card = newCard();
    const disconnect = connectHelpScout(card, {
      getApplicationContext: () => first.promise,
      watchApplicationContext: (callback) => void (watch = callback),
    });
    watch!({customer: {emails: [{value: 'pushed@example.fr'}], phones: []}});
    first.resolve({customer: {emails: [{value: 'first@example.fr'}], phones: []}});
    await settle();
    expect(card.email).to.equal('pushed@example.fr');
    disconnect();
    watch!({customer: {emails: [{value: 'late@example.fr'}], phones: []}});
    expect(card.email).to.equal('pushed@example.fr');
  });
});
