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
  'cancellation-pending': {products: number; product?: string};
  'open-ticket-first': {count: number; ticket: string; priority: string};
  'repeat-contact': {count: number; days: number; topic: string; isTicket: boolean};
  'no-transfer': {count: number; days: number};
  'recent-negative': {date: string};
  'quiet-period': {hostWide: boolean; reason?: string; until?: string};
  'do-not-contact': {reason: 'registry' | 'marketing' | 'phone'};
  'contact-fatigue': {count: number; days: number; until: string};
  'refused-recently': {date: string; until: string};
  'outside-calling-hours': {reason: 'legal' | 'preferred' | 'both'; next?: string};
  'no-upsell': {reason: 'cancellation' | 'complaint'};
  'already-owns': {count: number; offer: string; product: string};
  'not-eligible': {count: number; offer: string};
  'new-customers-only': {count: number; offer: string};
  'salutation-unknown': {name: string};
  'preferred-name': {name: string};
  'preferred-channel': {channel?: string; hours?: string};
  'loyal-customer': {years: number};
  'new-customer': {days: number};
}

export type HintTexts = {[K in HintId]: (p: HintTextParams[K], f: HintFormat) => string};

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
}

const en: Messages = {
  hints: {
    'missed-appointment': (p, f) =>
      p.count > 1
        ? `We missed ${f.number(p.count)} appointments or callbacks: apologise first`
        : p.callback
          ? `We missed the promised callback of ${p.date}: apologise first`
          : `We missed the appointment of ${p.date}: apologise first`,
    'unanswered-contact': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} requests awaiting our reply since ${p.since}: answer them first`
        : `Awaiting our reply since ${p.since} (${p.channel}): answer it first`,
    'cancellation-pending': (p, f) =>
      p.product !== undefined
        ? `Asked to cancel ${enQ(p.product)}: handle that request, nothing else`
        : p.products > 1
          ? `Asked to cancel ${f.number(p.products)} products: handle that request, nothing else`
          : 'Asked to cancel: handle that request, nothing else',
    'open-ticket-first': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} open tickets: start with ${p.ticket} (${p.priority})`
        : `Open ticket ${p.ticket} (${p.priority}): deal with it first`,
    'repeat-contact': (p, f) =>
      `${f.plural(p.count, {one: '# contact', other: '# contacts'})} about ${p.topic} in ${f.plural(p.days, {one: '# day', other: '# days'})}: own it until it is solved`,
    'no-transfer': (p, f) =>
      `Transferred ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}: don't transfer again`,
    'recent-negative': (p) => `Last contact (${p.date}) went badly: acknowledge it first`,
    'quiet-period': (p) => {
      if (p.hostWide) return 'Promotions paused: nothing promotional';
      const reason = p.reason ? ` (${p.reason})` : '';
      const until = p.until ? ` until ${p.until}` : '';
      return `Quiet period${reason}${until}: nothing promotional`;
    },
    'do-not-contact': (p) =>
      p.reason === 'registry'
        ? 'On a do-not-call registry: no sales calls'
        : p.reason === 'marketing'
          ? 'Marketing consent withdrawn: no promotional contact'
          : 'Phone consent withdrawn: no marketing calls',
    'contact-fatigue': (p, f) =>
      `Called ${f.plural(p.count, {one: 'once', other: '# times'})} in ${f.plural(p.days, {one: '# day', other: '# days'})}: don't call again before ${p.until}`,
    'refused-recently': (p) => `Refused an offer on ${p.date}: no new offer before ${p.until}`,
    'outside-calling-hours': (p) => {
      const which =
        p.reason === 'legal'
          ? 'Outside legal calling hours'
          : p.reason === 'preferred'
            ? 'Outside their preferred hours'
            : 'Outside legal and preferred hours';
      return p.next ? `${which}: don't call before ${p.next}` : `${which}: don't call now`;
    },
    'no-upsell': (p) =>
      p.reason === 'cancellation' ? "Cancellation in progress: don't sell anything" : "Open complaint: don't sell anything",
    'already-owns': (p, f) =>
      p.count > 1
        ? `Already has what ${f.number(p.count)} offers sell: don't pitch them`
        : `Already has ${enQ(p.product)}: don't pitch ${enQ(p.offer)}`,
    'not-eligible': (p, f) =>
      p.count > 1
        ? `Not eligible for ${f.number(p.count)} offers: don't pitch them`
        : `Not eligible: don't pitch ${enQ(p.offer)}`,
    'new-customers-only': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} offers are for new customers only: don't pitch them`
        : `New customers only: don't pitch ${enQ(p.offer)}`,
    'salutation-unknown': (p) => `No recorded salutation: don't guess Mr or Ms, say ${enQ(p.name)}`,
    'preferred-name': (p) => `Preferred form of address ${enQ(p.name)}: use it`,
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? `Prefers ${p.channel}, ${p.hours}: keep to it`
        : p.channel
          ? `Prefers ${p.channel}: keep to it`
          : `Prefers contact ${p.hours ?? ''}: keep to it`,
    'loyal-customer': (p, f) =>
      `Customer for ${f.plural(p.years, {one: '# year', other: '# years'})}: thank them for their loyalty`,
    'new-customer': (p, f) =>
      p.days === 0
        ? 'New customer since today: check onboarding went well'
        : `Customer for ${f.plural(p.days, {one: '# day', other: '# days'})}: check onboarding went well`,
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
    notRecorded: 'not recorded',
    registered: 'registered',
    pausedByHost: 'paused by the host application',
    weekend: 'weekend',
    publicHoliday: 'public holiday',
    outsideWindows: 'outside the allowed hours',
    noneSoon: 'none in the next 14 days',
    anyTime: 'any time',
  },
};

const fr: Messages = {
  hints: {
    'missed-appointment': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} rendez-vous ou rappels manqués par nous${NB}: excusez-vous d'abord`
        : p.callback
          ? `Rappel promis le ${p.date} non fait${NB}: excusez-vous d'abord`
          : `Rendez-vous du ${p.date} manqué par nous${NB}: excusez-vous d'abord`,
    'unanswered-contact': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} demandes sans réponse depuis le ${p.since}${NB}: répondez-y d'abord`
        : `Attend notre réponse depuis le ${p.since} (${p.channel})${NB}: répondez d'abord`,
    'cancellation-pending': (p, f) =>
      p.product !== undefined
        ? `Résiliation demandée pour ${frQ(p.product)}${NB}: traitez cette demande, rien d'autre`
        : p.products > 1
          ? `Résiliation de ${f.number(p.products)} produits demandée${NB}: traitez cette demande, rien d'autre`
          : `Résiliation demandée${NB}: traitez cette demande, rien d'autre`,
    'open-ticket-first': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} tickets ouverts${NB}: commencez par ${p.ticket} (${p.priority})`
        : `Ticket ${p.ticket} ouvert (${p.priority})${NB}: traitez-le en premier`,
    'repeat-contact': (p, f) =>
      `${f.plural(p.count, {one: '# contact', other: '# contacts'})} ${p.isTicket ? `pour ${p.topic}` : `(${p.topic})`} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}${NB}: gardez le dossier jusqu'à sa résolution`,
    'no-transfer': (p, f) =>
      `${f.plural(p.count, {one: '# transfert', other: '# transferts'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}${NB}: ne plus transférer`,
    'recent-negative': (p) => `Dernier contact (${p.date}) mal vécu${NB}: reconnaissez-le d'emblée`,
    'quiet-period': (p) => {
      if (p.hostWide) return `Promotions suspendues${NB}: rien de commercial`;
      const reason = p.reason ? ` (${p.reason})` : '';
      const until = p.until ? ` jusqu'au ${p.until}` : '';
      return `Période sensible${reason}${until}${NB}: rien de commercial`;
    },
    'do-not-contact': (p) =>
      p.reason === 'registry'
        ? `Inscription sur liste d'opposition${NB}: aucun appel commercial`
        : p.reason === 'marketing'
          ? `Consentement marketing retiré${NB}: aucune sollicitation commerciale`
          : `Consentement aux appels retiré${NB}: aucun appel commercial`,
    'contact-fatigue': (p, f) =>
      `${f.plural(p.count, {one: '# appel', other: '# appels'})} en ${f.plural(p.days, {one: '# jour', other: '# jours'})}${NB}: ne pas rappeler avant le ${p.until}`,
    'refused-recently': (p) => `Offre refusée le ${p.date}${NB}: aucune nouvelle offre avant le ${p.until}`,
    'outside-calling-hours': (p) => {
      const which =
        p.reason === 'legal'
          ? "Hors des heures légales d'appel"
          : p.reason === 'preferred'
            ? 'Hors des horaires souhaités'
            : 'Hors des heures légales et souhaitées';
      return p.next ? `${which}${NB}: ne pas appeler avant ${p.next}` : `${which}${NB}: ne pas appeler maintenant`;
    },
    'no-upsell': (p) =>
      p.reason === 'cancellation' ? `Résiliation en cours${NB}: ne rien vendre` : `Réclamation en cours${NB}: ne rien vendre`,
    'already-owns': (p, f) =>
      p.count > 1
        ? `Possède déjà ce que vendent ${f.number(p.count)} offres${NB}: ne pas les proposer`
        : `Possède déjà ${frQ(p.product)}${NB}: ne pas proposer ${frQ(p.offer)}`,
    'not-eligible': (p, f) =>
      p.count > 1
        ? `Non éligible à ${f.number(p.count)} offres${NB}: ne pas les proposer`
        : `Non éligible${NB}: ne pas proposer ${frQ(p.offer)}`,
    'new-customers-only': (p, f) =>
      p.count > 1
        ? `${f.number(p.count)} offres réservées aux nouveaux clients${NB}: ne pas les proposer`
        : `Réservé aux nouveaux clients${NB}: ne pas proposer ${frQ(p.offer)}`,
    'salutation-unknown': (p) => `Civilité non renseignée${NB}: ne pas deviner Madame ou Monsieur, dites ${frQ(p.name)}`,
    'preferred-name': (p) => `Forme d'adresse souhaitée ${frQ(p.name)}${NB}: utilisez-la`,
    'preferred-channel': (p) =>
      p.channel && p.hours
        ? `Préfère ${p.channel}, ${p.hours}${NB}: respectez ce choix`
        : p.channel
          ? `Préfère ${p.channel}${NB}: respectez ce choix`
          : `Préfère les créneaux ${p.hours ?? ''}${NB}: respectez ce choix`,
    'loyal-customer': (p, f) =>
      `Avec nous depuis ${f.plural(p.years, {one: '# an', other: '# ans'})}${NB}: remerciez pour cette fidélité`,
    'new-customer': (p, f) =>
      p.days === 0
        ? `Avec nous depuis aujourd'hui${NB}: vérifiez que la mise en service se passe bien`
        : `Avec nous depuis ${f.plural(p.days, {one: '# jour', other: '# jours'})}${NB}: vérifiez que la mise en service s'est bien passée`,
  },
  labels: {
    customerSince: 'Relation depuis le',
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
        ? `réservée aux nouveaux clients${NB}; relation depuis le ${since}`
        : `réservée aux nouveaux clients${NB}; relation déjà en cours`,
    openedOn: (date) => `ouvert le ${date}`,
    since: (date) => `depuis le ${date}`,
    span: (from, to) => (from === to ? from : `du ${from} au ${to}`),
    withdrawnOn: (date) => (date ? `retiré le ${date}` : 'retiré'),
    inZone: (time, zone) => `${time} (${zone})`,
    latestContactsOnly: (n, f) =>
      `${f.plural(n, {one: 'dernier contact', other: '# derniers contacts'})} seulement (synthèse indisponible)`,
    noReason: 'motif non précisé',
    notRecorded: 'non renseignée',
    registered: 'inscription active',
    pausedByHost: "suspendues par l'application hôte",
    weekend: 'week-end',
    publicHoliday: 'jour férié',
    outsideWindows: 'hors des créneaux autorisés',
    noneSoon: 'aucun dans les 14 prochains jours',
    anyTime: 'à toute heure',
  },
};

export const messages: Readonly<Record<HintLanguage, Messages>> = {en, fr};
