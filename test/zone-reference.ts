/**
 * The wall clock in a time zone as `Intl.DateTimeFormat#formatToParts` states it: the
 * reference the tests hold the card's own zone arithmetic (src/core/time.ts) to, written
 * without it.
 */
const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** 0 Monday … 6 Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
  /** The local calendar day, counted in days since 1970-01-01. */
  epochDay: number;
}

export function intlWallClock(instant: Date, zone: string): WallClock {
  let format = formats.get(zone);
  if (!format) {
    // 'en-US' only to get parseable numbers; hourCycle h23 so midnight is 0, not 24.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zone, format);
  }
  const p: Record<string, number> = {};
  for (const {type, value} of format.formatToParts(instant)) p[type] = Number(value);
  const epochDay = Math.floor(Date.UTC(p.year!, p.month! - 1, p.day!) / DAY);
  return {
    year: p.year!,
    month: p.month!,
    day: p.day!,
    weekday: (((epochDay + 3) % 7) + 7) % 7,
    minute: (p.hour! % 24) * 60 + p.minute!,
    epochDay,
  };
}
