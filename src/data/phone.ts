/**
 * Phone numbers to E.164 (`+33612345678`), the one form the card sends and compares. Pure and
 * small on purpose: the card only needs to turn what a helpdesk shows (`06 12 34 56 78`,
 * `(415) 555-0132`, `+44 (0)7700 900123`, `0032 470 12 34 56`) into that form, not to know every
 * numbering plan on earth, so it carries a short table of regions instead of a 100 KB library.
 *
 * A national number (no `+`, no international prefix) needs a region: the card's
 * `phone-region`, else the region of its locale (`fr-FR` → FR, `en` → US, see `regionOf`).
 * A region missing from the table makes a national number unusable, never a guess.
 */

/** Country calling code, national trunk prefix (dropped after the code), national number lengths. */
interface Plan {
  readonly cc: string;
  readonly trunk: string;
  readonly min: number;
  readonly max: number;
}

const plan = (cc: string, trunk: string, min: number, max = min): Plan => ({cc, trunk, min, max});

/**
 * The regions a national number is understood in: the card's own languages' countries and
 * their neighbours. Lengths are of the national significant number (after the trunk prefix).
 * Italy keeps its leading 0 (no trunk prefix); North America's optional leading 1 is its trunk.
 */
const PLANS: Readonly<Record<string, Plan>> = {
  FR: plan('33', '0', 9),
  BE: plan('32', '0', 8, 9),
  CH: plan('41', '0', 9),
  LU: plan('352', '', 4, 11),
  MC: plan('377', '', 8, 9),
  DE: plan('49', '0', 5, 13),
  AT: plan('43', '0', 4, 13),
  NL: plan('31', '0', 9),
  GB: plan('44', '0', 9, 10),
  IE: plan('353', '0', 7, 9),
  ES: plan('34', '', 9),
  PT: plan('351', '', 9),
  IT: plan('39', '', 6, 11),
  US: plan('1', '1', 10),
  CA: plan('1', '1', 10),
  AU: plan('61', '0', 9),
  MA: plan('212', '0', 9),
  DZ: plan('213', '0', 8, 9),
  TN: plan('216', '', 8),
  SN: plan('221', '', 9),
  CI: plan('225', '', 10),
  CM: plan('237', '', 9),
};

/** Regions whose international call prefix is 011 rather than 00. */
const NANP: ReadonlySet<string> = new Set(['US', 'CA']);

/** Longest input considered: anything longer is not a phone number someone typed. */
export const MAX_PHONE_INPUT = 40;

/** Separators people write in phone numbers; anything else (letters, `x123` extensions) is refused. */
const SEPARATORS = /[\s.\-()/\u00a0\u2009\u202f]/g;

/** The regions `toE164` understands for national numbers. */
export const PHONE_REGIONS: readonly string[] = Object.keys(PLANS);

/**
 * The region (ISO 3166 alpha-2, upper case) a BCP 47 locale implies: `fr-CA` → CA, `fr` → FR,
 * `en` → US (the likely region, as `Intl.Locale#maximize` gives it). `undefined` when there is none.
 */
export function regionOf(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).maximize().region?.toUpperCase();
  } catch {
    return undefined;
  }
}

/**
 * `value` in E.164, or `undefined` when it is not a usable phone number: empty, over 40
 * characters, containing letters or non-ASCII digits (look-alikes such as `０` or `٠`), too short
 * or too long, or national without a known region.
 *
 * @param region ISO 3166 alpha-2 region for national numbers (`FR`, `GB`…), case-insensitive.
 */
export function toE164(value: string, region?: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_PHONE_INPUT) return undefined;
  const plus = trimmed.startsWith('+');
  // `+44 (0)20…`: the trunk prefix some write in brackets after the country code.
  const body = (plus ? trimmed.slice(1) : trimmed).replace(/\(0\)/g, '').replace(SEPARATORS, '');
  if (!/^\d+$/.test(body)) return undefined;
  const regionCode = region?.trim().toUpperCase();
  let international: string | undefined;
  if (plus) international = body;
  else if (body.startsWith('00')) international = body.slice(2);
  else if (regionCode && NANP.has(regionCode) && body.startsWith('011')) international = body.slice(3);
  if (international !== undefined) {
    // E.164: a country code never starts with 0; at most 15 digits in all.
    return /^[1-9]\d{6,14}$/.test(international) ? `+${international}` : undefined;
  }
  const national = regionCode ? PLANS[regionCode] : undefined;
  if (!national) return undefined;
  const significant = national.trunk && body.startsWith(national.trunk) ? body.slice(national.trunk.length) : body;
  if (significant.length < national.min || significant.length > national.max) return undefined;
  // A national number does not start with its trunk prefix twice, nor with 0 where there is none to drop.
  if (national.trunk === '0' && significant.startsWith('0')) return undefined;
  const e164 = `+${national.cc}${significant}`;
  return e164.length <= 16 ? e164 : undefined;
}

/** Two phone numbers are the same when their E.164 forms are (both already normalised or not). */
export function samePhone(a: string, b: string): boolean {
  const x = toE164(a);
  return x !== undefined && x === toE164(b);
}
