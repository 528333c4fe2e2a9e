/**
 * Small numbers for functions by identity (a host's `getHeaders` hook), so that a key can tell
 * two hooks apart without holding them: loads asked for through different hooks never share a
 * request or an answer. 0 when there is no hook.
 */
const ids = new WeakMap<object, number>();
let last = 0;

export function hookId(hook: object | undefined): number {
  if (!hook) return 0;
  let id = ids.get(hook);
  if (id === undefined) ids.set(hook, (id = ++last));
  return id;
}
