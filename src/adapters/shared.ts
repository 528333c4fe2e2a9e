/**
 * What the host adapters share: the origin allow-list, reading a message's data, turning an
 * untrusted value into a customer id, and handing it to the card. Internal; not exported from
 * `customer-360/adapters`.
 */

/** Longest JSON string message an adapter parses (64 KB); a context message is far smaller. */
export const MAX_MESSAGE_LENGTH = 65_536;

/** Longest customer id an adapter hands to the card; a longer value is refused, never cut. */
export const MAX_CUSTOMER_ID_LENGTH = 200;

/** Properties the adapters write on a `<customer-360>` (upgraded or not yet: Lit keeps them). */
interface CardTarget {
  customerId?: string;
  email?: string;
  phone?: string;
  locale?: string;
}

/** Who a helpdesk says the customer is; any part may be missing. */
export interface HostIdentity {
  customerId?: string;
  email?: string;
  phone?: string;
}

/** Longest email or phone an adapter hands to the card; a longer value is refused, never cut. */
const MAX_CONTACT_LENGTH = 254;

/**
 * An untrusted value as an email or phone for the card: a string, trimmed, without control
 * characters, at most 254 characters; anything else is `undefined`. The card itself checks
 * the shape and normalises; this only keeps junk from the host out of its properties.
 */
export function toContactValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > MAX_CONTACT_LENGTH || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  return text;
}

/**
 * Hands the card a whole identity at once: every part not given is cleared, so a ticket known
 * by phone never keeps the previous ticket's email (which would win over the phone).
 */
export function setIdentity(card: Element, identity: HostIdentity): void {
  const target = card as Element & CardTarget;
  const next = {customerId: identity.customerId ?? '', email: identity.email ?? '', phone: identity.phone ?? ''};
  for (const key of ['customerId', 'email', 'phone'] as const) {
    if ((target[key] ?? '') !== next[key]) target[key] = next[key];
  }
}

/**
 * Normalizes an allow-list to exact origins (`scheme://host[:port]`). Throws a `TypeError` on
 * an empty list, a wildcard (`'*'`), `'null'`, a non-http(s) scheme or anything with a path,
 * query or credentials: a mistake in the configuration must show at once, not open the door.
 */
export function toOriginSet(allowed: readonly string[], caller: string): ReadonlySet<string> {
  if (!Array.isArray(allowed) || allowed.length === 0) {
    throw new TypeError(`${caller}: allowedOrigins must list at least one origin, e.g. ['https://app.example.com'].`);
  }
  return new Set(allowed.map((value) => toOrigin(value, caller)));
}

function toOrigin(value: unknown, caller: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value.trim()) : undefined;
  } catch {
    url = undefined;
  }
  // Nothing but scheme, host and port: `href` is then exactly the origin and a slash.
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.href !== `${url.origin}/`) {
    throw new TypeError(
      `${caller}: ${JSON.stringify(String(value))} is not an origin like 'https://app.example.com'; wildcards are not allowed.`,
    );
  }
  return url.origin;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A message's data as a plain object: structured-cloned objects as they are, strings parsed as
 * JSON (Chatwoot sends `JSON.stringify(...)`). Anything else, or invalid JSON, is `undefined`.
 */
export function readData(data: unknown): Record<string, unknown> | undefined {
  if (typeof data === 'string') {
    // A context is a few hundred bytes: a bigger string is not parsed at all.
    if (data.length > MAX_MESSAGE_LENGTH || !data.trimStart().startsWith('{')) return undefined;
    try {
      const parsed: unknown = JSON.parse(data);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return isRecord(data) ? data : undefined;
}

/**
 * An untrusted value as a customer id: a string (trimmed) or a finite number. `''` means "no
 * customer". `undefined` means unusable: another type, longer than {@link MAX_CUSTOMER_ID_LENGTH}
 * or containing control characters (an id is never truncated: a cut id may be someone else's).
 */
export function toCustomerId(value: unknown): string | undefined {
  const text =
    typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  if (text === undefined || text.length > MAX_CUSTOMER_ID_LENGTH) return undefined;
  return /[\u0000-\u001f\u007f]/.test(text) ? undefined : text;
}

/** A BCP 47 language tag in canonical form, or `undefined` when the value is not one. */
export function toLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 35) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/** Sets the card's customer id (the property, so a card not yet upgraded keeps it too). */
export function setCustomerId(card: Element, id: string): void {
  const target = card as Element & CardTarget;
  if (target.customerId !== id) target.customerId = id;
}

export function setLocale(card: Element, locale: string): void {
  const target = card as Element & CardTarget;
  if (target.locale !== locale) target.locale = locale;
}

/**
 * A `console.warn` at most once per key (an origin, a cause) for one connection. Warnings
 * name the origin only: a message's data is never logged.
 */
export function warnOnce(): (key: string, message: string) => void {
  const warned = new Set<string>();
  return (key, message) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(message);
  };
}
