/**
 * NOT Freshdesk's script. Freshdesk's client (`fresh_client.js`, what `{{{appclient}}}`
 * becomes) is served by its platform only and is on no registry, so the demo gives the app a
 * stand-in with the shape the platform documents: a global `app` whose `initialized()` resolves
 * to a client with `data.get(name)`, `events.on(name, callback)` and `iparams.get()`. It asks
 * the simulated Freshdesk page (freshdesk-host.ts) over `postMessage`, a protocol of this demo.
 */
interface Reply {
  fd: 'reply';
  id: number;
  result?: unknown;
  error?: string;
}

const pending = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>();
const listeners = new Map<string, Array<(event: unknown) => void>>();
let nextId = 0;

function ask(method: string, name?: string): Promise<unknown> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject});
    window.parent.postMessage({fd: 'call', id, method, name}, location.origin);
  });
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== location.origin) return;
  const data = event.data as Reply | {fd: 'event'; name: string} | null;
  if (data?.fd === 'reply') {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.error) call?.reject(new Error(data.error));
    else call?.resolve(data.result);
  } else if (data?.fd === 'event') {
    for (const listener of listeners.get(data.name) ?? []) listener({type: data.name});
  }
});

const client = {
  data: {get: (name: string) => ask('data.get', name)},
  events: {
    on(name: string, callback: (event: unknown) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), callback]);
    },
  },
  iparams: {get: () => ask('iparams.get')},
};

(globalThis as {app?: unknown}).app = {initialized: () => Promise.resolve(client)};
