/**
 * The call brief: what the card shows first, composed from the ordered hints. Pure (no DOM).
 *
 * The rules say everything that applies; an agent on a live call reads three lines. So:
 * - how to greet the person goes to the header (the address line), not to a row;
 * - hints about the same record (a ticket, a missed appointment and the complaint about it,
 *   an email awaiting our reply) fold into one row;
 * - every reason not to sell folds into one "don't sell" row naming each offer and why;
 * - every reason not to call folds into one "don't call" row;
 * - rows keep the hints' priority order; at most `MAX_VISIBLE_ROWS` show without a click, and
 *   only the top one is marked "first".
 * `computeHints` keeps returning every hint; this only decides how they are grouped and shown.
 */
import type {Contact, CustomerView} from '../data/view-model.js';
import {resolveLocale} from '../core/locale.js';
import {hintTexts} from './texts.js';
import type {Hint, HintEvidence, HintKind, HintSeverity} from './types.js';

/** Rows an agent sees without a click: three things in two seconds. */
export const MAX_VISIBLE_ROWS = 3;

export interface BriefAddress {
  /** What to call the person: the preferred name, else salutation + family name, else the full name. */
  name: string;
  basis: 'preferred-name' | 'salutation' | 'full-name';
  /** No salutation on record: never guess one (the card says so next to the name). */
  noTitle: boolean;
  /** The hint the line stands for (`preferred-name` or `salutation-unknown`), when it was produced. */
  hintId?: string;
  /** Every address hint the line stands for. */
  hintIds: string[];
}

/** The preferred channel and hours, shown as a chip in the header. */
export interface BriefChannel {
  hintId: string;
  /** The recorded channel and hours, e.g. "email · Mon–Fri 18:00–20:00". */
  text: string;
  /** The hint's full sentence, for a tooltip or a screen reader. */
  hint: Hint;
}

export type BriefRowGroup = 'subject' | 'dont-sell' | 'dont-call' | 'single';

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

/** Hints the header shows instead of a row. */
const ADDRESS_IDS = ['preferred-name', 'salutation-unknown'];
const CHANNEL_ID = 'preferred-channel';
/** Reasons not to sell, the first present leads the row. */
const SELL_IDS = ['quiet-period', 'no-upsell', 'refused-recently', 'not-eligible', 'new-customers-only', 'already-owns'];
const OFFER_IDS = ['not-eligible', 'new-customers-only', 'already-owns'];
/** Reasons not to call, the first present leads the row. */
const CALL_IDS = ['do-not-contact', 'contact-fatigue', 'outside-calling-hours'];
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

const filled = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** How to greet the person, from the record alone: never a guessed title. */
export function addressOf(view: CustomerView, hints: readonly Hint[] = []): BriefAddress {
  const preferred = filled(view.preferredName);
  const salutation = filled(view.salutation);
  const family = filled(view.familyName);
  const full = [view.givenName, view.familyName].map(filled).filter(Boolean).join(' ') || view.displayName;
  const hintIds = ADDRESS_IDS.filter((id) => hints.some((h) => h.id === id));
  const basis = preferred ? 'preferred-name' : salutation ? 'salutation' : 'full-name';
  const name = preferred ?? (salutation ? `${salutation} ${family ?? full}` : full);
  // The line stands for the hint that says what it shows: the name to use, or "no title".
  const lead = basis === 'full-name' ? 'salutation-unknown' : 'preferred-name';
  const hintId = hintIds.includes(lead) ? lead : hintIds[0];
  return {name, basis, noTitle: !salutation, hintId, hintIds: hintId ? [hintId, ...hintIds.filter((id) => id !== hintId)] : []};
}

/** Every record a hint is about: its evidence's records, the ticket a contact belongs to. */
function subjectKeys(hint: Hint, view: CustomerView, contacts: ReadonlyMap<string, Contact>): Set<string> {
  const keys = new Set<string>();
  const addContact = (id: string) => {
    keys.add(`contact:${id}`);
    const ticket = contacts.get(id)?.ticketId;
    if (ticket) keys.add(`ticket:${ticket}`);
  };
  const refs = hint.evidence.flatMap((e) => (e.ref ? [e.ref] : []));
  switch (hint.id) {
    case 'open-ticket-first': {
      // Its evidence lists every open ticket; it is about the one to start with.
      const first = refs.find((r) => r.type === 'ticket');
      if (first) keys.add(`ticket:${first.id}`);
      break;
    }
    case 'repeat-contact':
    case 'no-transfer': {
      keys.add(CONVERSATION_KEY);
      const first = refs.find((r) => r.type === 'ticket');
      if (first) keys.add(`ticket:${first.id}`);
      break;
    }
    case 'missed-appointment': {
      const missed = refs.filter((r) => r.type === 'contact');
      missed.forEach((r) => addContact(r.id));
      // The complaint about it: a complaint or appointment ticket opened after we missed it.
      const times = missed.map((r) => contacts.get(r.id)?.at.getTime()).filter((t): t is number => t !== undefined);
      const earliest = Math.min(...times);
      for (const t of view.tickets) {
        if ((t.category === 'COMPLAINT' || t.category === 'APPOINTMENT') && t.openedAt.getTime() >= earliest) {
          keys.add(`ticket:${t.id}`);
        }
      }
      break;
    }
    default:
      for (const r of refs) {
        if (r.type === 'contact') addContact(r.id);
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

function toRow(draft: Draft, index: number, language: 'en' | 'fr'): BriefRow {
  const [lead, ...rest] = draft.members as [Hint, ...Hint[]];
  const {brief} = hintTexts(language);
  const offers = offersOf(draft.members, language);
  const offerLead = OFFER_IDS.includes(lead.id);
  const notes: string[] = [];
  let text = lead.text;
  if (offerLead && offers.length > 1 && draft.members.every((h) => OFFER_IDS.includes(h.id))) {
    // Only offers: one headline, then one line per offer and why.
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
  return {
    id: lead.id,
    ids: draft.members.map((h) => h.id),
    kind: lead.kind,
    severity: lead.severity,
    group: draft.group,
    text,
    notes: [...new Set(notes)],
    hints: [...draft.members],
    first: index === 0,
  };
}

/**
 * Composes the call brief from hints in priority order (as `computeHints` returns them, minus
 * any the agent dismissed) and the customer they were computed for.
 */
export function composeBrief(hints: readonly Hint[], view: CustomerView, input: BriefInput = {}): Brief {
  const {language} = resolveLocale(input.locale);
  const order = new Map(hints.map((h, i) => [h, i] as const));
  const contacts = new Map<string, Contact>();
  for (const c of [
    ...view.contacts.items,
    ...view.summary.awaitingReply,
    ...view.summary.missedByUs,
    ...(view.summary.last ? [view.summary.last] : []),
    ...(view.summary.lastRefusal ? [view.summary.lastRefusal] : []),
  ]) {
    contacts.set(c.id, c);
  }

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
      const keys = subjectKeys(hint, view, contacts);
      const overlapping = subjects.filter((d) => [...keys].some((k) => d.keys.has(k)));
      const [target, ...merged] = overlapping;
      if (!target) {
        subjects.push({group: 'subject', members: [hint], keys});
        continue;
      }
      target.members.push(hint, ...merged.flatMap((d) => d.members));
      for (const d of merged) subjects.splice(subjects.indexOf(d), 1);
      for (const k of [...keys, ...merged.flatMap((d) => [...d.keys])]) target.keys.add(k);
      target.members.sort((a, b) => order.get(a)! - order.get(b)!);
    } else singles.push({group: 'single', members: [hint], keys: new Set()});
  }

  // A bad last contact that was our sales pitch, and about no other record, is a reason not to sell.
  const drafts: Draft[] = [...subjects, ...singles];
  if (sell.length > 0) {
    for (const d of [...subjects]) {
      const [only] = d.members;
      if (d.members.length === 1 && only?.id === 'recent-negative') {
        const contactId = only.evidence.find((e) => e.ref?.type === 'contact')?.ref?.id;
        if (contactId && contacts.get(contactId)?.purpose === 'SALES') {
          sell.push(only);
          drafts.splice(drafts.indexOf(d), 1);
        }
      }
    }
    const lead = SELL_IDS.map((id) => sell.find((h) => h.id === id)).find(Boolean)!;
    const rest = sell.filter((h) => h !== lead).sort((a, b) => order.get(a)! - order.get(b)!);
    const members = [lead, ...rest];
    // An open complaint or cancellation already has its row: "sell nothing" belongs there.
    const upsell = sell.find((h) => h.id === 'no-upsell');
    const keys = upsell ? subjectKeys(upsell, view, contacts) : new Set<string>();
    const owner = !sell.some((h) => h.id === 'quiet-period') && subjects.find((d) => [...keys].some((k) => d.keys.has(k)));
    if (owner) {
      const [ownerLead, ...ownerRest] = owner.members as [Hint, ...Hint[]];
      const folded = [...ownerRest, ...members].sort((a, b) => order.get(a)! - order.get(b)!);
      owner.members = [ownerLead, ...folded];
    } else drafts.push({group: 'dont-sell', members, keys});
  }
  if (call.length > 0) {
    const lead = CALL_IDS.map((id) => call.find((h) => h.id === id)).find(Boolean)!;
    drafts.push({group: 'dont-call', members: [lead, ...call.filter((h) => h !== lead)], keys: new Set()});
  }

  // Rows in the order of their lead hint, which is the order the agent must act in.
  drafts.sort((a, b) => order.get(a.members[0]!)! - order.get(b.members[0]!)!);
  const rows = drafts.map((d, i) => toRow(d, i, language));
  return {address: addressOf(view, hints), channel, rows, visible: Math.min(MAX_VISIBLE_ROWS, rows.length)};
}

/** Every evidence line of a row, grouped by the hint it supports (lead first). */
export function rowEvidence(row: BriefRow): {hint: Hint; evidence: HintEvidence[]}[] {
  return row.hints.filter((h) => h.evidence.length > 0).map((hint) => ({hint, evidence: hint.evidence}));
}
