/**
 * A GraphQL endpoint that keeps the contract except for one rule, broken on purpose the way
 * real servers break it (an off-by-one cursor, `ORDER BY at` the wrong way, an aggregate that
 * forgets an outcome…). It serves the demo's schema and data (demo/server/schema.ts) through
 * graphql-http, with its own cursors (`b:<index>`, no page-size limit) over the demo's history.
 */
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import {createHandler} from 'graphql-http/lib/use/http';
import type {GraphQLSchema, ValidationRule} from 'graphql';
import {createRootValue, createSchema, matchContactPoints} from '../../demo/server/schema.js';
import {loadPersonas} from '../../demo/server/seed.js';
import type {CustomerNode, RootValue, SummaryNode} from '../../demo/server/schema.js';
import type {ContactRecord} from '../../demo/server/records.js';
import type {PageRecord} from '../../demo/server/aggregates.js';
import {serve} from './servers.js';
import type {Running} from './servers.js';

// The graphql-js instance graphql-http and the demo schema use (CommonJS, see demo/server/graphql.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** One rule broken, or `none` for the faithful control. */
export type Break =
  | 'none'
  | 'introspection-off'
  | 'field-missing'
  | 'naive-datetime'
  | 'unknown-id-answers-a-customer'
  | 'lookup-picks-first'
  | 'oldest-first'
  | 'duplicate-across-pages'
  | 'cursor-skips'
  | 'total-count-short'
  | 'count-one-day-too-many'
  | 'solicitations-answered-only'
  | 'last-refusal-oldest'
  | 'awaiting-reply-windowed'
  | 'missed-by-us-includes-customer-misses'
  | 'topics-ignore-their-days'
  | 'last-not-newest'
  | 'monthly-newest-first'
  | 'failure-nulls-customer'
  | 'failure-without-path'
  | 'rejects-unknown-parameters'
  | 'batch-answers-first-id';

type Context = {
  readonly now: Date;
  readonly partial: boolean;
  /** The first customer id resolved in this request (for `batch-answers-first-id`). */
  firstId: string | null;
};

const DAY = 86_400_000;

/** The whole history of a demo customer node, newest first, read through its own pages. */
function history(node: CustomerNode): ContactRecord[] {
  const all: ContactRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page: PageRecord = node.contacts({first: 100, after});
    all.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

/** A page with cursors `b:<index>`, broken as `broken` says. */
function page(all: readonly ContactRecord[], first: number, after: string | null, broken: Break): PageRecord {
  let start = after === null ? 0 : Number(after.slice(2)) + 1;
  if (after !== null && broken === 'duplicate-across-pages') start -= 1;
  if (after !== null && broken === 'cursor-skips') start += 1;
  let nodes = all.slice(start, start + first);
  if (broken === 'oldest-first') nodes = [...nodes].reverse();
  return {
    totalCount: broken === 'total-count-short' ? all.length - 1 : all.length,
    edges: nodes.map((node, offset) => ({cursor: `b:${start + offset}`, node})),
    pageInfo: {hasNextPage: start + first < all.length, endCursor: nodes.length ? `b:${start + nodes.length - 1}` : null},
  };
}

/** The summary with one aggregate broken. */
function brokenSummary(node: CustomerNode, days: number | null, broken: Break, now: Date): SummaryNode {
  const summary = node.contactSummary({days});
  const all = history(node);
  const window = summary.days * DAY;
  const inWindow = (contact: ContactRecord) => contact.at.getTime() >= now.getTime() - window && contact.at <= now;
  switch (broken) {
    case 'count-one-day-too-many':
      return {...summary, count: node.contactSummary({days: summary.days + 1}).count};
    case 'solicitations-answered-only':
      return {
        ...summary,
        outboundSolicitations: all
          .filter((c) => inWindow(c) && c.direction === 'OUTBOUND' && c.purpose === 'SALES' && c.outcome === 'ANSWERED')
          .map((c) => c.at),
      };
    case 'last-refusal-oldest':
      return {...summary, lastRefusal: all.filter((c) => c.outcome === 'REFUSED').at(-1) ?? null};
    case 'awaiting-reply-windowed':
      return {...summary, awaitingReply: summary.awaitingReply.slice(1)};
    case 'missed-by-us-includes-customer-misses':
      return {...summary, missedByUs: all.filter((c) => inWindow(c) && /^MISSED_BY_/.test(c.outcome))};
    case 'topics-ignore-their-days':
      return {...summary, topics: () => summary.topics({days: null})};
    case 'last-not-newest':
      return {...summary, last: all[1] ?? null};
    case 'monthly-newest-first':
      return {...summary, monthly: (args) => summary.monthly(args).reverse()};
    default:
      return summary;
  }
}

function brokenNode(node: CustomerNode, broken: Break, context: Context): CustomerNode {
  let all: ContactRecord[] | null = null;
  return {
    ...node,
    contacts: ({first, after}) => page((all ??= history(node)), first ?? 10, after ?? null, broken),
    contactSummary: ({days}) => brokenSummary(node, days, broken, context.now),
  };
}

function brokenRoot(broken: Break): RootValue {
  const base = createRootValue();
  return {
    customer(args, context) {
      const ctx = context as Context;
      // A section's failure taking the whole customer with it (what a non-null section would do).
      if (ctx.partial && broken === 'failure-nulls-customer') throw new graphql.GraphQLError('Ticket service unavailable');
      const id = broken === 'batch-answers-first-id' ? (ctx.firstId ??= args.id) : args.id;
      const node =
        base.customer({id}, ctx) ?? (broken === 'unknown-id-answers-a-customer' ? base.customer({id: 'martin'}, ctx) : null);
      return node && brokenNode(node, broken, ctx);
    },
    customerLookup(args, context) {
      const answer = base.customerLookup(args, context);
      if (broken !== 'lookup-picks-first' || answer.count < 2) return answer;
      // The classic `LIMIT 1`: the first of the matching customers.
      const [first] = matchContactPoints(loadPersonas(context.now).values(), args.email, args.phone);
      return {...answer, customer: first ? base.customer({id: first.id}, context) : null};
    },
  };
}

function brokenSchema(broken: Break): GraphQLSchema {
  if (broken === 'field-missing') {
    const sdl = readFileSync(new URL('../../schema/customer-360.graphql', import.meta.url), 'utf8');
    return graphql.buildSchema(
      sdl.replace(/^\s*"The name the customer asked to be called by[^\n]*\n\s*preferredName: String\n/m, '\n'),
    );
  }
  const schema = createSchema();
  if (broken === 'naive-datetime') {
    // A timestamp column without a zone, printed as is.
    const type = schema.getType('DateTime') as import('graphql').GraphQLScalarType;
    type.serialize = (value) => (value as Date).toISOString().slice(0, 19);
  }
  return schema;
}

/** Serves the demo's customers with `broken` broken; `now=` in the URL sets the clock, `fault=partial` fails the tickets. */
export function startBroken(broken: Break): Promise<Running> {
  const rules: readonly ValidationRule[] = [...graphql.specifiedRules, graphql.NoSchemaIntrospectionCustomRule];
  const handler = createHandler<Context>({
    schema: brokenSchema(broken),
    rootValue: brokenRoot(broken),
    ...(broken === 'introspection-off' ? {validationRules: rules} : {}),
    context: (req) => {
      const search = new URL(req.url, 'http://localhost').searchParams;
      return {now: new Date(search.get('now') ?? Date.now()), partial: search.get('fault') === 'partial', firstId: null};
    },
    onOperation: (req, _args, result) => {
      const partial = new URL(req.url, 'http://localhost').searchParams.get('fault') === 'partial';
      if (!partial || broken !== 'failure-without-path' || !('data' in result) || !result.data?.['customer']) return undefined;
      // A failure logged as a request-level error, with no path to say which section it was.
      const customer = result.data['customer'] as Record<string, unknown>;
      return {data: {customer: {...customer, tickets: null}}, errors: [new graphql.GraphQLError('Ticket service unavailable')]};
    },
  });
  return serve((req, res) => {
    if (broken === 'rejects-unknown-parameters' && new URL(req.url ?? '/', 'http://localhost').searchParams.has('fault')) {
      res.writeHead(400, {'content-type': 'application/json'});
      res.end(JSON.stringify({errors: [{message: 'Unknown query parameter: fault'}]}));
      return;
    }
    void handler(req, res);
  });
}
