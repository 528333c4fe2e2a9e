/**
 * The recount alone, on hand-made histories: the windows' edges, contacts after `now`, a `now`
 * known only within a band, calendar months in the customer's zone.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
  checkCount,
  checkLast,
  checkMissedByUs,
  checkMonthly,
  checkSolicitations,
  checkTopics,
  toContact,
} from '../src/recount.js';
import type {Band, Contact, RecountInput} from '../src/recount.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T09:00:00.000Z');
const exactly: Band = {low: NOW, high: NOW};

let next = 0;
function contact(atMs: number, fields: Record<string, unknown> = {}): Contact {
  const made = toContact({
    id: `c${++next}`,
    at: new Date(atMs).toISOString(),
    direction: 'INBOUND',
    purpose: 'SUPPORT',
    outcome: 'ANSWERED',
    transfers: 0,
    ticketId: null,
    ...fields,
  });
  assert.ok(typeof made !== 'string', made as string);
  return made;
}

function input(
  contacts: Contact[],
  summary: Record<string, unknown>,
  band: Band = exactly,
  timeZone: string | null = null,
): RecountInput {
  return {contacts, band, summary: {days: 90, ...summary}, askedDays: 90, topicDays: 30, months: 6, timeZone};
}

describe('recount', () => {
  it('counts a contact exactly `days` before now and one exactly at now, but none after now', () => {
    const contacts = [contact(NOW - 90 * DAY), contact(NOW), contact(NOW + 1), contact(NOW - 90 * DAY - 1)];
    assert.equal(checkCount(input(contacts, {count: 2})).status, 'pass');
    assert.match(checkCount(input(contacts, {count: 3})).saw, /count 3; the paged contacts give 2 in the last 90 days/);
    assert.equal(checkCount(input(contacts, {count: 1})).status, 'fail');
    assert.match(
      checkCount({...input(contacts, {count: 2}), summary: {days: 30, count: 2}}).saw,
      /days 30 for the 90 days the card asked/,
    );
  });

  it('accepts either answer for a contact at the window’s edge while `now` is known only within a band', () => {
    const band: Band = {low: NOW - 5_000, high: NOW + 5_000};
    const contacts = [contact(NOW - 90 * DAY + 2_000), contact(NOW - DAY)];
    assert.equal(checkCount(input(contacts, {count: 1}, band)).status, 'pass');
    assert.equal(checkCount(input(contacts, {count: 2}, band)).status, 'pass');
    assert.equal(checkCount(input(contacts, {count: 0}, band)).status, 'fail');
    assert.equal(checkCount(input(contacts, {count: 2}, exactly)).status, 'pass');
    assert.equal(
      checkCount(input(contacts, {count: 1}, exactly)).status,
      'fail',
      'with an exact now, the edge contact is inside',
    );
  });

  it('counts outbound SALES contacts whatever their outcome, newest first, and no inbound one', () => {
    const sale = (at: number, fields: Record<string, unknown> = {}) =>
      contact(at, {direction: 'OUTBOUND', purpose: 'SALES', outcome: 'NO_ANSWER', ...fields});
    const contacts = [
      sale(NOW - DAY),
      sale(NOW - 2 * DAY, {outcome: 'REFUSED'}),
      contact(NOW - 3 * DAY, {purpose: 'SALES'}),
      sale(NOW - 100 * DAY),
    ];
    const dates = (list: Contact[]) => list.map((c) => new Date(c.atMs).toISOString());
    assert.equal(checkSolicitations(input(contacts, {outboundSolicitations: dates(contacts.slice(0, 2))})).status, 'pass');
    assert.match(
      checkSolicitations(input(contacts, {outboundSolicitations: dates(contacts.slice(0, 1))})).saw,
      /misses 1 outbound SALES contact/,
    );
    assert.match(
      checkSolicitations(input(contacts, {outboundSolicitations: dates(contacts.slice(0, 3))})).saw,
      /the instant of c\d+ \(.*INBOUND SALES ANSWERED\), not an outbound SALES contact of the window/,
    );
    assert.match(
      checkSolicitations(input(contacts, {outboundSolicitations: dates(contacts.slice(0, 2)).reverse()})).saw,
      /not newest first/,
    );
  });

  it('keeps a missed appointment after now out of missedByUs', () => {
    const due = contact(NOW + DAY, {outcome: 'MISSED_BY_US'});
    const missed = contact(NOW - DAY, {outcome: 'MISSED_BY_US'});
    assert.equal(checkMissedByUs(input([due, missed], {missedByUs: [missed.raw]})).status, 'pass');
    assert.match(checkMissedByUs(input([due, missed], {missedByUs: [due.raw, missed.raw]})).saw, /does not belong there/);
  });

  it('groups topics by ticket, else by purpose, with transfers summed', () => {
    const a = contact(NOW - 2 * DAY, {ticketId: 'T-1', transfers: 2});
    const b = contact(NOW - DAY, {ticketId: 'T-1', transfers: 1, purpose: 'BILLING'});
    const c = contact(NOW - 3 * DAY, {purpose: 'BILLING'});
    const iso = (x: Contact) => new Date(x.atMs).toISOString();
    const topics = [
      {ticketId: 'T-1', purpose: 'SUPPORT', count: 2, transfers: 3, firstAt: iso(a), lastAt: iso(b)},
      {ticketId: null, purpose: 'BILLING', count: 1, transfers: 0, firstAt: iso(c), lastAt: iso(c)},
    ];
    assert.equal(checkTopics(input([a, b, c], {topics})).status, 'pass');
    assert.match(
      checkTopics(input([a, b, c], {topics: [{...topics[0], transfers: 2}, topics[1]]})).saw,
      /ticket T-1: transfers 2; the paged contacts give 3/,
    );
    assert.match(checkTopics(input([a, b, c], {topics: [topics[0]]})).saw, /misses purpose BILLING/);
  });

  it('takes the newest contact as last, or the newest up to now when one is not yet due', () => {
    const due = contact(NOW + DAY, {purpose: 'APPOINTMENT'});
    const done = contact(NOW - DAY);
    const old = contact(NOW - 2 * DAY);
    assert.equal(checkLast(input([due, done, old], {last: due.raw})).status, 'pass');
    assert.match(checkLast(input([due, done, old], {last: done.raw})).saw, /1 contact after now left out/);
    assert.match(checkLast(input([due, done, old], {last: old.raw})).saw, /the newest contact is c\d+/);
    assert.match(
      checkLast(input([done, old], {last: {...done.raw, outcome: 'REFUSED'}})).saw,
      /differs from the same contact in the pages \(outcome: "REFUSED" vs "ANSWERED"\)/,
    );
  });

  it('accepts calendar months in the customer’s zone when UTC does not match', () => {
    // 23:30 UTC on 28 February is 1 March in Paris.
    const late = contact(Date.parse('2026-02-28T23:30:00Z'));
    const months = (feb: number, mar: number) =>
      ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'].map((month) => ({
        month,
        inbound: month === '2026-02' ? feb : month === '2026-03' ? mar : 0,
        outbound: 0,
      }));
    assert.match(checkMonthly(input([late], {}), months(1, 0)).saw, /in UTC/);
    assert.equal(checkMonthly(input([late], {}), months(0, 1)).status, 'fail', 'no zone given: UTC only');
    assert.match(checkMonthly(input([late], {}, exactly, 'Europe/Paris'), months(0, 1)).saw, /in Europe\/Paris/);
    assert.equal(checkMonthly(input([late], {}, exactly, 'Europe/Paris'), months(1, 1)).status, 'fail');
  });
});
