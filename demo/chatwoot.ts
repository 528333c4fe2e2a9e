/**
 * The Dashboard App Chatwoot frames beside a conversation (Settings → Integrations → Dashboard
 * apps → this page's URL). The adapter shows the contact of the open conversation; here the
 * "Chatwoot" is the simulated dashboard of chatwoot-host.html, on this same origin.
 */
import '../src/define.js';
import {connectChatwoot} from '../src/adapters/index.js';

const card = document.querySelector('customer-360')!;
const status = document.querySelector<HTMLElement>('#status')!;

if (window.parent === window) {
  status.textContent = 'This page is meant to run inside Chatwoot. Try it in the ';
  const link = Object.assign(document.createElement('a'), {
    href: './chatwoot-host.html',
    textContent: 'simulated Chatwoot dashboard',
  });
  status.append(link, '.');
}

// A real deployment lists the Chatwoot dashboard's origin, e.g. ['https://app.chatwoot.com'].
connectChatwoot(card, {allowedOrigins: [location.origin], requestOnConnect: true});

card.addEventListener('customer360-loaded', (event) => {
  status.textContent = event.detail.found
    ? `Contact of the open conversation: ${event.detail.customerId}`
    : `Chatwoot's contact "${event.detail.customerId}" is not in the CRM.`;
});
card.addEventListener('customer360-error', () => {
  status.textContent = 'The CRM could not be reached.';
});
