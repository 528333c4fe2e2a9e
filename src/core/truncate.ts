/**
 * `text` cut to at most `max` UTF-16 units, never between the two halves of a character
 * outside the Basic Multilingual Plane (an emoji, many CJK and historic letters): a lone half
 * is not valid Unicode, shows as "�", and is refused by whoever validates what the card sends.
 * With `ellipsis`, a text that was cut ends in "…" (counted in `max`). Pure.
 */
export function truncate(text: string, max: number, ellipsis?: boolean): string {
  if (text.length <= max) return text;
  let end = ellipsis ? max - 1 : max;
  // The last unit kept is the first half of a pair: leave the whole character out.
  if (text.codePointAt(end - 1)! > 0xffff) end--;
  return ellipsis ? `${text.slice(0, end)}…` : text.slice(0, end);
}
