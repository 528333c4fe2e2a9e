/**
 * A stand-in for Front around the Customer 360 sidebar plugin: it frames
 * integrations/front/index.html and answers the real @frontapp/plugin-sdk as Front does (read
 * in the SDK's dist/index.es.js): the plugin posts the string
 * `'@frontapp/ui-sdk#WebViewBridge.handshake'` with a `MessagePort`; Front keeps the port and
 * sends `{type: 'context_update', context}` on it whenever the selection changes.
 */
import {startHelpdeskHost} from './helpdesk-host.js';
import type {DemoTicket} from './helpdesk-tickets.js';

const HANDSHAKE = '@frontapp/ui-sdk#WebViewBridge.handshake';
const TEAMMATE = {id: 'tea_demo', name: 'Camille (demo agent)', username: 'camille', email: 'camille@example.com'};

let port: MessagePort | undefined;
let contextCount = 0;

/** A Front context for the selected conversation (or none), with the fields the SDK's types list. */
function frontContext(ticket: DemoTicket | undefined) {
  const base = {
    id: `ctx_${++contextCount}`,
    entryPointId: 'sidebar',
    hostId: 'demo',
    functionArities: {},
    preferences: {},
    authentication: {},
    teammate: TEAMMATE,
  };
  if (!ticket) return {...base, type: 'noConversation'};
  const {requester} = ticket;
  const handle = requester.email ?? requester.phone ?? '';
  const handles = [
    ...(requester.email ? [{type: 'email', handle: requester.email}] : []),
    ...(requester.phone ? [{type: 'phone', handle: requester.phone}] : []),
  ];
  return {
    ...base,
    type: 'singleConversation',
    conversation: {
      id: `cnv_${ticket.id}`,
      type: requester.email ? 'email' : 'phone',
      status: 'open',
      subject: ticket.subject,
      blurb: undefined,
      assignee: TEAMMATE,
      recipient: {
        handle,
        name: requester.name,
        type: requester.email ? 'email' : 'phone',
        contact: {
          id: `crd_${requester.id}`,
          name: requester.name,
          description: undefined,
          handles,
          groupIds: [],
          customAttributes: [],
        },
      },
      inboxes: [],
      tags: [],
      topics: [],
      links: [],
    },
  };
}

const host = startHelpdeskHost({
  noneLabel: 'No conversation selected',
  open(ticket, page) {
    if (!port) {
      page.frame.src ||= '/integrations/front/index.html';
      return;
    }
    port.postMessage({type: 'context_update', context: frontContext(ticket)});
    page.note(`→ context_update (${ticket ? 'singleConversation' : 'noConversation'})`);
  },
});

window.addEventListener('message', (event) => {
  if (event.source !== host.frame.contentWindow || event.data !== HANDSHAKE || !event.ports[0]) return;
  port = event.ports[0];
  // The plugin may call context functions (listMessages…): this demo offers none.
  port.onmessage = ({data}) => {
    if (data?.type === 'function_call')
      port?.postMessage({type: 'function_error', id: data.id, error: 'Not available in this demo.'});
  };
  host.note('← handshake with a MessagePort');
  port.postMessage({type: 'context_update', context: frontContext(host.current())});
  host.note('→ context_update (first)');
});
