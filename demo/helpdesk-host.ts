/**
 * What the simulated helpdesk pages share: a ticket picker, the app frame, and a log of the
 * messages between them. Each page (zendesk-host.ts, front-host.ts…) answers its SDK the way
 * that helpdesk does and calls `startHelpdeskHost` with what to do when a ticket is opened.
 */
import {DEMO_TICKETS, type DemoTicket} from './helpdesk-tickets.js';

export interface HelpdeskHost {
  readonly frame: HTMLIFrameElement;
  /** The ticket open now. */
  current(): DemoTicket | undefined;
  /** Adds a line to the page's message log (only names and kinds: no customer data). */
  note(line: string): void;
}

export interface HelpdeskHostOptions {
  /** Called when the agent opens another ticket (and once at start). */
  open(ticket: DemoTicket | undefined, host: HelpdeskHost): void;
  /** Label of the "no ticket" entry, when the host has such a state (Front: no conversation selected). */
  noneLabel?: string;
}

export function startHelpdeskHost(options: HelpdeskHostOptions): HelpdeskHost {
  const select = document.querySelector<HTMLSelectElement>('select[name="ticket"]')!;
  const story = document.querySelector<HTMLElement>('#ticket-story')!;
  const log = document.querySelector<HTMLOListElement>('#log')!;
  const frame = document.querySelector<HTMLIFrameElement>('iframe')!;
  for (const ticket of DEMO_TICKETS) {
    select.append(new Option(`#${ticket.id} ${ticket.subject} — ${ticket.requester.name}`, String(ticket.id)));
  }
  if (options.noneLabel) select.append(new Option(options.noneLabel, ''));
  const current = () => DEMO_TICKETS.find((ticket) => String(ticket.id) === select.value);
  const host: HelpdeskHost = {
    frame,
    current,
    note(line) {
      const item = document.createElement('li');
      item.textContent = line;
      log.prepend(item);
      while (log.children.length > 50) log.lastElementChild?.remove();
    },
  };
  const open = () => {
    const ticket = current();
    story.textContent = ticket ? ticket.story : 'No conversation selected: the card shows nobody.';
    options.open(ticket, host);
  };
  select.addEventListener('change', open);
  open();
  return host;
}
