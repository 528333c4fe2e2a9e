import type {Channel, ContactPurpose, Sentiment, TicketPriority} from '../data/view-model.js';
import type {HintId} from './catalog.js';
import type {HintFormat, HintLanguage} from './types.js';

/**
 * Every word the built-in hints show, in English and French. Both tables have the same
 * keys (a test checks it). Text functions receive already-formatted dates and names, and
 * `f` for numbers and plurals, so each language builds its own sentence (French may need a
 * different word order, "1er", or a gender-neutral turn of phrase).
 *
 * French typography: a narrow no-break space (U+202F) before ":" and inside « », always.
 * French wording stays gender-neutral ("Avec nous depuis", "6 appels", never "Appelé"): the
 * product exists because a tool guessed "Madame".
 */

/** Narrow no-break space. */
const NB = '\u202F';
const enQ = (text: string): string => `“${text}”`;
const frQ = (text: string): string => `«${NB}${text}${NB}»`;

export interface HintTextParams {
  'missed-appointment': {count: number; date: string; callback: boolean};
  'unanswered-contact': {count: number; since: string; channel: string};
  /** `names`: the products (or tickets) concerned, listed. */
  'cancellation-pending': {products: number; names: string};
  'open-ticket-first': {count: number; ticket: string; priority: string};
  /** `solved`: none of the topic's contacts is still waiting on us (the ticket is closed, nothing awaits a reply). */
  'repeat-contact': {count: number; days: number; topic: string; isTicket: boolean; solved: boolean};
  'no-transfer': {count: number; days: number};
  'recent-negative': {date: string};
  'quiet-period': {hostWide: boolean; reason?: string; until?: string};
  'do-not-contact': {reason: 'registry' | 'marketing' | 'phone'};
  /** `unknown`: the contact history could not be read, so the cap is assumed reached. */
  'contact-fatigue': {count: number; days: number; until: string; max: number; unknown?: boolean};
  /** `unknown`: refusals could not be read, so a recent one is assumed. */
  'refused-recently': {date: string; until: string; unknown?: boolean};
  'outside-calling-hours': {reason: 'legal' | 'preferred' | 'both'; next?: string};
  'no-upsell': {reason: 'cancellation' | 'complaint'};
  'already-owns': {count: number; offer: string; product: string};
  'not-eligible': {count: number; offer: string; reason: string};
  'new-customers-only': {count: number; offer: string};
  'salutation-unknown': {name: string};
  'preferred-name': {name: string};
  'preferred-channel': {channel?: string; hours?: string};
  'loyal-customer': {years: number};
  'new-customer': {days: number};
}

/** A headline (one line in a 400 px sidebar) and an optional detail line shown under it. */
export type HintLine = readonly [text: string, detail?: string];

export type HintTexts = {[K in HintId]: (p: HintTextParams[K], f: HintFormat) => HintLine};

export type LabelKey =
  | 'customerSince'
  | 'tenure'
  | 'threshold'
  | 'missedByUs'
  | 'awaitingReply'
  | 'cancellationRequested'
  | 'cancellationTicket'
  | 'openComplaint'
  | 'openTicket'
  | 'topic'
  | 'transfersInWindow'
  | 'lastContact'
  | 'sentiment'
  | 'quietReason'
  | 'quietPeriod'
  | 'quietSince'
  | 'quietUntil'
  | 'promotions'
  | 'doNotCallRegistry'
  | 'marketingConsent'
  | 'phoneConsent'
  | 'solicitationsInWindow'
  | 'cap'
  | 'solicitationDates'
  | 'freeFrom'
  | 'refusedOn'
  | 'refusalQuietTime'
  | 'newOfferFrom'
  | 'localTime'
  | 'legalHours'
  | 'preferredHours'
  | 'today'
  | 'nextAllowed'
  | 'salutation'
  | 'nameToUse'
  | 'preferredName'
  | 'preferredChannel'
  | 'source';

export interface ValueTexts {
  years(n: number, f: HintFormat): string;
  days(n: number, f: HintFormat): string;
  contacts(n: number, f: HintFormat): string;
  transfers(n: number, f: HintFormat): string;
  perDays(max: number, days: number, f: HintFormat): string;
  countInDays(count: number, days: number, f: HintFormat): string;
  alreadyHas(product: string): string;
  newCustomersOnly(since: string | undefined): string;
  openedOn(date: string): string;
  since(date: string): string;
  span(from: string, to: string): string;
  withdrawnOn(date: string | undefined): string;
  inZone(time: string, zone: string): string;
  latestContactsOnly(n: number, f: HintFormat): string;
  noReason: string;
  /** Data that could lift a protection could not be read: the protection is applied. */
  assumed: string;
  notRecorded: string;
  registered: string;
  pausedByHost: string;
  weekend: string;
  publicHoliday: string;
  outsideWindows: string;
  noneSoon: string;
  anyTime: string;
}

export interface Messages {
  hints: HintTexts;
  labels: Readonly<Record<LabelKey, string>>;
  /** Channel as a noun in evidence and in parentheses. */
  channel: Readonly<Record<Channel, string>>;
  /** Channel as the object of "prefers …" (French needs the article). */
  channelPhrase: Readonly<Record<Channel, string>>;
  purpose: Readonly<Record<ContactPurpose, string>>;
  priority: Readonly<Record<TicketPriority, string>>;
  sentiment: Readonly<Record<Sentiment, string>>;
  values: ValueTexts;
  /** The few words the call brief adds (src/hints/compose.ts). */
  brief: {dontPitch(count: number): string; newCustomersOnly: string; separator: string};
}

const en: Messages = {
  hints: {
    'missed-appointment': (p, f) => [
      p.count > 1
        ? `Apologise: we missed ${f.number(p.count)} appointments`
        : p.callback
          ? 'Apologise: we missed a promised callback'
          : 'Apologise: we missed their appointment',
      p.callback ? `Callback promised for ${p.date}` : `Appointment of ${p.date}`,
    ],
    'unanswered-contact': (p, f) =>
      p.count > 1
        ? [`Answer the ${f.number(p.count)} requests awaiting us`, `Waiting since ${p.since}`]
        : [`Answer their ${p.channel} of ${p.since}`],
    'cancellation-pending': (p, f) => [
      p.products > 1 ? `Wants to cancel ${f.number(p.products)} products: handle only that` : 'Wants to cancel: handle only that',
      p.names,
    ],
    'open-ticket-first': (p, f) =>
      p.count > 1
        ? [`${f.number(p.count)} open tickets: start with ${p.ticket}`, p.priority]
        : [`Deal with open ticket ${p.ticket}`, p.priority],
    'repeat-contact': (p, f) => [
      `${p.solved ? 'Recurring' : 'Own it'}: ${f.plural(p.count, {one: '# contact', other: '# contacts'})} about ${p.topic}`,
      `${f.plural(p.count, {one: '# contact', other: '# contacts'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
    'no-transfer': (p, f) => [
      `Don't transfer: ${f.plural(p.count, {one: 'already once', other: '# transfers already'})}`,
      `Transferred ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
    'recent-negative': (p) => ['Acknowledge the bad last contact', `Last contact: ${p.date}`],
    'quiet-period': (p) =>
      p.hostWide
        ? ['Promotions paused: no promotion', 'Paused by the host application']
        : ['Quiet period: no promotion', [p.until && `Until ${p.until}`, p.reason].filter(Boolean).join(' · ')],
    'do-not-contact': (p) => [
      p.reason === 'registry'
        ? 'No sales calls: on a do-not-call list'
        : p.reason === 'marketing'
          ? 'No promotion: consent withdrawn'
          : 'No sales calls: consent withdrawn',
    ],
    'contact-fatigue': (p, f) =>
      p.unknown
        ? ["Don't call: contact history unknown", "This month's calls could not be counted"]
        : [
            `Don't call before ${p.until}`,
            `Called ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})} (cap ${f.number(p.max)})`,
          ],
    'refused-recently': (p) =>
      p.unknown
        ? ['No new offer: refusals unknown', 'Past refusals could not be read']
        : [`No new offer before ${p.until}`, `Refused an offer on ${p.date}`],
    'outside-calling-hours': (p) => [
      p.next ? `Don't call before ${p.next}` : "Don't call now",
      p.reason === 'legal'
        ? 'Outside legal calling hours'
        : p.reason === 'preferred'
          ? 'Outside their preferred hours'
          : 'Outside legal and preferred hours',
    ],
    'no-upsell': (p) => [p.reason === 'cancellation' ? 'Sell nothing: cancellation in progress' : 'Sell nothing: open complaint'],
    'already-owns': (p, f) =>
      p.count > 1
        ? [`Don't pitch ${f.number(p.count)} offers already owned`]
        : [`Don't pitch ${enQ(p.offer)}`, `Already has ${p.product}`],
    'not-eligible': (p, f) =>
      p.count > 1 ? [`Don't pitch ${f.number(p.count)} offers: not eligible`] : [`Don't pitch ${enQ(p.offer)}`, p.reason],
    'new-customers-only': (p, f) =>
      p.count > 1
        ? [`Don't pitch ${f.number(p.count)} new-customer offers`]
        : [`Don't pitch ${enQ(p.offer)}`, 'New customers only'],
    'salutation-unknown': (p) => [`No title on record: say ${enQ(p.name)}`, 'Never guess Mr or Ms'],
    'preferred-name': (p) => [`Address them as ${enQ(p.name)}`],
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? [`Prefers ${p.channel}, ${p.hours}`]
        : p.channel
          ? [`Prefers ${p.channel}`]
          : [`Prefers contact ${p.hours ?? ''}`],
    'loyal-customer': (p, f) => [`Thank them for ${f.plural(p.years, {one: '# year', other: '# years'})} of loyalty`],
    'new-customer': (p, f) => [
      'Check onboarding went well',
      p.days === 0 ? 'Customer since today' : `Customer for ${f.plural(p.days, {one: '# day', other: '# days'})}`,
    ],
  },
  labels: {
    customerSince: 'Customer since',
    tenure: 'Tenure',
    threshold: 'Threshold',
    missedByUs: 'Missed by us',
    awaitingReply: 'Awaiting our reply',
    cancellationRequested: 'Cancellation requested',
    cancellationTicket: 'Cancellation ticket',
    openComplaint: 'Open complaint',
    openTicket: 'Open ticket',
    topic: 'Topic',
    transfersInWindow: 'Transfers',
    lastContact: 'Last contact',
    sentiment: 'Sentiment',
    quietReason: 'Reason',
    quietPeriod: 'Quiet period',
    quietSince: 'Since',
    quietUntil: 'Until',
    promotions: 'Promotions',
    doNotCallRegistry: 'Do-not-call registry',
    marketingConsent: 'Marketing consent',
    phoneConsent: 'Phone consent',
    solicitationsInWindow: 'Sales contacts',
    cap: 'Cap',
    solicitationDates: 'Dates',
    freeFrom: 'Allowed again from',
    refusedOn: 'Refused on',
    refusalQuietTime: 'Quiet time after a refusal',
    newOfferFrom: 'New offer allowed from',
    localTime: "Customer's time now",
    legalHours: 'Legal calling hours',
    preferredHours: 'Preferred hours',
    today: 'Today',
    nextAllowed: 'Next allowed time',
    salutation: 'Salutation',
    nameToUse: 'Name to use',
    preferredName: 'Preferred name',
    preferredChannel: 'Preferred channel',
    source: 'Source',
  },
  channel: {
    PHONE: 'phone',
    EMAIL: 'email',
    SMS: 'SMS',
    CHAT: 'chat',
    MAIL: 'mail',
    VISIT: 'visit',
    OTHER: 'other channel',
  },
  channelPhrase: {
    PHONE: 'phone',
    EMAIL: 'email',
    SMS: 'SMS',
    CHAT: 'chat',
    MAIL: 'mail',
    VISIT: 'visits',
    OTHER: 'another channel',
  },
  purpose: {
    SALES: 'sales',
    SUPPORT: 'support',
    APPOINTMENT: 'appointment',
    BILLING: 'billing',
    CANCELLATION: 'cancellation',
    OTHER: 'other matters',
  },
  priority: {
    LOW: 'low priority',
    NORMAL: 'normal priority',
    HIGH: 'high priority',
    URGENT: 'urgent',
    OTHER: 'priority unknown',
  },
  sentiment: {POSITIVE: 'positive', NEUTRAL: 'neutral', NEGATIVE: 'negative'},
  values: {
    years: (n, f) => f.plural(n, {one: '# year', other: '# years'}),
    days: (n, f) => f.plural(n, {one: '# day', other: '# days'}),
    contacts: (n, f) => f.plural(n, {one: '# contact', other: '# contacts'}),
    transfers: (n, f) => f.plural(n, {one: '# transfer', other: '# transfers'}),
    perDays: (max, days, f) => `${f.number(max)} per ${f.plural(days, {one: 'day', other: '# days'})}`,
    countInDays: (count, days, f) => `${f.number(count)} in ${f.plural(days, {one: '# day', other: '# days'})}`,
    alreadyHas: (product) => `already has ${product}`,
    newCustomersOnly: (since) =>
      since ? `new customers only; customer since ${since}` : 'new customers only; already a customer',
    openedOn: (date) => `opened ${date}`,
    since: (date) => `since ${date}`,
    span: (from, to) => (from === to ? from : `${from} – ${to}`),
    withdrawnOn: (date) => (date ? `withdrawn on ${date}` : 'withdrawn'),
    inZone: (time, zone) => `${time} (${zone})`,
    latestContactsOnly: (n, f) =>
      `${f.plural(n, {one: 'latest contact', other: 'latest # contacts'})} only (summary unavailable)`,
    noReason: 'no reason given',
    assumed: 'could not be read: assumed',
    notRecorded: 'not recorded',
    registered: 'registered',
    pausedByHost: 'paused by the host application',
    weekend: 'weekend',
    publicHoliday: 'public holiday',
    outsideWindows: 'outside the allowed hours',
    noneSoon: 'none in the next 14 days',
    anyTime: 'any time',
  },
  brief: {dontPitch: (n) => `Don't pitch these ${n} offers`, newCustomersOnly: 'new customers only', separator: ': '},
};

const fr: Messages = {
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
        ? [`${f.number(p.count)} tickets ouverts${NB}: commencez par ${p.ticket}`, p.priority]
        : [`Traitez le ticket ouvert ${p.ticket}`, p.priority],
    'repeat-contact': (p, f) => [
      `${p.solved ? 'Récurrent' : 'Suivez-le'}${NB}: ${f.plural(p.count, {one: '# contact', other: '# contacts'})} ${p.isTicket ? `pour ${p.topic}` : `(${p.topic})`}`,
      `${f.plural(p.count, {one: '# contact', other: '# contacts'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
    ],
    'no-transfer': (p, f) => [
      `Ne transférez plus${NB}: ${f.plural(p.count, {one: 'déjà # transfert', other: 'déjà # transferts'})}`,
      `${f.plural(p.count, {one: '# transfert', other: '# transferts'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
    ],
    'recent-negative': (p) => [`Contact mal vécu${NB}: reconnaissez-le`, `Dernier contact${NB}: ${p.date}`],
    'quiet-period': (p) =>
      p.hostWide
        ? [`Promotions suspendues${NB}: aucune offre`, "Suspendues par l'application hôte"]
        : [`Période sensible${NB}: rien de commercial`, [p.until && `Jusqu'au ${p.until}`, p.reason].filter(Boolean).join(' · ')],
    'do-not-contact': (p) => [
      p.reason === 'registry'
        ? `Liste d'opposition${NB}: aucun démarchage`
        : p.reason === 'marketing'
          ? `Aucune promotion${NB}: consentement retiré`
          : `Aucun démarchage${NB}: consentement retiré`,
    ],
    'contact-fatigue': (p, f) =>
      p.unknown
        ? [`Pas d'appel${NB}: historique inconnu`, "Les appels du mois n'ont pas pu être comptés"]
        : [
            `Pas d'appel avant le ${p.until}`,
            `${f.plural(p.count, {one: '# appel', other: '# appels'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})} (plafond${NB}: ${f.number(p.max)})`,
          ],
    'refused-recently': (p) =>
      p.unknown
        ? [`Aucune offre${NB}: refus inconnus`, "Les refus passés n'ont pas pu être lus"]
        : [`Aucune offre avant le ${p.until}`, `Offre refusée le ${p.date}`],
    'outside-calling-hours': (p) => [
      p.next ? `Pas d'appel avant ${p.next}` : "Pas d'appel maintenant",
      p.reason === 'legal'
        ? "Hors des heures légales d'appel"
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
    'preferred-name': (p) => [`S'adresser à ${frQ(p.name)}`],
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? [`Préfère ${p.channel}, ${p.hours}`]
        : p.channel
          ? [`Préfère ${p.channel}`]
          : [`Préfère les créneaux ${p.hours ?? ''}`],
    'loyal-customer': (p, f) => [`Remerciez pour ${f.plural(p.years, {one: '# an', other: '# ans'})} de fidélité`],
    'new-customer': (p, f) => [
      'Vérifiez la mise en service',
      p.days === 0 ? "Avec nous depuis aujourd'hui" : `Avec nous depuis ${f.plural(p.days, {one: '# jour', other: '# jours'})}`,
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
    quietUntil: "Jusqu'au",
    promotions: 'Promotions',
    doNotCallRegistry: "Liste d'opposition au démarchage",
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
    legalHours: "Heures légales d'appel",
    preferredHours: 'Horaires souhaités',
    today: "Aujourd'hui",
    nextAllowed: 'Prochain créneau autorisé',
    salutation: 'Civilité',
    nameToUse: 'Nom à utiliser',
    preferredName: "Nom d'usage",
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
    EMAIL: "l'e-mail",
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
    latestContactsOnly: (n, f) =>
      `${f.plural(n, {one: 'dernier contact', other: '# derniers contacts'})} seulement (synthèse indisponible)`,
    noReason: 'motif non précisé',
    assumed: 'illisible : protection appliquée',
    notRecorded: 'non renseignée',
    registered: 'inscription active',
    pausedByHost: "suspendues par l'application hôte",
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
  },
};

export const messages: Readonly<Record<HintLanguage, Messages>> = {en, fr};
