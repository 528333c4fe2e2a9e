/**
 * The call brief: what the card shows first, composed from the ordered hints. Pure (no DOM).
 *
 * The rules say everything that applies; an agent on a live call reads three lines. So:
 * - how to greet the person goes to the header (the address line), not to a row;
 * - hints about the same record (a ticket and its duplicates, a missed appointment and the
 *   complaint about it, an email awaiting our reply) fold into one row;
 * - every reason not to sell folds into one "don't sell" row naming each offer and why;
 * - every reason not to call folds into one "don't call" row, whose headline says when an
 *   outbound call is allowed again;
 * - rows keep the hints' priority order; at most `MAX_VISIBLE_ROWS` show without a click, and
 *   only the top one is marked "first";
 * - every severity-1 subject and every reason not to sell is in view: when that takes more
 *   than three rows, rows fold instead of hiding (`arrange`).
 * docs/brief.md describes the rules for a reader.
 * `computeHints` keeps returning every hint; this only decides how they are grouped and shown.
 */
import type {Contact, CustomerView} from '../data/view-model.js';
import {resolveLocale} from '../core/locale.js';
import {ADDRESS_IDS, addressOf, type BriefAddress} from './address.js';
import {hintTexts} from './texts.js';
import type {Hint, HintEvidence, HintKind, HintSeverity} from './types.js';

export {addressOf, type BriefAddress};

/** Rows an agent sees without a click: three things in two seconds. */
export const MAX_VISIBLE_ROWS = 3;

/** The preferred channel and hours, shown as a chip in the header. */
export interface BriefChannel {
  hintId: string;
  /** The recorded channel and hours, e.g. "email · Mon–Fri 18:00–20:00". */
  text: string;
  /** The hint's full sentence, for a tooltip or a screen reader. */
  hint: Hint;
}

/**
 * `no-solicitation`: the "don't call" and "don't sell" rows folded into one (to make room);
 * `also`: the lowest must-see rows folded into one "Also: …" row (when they need more than three).
 */
export type BriefRowGroup = 'subject' | 'dont-sell' | 'dont-call' | 'single' | 'no-solicitation' | 'also';

export interface BriefRow {
  /** The lead hint's id (what `data-hint-id` carries). */
  id: string;
  /** Every hint id folded into the row, lead first (what `data-hint-ids` carries). */
  ids: string[];
  kind: HintKind;
  severity: HintSeverity;
  group: BriefRowGroup;
  /** The headline: the lead hint's text (or, for several offers, "don't pitch these offers"). */
  text: string;
  /** Short lines shown under the headline: each offer not to pitch and why, folded instructions. */
  notes: string[];
  /** The folded hints, lead first: the row's evidence is theirs. */
  hints: Hint[];
  /** The row the agent acts on first (only the top row). */
  first: boolean;
  /**
   * For a row holding the reasons not to call: the instant its headline names, when an
   * outbound call is allowed again by every reason folded into it. Absent when there is none
   * (`do-not-contact`: no end date) or a folded hint does not carry one.
   */
  until?: Date;
}

export interface Brief {
  address: BriefAddress;
  channel?: BriefChannel;
  /** Every row, in the order the agent must act. */
  rows: BriefRow[];
  /** How many rows show without a click (at most `MAX_VISIBLE_ROWS`). */
  visible: number;
}

export interface BriefInput {
  /** The agent's locale, for the few words the brief adds ('en' when unknown). */
  locale?: string;
}

const CHANNEL_ID = 'preferred-channel';
/** Reasons not to sell, the first present leads the row. */
const SELL_IDS = ['quiet-period', 'no-upsell', 'refused-recently', 'not-eligible', 'new-customers-only', 'already-owns'];
const OFFER_IDS = ['not-eligible', 'new-customers-only', 'already-owns'];
/** Reasons not to call, the first present leads the row. */
const CALL_IDS = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours'];
/**
 * The quiet time after a refusal holds back an outbound sales call too: with a "don't call"
 * row, it folds there (its date counts in the row's instant), else it leads "don't sell".
 */
const REFUSAL_ID = 'refused-recently';
/** Hints about a record (a contact, a ticket, a product) or about this conversation's topic. */
const SUBJECT_IDS = [
  'missed-appointment',
  'unanswered-contact',
  'cancellation-pending',
  'open-ticket-first',
  'recent-negative',
  'repeat-contact',
  'no-transfer',
];
/** How the agent should handle the conversation: these two always go together. */
const CONVERSATION_KEY = 'conversation';

/**
 * The records the brief knows how to link, for one call: the contacts by id, and each open
 * ticket's canonical key, so that a ticket and its duplicates are one subject. The schema has
 * no duplicate link, so two tickets are one subject when the data links them:
 * - a contact on both: a contact linked to one ticket whose summary names the other's id, or
 *   the same contact (by id) linked to each in two lists;
 * - the same category and the same subject (case and spacing aside), both open at once.
 */
interface Records {
  contacts: ReadonlyMap<string, Contact>;
  /** Ticket id → the key of its subject (`ticket:<id of the first of its duplicates>`). */
  tickets: ReadonlyMap<string, string>;
}

const normalizedSubject = (subject: string): string => subject.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The ticket ids (among `ids`) a text names, as whole words: "T-1" is not in "T-12". */
const namedIn = (text: string | undefined, ids: readonly string[]): string[] =>
  text ? ids.filter((id) => text.split(/[^\w-]+/).includes(id)) : [];

function linkRecords(view: CustomerView): Records {
  const contacts = new Map<string, Contact>();
  const seenOn = new Map<string, Set<string>>();
  for (const c of [
    ...view.contacts.items,
    ...view.summary.awaitingReply,
    ...view.summary.missedByUs,
    ...(view.summary.last ? [view.summary.last] : []),
    ...(view.summary.lastRefusal ? [view.summary.lastRefusal] : []),
  ]) {
    if (!contacts.has(c.id)) contacts.set(c.id, c);
    if (c.ticketId) seenOn.set(c.id, (seenOn.get(c.id) ?? new Set()).add(c.ticketId));
  }
  const ids = view.tickets.map((t) => t.id);
  // Each ticket's subject: the first ticket (in the view's order) of the ones linked to it.
  const root = new Map(ids.map((id) => [id, id]));
  const join = (a: string, b: string): void => {
    const [ra, rb] = [root.get(a), root.get(b)];
    if (ra === undefined || rb === undefined || ra === rb) return;
    const [keep, drop] = ids.indexOf(ra) < ids.indexOf(rb) ? [ra, rb] : [rb, ra];
    for (const [id, r] of root) if (r === drop) root.set(id, keep);
  };
  for (const c of contacts.values()) for (const named of namedIn(c.summary, ids)) if (c.ticketId) join(c.ticketId, named);
  for (const tickets of seenOn.values()) {
    const [first, ...rest] = tickets;
    for (const other of rest) join(first!, other);
  }
  const bySubject = new Map<string, string>();
  for (const t of view.tickets) {
    const subject = normalizedSubject(t.subject ?? '');
    if (subject === '') continue;
    const key = `${t.category}|${subject}`;
    const same = bySubject.get(key);
    if (same) join(same, t.id);
    else bySubject.set(key, t.id);
  }
  return {contacts, tickets: new Map(ids.map((id) => [id, `ticket:${root.get(id)}`]))};
}

/** Every record a hint is about: its evidence's records, the ticket a contact belongs to. */
function subjectKeys(hint: Hint, view: CustomerView, records: Records): Set<string> {
  const keys = new Set<string>();
  const {contacts, tickets} = records;
  const ids = [...tickets.keys()];
  const addTicket = (id: string) => keys.add(tickets.get(id) ?? `ticket:${id}`);
  const addContact = (id: string) => {
    keys.add(`contact:${id}`);
    const contact = contacts.get(id);
    if (contact?.ticketId) addTicket(contact.ticketId);
    // A contact that names a ticket in its summary is about it too.
    for (const named of namedIn(contact?.summary, ids)) addTicket(named);
  };
  const refs = hint.evidence.flatMap((e) => (e.ref ? [e.ref] : []));
  const firstTicket = refs.find((r) => r.type === 'ticket');
  switch (hint.id) {
    case 'open-ticket-first':
      // Its evidence lists every open ticket; it is about the one to start with.
      if (firstTicket) addTicket(firstTicket.id);
      break;
    case 'repeat-contact':
    case 'no-transfer':
      keys.add(CONVERSATION_KEY);
      if (firstTicket) addTicket(firstTicket.id);
      break;
    case 'missed-appointment': {
      const missed = refs.flatMap((r) => (r.type === 'contact' ? [r.id] : []));
      missed.forEach(addContact);
      // The complaint about a missed appointment: a ticket that says it is about an
      // appointment (its category, or a contact on it), opened after we missed one. A missed
      // callback only joins the tickets its records link (dates alone link nothing).
      const appointments = missed.map((id) => contacts.get(id)).filter((c) => c?.purpose === 'APPOINTMENT');
      const earliest = Math.min(...appointments.map((c) => c!.at.getTime()));
      for (const t of view.tickets) {
        if (t.openedAt.getTime() < earliest) continue;
        const aboutAppointment =
          t.category === 'APPOINTMENT' ||
          (t.category === 'COMPLAINT' && [...contacts.values()].some((c) => c.ticketId === t.id && c.purpose === 'APPOINTMENT'));
        if (aboutAppointment) addTicket(t.id);
      }
      break;
    }
    default:
      for (const r of refs) {
        if (r.type === 'contact') addContact(r.id);
        else if (r.type === 'ticket') addTicket(r.id);
        else keys.add(`${r.type}:${r.id}`);
      }
  }
  return keys;
}

interface Draft {
  group: BriefRowGroup;
  members: Hint[];
  keys: Set<string>;
}

/** Offers not to pitch, each once, with every reason, the reason it cannot be had first. */
function offersOf(members: readonly Hint[], language: 'en' | 'fr'): {name: string; reasons: string[]}[] {
  const offers = new Map<string, {name: string; reasons: string[]}>();
  for (const id of OFFER_IDS) {
    for (const hint of members.filter((h) => h.id === id)) {
      for (const e of hint.evidence) {
        if (e.ref?.type !== 'offer') continue;
        const offer = offers.get(e.ref.id) ?? {name: e.label, reasons: []};
        const reason = id === 'new-customers-only' ? hintTexts(language).brief.newCustomersOnly : e.value;
        if (!offer.reasons.includes(reason)) offer.reasons.push(reason);
        offers.set(e.ref.id, offer);
      }
    }
  }
  return [...offers.values()];
}

/** A folded hint adds a line under the headline unless it only describes the lead's record. */
function addsNote(hint: Hint): boolean {
  if (OFFER_IDS.includes(hint.id) || hint.id === 'recent-negative') return false;
  // "Deal with open ticket T-1" says nothing more than the row it folds into; "2 open
  // tickets: start with T-1" does.
  if (hint.id === 'open-ticket-first') return hint.evidence.filter((e) => e.ref?.type === 'ticket').length > 1;
  return true;
}

/** The instant a row of reasons not to call names: every folded hint must carry one. */
function untilOf(members: readonly Hint[]): Date | undefined {
  const reasons = members.filter((h) => CALL_IDS.includes(h.id) || h.id === REFUSAL_ID);
  if (reasons.length === 0 || reasons.some((h) => !h.until)) return undefined;
  return new Date(Math.max(...reasons.map((h) => h.until!.getTime())));
}

function toRow(draft: Draft, language: 'en' | 'fr'): BriefRow {
  const [lead, ...rest] = draft.members as [Hint, ...Hint[]];
  const {brief} = hintTexts(language);
  const offers = offersOf(draft.members, language);
  const offerLead = OFFER_IDS.includes(lead.id);
  const notes: string[] = [];
  let text = lead.text;
  if (offerLead && offers.length > 1) {
    // Offers lead: one headline, then one line per offer and why.
    text = brief.dontPitch(offers.length);
  } else if (offerLead && offers.length === 1 && !lead.detail) {
    notes.push(offers[0]!.reasons.join(', '));
  } else if (offerLead && offers.length === 1 && draft.members.filter((h) => OFFER_IDS.includes(h.id)).length > 1) {
    // The headline names the one offer: the line under it says every reason it is out.
    notes.push(offers[0]!.reasons.join(', '));
  } else if (lead.detail) {
    notes.push(lead.detail);
  }
  // Don't-call reasons share the headline's instruction: each adds its reason, not another date.
  for (const h of rest) if (addsNote(h)) notes.push(draft.group === 'dont-call' ? (h.detail ?? h.text) : h.text);
  if (!(offerLead && offers.length === 1)) {
    for (const o of offers) notes.push(`${o.name}${brief.separator}${o.reasons.join(', ')}`);
  }
  const until = draft.group === 'dont-call' ? untilOf(draft.members) : undefined;
  return {
    id: lead.id,
    ids: draft.members.map((h) => h.id),
    kind: lead.kind,
    severity: lead.severity,
    group: draft.group,
    text,
    notes: [...new Set(notes)],
    hints: [...draft.members],
    first: false,
    ...(until ? {until} : {}),
  };
}

/** Rows that must be in view: a severity-1 subject, or a reason not to sell. */
const mustSee = (row: BriefRow): boolean => row.hints.some((h) => h.severity === 1 || SELL_IDS.includes(h.id));

/** Several rows as one: the first's headline, then each other's headline and lines. */
function fold(rows: readonly BriefRow[], group: BriefRowGroup, text: string, notes: string[]): BriefRow {
  const [lead] = rows as [BriefRow, ...BriefRow[]];
  const until = rows.find((r) => r.until)?.until;
  return {
    id: lead.id,
    ids: rows.flatMap((r) => r.ids),
    kind: lead.kind,
    severity: lead.severity,
    group,
    text,
    notes: [...new Set(notes)],
    hints: rows.flatMap((r) => r.hints),
    first: false,
    ...(until ? {until} : {}),
  };
}

/**
 * Which rows show without a click, and in what order. Every severity-1 subject and every
 * reason not to sell must be in view within `MAX_VISIBLE_ROWS` rows. When they are not:
 * 1. the "don't call" and "don't sell" rows share one row (headline of the one that comes
 *    first; the other's headline becomes its first line);
 * 2. the rows that must be seen come first, the others (loyalty, onboarding, host hints) fill
 *    what room is left, in order, and wait behind "show more" otherwise;
 * 3. when the rows that must be seen still number more than three, the lowest of them fold into
 *    one last row, "Also: <headline> · <headline>".
 * Rows in view keep their order among themselves, and so do the rows behind "show more".
 */
export function arrange(rows: readonly BriefRow[], language: 'en' | 'fr' = 'en'): {rows: BriefRow[]; visible: number} {
  const fits = (list: readonly BriefRow[]) => !list.slice(MAX_VISIBLE_ROWS).some(mustSee);
  let list = [...rows];
  if (!fits(list)) {
    const call = list.find((r) => r.group === 'dont-call');
    const sell = list.find((r) => r.group === 'dont-sell');
    if (call && sell) {
      const [a, b] = list.indexOf(call) < list.indexOf(sell) ? [call, sell] : [sell, call];
      const merged = fold([a, b], 'no-solicitation', a.text, [...a.notes, b.text, ...b.notes]);
      list = list.flatMap((r) => (r === a ? [merged] : r === b ? [] : [r]));
    }
  }
  if (!fits(list)) {
    const musts = list.filter(mustSee);
    let shown: BriefRow[];
    if (musts.length <= MAX_VISIBLE_ROWS) {
      const room = MAX_VISIBLE_ROWS - musts.length;
      const others = list.filter((r) => !mustSee(r)).slice(0, room);
      shown = list.filter((r) => musts.includes(r) || others.includes(r));
    } else {
      const folded = musts.slice(MAX_VISIBLE_ROWS - 1);
      const also = fold(
        folded,
        'also',
        hintTexts(language).brief.also(folded.map((r) => r.text)),
        folded.flatMap((r) => r.notes),
      );
      shown = [...musts.slice(0, MAX_VISIBLE_ROWS - 1), also];
      list = list.filter((r) => !folded.includes(r));
    }
    list = [...shown, ...list.filter((r) => !shown.includes(r))];
  }
  const arranged = list.map((r, i) => ({...r, first: i === 0}));
  return {rows: arranged, visible: Math.min(MAX_VISIBLE_ROWS, arranged.length)};
}

/**
 * Composes the call brief from hints in priority order (as `computeHints` returns them, minus
 * any the agent dismissed) and the customer they were computed for.
 */
export function composeBrief(hints: readonly Hint[], view: CustomerView, input: BriefInput = {}): Brief {
  const {language} = resolveLocale(input.locale);
  const order = new Map(hints.map((h, i) => [h, i] as const));
  const byOrder = (a: Hint, b: Hint) => order.get(a)! - order.get(b)!;
  const records = linkRecords(view);
  const {contacts} = records;

  const channelHint = hints.find((h) => h.id === CHANNEL_ID);
  const channel: BriefChannel | undefined = channelHint && {
    hintId: CHANNEL_ID,
    text: channelHint.evidence.map((e) => e.value).join(' · ') || channelHint.text,
    hint: channelHint,
  };

  // Records join hints into one row (union of overlapping subjects, in priority order).
  const subjects: Draft[] = [];
  const sell: Hint[] = [];
  const call: Hint[] = [];
  const singles: Draft[] = [];
  for (const hint of hints) {
    if (ADDRESS_IDS.includes(hint.id) || hint.id === CHANNEL_ID) continue;
    if (SELL_IDS.includes(hint.id)) sell.push(hint);
    else if (CALL_IDS.includes(hint.id)) call.push(hint);
    else if (SUBJECT_IDS.includes(hint.id)) {
      const keys = subjectKeys(hint, view, records);
      const overlapping = subjects.filter((d) => [...keys].some((k) => d.keys.has(k)));
      const [target, ...merged] = overlapping;
      if (!target) {
        subjects.push({group: 'subject', members: [hint], keys});
        continue;
      }
      target.members.push(hint, ...merged.flatMap((d) => d.members));
      for (const d of merged) subjects.splice(subjects.indexOf(d), 1);
      for (const k of [...keys, ...merged.flatMap((d) => [...d.keys])]) target.keys.add(k);
      target.members.sort(byOrder);
    } else singles.push({group: 'single', members: [hint], keys: new Set()});
  }
  // The refusal's quiet time is a reason not to call too: with a "don't call" row, it is there.
  if (call.length > 0) {
    const refusal = sell.find((h) => h.id === REFUSAL_ID);
    if (refusal) {
      call.push(refusal);
      sell.splice(sell.indexOf(refusal), 1);
    }
  }

  // A bad last contact that was our sales pitch, and about no other record, is a reason not to
  // sell (or, when it is the refusal the don't-call row holds, one more line of that row).
  const drafts: Draft[] = [...subjects, ...singles];
  const contactOf = (h: Hint | undefined) => h?.evidence.find((e) => e.ref?.type === 'contact')?.ref?.id;
  if (sell.length > 0 || call.length > 0) {
    for (const d of [...subjects]) {
      const [only] = d.members;
      if (d.members.length === 1 && only?.id === 'recent-negative') {
        const contactId = contactOf(only);
        const refusal = call.find((h) => h.id === REFUSAL_ID);
        const target = contactId && contactId === contactOf(refusal) ? call : sell.length > 0 ? sell : undefined;
        if (target && contactId && contacts.get(contactId)?.purpose === 'SALES') {
          target.push(only);
          drafts.splice(drafts.indexOf(d), 1);
        }
      }
    }
  }
  if (sell.length > 0) {
    // "Sell nothing: open complaint" (or cancellation) belongs to the row of that complaint
    // when it has one: with a quiet period, alone (the quiet period leads "don't sell" with the
    // offers); without, with every reason not to sell.
    const upsell = sell.find((h) => h.id === 'no-upsell');
    const keys = upsell ? subjectKeys(upsell, view, records) : new Set<string>();
    // Its evidence names the cancellation first, then the complaints: the first with a row owns it.
    const owner = upsell && [...keys].map((k) => subjects.find((d) => d.keys.has(k))).find(Boolean);
    const moving = owner ? (sell.some((h) => h.id === 'quiet-period') ? [upsell] : [...sell]) : [];
    if (owner) {
      const [ownerLead, ...ownerRest] = owner.members as [Hint, ...Hint[]];
      owner.members = [ownerLead, ...[...ownerRest, ...moving].sort(byOrder)];
    }
    const staying = sell.filter((h) => !moving.includes(h));
    if (staying.length > 0) {
      const lead = SELL_IDS.map((id) => staying.find((h) => h.id === id)).find(Boolean)!;
      drafts.push({group: 'dont-sell', members: [lead, ...staying.filter((h) => h !== lead).sort(byOrder)], keys: new Set()});
    }
  }
  if (call.length > 0) {
    const lead = CALL_IDS.map((id) => call.find((h) => h.id === id)).find(Boolean)!;
    drafts.push({group: 'dont-call', members: [lead, ...call.filter((h) => h !== lead).sort(byOrder)], keys: new Set()});
  }

  // Rows in the order of their lead hint, which is the order the agent must act in.
  drafts.sort((a, b) => byOrder(a.members[0]!, b.members[0]!));
  const {rows, visible} = arrange(
    drafts.map((d) => toRow(d, language)),
    language,
  );
  return {address: addressOf(view, hints), channel, rows, visible};
}

/** Every evidence line of a row, grouped by the hint it supports (lead first). */
export function rowEvidence(row: BriefRow): {hint: Hint; evidence: HintEvidence[]}[] {
  return row.hints.filter((h) => h.evidence.length > 0).map((hint) => ({hint, evidence: hint.evidence}));
}
