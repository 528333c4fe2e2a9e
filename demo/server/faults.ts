/**
 * The simulated failures of `controls.ts`, as answers: what a broken proxy, a wrong endpoint
 * or a half-down backend would send.
 */
import {STATUS_CODES} from 'node:http';
import {GraphQLError} from './graphql.js';
import type {ExecutionResult, GraphQLError as GraphQLErrorType} from 'graphql';
import type {Response, ResponseHeaders} from 'graphql-http';
import type {FaultName} from './controls.js';

/** The faults answered before any execution (`partial` needs one, `hang` answers nothing). */
export type EarlyFault = Exclude<FaultName, 'partial' | 'hang'>;

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** An nginx-style error page. */
function proxyErrorPage(status: number, text: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

const WEB_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet – Home</title></head>' +
  '<body><h1>Welcome to the intranet</h1><p>News, directory and canteen menu.</p></body></html>';

/** Extra headers a real server sends with some statuses. */
const STATUS_HEADERS: Partial<Record<EarlyFault, Record<string, string>>> = {
  '401': {'www-authenticate': 'Bearer realm="customer-360"'},
  '429': {'retry-after': '2'},
};

function respond(status: number, contentType: string, body: string, headers: Record<string, string> = {}): Response {
  const responseHeaders: ResponseHeaders = {'content-type': contentType, ...headers};
  return [body, {status, statusText: STATUS_CODES[status] ?? '', headers: responseHeaders}];
}

/**
 * The answer to a fault that needs no execution: an HTTP response, or GraphQL errors that
 * graphql-http turns into a spec-compliant request-error response.
 */
export function faultAnswer(fault: EarlyFault): Response | readonly GraphQLErrorType[] {
  switch (fault) {
    case 'invalid-json':
      return respond(200, JSON_TYPE, '{"data":{"customer":{"id":"');
    case 'empty':
      return respond(200, JSON_TYPE, '');
    case 'not-graphql':
      return respond(200, HTML, WEB_PAGE);
    case 'graphql-error':
      return [new GraphQLError('Simulated failure: the customer service is unavailable')];
    default: {
      const status = Number(fault);
      const text = STATUS_CODES[status] ?? 'Error';
      return respond(status, HTML, proxyErrorPage(status, text), STATUS_HEADERS[fault]);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `partial` fault: `result` with `data.customer.tickets` set to `null` and a "Ticket
 * service unavailable" error at that path, as a lenient server would send when one backend
 * fails. (A strict server cannot null `tickets`, which is non-null: the error would null the
 * whole `customer`.) Results without a selected `customer.tickets` are returned unchanged.
 */
export function withTicketsFailed(result: ExecutionResult, field = 'customer'): ExecutionResult {
  const customer = result.data?.[field];
  if (!result.data || !isRecord(customer) || !('tickets' in customer)) return result;
  return {
    ...result,
    data: {...result.data, [field]: {...customer, tickets: null}},
    errors: [...(result.errors ?? []), new GraphQLError('Ticket service unavailable', {path: [field, 'tickets']})],
  };
}
