// The demo (vite, with its GraphQL endpoint and personas) on `port`, for the screenshot scripts.
import {spawn} from 'node:child_process';

/** Starts the demo and resolves once it answers; `stop()` ends it. */
export async function startDemo(port) {
  const server = spawn('npx', ['vite', '--configLoader', 'runner', '--port', String(port), '--strictPort'], {
    env: {...process.env, PORT: String(port)},
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://localhost:${port}/`;
  const stop = () => process.kill(-server.pid);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) return {base, stop};
    } catch {
      if (i > 100) {
        stop();
        throw new Error('demo server did not start');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
