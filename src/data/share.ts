/**
 * Results shared between cards that show the same loaded view with the same settings.
 *
 * Under a provider, cards of one customer share one view object (one answer, one cache
 * entry); each computing and holding its own hints would cost every card the same objects
 * again. Results hang off the view in a `WeakMap`, so they go when the view goes, and only
 * the last few settings per view are kept.
 */
const shared = new WeakMap<object, {key: readonly unknown[]; value: unknown}[]>();

/** `make()`'s result for `owner` and `key` (compared entry by entry with `Object.is`), made once. */
export function share<T>(owner: object, key: readonly unknown[], make: () => T): T {
  const entries = shared.get(owner) ?? [];
  const hit = entries.find((e) => e.key.length === key.length && e.key.every((v, i) => Object.is(v, key[i])));
  if (hit) return hit.value as T;
  const value = make();
  entries.push({key, value});
  if (entries.length > 4) entries.shift();
  shared.set(owner, entries);
  return value;
}
