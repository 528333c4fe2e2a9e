/**
 * The demo's persona picker: one customer per situation the hints must handle (a missed
 * appointment, repeated transfers, a cancellation, a quiet period, a loyal customer, a newcomer,
 * a long history, crowded cards). The customers themselves are data, demo/seed/ (see seed.ts);
 * this module only names them for the picker, and runs in the browser.
 */

/** The persona ids, in the order the demo picker lists them. */
export type PersonaId =
  | 'martin'
  | 'missed-appointment'
  | 'dupin'
  | 'quiet-period'
  | 'transferred'
  | 'newcomer'
  | 'large-history'
  | 'duplicate-outage'
  | 'cap-on-sunday'
  | 'visit-and-dispute'
  | 'overflow'
  | 'reunion';

/**
 * French texts follow the card's typography (src/locales/fr.ts): a narrow no-break space before
 * ":" and ";" and as the thousands separator, the typographic apostrophe (’) in every elision.
 */
const NB = '\u202F';

/** One entry of the demo's persona picker. */
export interface PersonaInfo {
  readonly id: PersonaId;
  /** One line saying what the persona exercises. */
  readonly label: {readonly en: string; readonly fr: string};
}

export const personaList: readonly PersonaInfo[] = [
  {
    id: 'martin',
    label: {
      en: 'Loyal for 15 years, called six times this month with offers he has or cannot get',
      fr: 'Fidèle depuis 15 ans, appelé six fois ce mois-ci pour des offres qu’il a déjà ou ne peut pas avoir',
    },
  },
  {
    id: 'missed-appointment',
    label: {
      en: 'Accepted an energy audit; our advisor never came yesterday',
      fr: `A accepté un audit énergétique${NB}; notre conseiller n’est jamais venu hier`,
    },
  },
  {
    id: 'dupin',
    label: {
      en: 'Called to cancel; salutation never recorded',
      fr: `A appelé pour résilier${NB}; civilité jamais renseignée`,
    },
  },
  {
    id: 'quiet-period',
    label: {
      en: 'Bereavement: nothing promotional for a month',
      fr: `Deuil${NB}: aucune sollicitation commerciale pendant un mois`,
    },
  },
  {
    id: 'transferred',
    label: {
      en: 'Internet drops every evening; five contacts, transferred three times',
      fr: `Coupures internet chaque soir${NB}; cinq contacts, transférée trois fois`,
    },
  },
  {
    id: 'newcomer',
    label: {
      en: 'Joined three weeks ago; goes by Sam',
      fr: `Avec nous depuis trois semaines${NB}; se fait appeler Sam`,
    },
  },
  {
    id: 'large-history',
    label: {
      en: 'Business customer with 10,000 contacts over 8 years',
      fr: `Cliente professionnelle, 10${NB}000 contacts en 8 ans`,
    },
  },
  // Crowded customers: many hints at once, the call brief must still say the few that matter.
  {
    id: 'duplicate-outage',
    label: {
      en: 'Crowded: an outage opened twice, a mail on the duplicate, a disputed bill',
      fr: `Chargé${NB}: une panne ouverte deux fois, un e-mail sur le doublon, une facture contestée`,
    },
  },
  {
    id: 'cap-on-sunday',
    label: {
      en: 'Crowded: a missed loan callback; the call cap frees on a Sunday; prefers evenings',
      fr: `Chargé${NB}: un rappel promis oublié${NB}; le plafond d’appels se libère un dimanche${NB}; préfère le soir`,
    },
  },
  {
    id: 'visit-and-dispute',
    label: {
      en: 'Crowded: a missed technician visit, an unrelated bill dispute, a quiet period, pushed offers',
      fr: `Chargé${NB}: visite du technicien manquée, litige de facture sans lien, période de retrait, offres poussées`,
    },
  },
  {
    id: 'overflow',
    label: {
      en: 'Crowded: more urgent subjects than rows, and on a do-not-call list',
      fr: `Chargé${NB}: plus de sujets urgents que de lignes, et sur liste d’opposition`,
    },
  },
  {
    id: 'reunion',
    label: {
      en: 'Crowded: in Réunion (UTC+4), refused an offer, transferred again and again',
      fr: `Chargé${NB}: à La Réunion (UTC+4), a refusé une offre, transféré encore et encore`,
    },
  },
];
