/**
 * The one cache of `Intl` objects (and of values derived from them) for the whole card.
 *
 * Building an `Intl.DateTimeFormat` costs far more than using one, and the card formats on
 * every render, so formatters are built once and reused. The cache is bounded (least recently
 * used entries go first), because keys include locales and time zones that come from the
 * server and the host: a long-lived page must not grow without limit. It is emptied when the
 * browser's languages change (`languagechange`), because a formatter built for a default
 * locale would otherwise keep the old language. Pure: no DOM beyond that one listener, which
 * is skipped where there is no `addEventListener` (Node).
 */

/** Enough for two languages × a few zones × every style the card uses, with room to spare. */
export const INTL_CACHE_SIZE = 64;

let entries = new Map<string, unknown>();

/** The value cached under `key`, made by `make()` on first use (or after eviction). */
export function intl<T>(key: string, make: () => T): T {
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = make();
  if (entries.size >= INTL_CACHE_SIZE) entries.delete(entries.keys().next().value as string);
  entries.set(key, value);
  return value;
}

/*
 * The factories: every `Intl` object of the card is built here, once per locale (and options),
 * so the card's words and its hints share the same formatters.
 */

/** A date and time format; throws (and caches nothing) for a time zone the runtime does not know. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intl(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export const pluralRules = (locale: string): Intl.PluralRules => intl(`plural|${locale}`, () => new Intl.PluralRules(locale));

export const numberFormat = (locale: string): Intl.NumberFormat => intl(`number|${locale}`, () => new Intl.NumberFormat(locale));

/** "yesterday", "in 2 weeks": words where the language has them (`numeric: 'auto'`). */
export const relativeTimeFormat = (locale: string): Intl.RelativeTimeFormat =>
  intl(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));

/** "a, b and c". */
export const listFormat = (locale: string): Intl.ListFormat =>
  intl(`list|${locale}`, () => new Intl.ListFormat(locale, {type: 'conjunction', style: 'long'}));

/**
 * The hint engine is built on its own (src/hints/engine.ts) and so has its own copy of this
 * module: once loaded, it is handed the card's entries (src/hints/lazy.ts), so formatters
 * built by the card are the engine's too, and there is still one bounded cache.
 */
export function intlCacheEntries(): Map<string, unknown> {
  return entries;
}

/** Makes this copy of the cache use `shared` (see `intlCacheEntries`). */
export function shareIntlCache(shared: Map<string, unknown>): void {
  entries = shared;
}

/** Empties the cache (the browser's languages changed; tests). */
export function clearIntlCache(): void {
  entries.clear();
}

globalThis.addEventListener?.('languagechange', clearIntlCache);
