/**
 * French: every text of the card and of its hints. Not in the main bundle: the card loads this
 * file (dist/locales/fr.js, beside dist/customer-360.js) the first time a French card appears
 * (src/i18n/locales.ts); `customer-360/hints` imports it directly.
 *
 * Keys and shapes are those of the English tables (src/i18n/messages.ts, src/hints/messages.ts):
 * a missing or extra key fails to compile.
 *
 * French typography: a narrow no-break space (U+202F, `NB`) before ":" ";" "!" "?" and inside
 * « » (`frQ`), always: never a plain space (a line could break before the colon) nor U+00A0
 * (too wide); the
 * typographic apostrophe (’, U+2019) in every elision ("Pas d’appel", "S’adresser à"), never
 * the straight one.
 * French wording stays gender-neutral ("Avec nous depuis", "6 appels", never "Appelé"): the
 * product exists because a tool guessed "Madame".
 */
import type {Message, MessageKey} from '../i18n/messages.js';
import type {Messages} from '../hints/messages.js';

/** Narrow no-break space. */
const NB = '\u202F';
const frQ = (text: string): string => `«${NB}${text}${NB}»`;

export const ui: Readonly<Record<MessageKey, Message>> = {
  loading: 'Chargement du client…',
  notFound: `Aucun client avec l’identifiant ${frQ('{id}')}.`,
  notFoundHint: 'Vérifiez l’identifiant, ou si le client a été fusionné ou supprimé.',
  noId: 'Aucun client sélectionné.',
  retry: 'Réessayer',
  retryIn: {one: 'Nouvel essai dans {n} seconde…', other: 'Nouvel essai dans {n} secondes…'},
  'error.network': `Impossible de joindre {origin}${NB}: service arrêté ou adresse fausse.`,
  'error.timeout': 'Le service client ne répond pas.',
  'error.headers': 'La page n’a pas pu fournir les informations de connexion au service client.',
  'error.unauthorized': 'Le service client n’a pas accepté l’authentification de la carte (HTTP 401).',
  'error.forbidden': 'Vous n’êtes pas autorisé à consulter ce client (HTTP 403).',
  'error.endpoint-not-found': 'L’adresse du service client est introuvable (HTTP 404).',
  'error.cross-origin': '{origin} répond, mais ses réglages CORS n’autorisent pas cette page ({page}).',
  'error.client-error': 'Le service client a rejeté la requête de la carte (HTTP {status}).',
  'error.not-implemented': 'Ce point d’accès n’est pas GraphQL (HTTP 501).',
  'error.config-credentials': 'Le réglage credentials de la carte doit valoir omit, same-origin ou include.',
  'error.config-headers':
    'La carte a un en-tête de requête que le navigateur refuse (saut de ligne, caractère impossible à envoyer). Rien n’a été envoyé.',
  'error.rate-limited': 'Le service client demande de ralentir.',
  'error.server': 'Le service client a rencontré un problème (HTTP {status}).',
  'error.bad-response': 'Le service client a envoyé une réponse illisible pour la carte.',
  'error.graphql': 'Le service client a refusé la requête.',
  'error.mismatch': 'La réponse concernait un autre client et a été écartée.',
  'error.config-endpoint': 'Cette carte n’a pas de point d’accès GraphQL valide. Renseignez son attribut endpoint.',
  'error.offline': 'Vous êtes hors ligne. La carte se rechargera au retour de la connexion.',
  'what.email': 'cette adresse e-mail',
  'what.phone': 'ce numéro de téléphone',
  'lookup.no-match': 'Aucun client avec {what} dans le CRM.',
  'lookup.ambiguous': `{n} clients partagent {what}${NB}: ouvrez le bon depuis le CRM.`,
  'lookup.invalid': `Impossible de rechercher {what}${NB}: valeur mal formée ou caractères trompeurs. Rien n’a été envoyé au CRM.`,
  errorTitle: 'Client non chargé',
  configTitle: 'Vérifiez la configuration de la carte',
  configHint: `La personne qui a installé cette carte peut corriger cela (motif ${frQ('{reason}')}).`,
  sectionFailed: 'Impossible de charger cette section.',
  someInvalid: 'Certaines valeurs étaient illisibles et ne sont pas affichées.',
  tenureYears: {one: 'Avec nous depuis {n} an', other: 'Avec nous depuis {n} ans'},
  tenureMonths: {one: 'Avec nous depuis {n} mois', other: 'Avec nous depuis {n} mois'},
  tenureDays: {one: 'Avec nous depuis {n} jour', other: 'Avec nous depuis {n} jours'},
  since: 'depuis le {date}',
  'state.ok': 'Relation sereine',
  'state.care': 'À ménager',
  'state.leaving': 'Veut résilier',
  'state.quiet': 'Période sensible',
  customerCard: 'Client {name}',
  addressAs: 'S’adresser à',
  noTitle: 'civilité non renseignée',
  prefers: 'Préfère',
  'fact.cancellations': {one: '{n} résiliation demandée', other: '{n} résiliations demandées'},
  'fact.quiet-until': 'jusqu’au {date}',
  'fact.missed': {one: '{n} rendez-vous manqué par nous', other: '{n} rendez-vous manqués par nous'},
  'fact.awaiting': {one: '{n} en attente de notre réponse', other: '{n} en attente de notre réponse'},
  'fact.complaints': {one: '{n} réclamation ouverte', other: '{n} réclamations ouvertes'},
  'fact.negative': 'dernier contact mal vécu',
  'fact.contacts': {one: '{n} contact en {days} jours', other: '{n} contacts en {days} jours'},
  'fact.transfers': {one: '{n} transfert', other: '{n} transferts'},
  hints: 'À faire, à éviter',
  noHints: 'Rien de particulier à garder en tête.',
  hintsUnavailable:
    'Les conseils n’ont pas pu être chargés. En attendant : aucune proposition commerciale, et vérifiez consentements, périodes sensibles et refus avant tout appel.',
  moreHints: {one: 'Voir {n} autre conseil', other: 'Voir {n} autres conseils'},
  products: 'Produits',
  noProducts: 'Aucun produit.',
  tickets: 'Demandes en cours',
  noTickets: 'Aucune demande en cours.',
  history: 'Historique des contacts',
  noHistory: 'Aucun contact pour l’instant.',
  historyCount: {one: '{shown} sur {n} contact', other: '{shown} sur {n} contacts'},
  historyRange: 'Contacts {from} à {to} sur {n}',
  historyNewest: 'Revenir aux plus récents',
  showMore: 'Afficher plus',
  moreFailed: 'Impossible de charger plus de contacts.',
  pressure: `Contacts par mois, 6 derniers mois${NB}: {months}`,
  pressureMonth: `{month}${NB}: {inbound}, {outbound}`,
  pressureInbound: {one: '{n} entrant', other: '{n} entrants'},
  pressureOutbound: {one: '{n} sortant', other: '{n} sortants'},
  pressureSeparator: `${NB}; `,
  inbound: 'Entrants',
  outbound: 'Sortants',
  contactsOnTicket: {one: '{n} contact', other: '{n} contacts'},
  transfers: {one: '{n} transfert', other: '{n} transferts'},
  opened: 'ouverte {when}',
  do: 'À faire',
  doFirst: 'À faire d’abord',
  dont: 'À éviter',
  why: 'Pourquoi',
  dismiss: 'Écarter',
  dismissHint: `Écarter ${frQ('{text}')}`,
  dismissReason: 'Motif',
  dismissNote: 'Précision (facultatif)',
  dismissConfirm: 'Écarter le conseil',
  cancel: 'Annuler',
  dismissed: {one: '{n} conseil écarté', other: '{n} conseils écartés'},
  'reason.not-relevant': 'Pas pertinent maintenant',
  'reason.already-done': 'Déjà traité',
  'reason.customer-request': 'À la demande du client',
  'reason.wrong': 'Les données sont fausses',
  'reason.other': 'Autre',
  'product.ACTIVE': 'Actif',
  'product.SUSPENDED': 'Suspendu',
  'product.CANCELLATION_REQUESTED': 'Résiliation demandée',
  'product.ENDED': 'Terminé',
  'product.OTHER': 'Statut inconnu',
  'priority.LOW': 'Basse',
  'priority.NORMAL': 'Normale',
  'priority.HIGH': 'Haute',
  'priority.URGENT': 'Urgente',
  'priority.OTHER': 'Priorité inconnue',
  'category.COMPLAINT': 'Réclamation',
  'category.CANCELLATION': 'Résiliation',
  'category.TECHNICAL': 'Technique',
  'category.BILLING': 'Facturation',
  'category.APPOINTMENT': 'Rendez-vous',
  'category.OTHER': 'Autre',
  'channel.PHONE': 'Appel',
  'channel.EMAIL': 'E-mail',
  'channel.SMS': 'SMS',
  'channel.CHAT': 'Chat',
  'channel.MAIL': 'Courrier',
  'channel.VISIT': 'Visite',
  'channel.OTHER': 'Autre canal',
  'direction.INBOUND': 'du client',
  'direction.OUTBOUND': 'au client',
  'direction.OTHER': '',
  'outcome.ANSWERED': 'Répondu',
  'outcome.NO_ANSWER': 'Pas de réponse',
  'outcome.REFUSED': 'Refusé',
  'outcome.RESOLVED': 'Résolu',
  'outcome.TRANSFERRED': 'Transféré',
  'outcome.AWAITING_OUR_REPLY': 'En attente de notre réponse',
  'outcome.MISSED_BY_US': 'Manqué par nous',
  'outcome.MISSED_BY_CUSTOMER': 'Manqué par le client',
  'outcome.OTHER': 'Autre issue',
  'outcome.DELIVERED': 'Distribué',
  'outcome.REPLIED': 'Répondu',
  'sentiment.NEGATIVE': 'Ton négatif',
};

export const hints: Messages = {
  hints: {
    'missed-appointment': (p, f) => [
      p.count > 1
        ? `Excusez-vous${NB}: ${f.number(p.count)} rendez-vous manqués par nous`
        : p.callback
          ? `Excusez-vous${NB}: rappel promis non fait`
          : `Excusez-vous${NB}: rendez-vous manqué`,
      p.callback ? `Rappel promis pour le ${p.date}` : `Rendez-vous du ${p.date}`,
    ],
    'unanswered-contact': (p, f) =>
      p.count > 1
        ? [`Répondez aux ${f.number(p.count)} demandes en attente`, `En attente depuis le ${p.since}`]
        : [`Répondez à son ${p.channel} du ${p.since}`],
    'cancellation-pending': (p, f) => [
      p.products > 1
        ? `Veut résilier ${f.number(p.products)} produits${NB}: ne traitez que cela`
        : `Veut résilier${NB}: ne traitez que cela`,
      p.names,
    ],
    'open-ticket-first': (p, f) =>
      p.count > 1
        ? [`${f.number(p.count)} tickets ouverts${NB}: commencez par ${frQ(p.subject)}`, `Ticket ${p.ticket} · ${p.priority}`]
        : [`Traitez ${frQ(p.subject)}`, `Ticket ouvert ${p.ticket} · ${p.priority}`],
    'repeat-contact': (p, f) => [
      `${p.solved ? 'Récurrent' : 'Suivez-le'}${NB}: ${f.plural(p.count, {one: '# contact', other: '# contacts'})} ${p.isTicket ? `pour ${p.topic !== p.ticket ? frQ(p.topic) : p.topic}` : `(${p.topic})`}`,
      `${p.ticket && p.topic !== p.ticket ? `Ticket ${p.ticket} · ` : ''}${f.plural(p.count, {one: '# contact', other: '# contacts'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
    ],
    'no-transfer': (p, f) => [
      `Ne transférez plus${NB}: ${f.plural(p.count, {one: 'déjà # transfert', other: 'déjà # transferts'})}`,
      `${f.plural(p.count, {one: '# transfert', other: '# transferts'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
    ],
    'recent-negative': (p) => [`Contact mal vécu${NB}: reconnaissez-le`, `Dernier contact${NB}: ${p.date}`],
    'quiet-period': (p) =>
      p.hostWide
        ? [`Promotions suspendues${NB}: aucune offre`, 'Suspendues par l’application hôte']
        : [`Période sensible${NB}: rien de commercial`, [p.until && `Jusqu’au ${p.until}`, p.reason].filter(Boolean).join(' · ')],
    'do-not-contact': (p) => [
      p.reason === 'registry'
        ? `Liste d’opposition${NB}: aucun démarchage`
        : p.reason === 'marketing'
          ? `Aucune promotion${NB}: consentement retiré`
          : `Aucun démarchage${NB}: consentement retiré`,
      `Sans date de fin${NB}: jusqu’à un nouveau consentement`,
    ],
    'contact-fatigue': (p, f) =>
      p.unknown
        ? [`Pas d’appel sortant${NB}: historique inconnu`, 'Les appels du mois n’ont pas pu être comptés']
        : [
            p.until ? `Ne rappelez pas avant ${p.until}` : 'Ne rappelez pas pour l’instant',
            `${f.plural(p.count, {one: '# appel', other: '# appels'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})} (plafond${NB}: ${f.number(p.max)})`,
          ],
    'refused-recently': (p) =>
      p.unknown
        ? [`Aucune offre${NB}: refus inconnus`, 'Les refus passés n’ont pas pu être lus']
        : [`Aucune offre avant le ${p.until}`, `Offre refusée le ${p.date}`],
    'outside-calling-hours': (p) => [
      p.next ? `Ne rappelez pas avant ${p.next}` : 'Ne rappelez pas pour l’instant',
      p.reason === 'legal'
        ? 'Hors des heures légales d’appel'
        : p.reason === 'preferred'
          ? 'Hors des horaires souhaités'
          : 'Hors des heures légales et souhaitées',
    ],
    'no-upsell': (p) => [
      p.reason === 'cancellation' ? `Rien à vendre${NB}: résiliation en cours` : `Rien à vendre${NB}: réclamation en cours`,
    ],
    'already-owns': (p, f) =>
      p.count > 1
        ? [`Ne proposez pas ${f.number(p.count)} offres déjà possédées`]
        : [`Ne proposez pas ${frQ(p.offer)}`, `Possède déjà ${p.product}`],
    'not-eligible': (p, f) =>
      p.count > 1 ? [`Ne proposez pas ${f.number(p.count)} offres inaccessibles`] : [`Ne proposez pas ${frQ(p.offer)}`, p.reason],
    'new-customers-only': (p, f) =>
      p.count > 1
        ? [`Ne proposez pas ${f.number(p.count)} offres de bienvenue`]
        : [`Ne proposez pas ${frQ(p.offer)}`, 'Réservée aux nouveaux clients'],
    'salutation-unknown': (p) => [`Civilité non renseignée${NB}: dites ${frQ(p.name)}`, 'Ne devinez jamais Madame ou Monsieur'],
    'preferred-name': (p) => [`S’adresser à ${frQ(p.name)}`],
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? [`Préfère ${p.channel}, ${p.hours}`]
        : p.channel
          ? [`Préfère ${p.channel}`]
          : [`Préfère les créneaux ${p.hours ?? ''}`],
    'loyal-customer': (p, f) => [`Remerciez pour ${f.plural(p.years, {one: '# an', other: '# ans'})} de fidélité`],
    'new-customer': (p, f) => [
      'Vérifiez la mise en service',
      p.days === 0 ? 'Avec nous depuis aujourd’hui' : `Avec nous depuis ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
    ],
  },
  labels: {
    customerSince: 'Avec nous depuis le',
    tenure: 'Ancienneté',
    threshold: 'Seuil',
    missedByUs: 'Manqué par nous',
    awaitingReply: 'En attente de notre réponse',
    cancellationRequested: 'Résiliation demandée',
    cancellationTicket: 'Ticket de résiliation',
    openComplaint: 'Réclamation ouverte',
    openTicket: 'Ticket ouvert',
    topic: 'Sujet',
    transfersInWindow: 'Transferts',
    lastContact: 'Dernier contact',
    sentiment: 'Ressenti',
    quietReason: 'Motif',
    quietPeriod: 'Période sensible',
    quietSince: 'Depuis le',
    quietUntil: 'Jusqu’au',
    promotions: 'Promotions',
    doNotCallRegistry: 'Liste d’opposition au démarchage',
    marketingConsent: 'Consentement marketing',
    phoneConsent: 'Consentement aux appels',
    solicitationsInWindow: 'Sollicitations commerciales',
    cap: 'Plafond',
    solicitationDates: 'Dates',
    freeFrom: 'De nouveau possible le',
    refusedOn: 'Refus le',
    refusalQuietTime: 'Délai après un refus',
    newOfferFrom: 'Nouvelle offre possible le',
    localTime: 'Heure locale du client',
    legalHours: 'Heures de démarchage',
    preferredHours: 'Horaires souhaités',
    today: 'Aujourd’hui',
    nextAllowed: 'Prochain créneau autorisé',
    salutation: 'Civilité',
    nameToUse: 'Nom à utiliser',
    preferredName: 'Nom d’usage',
    preferredChannel: 'Canal préféré',
    source: 'Source',
  },
  channel: {
    PHONE: 'téléphone',
    EMAIL: 'e-mail',
    SMS: 'SMS',
    CHAT: 'chat',
    MAIL: 'courrier',
    VISIT: 'visite',
    OTHER: 'autre canal',
  },
  channelPhrase: {
    PHONE: 'le téléphone',
    EMAIL: 'l’e-mail',
    SMS: 'les SMS',
    CHAT: 'le chat',
    MAIL: 'le courrier',
    VISIT: 'les visites',
    OTHER: 'un autre canal',
  },
  purpose: {
    SALES: 'vente',
    SUPPORT: 'assistance',
    APPOINTMENT: 'rendez-vous',
    BILLING: 'facturation',
    CANCELLATION: 'résiliation',
    OTHER: 'autre sujet',
  },
  priority: {
    LOW: 'priorité basse',
    NORMAL: 'priorité normale',
    HIGH: 'priorité haute',
    URGENT: 'urgent',
    OTHER: 'priorité inconnue',
  },
  sentiment: {POSITIVE: 'positif', NEUTRAL: 'neutre', NEGATIVE: 'négatif'},
  values: {
    years: (n, f) => f.plural(n, {one: '# an', other: '# ans'}),
    days: (n, f) => f.plural(n, {one: '# jour', other: '# jours'}),
    contacts: (n, f) => f.plural(n, {one: '# contact', other: '# contacts'}),
    transfers: (n, f) => f.plural(n, {one: '# transfert', other: '# transferts'}),
    perDays: (max, days, f) => `${f.number(max)} par période de ${f.plural(days, {one: '# jour', other: '# jours'})}`,
    countInDays: (count, days, f) => `${f.number(count)} en ${f.plural(days, {one: '# jour', other: '# jours'})}`,
    alreadyHas: (product) => `possède déjà ${product}`,
    newCustomersOnly: (since) =>
      since
        ? `réservée aux nouveaux clients${NB}; avec nous depuis le ${since}`
        : `réservée aux nouveaux clients${NB}; relation déjà en cours`,
    openedOn: (date) => `ouvert le ${date}`,
    since: (date) => `depuis le ${date}`,
    span: (from, to) => (from === to ? from : `du ${from} au ${to}`),
    withdrawnOn: (date) => (date ? `retiré le ${date}` : 'retiré'),
    inZone: (time, zone) => `${time} (${zone})`,
    law: (label, jurisdiction) => `${label} (${jurisdiction})`,
    latestContactsOnly: (n, f) =>
      `${f.plural(n, {one: 'dernier contact', other: '# derniers contacts'})} seulement (synthèse indisponible)`,
    noReason: 'motif non précisé',
    assumed: `illisible${NB}: protection appliquée`,
    notRecorded: 'non renseignée',
    registered: 'inscription active',
    pausedByHost: 'suspendues par l’application hôte',
    weekend: 'week-end',
    publicHoliday: 'jour férié',
    outsideWindows: 'hors des créneaux autorisés',
    noneSoon: 'aucun dans les 14 prochains jours',
    anyTime: 'à toute heure',
  },
  brief: {
    dontPitch: (n) => `Ne proposez pas ces ${n} offres`,
    newCustomersOnly: 'réservée aux nouveaux clients',
    separator: `${NB}: `,
    also: (headlines) => `Aussi${NB}: ${headlines.join(' · ')}`,
  },
};

/** The build this file belongs to (src/build.ts): the card refuses texts from another one. */
export {BUILD} from '../core/build.js';
