/**
 * The conformance check: sends the card's own requests to an endpoint and judges each rule of
 * the contract from what came back. A rule the checker cannot judge is "not checked", with
 * the reason; never "pass".
 */
import {buildClientSchema, getIntrospectionQuery, parse, validate} from 'graphql';
import type {IntrospectionQuery} from 'graphql';
import {Customer360ContactsDocument, Customer360Document, Customer360LookupDocument} from '../../src/gql/graphql.js';
import {batchDocument, batchVariables} from '../../src/data/batch.js';
import {resolveHintOptions, summaryDaysFor} from '../../src/core/hint-options.js';
import {DEFAULT_PAGE_SIZE} from '../../src/data/request.js';
import {loadContract} from './contract.js';
import type {Contract} from './contract.js';
import {TransportError, createPost, errorText, excerpt} from './http.js';
import type {GraphQLAnswer, Post} from './http.js';
import {
  checkAwaitingReply,
  checkCount,
  checkLast,
  checkLastRefusal,
  checkMissedByUs,
  checkMonthly,
  checkSolicitations,
  checkTopics,
  firstDifference,
  toContact,
} from './recount.js';
import type {Band, Contact, RecountInput} from './recount.js';

export type Status = 'pass' | 'fail' | 'not checked';

/** A rule's status and what was seen. */
interface Judgement {
  readonly status: Status;
  readonly saw: string;
}

export interface RuleResult {
  readonly id: string;
  readonly title: string;
  readonly status: Status;
  /** What the checker saw, or why it could not check. */
  readonly saw: string;
}

export interface CheckOptions {
  /** The GraphQL endpoint. */
  readonly url: string;
  /** Customer ids: the first is checked in full, all of them go into the batch. */
  readonly customers: readonly string[];
  readonly emails?: readonly string[];
  readonly phones?: readonly string[];
  /** Extra request headers, e.g. `{authorization: 'Bearer …'}`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The server's clock, when it is an input (the demo's and the kit's `now=`); else read from ours. */
  readonly now?: Date;
  /** How far the server's clock may be from ours, in ms (without `now`). */
  readonly clockSkewMs?: number;
  /** Contacts per page when walking the history (after the card's own first page). */
  readonly pageSize?: number;
  /** The most contacts the walk reads before giving up. */
  readonly maxContacts?: number;
  /**
   * An endpoint of the same server where one section of the card fails. Default: the URL with
   * `fault=partial`, the fault control of this repository's demo and server kit; `null`: none.
   */
  readonly partialUrl?: string | null;
  readonly timeoutMs?: number;
  /** The text of `schema/customer-360.graphql`. */
  readonly contractSdl: string;
}

export interface Report {
  readonly url: string;
  readonly customer: string;
  readonly rules: readonly RuleResult[];
  /** False when any rule failed. */
  readonly ok: boolean;
}

export const RULES = {
  documents: "The card's documents validate against the served schema",
  cardQuery: "The card's query answers the customer, in the contract's types",
  unknownId: 'An unknown id answers null',
  lookupCount: "A lookup's count and customer agree (none, the one, or null)",
  lookupAmbiguous: 'A lookup never answers one of several',
  contactsOrder: 'Contacts come newest first',
  contactsTotal: 'totalCount counts every contact',
  contactsCursors: 'Cursors page through every contact exactly once',
  summaryCount: 'contactSummary.days and count match the contacts',
  summaryOutbound: 'contactSummary.outboundSolicitations match the contacts',
  summaryLastRefusal: 'contactSummary.lastRefusal is the newest refusal',
  summaryAwaiting: 'contactSummary.awaitingReply lists every contact awaiting our reply',
  summaryMissed: 'contactSummary.missedByUs matches the contacts',
  summaryTopics: 'contactSummary.topics match the contacts',
  summaryLast: 'contactSummary.last is the newest contact',
  summaryMonthly: 'contactSummary.monthly matches the contacts',
  partial: 'A failing section comes back as partial data with an error path',
  batch: 'A batch of aliased customer fields answers each alias like a single query',
} as const;

export type RuleId = keyof typeof RULES;

/** The variables the card sends with its defaults: the page size and its hint windows. */
const hintOptions = resolveHintOptions();
export const CARD_VARIABLES = {
  contactsFirst: DEFAULT_PAGE_SIZE,
  summaryDays: summaryDaysFor(hintOptions),
  topicDays: Math.max(hintOptions.repeatContact.days, hintOptions.transfers.days),
  locale: 'en',
} as const;

/** The `monthly(months:)` the card's document asks for. */
const CARD_MONTHS = Number(/monthly\(months:\s*(\d+)\)/.exec(Customer360Document.toString())?.[1] ?? 6);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** An id no CRM has: long, random, and saying what it is. */
function unknownId(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `conformance-check-no-such-customer-${random}`;
}

/** One request, its answer or the transport failure, never a throw. */
type Outcome = {readonly answer: GraphQLAnswer} | {readonly failure: string};

async function send(post: Post, url: string, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  try {
    return {answer: await post(url, query, variables)};
  } catch (error) {
    if (error instanceof TransportError) return {failure: error.message};
    throw error;
  }
}

/** The URL with `fault=partial` added to its query string. */
function withPartialFault(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('fault', 'partial');
  return parsed.href;
}

interface Walk {
  /** Every edge's node in walk order (duplicates included). */
  readonly nodes: Contact[];
  readonly pages: number;
  readonly pageSizes: number[];
  readonly totalCounts: unknown[];
  /** Why the walk stopped before `hasNextPage: false`, or `null` when it ended normally. */
  readonly stopped: string | null;
  /** The first cursor or pageInfo fault seen, or `null`. */
  readonly cursorFault: string | null;
  /** True when the walk stopped at `maxContacts`: the server is not at fault. */
  readonly limited: boolean;
}

/** Whether a connection looks like one (edges and pageInfo), else what is wrong. */
function connectionFault(connection: unknown): string | null {
  if (!isRecord(connection)) return `contacts is ${JSON.stringify(connection)}`;
  if (!Array.isArray(connection['edges'])) return 'contacts.edges is not a list';
  if (!isRecord(connection['pageInfo'])) return 'contacts.pageInfo is missing';
  return null;
}

/**
 * Reads every contact: the card's first page, then pages of `pageSize` after its `endCursor`,
 * as the card's "show more" does, until `hasNextPage` is false or `maxContacts` are read.
 */
async function walkContacts(
  post: Post,
  url: string,
  id: string,
  firstPage: unknown,
  pageSize: number,
  maxContacts: number,
): Promise<Walk> {
  const walk: Walk & {stopped: string | null; cursorFault: string | null; pages: number; limited: boolean} = {
    nodes: [],
    pages: 0,
    pageSizes: [],
    totalCounts: [],
    stopped: null,
    cursorFault: null,
    limited: false,
  };
  let connection: unknown = firstPage;
  for (;;) {
    const fault = connectionFault(connection);
    if (fault) return {...walk, stopped: `page ${walk.pages + 1}: ${fault}`};
    const page = connection as Record<string, unknown>;
    const edges = page['edges'] as unknown[];
    const pageInfo = page['pageInfo'] as Record<string, unknown>;
    walk.pages++;
    walk.pageSizes.push(edges.length);
    walk.totalCounts.push(page['totalCount']);
    for (const [index, edge] of edges.entries()) {
      const contact = isRecord(edge) ? toContact(edge['node']) : 'an edge that is not an object';
      if (typeof contact === 'string') return {...walk, stopped: `page ${walk.pages}: ${contact}`};
      walk.nodes.push(contact);
      if (isRecord(edge) && (typeof edge['cursor'] !== 'string' || !edge['cursor'])) {
        walk.cursorFault ??= `page ${walk.pages}, edge ${index + 1} has no cursor`;
      }
    }
    if (walk.pages === 1 && typeof page['totalCount'] === 'number' && page['totalCount'] > maxContacts) {
      return {
        ...walk,
        limited: true,
        stopped: `the customer has ${plural(page['totalCount'], 'contact')}, more than the ${maxContacts.toLocaleString('en')} the check reads (--max-contacts)`,
      };
    }
    const lastCursor = isRecord(edges[edges.length - 1]) ? (edges[edges.length - 1] as Record<string, unknown>)['cursor'] : null;
    if (edges.length && pageInfo['endCursor'] !== lastCursor) {
      walk.cursorFault ??= `page ${walk.pages}: endCursor ${JSON.stringify(pageInfo['endCursor'])} is not its last edge's cursor ${JSON.stringify(lastCursor)}`;
    }
    if (pageInfo['hasNextPage'] !== true) {
      if (pageInfo['hasNextPage'] !== false)
        return {...walk, stopped: `page ${walk.pages}: hasNextPage is ${JSON.stringify(pageInfo['hasNextPage'])}`};
      return walk;
    }
    if (!edges.length) return {...walk, stopped: `page ${walk.pages} is empty but says hasNextPage: true`};
    if (walk.nodes.length >= maxContacts) {
      return {
        ...walk,
        limited: true,
        stopped: `stopped after ${plural(walk.nodes.length, 'contact')} (--max-contacts ${maxContacts.toLocaleString('en')}) with more pages to go`,
      };
    }
    const after = pageInfo['endCursor'];
    if (typeof after !== 'string')
      return {...walk, stopped: `page ${walk.pages}: hasNextPage is true but endCursor is ${JSON.stringify(after)}`};
    const next = await send(post, url, Customer360ContactsDocument.toString(), {id, first: pageSize, after});
    if ('failure' in next) return {...walk, stopped: `page ${walk.pages + 1}: ${next.failure}`};
    const {data, errors} = next.answer;
    if (errors?.length)
      return {...walk, stopped: `page ${walk.pages + 1} (after ${JSON.stringify(after)}): ${errorText(errors)}`};
    const customer = data?.['customer'];
    if (!isRecord(customer)) return {...walk, stopped: `page ${walk.pages + 1}: customer is ${JSON.stringify(customer)}`};
    connection = customer['contacts'];
  }
}

/** The rules about the contact pages. */
function contactRules(walk: Walk): {
  order: Judgement;
  total: Judgement;
  cursors: Judgement;
  complete: string | null;
  distinct: Contact[];
} {
  const distinct = new Map<string, Contact>();
  let duplicate: string | null = null;
  for (const [index, contact] of walk.nodes.entries()) {
    if (distinct.has(contact.id)) duplicate ??= `${contact.id} came twice (the second time as contact ${index + 1} of the walk)`;
    else distinct.set(contact.id, contact);
  }
  let disorder: string | null = null;
  for (let i = 1; i < walk.nodes.length && !disorder; i++) {
    const [before, after] = [walk.nodes[i - 1]!, walk.nodes[i]!];
    if (after.atMs > before.atMs) {
      disorder = `${after.id} (${new Date(after.atMs).toISOString()}) came after ${before.id} (${new Date(before.atMs).toISOString()}), contact ${i + 1} of the walk`;
    }
  }
  const walked = `${plural(walk.pages, 'page')} (${summarizeSizes(walk.pageSizes)})`;
  const totals = new Set(walk.totalCounts.map((t) => JSON.stringify(t)));
  const total = walk.totalCounts[0];
  if (walk.limited && walk.stopped) {
    const why = `${walk.stopped}: pick a customer with fewer contacts or raise --max-contacts`;
    const skipped: Judgement = {status: 'not checked', saw: why};
    return {
      order: disorder ? {status: 'fail', saw: disorder} : skipped,
      total: skipped,
      cursors: duplicate
        ? {status: 'fail', saw: duplicate}
        : walk.cursorFault
          ? {status: 'fail', saw: walk.cursorFault}
          : skipped,
      complete: why,
      distinct: [...distinct.values()],
    };
  }
  const order: Judgement = disorder
    ? {status: 'fail', saw: disorder}
    : {
        status: 'pass',
        saw: `${plural(walk.nodes.length, 'contact')} over ${walked}, newest first${walk.stopped ? ' (as far as the walk went)' : ''}`,
      };
  let totalVerdict: Judgement;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0)
    totalVerdict = {status: 'fail', saw: `totalCount is ${JSON.stringify(total)}`};
  else if (totals.size > 1) totalVerdict = {status: 'fail', saw: `totalCount changed between pages: ${[...totals].join(', ')}`};
  else if (walk.stopped) totalVerdict = {status: 'fail', saw: `totalCount ${total}, but the walk did not end: ${walk.stopped}`};
  else if (total !== distinct.size)
    totalVerdict = {
      status: 'fail',
      saw: `totalCount ${total} on every page, but the pages held ${plural(distinct.size, 'distinct contact')}`,
    };
  else
    totalVerdict = {status: 'pass', saw: `totalCount ${total.toLocaleString('en')} on every page = the contacts paged through`};
  let cursors: Judgement;
  if (walk.cursorFault) cursors = {status: 'fail', saw: walk.cursorFault};
  else if (duplicate) cursors = {status: 'fail', saw: duplicate};
  else if (walk.stopped) cursors = {status: 'fail', saw: walk.stopped};
  else if (typeof total === 'number' && distinct.size < total)
    cursors = {
      status: 'fail',
      saw: `the pages held ${plural(distinct.size, 'contact')} of the ${total.toLocaleString('en')} of totalCount: a cursor skipped some`,
    };
  else cursors = {status: 'pass', saw: `${plural(distinct.size, 'contact')} over ${walked}, each exactly once`};
  const complete = walk.stopped
    ? `the walk through the contacts did not end (${walk.stopped})`
    : typeof total === 'number' && total > distinct.size
      ? `the pages held ${plural(distinct.size, 'distinct contact')} but totalCount says ${total}: the recount would not be over every contact`
      : null;
  return {order, total: totalVerdict, cursors, complete, distinct: [...distinct.values()]};
}

/** `5, 100 × 99, 95`: page sizes, runs collapsed. */
function summarizeSizes(sizes: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const size of sizes) {
    const last = runs[runs.length - 1];
    if (last && last[0] === size) last[1]++;
    else runs.push([size, 1]);
  }
  return runs.map(([size, count]) => (count > 1 ? `${size} × ${count}` : `${size}`)).join(', ');
}

/** Runs the check. */
export async function checkEndpoint(options: CheckOptions): Promise<Report> {
  const {url, contractSdl} = options;
  const [customer, ...others] = options.customers;
  if (!customer) throw new Error('At least one customer id is needed (--customer).');
  const post = createPost({headers: options.headers ?? {}, timeoutMs: options.timeoutMs ?? 30_000});
  const contract = loadContract(contractSdl);
  const results = new Map<RuleId, Judgement>();
  const set = (id: RuleId, status: Status, saw: string) => results.set(id, {status, saw});
  const started = Date.now();
  let finished: number | null = null;
  const skew = options.clockSkewMs ?? 5_000;
  // Where the server's `now` lies: its own when given, else between our first and last request.
  const band = (): Band =>
    options.now
      ? {low: options.now.getTime(), high: options.now.getTime()}
      : {low: started - skew, high: (finished ?? Date.now()) + skew};

  // The card's documents against the served schema.
  const documents: [string, string][] = [
    ['Customer360', Customer360Document.toString()],
    ['Customer360Lookup', Customer360LookupDocument.toString()],
    ['Customer360Contacts', Customer360ContactsDocument.toString()],
    ['the batch', batchDocument(Math.max(2, options.customers.length + 1))],
  ];
  const introspection = await send(post, url, getIntrospectionQuery(), {});
  if ('failure' in introspection) {
    set('documents', 'not checked', `introspection got no answer: ${introspection.failure}`);
  } else if (introspection.answer.errors?.length || !isRecord(introspection.answer.data?.['__schema'])) {
    const why = introspection.answer.errors?.length ? errorText(introspection.answer.errors) : 'no __schema in the answer';
    set('documents', 'not checked', `introspection is off (${why}); the card's query is tried for real below`);
  } else {
    const served = buildClientSchema(introspection.answer.data as unknown as IntrospectionQuery);
    const invalid = documents.flatMap(([name, text]) =>
      validate(served, parse(text)).map((error) => `${name}: ${error.message}`),
    );
    if (invalid.length)
      set('documents', 'fail', invalid.slice(0, 3).join('; ') + (invalid.length > 3 ? ` (+${invalid.length - 3} more)` : ''));
    else set('documents', 'pass', `${documents.map(([name]) => name).join(', ')}: valid against the introspected schema`);
  }

  // The card's own query, for real.
  const cardVariables = {id: customer, ...CARD_VARIABLES};
  const card = await send(post, url, Customer360Document.toString(), cardVariables);
  const cardCustomer = 'answer' in card && isRecord(card.answer.data?.['customer']) ? card.answer.data['customer'] : null;
  set('cardQuery', ...judgeCardQuery(card, customer, contract, cardVariables));

  // An unknown id.
  const missingId = unknownId();
  const unknownVariables = {...cardVariables, id: missingId};
  const unknown = await send(post, url, Customer360Document.toString(), unknownVariables);
  if ('failure' in unknown) set('unknownId', 'fail', `no GraphQL answer: ${unknown.failure}`);
  else if (unknown.answer.data?.['customer'] !== null || unknown.answer.errors?.length) {
    const got = unknown.answer.data?.['customer'];
    const what = isRecord(got) ? `customer ${JSON.stringify(got['id'])}` : got === undefined ? 'no data' : JSON.stringify(got);
    const errors = unknown.answer.errors?.length
      ? ` with errors ${errorText(unknown.answer.errors)} (the card would show a failure, not "no such customer")`
      : '';
    set('unknownId', 'fail', `customer(id: "${missingId}") answered ${what}${errors}`);
  } else set('unknownId', 'pass', `customer(id: "${missingId}") answered null, no errors`);

  // Lookups.
  await checkLookups(post, url, options, contract, set);

  // The contacts, page after page.
  let walk: Walk | null = null;
  if (cardCustomer) {
    walk = await walkContacts(
      post,
      url,
      customer,
      cardCustomer['contacts'],
      options.pageSize ?? 100,
      options.maxContacts ?? 20_000,
    );
  }

  // A section failing (only meaningful when the card's query works without a fault).
  if (cardCustomer) await checkPartial(post, options, cardVariables, set);
  else set('partial', 'not checked', `the card's query fails even without a fault (see "${RULES.cardQuery}")`);

  // The batch.
  const singles = [cardCustomer ? {id: customer, answer: card} : null, {id: missingId, answer: unknown}];
  if (!cardCustomer)
    set('batch', 'not checked', `the card's single query fails (see "${RULES.cardQuery}"), so a batch has nothing to match`);
  else await checkBatch(post, url, [customer, missingId, ...others], cardVariables, singles, set, band);

  finished = Date.now();

  if (!walk || !cardCustomer) {
    const why = `the card's query did not answer the customer (see "${RULES.cardQuery}")`;
    for (const id of Object.keys(RULES) as RuleId[]) if (/^(contacts|summary)/.test(id)) set(id, 'not checked', why);
  } else {
    const verdicts = contactRules(walk);
    results.set('contactsOrder', verdicts.order);
    results.set('contactsTotal', verdicts.total);
    results.set('contactsCursors', verdicts.cursors);
    const summary = cardCustomer?.['contactSummary'];
    const summaryRules = [
      'summaryCount',
      'summaryOutbound',
      'summaryLastRefusal',
      'summaryAwaiting',
      'summaryMissed',
      'summaryTopics',
      'summaryLast',
      'summaryMonthly',
    ] as const;
    if (verdicts.complete || !isRecord(summary)) {
      const why = verdicts.complete ?? `the card's query answered contactSummary ${JSON.stringify(summary)}`;
      for (const id of summaryRules) set(id, 'not checked', why);
    } else {
      const input: RecountInput = {
        contacts: verdicts.distinct,
        band: band(),
        summary,
        askedDays: CARD_VARIABLES.summaryDays,
        topicDays: CARD_VARIABLES.topicDays,
        months: CARD_MONTHS,
        timeZone: typeof cardCustomer['timeZone'] === 'string' ? cardCustomer['timeZone'] : null,
      };
      const note = clockNote(options);
      const withNote = (verdict: Judgement): Judgement =>
        verdict.status === 'fail' && note ? {...verdict, saw: `${verdict.saw} (${note})`} : verdict;
      results.set('summaryCount', withNote(checkCount(input)));
      results.set('summaryOutbound', withNote(checkSolicitations(input)));
      results.set('summaryLastRefusal', withNote(checkLastRefusal(input)));
      results.set('summaryAwaiting', withNote(checkAwaitingReply(input)));
      results.set('summaryMissed', withNote(checkMissedByUs(input)));
      results.set('summaryTopics', withNote(checkTopics(input)));
      results.set('summaryLast', withNote(checkLast(input)));
      results.set('summaryMonthly', withNote(checkMonthly(input, summary['monthly'])));
    }
  }

  const rules = (Object.keys(RULES) as RuleId[]).map((id) => {
    const verdict = results.get(id) ?? {status: 'not checked' as const, saw: 'not reached'};
    return {id, title: RULES[id], status: verdict.status, saw: verdict.saw};
  });
  return {url, customer, rules, ok: rules.every((rule) => rule.status !== 'fail')};
}

/**
 * A word on the clock for a failing recount, when the windows may be off rather than the
 * aggregates: `--now` was given (is it the server's?), or the URL sets a `now=` that `--now` lacks.
 */
function clockNote(options: CheckOptions): string | null {
  const inUrl = new URL(options.url).searchParams.get('now');
  if (options.now) return `recounted at --now ${options.now.toISOString()}: is that the server's clock?`;
  if (inUrl !== null && !Number.isNaN(Date.parse(inUrl)))
    return `the URL sets now=${inUrl}: if that is the server's clock, pass it as --now too`;
  return null;
}

function judgeCardQuery(outcome: Outcome, id: string, contract: Contract, variables: Record<string, unknown>): [Status, string] {
  if ('failure' in outcome) return ['fail', `no GraphQL answer: ${outcome.failure}`];
  const {answer} = outcome;
  if (answer.errors?.length) return ['fail', `HTTP ${answer.status} with errors ${errorText(answer.errors)}`];
  const got = answer.data?.['customer'];
  if (got === null)
    return ['fail', `customer(id: "${id}") answered null: no such customer? Pass an id the server has with --customer`];
  if (!isRecord(got)) return ['fail', `customer is ${JSON.stringify(got)}`];
  if (got['id'] !== id)
    return ['fail', `asked for ${JSON.stringify(id)}, the answer carries id ${JSON.stringify(got['id'])} (the card refuses it)`];
  const fit = contract.fits(Customer360Document.toString(), variables, answer.data);
  if (fit.errors.length) return ['fail', `the answer breaks the contract's types: ${fit.errors.slice(0, 3).join('; ')}`];
  const grown = fit.newEnumValues.length
    ? `; enum values the contract does not list yet (allowed, shown as "other"): ${fit.newEnumValues.join(', ')}`
    : '';
  const name = typeof got['displayName'] === 'string' ? ` (${excerpt(got['displayName'], 40)})` : '';
  return ['pass', `HTTP ${answer.status}, customer ${id}${name}, every field in the contract's types${grown}`];
}

type Setter = (id: RuleId, status: Status, saw: string) => void;

async function checkLookups(post: Post, url: string, options: CheckOptions, contract: Contract, set: Setter): Promise<void> {
  const given = [
    ...(options.emails ?? []).map((email) => ({email: email.trim().toLowerCase(), phone: null})),
    ...(options.phones ?? []).map((phone) => ({email: null, phone: phone.trim()})),
  ];
  const random = unknownId();
  // One lookup no customer can match: it must answer count 0 and no customer.
  const probes = [
    {email: `${random}@example.invalid`, phone: null, unknown: true},
    ...given.map((g) => ({...g, unknown: false})),
  ];
  const seen: string[] = [];
  let ambiguous: string | null = null;
  for (const probe of probes) {
    const variables = {email: probe.email, phone: probe.phone, ...CARD_VARIABLES};
    const label = probe.email ? `email ${probe.email}` : `phone ${probe.phone}`;
    const outcome = await send(post, url, Customer360LookupDocument.toString(), variables);
    const failed = (saw: string) => {
      set('lookupCount', 'fail', saw);
      if (!ambiguous) set('lookupAmbiguous', 'not checked', `the lookups failed (see "${RULES.lookupCount}")`);
    };
    if ('failure' in outcome) return failed(`${label}: no GraphQL answer: ${outcome.failure}`);
    const {data, errors} = outcome.answer;
    if (errors?.length) return failed(`${label}: errors ${errorText(errors)}`);
    const lookup = data?.['customerLookup'];
    if (!isRecord(lookup)) return failed(`${label}: customerLookup is ${JSON.stringify(lookup)}`);
    const {count, customer} = lookup;
    const who = isRecord(customer) ? `customer ${JSON.stringify(customer['id'])}` : JSON.stringify(customer);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      return failed(`${label}: count ${JSON.stringify(count)}`);
    if (count > 1) {
      if (customer !== null) {
        failed(`${label}: count ${count} with ${who}; with several matches the customer must be null`);
        return set('lookupAmbiguous', 'fail', `${label}: count ${count} and ${who}, one of several picked`);
      }
      ambiguous ??= `${label}: count ${count}, customer null`;
    } else if (count === 1) {
      if (!isRecord(customer)) return failed(`${label}: count 1 but customer ${who}`);
      const values = probe.email ? customer['emails'] : customer['phones'];
      const wanted = probe.email ?? probe.phone;
      if (!Array.isArray(values) || !values.includes(wanted)) {
        return set(
          'lookupCount',
          'fail',
          `${label}: count 1, ${who}, whose ${probe.email ? 'emails' : 'phones'} ${JSON.stringify(values)} lack it (the card refuses the answer)`,
        );
      }
      const fit = contract.fits(Customer360LookupDocument.toString(), variables, data);
      if (fit.errors.length) return failed(`${label}: the answer breaks the contract's types: ${fit.errors[0]}`);
    } else if (customer !== null) return failed(`${label}: count 0 but ${who}`);
    seen.push(`${probe.unknown ? 'an email no customer has' : label}: count ${count}${count === 1 ? ` (${who})` : ''}`);
  }
  set('lookupCount', 'pass', seen.join('; '));
  if (ambiguous) set('lookupAmbiguous', 'pass', ambiguous);
  else {
    const hint = given.length ? 'none of the emails or phones given matches several customers' : 'no --email or --phone given';
    set(
      'lookupAmbiguous',
      'not checked',
      `${hint}; give one that several customers share (e.g. a household's landline) to see the answer to an ambiguous lookup`,
    );
  }
}

async function checkPartial(post: Post, options: CheckOptions, variables: Record<string, unknown>, set: Setter): Promise<void> {
  if (options.partialUrl === null)
    return set('partial', 'not checked', 'no way to make a section fail was given (--partial-url)');
  const url = options.partialUrl ?? withPartialFault(options.url);
  const how = options.partialUrl ? `at ${url}` : "with the kit's fault control (fault=partial)";
  const outcome = await send(post, url, Customer360Document.toString(), variables);
  // The `fault=partial` probe is this repository's convention: a server that rejects it as a
  // whole has not shown how it fails a section. At a URL the user gave, it has.
  const probing = options.partialUrl === undefined;
  if ('failure' in outcome) {
    return set('partial', probing ? 'not checked' : 'fail', `${how}: no GraphQL answer: ${outcome.failure}`);
  }
  const {data, errors} = outcome.answer;
  if (!errors?.length) {
    return set(
      'partial',
      'not checked',
      `no section failed ${how}: the server has no way for the check to make one fail (give --partial-url when it has)`,
    );
  }
  const customer = data?.['customer'];
  const intoCustomer = errors.some((error) => Array.isArray(error.path) && error.path[0] === 'customer');
  if (!isRecord(customer) && probing && !intoCustomer) {
    return set('partial', 'not checked', `${how}: the whole request failed (${errorText(errors)}), not one section`);
  }
  if (!isRecord(customer))
    return set(
      'partial',
      'fail',
      `${how}: errors ${errorText(errors)} and customer ${JSON.stringify(customer)}: one failing section lost the whole card`,
    );
  const located = errors.filter((error) => Array.isArray(error.path) && error.path[0] === 'customer' && error.path.length > 1);
  if (!located.length)
    return set(
      'partial',
      'fail',
      `${how}: errors ${errorText(errors)} without a path into customer: the card cannot tell which section failed`,
    );
  for (const error of located) {
    let value: unknown = data;
    for (const key of error.path as (string | number)[])
      value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    if (value !== null)
      return set(
        'partial',
        'fail',
        `${how}: error at ${(error.path as unknown[]).join('.')} but the value there is ${JSON.stringify(value)?.slice(0, 60)}, not null`,
      );
  }
  const failed = located.map((error) => (error.path as unknown[]).join('.')).join(', ');
  const kept = Object.keys(customer).filter((key) => customer[key] !== null).length;
  return set('partial', 'pass', `${how}: ${failed} null with ${errorText(located)}; the other ${kept} fields answered`);
}

async function checkBatch(
  post: Post,
  url: string,
  ids: readonly string[],
  variables: Record<string, unknown>,
  singles: readonly ({id: string; answer: Outcome} | null)[],
  set: Setter,
  band: () => Band,
): Promise<void> {
  const outcome = await send(post, url, batchDocument(ids.length), batchVariables(ids, variables as never));
  if ('failure' in outcome) return set('batch', 'fail', `no GraphQL answer: ${outcome.failure}`);
  const {data, errors} = outcome.answer;
  if (errors?.length) return set('batch', 'fail', `errors ${errorText(errors)}`);
  // Each alias against the single query of the same id (the card's query, the unknown id);
  // the other customers given must at least carry their own id.
  const tolerance = (): number => band().high - band().low;
  const compared: string[] = [];
  for (const [index, id] of ids.entries()) {
    const alias = `c${index}`;
    const got = data?.[alias];
    const single = singles.find((s) => s?.id === id);
    if (single && ('failure' in single.answer || single.answer.answer.errors?.length)) {
      compared.push(`${alias} not compared (its single query failed)`);
    } else if (single && 'answer' in single.answer) {
      const expected = single.answer.answer.data?.['customer'];
      const difference = firstDifference(got, expected, tolerance());
      if (difference)
        return set('batch', 'fail', `${alias} (id ${JSON.stringify(id)}) differs from the single query: ${difference}`);
      compared.push(`${alias} = its single query (${expected === null ? 'null' : id})`);
    } else if (!isRecord(got) || got['id'] !== id) {
      return set(
        'batch',
        'fail',
        `${alias} asked for ${JSON.stringify(id)} and answered ${isRecord(got) ? `id ${JSON.stringify(got['id'])}` : JSON.stringify(got)}`,
      );
    } else compared.push(`${alias} carries its id ${id}`);
  }
  return set('batch', 'pass', `${ids.length} aliases in one request: ${compared.join(', ')}`);
}
