/**
 * The designers' page: pick a persona, a state, a language, a theme and a width. Everything
 * is mirrored in the URL (`?persona=martin&locale=fr&theme=dark&width=320`) so any view can
 * be linked or screenshotted.
 */
import '../src/define.js';
import {personaList} from './server/personas.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const card = document.querySelector('customer-360')!;
const frame = document.querySelector<HTMLElement>('#frame')!;
const story = document.querySelector<HTMLElement>('#persona-story')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

for (const persona of personaList) {
  field('persona').append(new Option(persona.id, persona.id));
}

/** Each demo state is an endpoint or id the real server understands (demo/server/middleware.ts). */
const STATES: Record<string, {endpoint?: string; id?: string}> = {
  live: {},
  slow: {endpoint: '/graphql?delay=3000'},
  partial: {endpoint: '/graphql?fault=partial'},
  unknown: {id: 'no-such-customer'},
  down: {endpoint: 'http://127.0.0.1:9/graphql'},
  forbidden: {endpoint: '/graphql?fault=403'},
  none: {id: ''},
};

function apply() {
  const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const state = STATES[values.state] ?? STATES.live;
  card.endpoint = state.endpoint ?? '/graphql';
  card.customerId = state.id ?? values.persona;
  card.locale = values.locale;
  document.documentElement.lang = values.locale;
  if (values.theme) {
    card.setAttribute('theme', values.theme);
    document.documentElement.dataset.theme = values.theme;
  } else {
    card.removeAttribute('theme');
    delete document.documentElement.dataset.theme;
  }
  frame.dataset.width = values.width;
  const persona = personaList.find((p) => p.id === values.persona);
  story.textContent = persona ? persona.label[values.locale === 'fr' ? 'fr' : 'en'] : '';
  history.replaceState(null, '', `?${new URLSearchParams(values)}`);
}

// Start from the URL, so every view can be linked.
const params = new URLSearchParams(location.search);
for (const [name, value] of params) {
  const select = form.elements.namedItem(name);
  if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === value)) select.value = value;
}
form.addEventListener('change', apply);
apply();

for (const type of ['customer360-loaded', 'customer360-error', 'customer360-hint-dismiss', 'customer360-open'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
