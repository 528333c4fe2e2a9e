import {expect} from '../../expect.js';
import {defaultHintOptions, franceProfile, resolveHintOptions, summaryDaysFor} from '../../../src/hints/index.js';
import type {HintOptionsInit} from '../../../src/hints/index.js';
import {contactCapFreeDay} from '../../../src/hints/rules.js';

describe('hint options', () => {
  it('documents the defaults', () => {
    expect(defaultHintOptions).to.deep.include({
      loyaltyYears: 5,
      newCustomerDays: 90,
      repeatContact: {min: 3, days: 30},
      transfers: {min: 2, days: 30},
      missedAppointmentDays: 90,
    });
    expect(defaultHintOptions.jurisdiction).to.equal(franceProfile);
    expect(franceProfile).to.deep.include({
      id: 'FR',
      defaultTimeZone: 'Europe/Paris',
      contactCap: {max: 4, days: 30},
      refusalQuietDays: 60,
    });
    expect(Object.isFrozen(defaultHintOptions.jurisdiction.callingHours)).to.equal(true);
  });

  it('deep-merges a partial init over the defaults', () => {
    const options = resolveHintOptions({repeatContact: {min: 5}, jurisdiction: {contactCap: {max: 3}}});
    expect(options.repeatContact).to.deep.equal({min: 5, days: 30});
    expect(options.jurisdiction.contactCap).to.deep.equal({max: 3, days: 30});
    expect(options.jurisdiction.callingHours).to.equal(franceProfile.callingHours);
    expect(options.loyaltyYears).to.equal(5);
  });

  it('ignores values of the wrong type or out of range', () => {
    const init = {loyaltyYears: -1, newCustomerDays: Number.NaN, transfers: {min: 'two'}} as unknown as HintOptionsInit;
    const options = resolveHintOptions(init);
    expect([options.loyaltyYears, options.newCustomerDays, options.transfers.min]).to.deep.equal([5, 90, 2]);
  });

  it('summaryDaysFor: the longest window any rule reads', () => {
    expect(summaryDaysFor()).to.equal(90);
    expect(summaryDaysFor(resolveHintOptions({missedAppointmentDays: 30, repeatContact: {days: 45}}))).to.equal(45);
  });
});

describe('France profile', () => {
  it('Mon–Fri 10:00–13:00 and 14:00–20:00', () => {
    expect(franceProfile.callingHours).to.deep.equal([
      {days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], from: 600, to: 780},
      {days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], from: 840, to: 1200},
    ]);
  });
  it('computes its public holidays instead of listing dates (test/node/hints/holidays.test.ts checks them)', () => {
    expect(franceProfile.holidays).to.have.length(11);
    expect(franceProfile.publicHolidays).to.deep.equal([]);
  });
});

describe('contact cap free-up day', () => {
  it('is the cap-th newest solicitation day + the window', () => {
    // Newest first; cap 4 → the 4th newest (day 100) leaves the window on day 130.
    expect(contactCapFreeDay([120, 115, 110, 100, 95, 90], 4, 30)).to.equal(130);
    expect(contactCapFreeDay([120, 115, 110, 100], 4, 30)).to.equal(130);
    expect(contactCapFreeDay([120, 115, 110], 4, 30)).to.equal(undefined);
  });
});
