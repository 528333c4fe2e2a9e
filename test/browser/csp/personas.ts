/**
 * Renders every persona into `#cards`, sets `window.cspDone` and tells the parent page (a
 * `csp-done` message), so the test waits on that message rather than polling for the promise.
 */
declare global {
  interface Window {
    cspViolations: string[];
    cspDone: Promise<string[]>;
  }
}

const personas = ['martin', 'missed-appointment', 'dupin', 'quiet-period', 'transferred', 'newcomer', 'large-history'];

export function renderPersonas(): void {
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
  parent.postMessage('csp-done', location.origin);
}
