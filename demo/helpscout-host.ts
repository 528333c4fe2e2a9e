/**
 * A stand-in for Help Scout around the Customer 360 sidebar app: it frames
 * integrations/helpscout/index.html in a frame named `app-<installation>` and answers the real
 * @helpscout/javascript-sdk as Help Scout does (read in the SDK's src/): the app posts
 * `{type: 'GET_APP_CONTEXT', appId, iframeId}` to its parent; Help Scout answers
 * `{type: 'SEND_APP_CONTEXT', ...context}`, and sends a new one when the agent opens another
 * conversation (what `watchApplicationContext` receives). `SET_APP_HEIGHT` sizes the frame.
 */
import {startHelpdeskHost} from './helpdesk-host.js';
import type {DemoTicket} from './helpdesk-tickets.js';

const USER = {
  id: 7,
  firstName: 'Camille',
  lastName: 'Demo',
  email: 'camille@example.com',
  initials: 'CD',
  photoUrl: '',
  isAdmin: false,
};

function helpScoutContext(ticket: DemoTicket | undefined) {
  if (!ticket) return {user: USER, mailbox: {id: 1, name: 'Support', email: 'support@example.com'}};
  const {requester} = ticket;
  const [firstName = '', ...rest] = requester.name.split(' ');
  const customer = {
    id: requester.id,
    firstName,
    lastName: rest.join(' '),
    emails: requester.email ? [{id: 1, value: requester.email}] : [],
    phones: requester.phone ? [{id: 1, value: requester.phone, type: 'home'}] : [],
    photoUrl: '',
    conversationCount: 1,
    note: '',
    properties: [],
    socialProfiles: [],
    websites: [],
  };
  return {
    customer,
    conversation: {
      id: ticket.id,
      number: ticket.id,
      subject: ticket.subject,
      status: 'active',
      customerId: requester.id,
      mailboxId: 1,
      tags: [],
    },
    user: USER,
    mailbox: {id: 1, name: 'Support', email: 'support@example.com'},
  };
}

let ready = false;
const host = startHelpdeskHost({
  open(ticket, page) {
    if (!ready) {
      page.frame.name = 'app-demo-1';
      page.frame.src ||= '/integrations/helpscout/index.html';
      return;
    }
    send(ticket);
    page.note('→ SEND_APP_CONTEXT (conversation opened)');
  },
});

function send(ticket: DemoTicket | undefined) {
  host.frame.contentWindow?.postMessage({type: 'SEND_APP_CONTEXT', ...helpScoutContext(ticket)}, location.origin);
}

window.addEventListener('message', (event) => {
  if (event.source !== host.frame.contentWindow || event.origin !== location.origin) return;
  const type = (event.data as {type?: unknown} | null)?.type;
  if (type === 'GET_APP_CONTEXT') {
    ready = true;
    host.note('← GET_APP_CONTEXT; → SEND_APP_CONTEXT');
    send(host.current());
  } else if (type === 'SET_APP_HEIGHT') {
    const height = Number((event.data as {value?: unknown}).value);
    if (Number.isFinite(height) && height > 0) host.frame.style.height = `${Math.min(height, 2000)}px`;
  }
});
