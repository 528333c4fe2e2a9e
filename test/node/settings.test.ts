/** Issue #10, items 4, 5, 7 and 8: the host's values checked at the boundary (pure parts). */
import {expect} from '../expect.js';
import {customerIdOf, delayOf, headersOf, redactEndpoint, validDate} from '../../src/data/settings.js';
import {MAX_TIMER, requestOptions, sharedKey, timeoutOf} from '../../src/data/load.js';
import {LoadFailure} from '../../src/data/errors.js';
import {customerRequest, pageSizeOf} from '../../src/data/request.js';
import {resolveHintOptions, summaryDaysFor} from '../../src/hints/index.js';
import type {HintOptionsInit} from '../../src/hints/index.js';

describe('host values', () => {
  it('customer id: strings trimmed, finite numbers as text, anything else unusable', () => {
    expect([
      customerIdOf(' 42 '),
      customerIdOf(42),
      customerIdOf(Number.NaN),
      customerIdOf({}),
      customerIdOf(null),
    ]).to.deep.equal(['42', '42', undefined, undefined, undefined]);
  });
  it('customer id: at most 256 characters; a longer one is no id (never sent, never shown)', () => {
    expect([
      customerIdOf('x'.repeat(256))?.length,
      customerIdOf('x'.repeat(257)),
      customerIdOf(` ${'x'.repeat(256)} `)?.length,
    ]).to.deep.equal([256, undefined, 256]);
  });
  it('now: only a Date that holds a time', () => {
    const now = new Date();
    expect([validDate(now), validDate(new Date(Number.NaN)), validDate('2026-01-01')]).to.deep.equal([now, undefined, undefined]);
  });
  it('now: a date the card can count from, years away from the edge of what a Date holds (±8.64e15 ms)', () => {
    const last = new Date('9999-12-31T23:59:59.999Z');
    const edges = [8.64e15, -8.64e15, 8.64e15 - 1, last.getTime() + 1].map((t) => validDate(new Date(t)));
    expect(edges).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect([validDate(last), validDate(new Date(0))]).to.deep.equal([last, new Date(0)]);
  });
  it('delays and timeouts: negative or NaN unusable; at most 2³¹ − 1 ms (a longer timer fires at once)', () => {
    expect([delayOf(-1), delayOf(Number.NaN), delayOf(0), delayOf(2 ** 40)]).to.deep.equal([undefined, undefined, 0, MAX_TIMER]);
    expect([timeoutOf(-1), timeoutOf('5'), timeoutOf(2 ** 40), timeoutOf(300)]).to.deep.equal([10_000, 10_000, MAX_TIMER, 300]);
  });
  it('headers: a plain object of strings only', () => {
    expect(headersOf({a: 'b'})).to.deep.equal({a: 'b'});
    expect([headersOf('Bearer x'), headersOf(['a']), headersOf({a: 1})]).to.deep.equal([undefined, undefined, undefined]);
  });
  it('an endpoint in a warning loses its query string, fragment and user info', () => {
    expect(redactEndpoint('https://user:pw@crm.example/graphql?token=abc#f')).to.equal('https://crm.example/graphql');
    expect(redactEndpoint(`https://x/${'a'.repeat(500)}`).length).to.equal(100);
  });
  it('page size: a positive whole number up to 100', () => {
    expect([5, 1e12, 2.5, -1, 0, Number.NaN].map((n) => pageSizeOf(n))).to.deep.equal([5, 100, 5, 5, 5, 5]);
  });
});

describe('hintOptions become valid GraphQL Int variables (item 4)', () => {
  it('too large is clamped, fractions rounded, each with one warning naming the option', () => {
    const warnings: string[] = [];
    const options = resolveHintOptions({missedAppointmentDays: 1e12, transfers: {days: 31.5}} as HintOptionsInit, (m) =>
      warnings.push(m),
    );
    expect([options.missedAppointmentDays, options.transfers.days]).to.deep.equal([3650, 32]);
    expect(warnings).to.have.length(2);
    expect(warnings.join()).to.contain('hintOptions.missedAppointmentDays').and.contain('hintOptions.transfers.days');
    const request = customerRequest(
      {customerId: 'c', endpoint: 'https://x/graphql', pageSize: 5, hintOptions: {missedAppointmentDays: 1e12}},
      'https://x/',
    );
    expect(
      request.kind === 'query' &&
        Number.isSafeInteger(request.variables.summaryDays) &&
        request.variables.summaryDays <= 2 ** 31 - 1,
    ).to.equal(true);
    expect(summaryDaysFor(options)).to.equal(3650);
  });
  it('an options object whose getters throw gives the defaults, never a throw', () => {
    const init = {
      get loyaltyYears(): number {
        throw new Error('x');
      },
    };
    expect(() =>
      customerRequest(
        {customerId: 'c', endpoint: 'https://x/graphql', pageSize: 5, hintOptions: init as HintOptionsInit},
        'https://x/',
      ),
    ).to.not.throw();
    expect(resolveHintOptions(init as HintOptionsInit).loyaltyYears).to.equal(5);
  });
});

describe('getHeaders() runs inside the timeout (item 7)', () => {
  const url = new URL('https://x/graphql');
  const reason = async (run: Promise<unknown>) => {
    try {
      await run;
    } catch (error) {
      return error instanceof LoadFailure ? error.reason : String(error);
    }
    return 'resolved';
  };
  it('never answers: "headers" once the timeout passed', async () => {
    const hook = () => new Promise<Record<string, string>>(() => {});
    expect(await reason(requestOptions(url, {getHeaders: hook, timeout: 20}, new AbortController().signal))).to.equal('headers');
  });
  it('throws (synchronously or not) or answers junk: "headers"', async () => {
    const signal = new AbortController().signal;
    for (const hook of [
      () => {
        throw new Error('x');
      },
      () => Promise.reject(new Error('x')),
      () => 'Bearer x' as unknown as Record<string, string>,
    ]) {
      expect(await reason(requestOptions(url, {getHeaders: hook, timeout: 1000}, signal))).to.equal('headers');
    }
  });
  it('an abort while waiting stays an abort', async () => {
    const controller = new AbortController();
    const run = requestOptions(url, {getHeaders: () => new Promise(() => {}), timeout: 10_000}, controller.signal);
    controller.abort();
    expect(await reason(run)).to.match(/AbortError/);
  });
});

describe('credentials are part of a shared request (item 5)', () => {
  const request = customerRequest({customerId: 'c', endpoint: 'https://x/graphql', pageSize: 5}, 'https://x/');
  const hook = () => ({});
  it('same endpoint, headers, hook and credentials: one key (header order does not matter)', () => {
    expect(sharedKey(request, {headers: {a: '1', b: '2'}, getHeaders: hook, timeout: 1})).to.equal(
      sharedKey(request, {headers: {b: '2', a: '1'}, getHeaders: hook, timeout: 5}),
    );
  });
  it('a different token, hook or credentials mode: another key', () => {
    const base = sharedKey(request, {headers: {Authorization: 'Bearer a'}, timeout: 1});
    expect(sharedKey(request, {headers: {Authorization: 'Bearer b'}, timeout: 1})).to.not.equal(base);
    expect(sharedKey(request, {headers: {Authorization: 'Bearer a'}, getHeaders: hook, timeout: 1})).to.not.equal(base);
    expect(sharedKey(request, {headers: {Authorization: 'Bearer a'}, getHeaders: () => ({}), timeout: 1})).to.not.equal(
      sharedKey(request, {headers: {Authorization: 'Bearer a'}, getHeaders: hook, timeout: 1}),
    );
    expect(sharedKey(request, {headers: {Authorization: 'Bearer a'}, credentials: 'include', timeout: 1})).to.not.equal(base);
  });
});
