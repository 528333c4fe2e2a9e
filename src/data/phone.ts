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

/**
 * The regions a national number is understood in: the card's own languages' countries and
 * their neighbours, as `region:code:trunk:min:max` (`trunk` is the national prefix dropped
 * after the code; `min`/`max` the length of the national significant number after it). Italy
 * keeps its leading 0 (no trunk prefix); North America's optional leading 1 is its trunk.
 * A string, not an object literal: it is the smallest form in the bundle.
 */
const PLANS =
  'FR:33:0:9:9 BE:32:0:8:9 CH:41:0:9:9 LU:352::4:11 MC:377::8:9 DE:49:0:5:13 AT:43:0:4:13 NL:31:0:9:9 ' +
  'GB:44:0:9:10 IE:353:0:7:9 ES:34::9:9 PT:351::9:9 IT:39::6:11 US:1:1:10:10 CA:1:1:10:10 AU:61:0:9:9 ' +
  'MA:212:0:9:9 DZ:213:0:8:9 TN:216::8:8 SN:221::9:9 CI:225::10:10 CM:237::9:9';

/** The plan of `region` (upper case): `[code, trunk, min, max]`, or `undefined` when not in the table. */
function planOf(region: string): [string, string, number, number] | undefined {
  const entry = PLANS.split(' ').find((item) => item.startsWith(`${region}:`));
  if (!entry) return undefined;
  const [, cc = '', trunk = '', min, max] = entry.split(':');
  return [cc, trunk, Number(min), Number(max)];
}

/** Longest input considered: anything longer is not a phone number someone typed. */
export const MAX_PHONE_INPUT = 40;

/** Separators people write in phone numbers; anything else (letters, `x123` extensions) is refused. */
const SEPARATORS = /[\s.\-()/\u00a0\u2009\u202f]/g;

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
  // North America dials out with 011.
  else if ((regionCode === 'US' || regionCode === 'CA') && body.startsWith('011')) international = body.slice(3);
  if (international !== undefined) {
    // E.164: a country code never starts with 0; at most 15 digits in all.
    return /^[1-9]\d{6,14}$/.test(international) ? `+${international}` : undefined;
  }
  const plan = regionCode && /^[A-Z]{2}$/.test(regionCode) ? planOf(regionCode) : undefined;
  if (!plan) return undefined;
  const [cc, trunk, min, max] = plan;
  const significant = trunk && body.startsWith(trunk) ? body.slice(trunk.length) : body;
  // Not its trunk prefix twice, nor a 0 where a plan with a trunk prefix never has one (no North
  // American area code starts with 0: `06 00 00 02 02` on an English card is not `+1 060…`);
  // 15 digits at most in all.
  if (
    significant.length < min ||
    significant.length > max ||
    (trunk && /^0/.test(significant)) ||
    (trunk && significant.startsWith(trunk))
  ) {
    return undefined;
  }
  return cc.length + significant.length <= 15 ? `+${cc}${significant}` : undefined;
}
