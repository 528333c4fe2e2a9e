/**
 * Two of the demo's customers (demo/seed/personas.json) share a household landline and a family
 * address on purpose: a lookup by either matches both, and the card must say so instead of
 * picking one. Addresses use reserved example domains; numbers are fictitious (French ones,
 * Ofcom's drama range 07700 900xxx, the American 555-01xx range), so none reaches a real person.
 */

/** The landline Hélène Rousseau and Aïcha Benali share (an ambiguous phone lookup). */
export const SHARED_PHONE = '+33240000505';
/** The family address both use (an ambiguous email lookup). */
export const SHARED_EMAIL = 'famille.rousseau@example.fr';
