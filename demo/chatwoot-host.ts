/**
 * A stand-in for Chatwoot's dashboard: frames the Dashboard App and posts it the context of the
 * conversation picked in the select, the way Chatwoot does (a JSON string of
 * `{event: 'appContext', data: {conversation, contact, currentAgent}}`).
 */
import {personaList} from './server/personas.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const frame = document.querySelector<HTMLIFrameElement>('iframe[name="customer-360-app"]')!;
const story = document.querySelector<HTMLElement>('#conversation-story')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

const NAMES: Record<string, string> = {
  martin: 'Bernard Martin',
  'missed-appointment': 'Claire Fontaine',
  dupin: 'Jean-Baptiste Dupin',
  'quiet-period': 'Hélène Rousseau',
  transferred: 'Aïcha Benali',
  newcomer: 'Samuel Okafor',
  'large-history': 'Nathalie Girard',
};
/** A contact Chatwoot knows but nobody linked to the CRM: the adapter falls back to its Chatwoot id. */
const UNLINKED = 'unlinked';
const AGENT = {id: 1, name: 'Camille (demo agent)', email: 'camille@example.com'};

for (const persona of personaList) {
  field('conversation').append(new Option(`${NAMES[persona.id] ?? persona.id} — ${persona.id}`, persona.id));
}
field('conversation').append(new Option('Anonymous web visitor — no CRM identifier', UNLINKED));

/** The context Chatwoot would send for a conversation with this contact. */
function appContext(key: string) {
  const index = personaList.findIndex((p) => p.id === key);
  const contact = {
    id: 1000 + (index < 0 ? 99 : index),
    name: NAMES[key] ?? 'Visitor 4711',
    email: null,
    phone_number: null,
    // Chatwoot's `identifier`: your own id for the contact, set through its API or SDK.
    identifier: key === UNLINKED ? null : key,
    custom_attributes: {},
  };
  const conversation = {
    id: 500 + contact.id,
    inbox_id: 1,
    status: 'open',
    meta: {sender: contact, assignee: AGENT, channel: 'Channel::WebWidget'},
    messages: [{id: 1, content: 'Hello, I have a question about my contract.', message_type: 0}],
  };
  return {event: 'appContext', data: {conversation, contact, currentAgent: AGENT}};
}

function note(line: string) {
  const item = document.createElement('li');
  item.textContent = line;
  log.prepend(item);
}

function postContext(reason: string) {
  const key = field('conversation').value;
  // Chatwoot posts with targetOrigin '*'; a host under your control should name the app's origin.
  frame.contentWindow?.postMessage(JSON.stringify(appContext(key)), location.origin);
  note(`→ appContext (${reason}): contact.identifier = ${key === UNLINKED ? 'null' : JSON.stringify(key)}`);
}

function showStory() {
  const key = field('conversation').value;
  const persona = personaList.find((p) => p.id === key);
  story.textContent = persona ? persona.label.en : 'A visitor Chatwoot knows only by its own contact id.';
  document.querySelector<HTMLElement>('#frame')!.dataset.width = field('width').value;
}

frame.addEventListener('load', () => postContext('frame loaded'));
window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow && event.data === 'chatwoot-dashboard-app:fetch-info') {
    note('← chatwoot-dashboard-app:fetch-info');
    postContext('asked by the app');
  }
});
form.addEventListener('change', (event) => {
  showStory();
  if ((event.target as HTMLElement).getAttribute('name') === 'conversation') postContext('conversation opened');
});

// A sandboxed frame has the opaque origin "null": not in the app's allowedOrigins.
document.querySelector('#foreign')!.addEventListener('click', () => {
  const foreign = document.createElement('iframe');
  foreign.hidden = true;
  foreign.sandbox.add('allow-scripts');
  const forged = JSON.stringify(JSON.stringify(appContext('dupin')));
  foreign.srcdoc = `<script>parent.frames['customer-360-app'].postMessage(${forged}, '*');</script>`;
  document.body.append(foreign);
  note('→ appContext for "dupin" from a sandboxed frame (origin "null"): ignored by the app');
  setTimeout(() => foreign.remove(), 1000);
});

showStory();
