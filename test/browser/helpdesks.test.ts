/**
 * The simulated helpdesk pages of the demo (`npm start`), driven as an agent would: each frames
 * its integration page from integrations/, which loads that helpdesk's real SDK package from
 * the registry (Zendesk, Front, Help Scout) or, for Freshdesk, a stand-in with its documented
 * shape; the host page answers the SDK's messages the way the helpdesk does. The card talks
 * to the real demo GraphQL server.
 */
import {expect} from '@open-wc/testing';
import {DEMO_TICKETS} from '../../demo/helpdesk-tickets.js';
import {NOW, nextEvent} from './helpers.js';

type Expectation = {name: string} | {reason: string; text?: string};

/** What each demo ticket should show, in the card's language for that host. */
function expected(id: number, french: boolean): Expectation {
  const ticket = DEMO_TICKETS.find((t) => t.id === id)!;
  switch (ticket.expect) {
    case 'email':
      return {name: 'Bernard Martin'};
    case 'phone':
      return {name: 'Claire Fontaine'};
    case 'no-match':
      return {
        reason: 'no-match',
        text: french ? 'Aucun client avec cette adresse e-mail dans le CRM.' : 'No customer with this email in the CRM.',
      };
    case 'ambiguous':
      return {
        reason: 'ambiguous',
        text: french
          ? '2 clients partagent ce numéro de téléphone : ouvrez le bon depuis le CRM.'
          : '2 customers share this phone number: open the right one from the CRM.',
      };
    default:
      return {reason: 'invalid-email'};
  }
}

interface HostPage {
  frame: HTMLIFrameElement;
  win: Window;
}

async function openHost(page: string): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 520px; height: 900px';
  frame.src = `/demo/${page}?now=${NOW.toISOString()}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow!};
}

/** The card inside the app frame inside the host page. */
function card(host: HostPage): HTMLElement | null | undefined {
  return host.win.document.querySelector('iframe')?.contentDocument?.querySelector<HTMLElement>('customer-360');
}

function cardText(el: HTMLElement): string {
  return (el.shadowRoot?.querySelector('[part~="card"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the card shows what `expectation` says (a customer's name or a state and its text). */
function showing(el: HTMLElement, expectation: Expectation): boolean {
  if ('name' in expectation) return Boolean(el.shadowRoot!.querySelector('h2')?.textContent?.includes(expectation.name));
  const state = el.shadowRoot!.querySelector('[part~="empty"]');
  return (
    state?.getAttribute('data-reason') === expectation.reason && (!expectation.text || cardText(el).includes(expectation.text))
  );
}

/** The first change (any mutation) under `node`. */
function changeIn(node: Node): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(node, {subtree: true, childList: true, characterData: true, attributes: true});
  });
}

/**
 * Waits until the card in the app frame matches `check`. Each ticket opens a new app instance
 * (the frame navigates), so this re-checks whenever something happens, never on a clock: the
 * app frame loads, the card's script is defined in it, or the card (else the frame's document)
 * changes. No deadline but the test's timeout.
 */
async function cardWhere(host: HostPage, check: (el: HTMLElement) => boolean): Promise<void> {
  const frame = host.win.document.querySelector('iframe')!;
  for (;;) {
    const el = card(host);
    if (el?.shadowRoot && check(el)) return;
    const waits: Promise<unknown>[] = [nextEvent(frame, 'load')];
    if (el?.shadowRoot) waits.push(changeIn(el.shadowRoot));
    else if (el) waits.push(frame.contentWindow!.customElements.whenDefined('customer-360'));
    else if (frame.contentDocument) waits.push(changeIn(frame.contentDocument));
    await Promise.race(waits);
  }
}

/** Waits until the card shows what `expectation` says. */
const shows = (host: HostPage, expectation: Expectation) => cardWhere(host, (el) => showing(el, expectation));

function openTicket(host: HostPage, value: string) {
  const select = host.win.document.querySelector<HTMLSelectElement>('select[name="ticket"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
}

const HOSTS = [
  {page: 'zendesk-host.html', sdk: 'zendesk_app_framework_sdk (real)', french: true},
  {page: 'freshdesk-host.html', sdk: 'documented shape (stand-in client)', french: false},
  {page: 'front-host.html', sdk: '@frontapp/plugin-sdk (real)', french: false},
  {page: 'helpscout-host.html', sdk: '@helpscout/javascript-sdk (real)', french: false},
];

describe('helpdesk hosts (demo pages with the real SDKs)', function () {
  // Each page bundles its SDK on first load and frames a frame: generous under a loaded machine.
  this.timeout(90_000);
  let host: HostPage | undefined;
  afterEach(() => {
    host?.frame.remove();
    host = undefined;
  });

  for (const {page, sdk, french} of HOSTS) {
    it(`${page} — ${sdk}: email, phone, no match, ambiguous, refused, and back`, async () => {
      host = await openHost(page);
      const order = [...DEMO_TICKETS.map((t) => t.id), DEMO_TICKETS[0]!.id];
      for (const [index, id] of order.entries()) {
        if (index > 0) openTicket(host, String(id));
        await shows(host, expected(id, french));
      }
      // Never another ticket's customer: back on the first ticket, the ambiguous pair stays unnamed.
      expect(cardText(card(host)!)).not.to.match(/Rousseau|Benali/);
    });
  }

  it('zendesk: follows a requester change inside the open ticket (ticket.requester.id.changed)', async () => {
    host = await openHost('zendesk-host.html');
    await shows(host, {name: 'Bernard Martin'});
    host.win.document.querySelector<HTMLButtonElement>('#change-requester')!.click();
    await shows(host, {name: 'Claire Fontaine'});
  });

  it('front: no conversation selected clears the card', async () => {
    host = await openHost('front-host.html');
    await shows(host, {name: 'Bernard Martin'});
    openTicket(host, '');
    await cardWhere(host, (el) => cardText(el).includes('No customer selected.'));
  });
});
