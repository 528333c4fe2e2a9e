/**
 * Front adapter (plugin SDK): the card shows the main recipient of the selected
 * conversation, found by email or phone.
 *
 *     import Front from '@frontapp/plugin-sdk';
 *     const disconnect = connectFront(card, Front);
 *
 * The SDK talks to Front over a `MessageChannel` whose port only the framing Front window
 * holds. The adapter reads `context.conversation.recipient` (`handle`, `type`) and, when Front
 * linked a contact, its handles. Front gives no teammate language: set the card's `locale`
 * (or a `lang` on the page) yourself.
 */
import {isRecord, setIdentity, toContactValue, toCustomerId, type HostIdentity} from './shared.js';

/** The part of the Front plugin SDK the adapter uses. */
export interface FrontSdk {
  contextUpdates: {subscribe(next: (context: unknown) => void): {unsubscribe(): void}};
}

export interface FrontOptions {
  /**
   * The name of a contact custom attribute holding your CRM's customer id (e.g. `CRM id`); when
   * the recipient's contact has it, it wins over email and phone. Default: none.
   */
  customerIdAttribute?: string;
}

/** Recipient and handle types that are phone numbers. */
const PHONE_TYPES: ReadonlySet<unknown> = new Set(['phone', 'sms', 'whatsapp']);

/**
 * The identity of a Front context: for a `singleConversation`, its recipient's handle (an
 * email or a phone by its `type`), completed from the linked contact's handles; for any other
 * context (none or several conversations selected), nobody. Pure.
 */
export function frontIdentity(context: unknown, options: FrontOptions = {}): HostIdentity {
  if (!isRecord(context) || context.type !== 'singleConversation' || !isRecord(context.conversation)) return {};
  const recipient = context.conversation.recipient;
  if (!isRecord(recipient)) return {};
  const identity: HostIdentity = {};
  if (recipient.type === 'email') identity.email = toContactValue(recipient.handle);
  else if (PHONE_TYPES.has(recipient.type)) identity.phone = toContactValue(recipient.handle);
  const contact = isRecord(recipient.contact) ? recipient.contact : undefined;
  const handles = Array.isArray(contact?.handles) ? contact.handles.filter(isRecord) : [];
  identity.email ??= toContactValue(handles.find((h) => h.type === 'email')?.handle);
  identity.phone ??= toContactValue(handles.find((h) => PHONE_TYPES.has(h.type))?.handle);
  if (options.customerIdAttribute && Array.isArray(contact?.customAttributes)) {
    const attribute = contact.customAttributes.filter(isRecord).find((a) => a.name === options.customerIdAttribute);
    identity.customerId = toCustomerId(attribute?.value) || undefined;
  }
  return identity;
}

/** Follows Front's context: each update decides the card's identity on its own. Returns the disconnect. */
export function connectFront(card: Element, front: FrontSdk, options: FrontOptions = {}): () => void {
  const subscription = front.contextUpdates.subscribe((context) => setIdentity(card, frontIdentity(context, options)));
  return () => subscription.unsubscribe();
}
