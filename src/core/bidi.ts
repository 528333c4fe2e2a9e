/**
 * Bidirectional isolation of data pieces inside the card's own text.
 *
 * A name, a ticket id or a host's hint text may contain right-to-left letters or explicit
 * bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE…). Dropped into a sentence as it is, such a
 * piece reorders the card's words after it ("Monsieur\u202E Bernard Martin" shows as
 * "Monsieur nitraM dranreB"). Wrapped in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL
 * ISOLATE (U+2069), the piece is laid out on its own: the closing U+2069 also ends every
 * embedding or override opened inside it. Pure; no DOM (the job of `<bdi>`, for text that
 * ends up in attributes and sentences).
 */

/** Explicit bidi formatting characters: marks, embeddings, overrides, isolates. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** A control, or a right-to-left letter (Hebrew to Arabic Extended, presentation forms, astral RTL blocks). */
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802|\uD803|\uD83A|\uD83B/;

/** True when `text` holds an explicit bidi control (it can reorder what follows it). */
export const hasBidiControls = (text: string): boolean => CONTROLS.test(text);

/**
 * `text` as a self-contained bidi piece: when it holds right-to-left letters or bidi controls,
 * its own isolate controls are removed (one of them could close the wrapper early) and it is
 * wrapped in U+2068 … U+2069. Plain left-to-right text comes back unchanged; isolating twice
 * gives the same string.
 */
export const isolate = (text: string): string =>
  NEEDS_ISOLATION.test(text) ? `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069` : text;
