/**
 * The generic adapters. Framed (`?frame`), this page is the embedded card: its customer comes
 * from the URL (`connectUrlParam`) and then from the host's messages (`connectPostMessage`).
 * Opened normally, it is the host tool that frames it and drives it.
 */
import '../src/define.js';
import {HOST_CONTEXT_TYPE, connectPostMessage, connectUrlParam} from '../src/adapters/index.js';
import {personaList} from './server/personas.js';

const params = new URLSearchParams(location.search);

if (params.has('frame')) {
  document.querySelector('#host')!.remove();
  const embedded = document.querySelector<HTMLElement>('#embedded')!;
  embedded.hidden = false;
  const card = embedded.querySelector('customer-360')!;
  connectUrlParam(card);
  // A real deployment lists the host tool's origin, e.g. ['https://crm.example.com'].
  connectPostMessage(card, {allowedOrigins: [location.origin]});
} else {
  document.querySelector('#embedded')!.remove();
  document.querySelector<HTMLElement>('#host')!.hidden = false;
  host();
}

function host() {
  const form = document.querySelector<HTMLFormElement>('#controls')!;
  const frame = document.querySelector<HTMLIFrameElement>('iframe[name="card"]')!;
  const log = document.querySelector<HTMLOListElement>('#log')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  for (const persona of personaList) field('customer').append(new Option(persona.id, persona.id));
  field('customer').append(new Option('(none)', ''));

  const note = (line: string) => {
    const item = document.createElement('li');
    item.textContent = line;
    log.prepend(item);
  };

  const frameUrl = (customerId: string) => {
    const url = new URL('./post-message.html', location.href);
    url.searchParams.set('frame', '');
    if (customerId) url.searchParams.set('customerId', customerId);
    return url.href;
  };

  const send = () => {
    const customerId = field('customer').value;
    const locale = field('locale').value;
    if (field('via').value === 'url') {
      frame.src = frameUrl(customerId);
      note(`frame ← ${frame.src.replace(location.origin, '')}`);
      return;
    }
    const message = {type: HOST_CONTEXT_TYPE, customerId: customerId || null, locale};
    // Name the card's origin: a message for it never goes to a page that navigated elsewhere.
    frame.contentWindow?.postMessage(message, location.origin);
    note(`→ ${JSON.stringify(message)}`);
  };

  // The language goes by message even when the customer goes by URL: an id-less message keeps the id.
  frame.addEventListener('load', () => {
    const message = {type: HOST_CONTEXT_TYPE, locale: field('locale').value};
    frame.contentWindow?.postMessage(message, location.origin);
    note(`→ ${JSON.stringify(message)}`);
  });
  // The frame starts from the URL; later changes go by message (or by URL, if picked).
  frame.src = frameUrl(field('customer').value);
  note(`frame ← ${frame.src.replace(location.origin, '')}`);
  form.addEventListener('change', send);
}
