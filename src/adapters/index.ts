/**
 * `customer-360/adapters`: set a card's customer id from the host tool it is embedded in.
 * No side effects: importing registers nothing and listens to nothing until you connect.
 *
 *     import {connectChatwoot} from 'customer-360/adapters';
 *     connectChatwoot(card, {allowedOrigins: ['https://app.chatwoot.com'], requestOnConnect: true});
 */
export {
  CHATWOOT_FETCH_INFO,
  chatwootCustomerId,
  connectChatwoot,
  readChatwootContext,
  requestChatwootContext,
} from './chatwoot.js';
export type {ChatwootAgent, ChatwootAppContext, ChatwootContact, ChatwootConversation, ChatwootOptions} from './chatwoot.js';
export {HOST_CONTEXT_TYPE, connectPostMessage, connectUrlParam, customerIdFromUrl, readHostContext} from './host-context.js';
export type {HostContextMessage, PostMessageOptions} from './host-context.js';
export {MAX_CUSTOMER_ID_LENGTH, MAX_MESSAGE_LENGTH} from './shared.js';
