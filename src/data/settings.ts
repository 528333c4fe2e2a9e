/**
 * The host's values, checked at the boundary. A value of the wrong type or out of range is
 * replaced by a usable one (the caller warns once); nothing here throws, and nothing a host
 * typed reaches a request, a timer or a log line unchecked. Pure; no DOM.
 */
import {MAX_TIMER} from './load.js';

/** The longest customer id the card asks for: no CRM id is longer, and a wrong one is sent and shown. */
export const MAX_ID_LENGTH = 256;

/**
 * The customer id: a string (trimmed) of at most `MAX_ID_LENGTH` characters, or a finite
 * number; `undefined` for anything else.
 */
export function customerIdOf(value: unknown): string | undefined {
  const id =
    typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  return id !== undefined && id.length <= MAX_ID_LENGTH ? id : undefined;
}

/**
 * A `Date` the card can count from, else `undefined` (`new Date(NaN)`, a string, a number).
 * At most the end of year 9999 away from 1970: the card formats and computes dates weeks and
 * years around `now`, and one near the edge of what a `Date` holds (±8.64e15 ms) would make
 * them invalid, and `Intl` throw.
 */
export const validDate = (value: unknown): Date | undefined =>
  value instanceof Date && Math.abs(value.getTime()) < 253402300800000 ? value : undefined;

/** A delay in ms: a finite number from 0 to 2³¹ − 1 (clamped), else `undefined`. */
export const delayOf = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 0 ? Math.min(value, MAX_TIMER) : undefined;

/** Request headers: a plain object of string values, else `undefined`. */
export function headersOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.values(value).every((v) => typeof v === 'string') ? (value as Record<string, string>) : undefined;
}

/**
 * An endpoint as it may appear in a warning: without query string, fragment or user info
 * (a token is often put there), at most 100 characters.
 */
export const redactEndpoint = (endpoint: string): string =>
  endpoint
    .replace(/[?#][^]*$/, '')
    .replace(/\/\/[^/]*@/, '//')
    .slice(0, 100);
