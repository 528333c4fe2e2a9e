/**
 * Renders every persona with the built script-tag bundle under the CSP of the README and
 * records every `securitypolicyviolation`, for test/browser/security.test.ts to read.
 */
// The built script-tag bundle, as a host would load it (not type-checked: a build output).
const bundle = '/dist/customer-360.js';
await import(bundle);

export {};

declare global {
  interface Window {
    cspViolations: string[];
    cspDone: Promise<string[]>;
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

const personas = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];
const params = new URLSearchParams(location.search);
const endpoint = `/graphql?now=${params.get('now') ?? ''}`;
const main = document.querySelector('#cards')!;
window.cspDone = Promise.all(
  personas.map((id) => {
    const card = document.createElement('customer-360');
    card.setAttribute('customer-id', id);
    card.setAttribute('endpoint', endpoint);
    card.setAttribute('theme', id.length % 2 ? 'dark' : 'light');
    main.append(card);
    return new Promise<string>((resolve) => {
      card.addEventListener('customer360-loaded', () => resolve(id), {once: true});
      card.addEventListener('customer360-error', () => resolve(`${id}: error`), {once: true});
    });
  }),
);
