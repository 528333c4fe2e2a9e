/**
 * A stand-in for Zendesk Support around the Customer 360 app: it frames
 * integrations/zendesk/assets/iframe.html the way Zendesk frames an app
 * (`?origin=<Zendesk's origin>&app_guid=<instance>`) and answers the real ZAF SDK's messages
 * as Zendesk does (read in the SDK's lib/client.js): JSON strings posted to the app's window.
 *
 * - `{key: 'iframe.handshake'}` → `{key: 'zaf.app.registered', message: {context, metadata}}`
 * - `{id, request: 'get', params: [paths]}` → `{id, result: {<path>: value, errors: {<path>: error}}}`
 * - `{id, request: 'invoke', params: {resize: […]}}` → `{id, result: {}}`
 * - `{key: 'iframe.on:<event>'}` → the app listens; events go as `{key: 'zaf.<event>', message}`.
 */
import {startHelpdeskHost} from './helpdesk-host.js';
import {DEMO_TICKETS, type DemoRequester, type DemoTicket} from './helpdesk-tickets.js';

const APP_GUID = 'demo-customer-360';
/** The agent's Zendesk language. */
const AGENT_LOCALE = 'fr';
const params = new URLSearchParams(location.search);
/** Installation settings (manifest.json `parameters`); `?now=` pins the demo server's clock. */
const settings = {
  endpoint: `/graphql${params.get('now') ? `?now=${encodeURIComponent(params.get('now')!)}` : ''}`,
  phoneRegion: '',
};

let requester: DemoRequester | undefined;
let ticket: DemoTicket | undefined;

/** A ZAF user object (as `ticket.requester` answers), with its phone as an identity. */
function zafUser(person: DemoRequester) {
  const identities = [
    ...(person.email ? [{type: 'email', value: person.email, primary: true}] : []),
    ...(person.phone ? [{type: 'phone_number', value: person.phone, primary: true}] : []),
  ];
  return {
    id: person.id,
    name: person.name,
    email: person.email ?? null,
    externalId: null,
    identities,
    locale: 'fr',
    role: 'end-user',
  };
}

const host = startHelpdeskHost({
  open(next, page) {
    ticket = next;
    requester = next?.requester;
    // Each Zendesk ticket tab has its own app instance: opening a ticket loads the app afresh.
    page.frame.src = `/integrations/zendesk/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${APP_GUID}`;
    page.note(`ticket #${next?.id} opened: new app instance`);
  },
});

function post(message: unknown) {
  host.frame.contentWindow?.postMessage(JSON.stringify(message), location.origin);
}

function answerGet(paths: readonly string[]) {
  const result: Record<string, unknown> = {errors: {}};
  const errors = result.errors as Record<string, unknown>;
  for (const path of paths) {
    if (path === 'ticket.requester' && requester) result[path] = zafUser(requester);
    else if (path === 'currentUser.locale') result[path] = AGENT_LOCALE;
    else if (path === 'ticket.id' && ticket) result[path] = ticket.id;
    else errors[path] = {name: 'InvalidPathError', message: 'Invalid path'};
  }
  return result;
}

window.addEventListener('message', (event) => {
  if (event.source !== host.frame.contentWindow || event.origin !== location.origin || typeof event.data !== 'string') return;
  let data: {key?: string; id?: number; request?: string; params?: unknown};
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data.key === 'iframe.handshake') {
    host.note('← iframe.handshake; → zaf.app.registered');
    post({
      key: 'zaf.app.registered',
      message: {
        context: {
          product: 'support',
          location: 'ticket_sidebar',
          ticketId: ticket?.id,
          instanceGuid: APP_GUID,
          account: {subdomain: 'demo'},
        },
        metadata: {appId: 0, installationId: 1, name: 'Customer 360', version: '0.1.0', settings},
      },
    });
  } else if (data.request === 'get' && Array.isArray(data.params)) {
    host.note(`← get ${data.params.join(', ')}`);
    post({id: data.id, result: answerGet(data.params as string[])});
  } else if (data.request === 'invoke') {
    host.note(`← invoke ${Object.keys(data.params ?? {}).join(', ')}`);
    post({id: data.id, result: {}});
  } else if (data.key?.startsWith('iframe.on:')) {
    host.note(`← on ${data.key.slice('iframe.on:'.length)}`);
  }
});

// The agent changes the ticket's requester to the next ticket's: Zendesk tells the app.
document.querySelector('#change-requester')!.addEventListener('click', () => {
  const index = DEMO_TICKETS.findIndex((t) => t.requester === requester);
  requester = DEMO_TICKETS[(index + 1) % DEMO_TICKETS.length]!.requester;
  post({key: 'zaf.ticket.requester.id.changed', message: requester.id});
  host.note(`→ zaf.ticket.requester.id.changed (${requester.name})`);
});
