/**
 * A stand-in for Freshdesk around the Customer 360 app (ticket sidebar). Freshdesk's own
 * client script is not on a registry, so this page answers the demo's stand-in
 * (freshdesk-client.ts) with payloads of the documented shape: `requester` on a ticket page
 * (`contact` is for the contact page and fails here), `loggedInUser` with the agent's
 * language, the installation parameters, and `app.activated` when another ticket opens.
 */
import {startHelpdeskHost} from './helpdesk-host.js';
import type {DemoTicket} from './helpdesk-tickets.js';

const params = new URLSearchParams(location.search);
const iparams = {
  endpoint: `/graphql${params.get('now') ? `?now=${encodeURIComponent(params.get('now')!)}` : ''}`,
  phoneRegion: 'FR',
};

let ticket: DemoTicket | undefined;
let loaded = false;

/** The documented `requester` object of a Freshdesk ticket page. */
function requesterOf(current: DemoTicket) {
  const {requester} = current;
  return {
    id: requester.id,
    name: requester.name,
    email: requester.email ?? null,
    phone: requester.phone ?? null,
    mobile: null,
    other_emails: [],
  };
}

const host = startHelpdeskHost({
  open(next, page) {
    ticket = next;
    if (!loaded) {
      loaded = true;
      page.frame.src = '/integrations/freshdesk/app/index.html';
      return;
    }
    page.frame.contentWindow?.postMessage({fd: 'event', name: 'app.activated'}, location.origin);
    page.note(`→ app.activated (ticket #${next?.id})`);
  },
});

window.addEventListener('message', (event) => {
  if (event.source !== host.frame.contentWindow || event.origin !== location.origin) return;
  const data = event.data as {fd?: string; id?: number; method?: string; name?: string} | null;
  if (data?.fd !== 'call') return;
  const reply = (result: unknown, error?: string) =>
    host.frame.contentWindow?.postMessage({fd: 'reply', id: data.id, result, error}, location.origin);
  host.note(`← ${data.method}${data.name ? ` ${data.name}` : ''}`);
  if (data.method === 'iparams.get') reply(iparams);
  else if (data.name === 'requester' && ticket) reply({requester: requesterOf(ticket)});
  else if (data.name === 'loggedInUser')
    reply({loggedInUser: {id: 9, contact: {name: 'Camille', email: 'camille@example.com', language: 'en'}}});
  else reply(undefined, `${data.name} is not available on this page`);
});
