/**
 * Bidirectional isolation of data pieces inside the card's own text.
 *
 * A name, a ticket id or a host's hint text may contain right-to-left letters or explicit
 * bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+2067 RIGHT-TO-LEFT ISOLATE…). Dropped into a
 * sentence as it is, such a piece reorders the card's words after it ("Monsieur\u202E Bernard
 * Martin" shows as "Monsieur nitraM dranreB"). Wrapped in FIRST STRONG ISOLATE (U+2068) …
 * POP DIRECTIONAL ISOLATE (U+2069), the piece is laid out on its own and cannot reach out.
 * Pure; no DOM (the same job as `<bdi>`, for text that ends up in attributes and sentences).
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Explicit bidi formatting characters: embeddings, overrides, isolates, marks. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms and astral blocks) or a control. */
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** True when `text` holds an explicit bidi control (it can reorder what follows it). */
export function hasBidiControls(text: string): boolean {
  return CONTROLS.test(text);
}

/**
 * `text` as a self-contained bidi piece: when it holds right-to-left letters or bidi controls,
 * wrapped in U+2068 … U+2069 with its own isolates balanced (an unmatched U+2069 inside is
 * dropped, an unclosed isolate is closed), so nothing in it can affect the text around it.
 * Plain left-to-right text comes back unchanged; an already isolated piece is not wrapped twice.
 */
export function isolate(text: string): string {
  if (!NEEDS_ISOLATION.test(text)) return text;
  let depth = 0;
  let inner = '';
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) depth++;
    else if (char === PDI) {
      if (depth === 0) continue; // would close our own wrapper early
      depth--;
    }
    inner += char;
  }
  inner += PDI.repeat(depth);
  return isWrapped(inner) ? inner : `${FSI}${inner}${PDI}`;
}

/** True when `text` (balanced) is one isolate from its first to its last character. */
function isWrapped(text: string): boolean {
  if (text[0] !== FSI || text.at(-1) !== PDI) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\u2066' || char === '\u2067' || char === FSI) depth++;
    else if (char === PDI && --depth === 0) return i === text.length - 1;
  }
  return false;
}
