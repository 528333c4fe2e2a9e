/**
 * The personas' email addresses and phone numbers, for lookups by email or phone (the way a
 * helpdesk knows a customer). Addresses use reserved example domains; French numbers are
 * fictitious, the British one is in Ofcom's drama range (07700 900xxx) and the American one in
 * the 555-01xx range, so none reaches a real person.
 *
 * Two customers share a household landline and a family address on purpose: a lookup by
 * either matches both, and the card must say so instead of picking one.
 */
import type {PersonaId} from './personas.js';

export interface ContactPoints {
  /** Lowercased, as the schema promises. */
  readonly emails: readonly string[];
  /** E.164. */
  readonly phones: readonly string[];
}

/** The landline Hélène Rousseau and Aïcha Benali share (an ambiguous phone lookup). */
export const SHARED_PHONE = '+33240000505';
/** The family address both use (an ambiguous email lookup). */
export const SHARED_EMAIL = 'famille.rousseau@example.fr';

export const CONTACT_POINTS: Readonly<Record<PersonaId, ContactPoints>> = {
  martin: {emails: ['bernard.martin@example.fr'], phones: ['+33299000101', '+33612000101']},
  'missed-appointment': {emails: ['claire.fontaine@example.fr'], phones: ['+33600000202']},
  dupin: {emails: ['jb.dupin@example.fr'], phones: ['+33700000303']},
  'quiet-period': {emails: ['helene.rousseau@example.fr', SHARED_EMAIL], phones: [SHARED_PHONE]},
  transferred: {emails: ['aicha.benali@example.fr', SHARED_EMAIL], phones: [SHARED_PHONE, '+33611000505']},
  newcomer: {emails: ['sam.okafor@example.co.uk'], phones: ['+447700900123']},
  'large-history': {emails: ['n.girard@example.com'], phones: ['+14155550132', '+3222000606']},
  'duplicate-outage': {emails: ['herve.lacoste@example.fr'], phones: ['+33600000707']},
  'cap-on-sunday': {emails: ['monique.carpentier@example.fr'], phones: ['+33600000808']},
  'visit-and-dispute': {emails: ['claude.mercier@example.fr'], phones: ['+33600000909']},
  overflow: {emails: ['sophie.garnier@example.fr'], phones: ['+33600001010']},
  reunion: {emails: ['jm.payet@example.re'], phones: ['+262692001111']},
};
