/**
 * The tickets (or conversations) every simulated helpdesk host lists: one matched by email,
 * one by phone, one with no CRM match, one ambiguous, one refused before any request. The
 * requesters are as a helpdesk knows them (an address with capitals, a national phone number);
 * the CRM side is demo/seed/personas.json.
 */
export interface DemoRequester {
  /** The helpdesk's own user id. */
  readonly id: number;
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface DemoTicket {
  readonly id: number;
  readonly subject: string;
  readonly requester: DemoRequester;
  /** What the card should do with it, for the page and the tests. */
  readonly expect: 'email' | 'phone' | 'no-match' | 'ambiguous' | 'invalid-email';
  readonly story: string;
}

export const DEMO_TICKETS: readonly DemoTicket[] = [
  {
    id: 1042,
    subject: 'Why am I still called about TV Max?',
    requester: {id: 501, name: 'Bernard Martin', email: 'Bernard.Martin@Example.fr'},
    expect: 'email',
    story: 'Found by email; the helpdesk wrote it with capitals, the card compares case-insensitively.',
  },
  {
    id: 1043,
    subject: 'Callback about my energy audit',
    requester: {id: 502, name: 'Claire Fontaine', phone: '06 00 00 02 02'},
    expect: 'phone',
    story: 'A phone ticket: no email, a French national number, sent and compared as +33600000202.',
  },
  {
    id: 1044,
    subject: 'Question about an invoice',
    requester: {id: 503, name: 'Paul Durand', email: 'paul.durand@example.org'},
    expect: 'no-match',
    story: 'Nobody in the CRM has this address: "no customer with this email".',
  },
  {
    id: 1045,
    subject: 'The line is cut again',
    requester: {id: 504, name: 'Rousseau household', phone: '+33 2 40 00 05 05'},
    expect: 'ambiguous',
    story: 'Two customers share this landline: the card shows neither and says so.',
  },
  {
    id: 1046,
    subject: 'Password reset',
    // A Cyrillic "а" (U+0430) in place of the Latin "a".
    requester: {id: 505, name: 'Look-alike address', email: 'bern\u0430rd.martin@example.fr'},
    expect: 'invalid-email',
    story: 'The address has a Cyrillic "а" that looks Latin: refused before any request.',
  },
];
