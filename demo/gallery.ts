/**
 * The gallery: one card per persona (live data), then one per state of the workbench, all at
 * once, for review. `?locale=fr&theme=dark&dir=rtl&cell=280` apply to every card;
 * `?now=2026-10-15T09:30:00Z` pins the clock (the data and the hints), so a persona shows the
 * same day every time; `?only=cap-on-sunday,overflow` shows those personas and no states.
 */
import '../src/define.js';
import {personaList} from './server/personas.js';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') === 'fr' ? 'fr' : 'en';
const theme = params.get('theme');
document.documentElement.lang = locale;
document.documentElement.dir = params.get('dir') === 'rtl' ? 'rtl' : 'ltr';
if (params.get('cell')) document.documentElement.style.setProperty('--cell', `${Number(params.get('cell')) || 320}px`);

const now = params.get('now') && !Number.isNaN(Date.parse(params.get('now')!)) ? new Date(params.get('now')!) : undefined;
const only = params.get('only')?.split(',');

const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';

/** The workbench's states (demo.ts), each as the card settings that produce it. */
const STATES: [string, {endpoint?: string; id?: string; credentials?: string}][] = [
  ['loading', {endpoint: '/graphql?fault=hang'}],
  ['partial: tickets failed', {endpoint: '/graphql?fault=partial'}],
  ['unknown id', {id: 'no-such-customer'}],
  ['no customer selected', {id: ''}],
  ['endpoint down', {endpoint: 'http://127.0.0.1:9/graphql'}],
  ['server error 503', {endpoint: '/graphql?fault=503'}],
  ['not allowed 403', {endpoint: '/graphql?fault=403'}],
  ['static server 501', {endpoint: '/graphql?fault=501'}],
  ['CORS blocked', {endpoint: `${location.protocol}//${other}:${location.port}/graphql`}],
  ['no endpoint', {endpoint: ''}],
  ['bad credentials mode', {credentials: 'cookies'}],
];

function cell(caption: string, settings: {endpoint?: string; id?: string; credentials?: string}): HTMLElement {
  const figure = document.createElement('figure');
  const card = document.createElement('customer-360');
  card.locale = locale;
  if (theme === 'light' || theme === 'dark') card.setAttribute('theme', theme);
  card.endpoint = settings.endpoint ?? (now ? `/graphql?now=${encodeURIComponent(now.toISOString())}` : '/graphql');
  if (now) card.now = now;
  card.customerId = settings.id ?? 'martin';
  // The loading cell must stay loading: no timeout, no retry.
  if (caption === 'loading') card.timeout = 2 ** 31 - 1;
  card.retryDelay = 2 ** 31 - 1;
  if (settings.credentials) card.credentials = settings.credentials as RequestCredentials;
  const label = document.createElement('figcaption');
  label.textContent = caption;
  figure.append(label, card);
  return figure;
}

const shown = only ? personaList.filter((p) => only.includes(p.id)) : personaList;
document.querySelector('#personas')!.append(...shown.map((p) => cell(p.id, {id: p.id})));
if (!only) document.querySelector('#states')!.append(...STATES.map(([caption, settings]) => cell(caption, settings)));
