/**
 * The designers' workbench: a persona or any free-text id, a state (every loading, empty, error
 * and configuration state the card has), a language, colours, the host page's direction, a
 * width (280 px up, or free), zoom, density and the documented design tokens. Everything is
 * mirrored in the URL (`?persona=martin&locale=fr&theme=dark&width=320&dir=rtl&t.accent=%23a0f`)
 * so any view can be linked or screenshotted.
 */
import '../src/define.js';
import {personaList} from './server/personas.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const tokenForm = document.querySelector<HTMLFormElement>('#token-form')!;
const card = document.querySelector('customer-360')!;
const frame = document.querySelector<HTMLElement>('#frame')!;
const story = document.querySelector<HTMLElement>('#persona-story')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement;

for (const persona of personaList) field('persona').append(new Option(persona.id, persona.id));

/**
 * The same endpoint under the page's other loopback name: another origin to the browser, which
 * the demo server does not allow (unless listed in CUSTOMER360_ALLOW_ORIGINS).
 */
function otherOrigin(): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}/graphql`;
}

/** Each state is an endpoint, id or setting the real server and card understand (demo/server/controls.ts). */
const STATES: Record<string, {endpoint?: string; id?: string; credentials?: string; story?: false}> = {
  live: {},
  slow: {endpoint: '/graphql?delay=3000'},
  partial: {endpoint: '/graphql?fault=partial'},
  unknown: {id: 'no-such-customer', story: false},
  none: {id: '', story: false},
  down: {endpoint: 'http://127.0.0.1:9/graphql', story: false},
  timeout: {endpoint: '/graphql?fault=hang', story: false},
  server: {endpoint: '/graphql?fault=503', story: false},
  forbidden: {endpoint: '/graphql?fault=403', story: false},
  static: {endpoint: '/graphql?fault=501', story: false},
  cors: {endpoint: otherOrigin(), story: false},
  'no-endpoint': {endpoint: '', story: false},
  credentials: {credentials: 'cookies', story: false},
};

/**
 * Lookup by email or phone: when the card gains such properties, list them here and the
 * workbench shows a text field for each (kept in the URL like the rest).
 */
const LOOKUP: readonly string[] = ['email', 'phone'].filter((name) => name in card);
const lookupFields = document.querySelector<HTMLElement>('#lookup-fields')!;
for (const name of LOOKUP) {
  const label = document.createElement('label');
  label.append(name === 'email' ? 'Email' : 'Phone', Object.assign(document.createElement('input'), {name, autocomplete: 'off'}));
  lookupFields.append(label);
  lookupFields.hidden = false;
}

/** The documented custom properties (see the @cssproperty list of src/customer-360.ts). */
const TOKENS: readonly {name: string; kind: 'color' | 'text'}[] = [
  {name: 'background', kind: 'color'},
  {name: 'color', kind: 'color'},
  {name: 'muted-color', kind: 'color'},
  {name: 'border-color', kind: 'color'},
  {name: 'surface', kind: 'color'},
  {name: 'accent', kind: 'color'},
  {name: 'do-color', kind: 'color'},
  {name: 'do-background', kind: 'color'},
  {name: 'dont-color', kind: 'color'},
  {name: 'dont-background', kind: 'color'},
  {name: 'radius', kind: 'text'},
  {name: 'spacing', kind: 'text'},
  {name: 'font', kind: 'text'},
];
for (const {name, kind} of TOKENS) {
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), {name, type: kind, autocomplete: 'off'});
  // A colour input always has a value: it applies only once changed (`data-set`).
  if (kind === 'text') input.placeholder = name === 'radius' ? '10px' : name === 'spacing' ? '0.75rem' : 'system-ui';
  label.append(`--customer-360-${name}`, input);
  tokenForm.append(label);
}

function tokenValues(): [string, string][] {
  return TOKENS.flatMap(({name}) => {
    const input = tokenForm.elements.namedItem(name) as HTMLInputElement;
    return input.value && (input.type !== 'color' || input.dataset.set) ? [[name, input.value] as [string, string]] : [];
  });
}

function apply() {
  const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const state = STATES[values.state] ?? STATES.live;
  const id = values.id?.trim() || values.persona;
  card.endpoint = state.endpoint ?? '/graphql';
  card.customerId = state.id ?? id;
  card.credentials = state.credentials as RequestCredentials | undefined;
  for (const name of LOOKUP) (card as unknown as Record<string, string>)[name] = values[name] ?? '';
  card.locale = values.locale;
  document.documentElement.lang = values.locale;
  document.documentElement.dir = values.dir === 'rtl' ? 'rtl' : 'ltr';
  const theme = values.theme === 'light' || values.theme === 'dark' ? values.theme : '';
  if (theme) card.setAttribute('theme', theme);
  else card.removeAttribute('theme');
  document.documentElement.dataset.theme = values.theme || '';
  document.querySelector<HTMLElement>('#forced-note')!.hidden = values.theme !== 'forced';
  frame.dataset.width = values.width;
  frame.style.setProperty('--zoom', values.zoom || '1');
  // Density is the spacing token; an explicit spacing token wins.
  card.style.cssText = '';
  if (values.density) card.style.setProperty('--customer-360-spacing', values.density);
  for (const [name, value] of tokenValues()) card.style.setProperty(`--customer-360-${name}`, value);
  // The persona's story describes its data: hide it when the state shows none of it.
  const persona = personaList.find((p) => p.id === id);
  story.hidden = state.story === false || !persona;
  story.textContent = persona ? persona.label[values.locale === 'fr' ? 'fr' : 'en'] : '';
  const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
  for (const [name, value] of tokenValues()) params.set(`t.${name}`, value);
  history.replaceState(null, '', `?${params}`);
}

// Start from the URL, so every view can be linked.
const params = new URLSearchParams(location.search);
for (const [name, value] of params) {
  if (name.startsWith('t.')) {
    const input = tokenForm.elements.namedItem(name.slice(2));
    if (input instanceof HTMLInputElement) Object.assign(input, {value}).dataset.set = '1';
    continue;
  }
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLSelectElement && [...control.options].some((o) => o.value === value)) control.value = value;
  if (control instanceof HTMLInputElement) control.value = value;
}
form.addEventListener('input', apply);
form.addEventListener('change', apply);
tokenForm.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement) event.target.dataset.set = '1';
  apply();
});
document.querySelector('#tokens-reset')!.addEventListener('click', () => {
  tokenForm.reset();
  for (const input of tokenForm.querySelectorAll('input')) delete input.dataset.set;
  apply();
});
if (params.has('tokens') || [...params.keys()].some((k) => k.startsWith('t.'))) {
  document.querySelector<HTMLDetailsElement>('#tokens')!.open = true;
}
apply();

for (const type of ['customer360-loaded', 'customer360-error', 'customer360-hint-dismiss', 'customer360-open'] as const) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
