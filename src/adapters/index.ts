/**
 * `customer-360/adapters`: tell a card who to show (a customer id, or an email or phone to look
 * up) from the host tool it is embedded in: Chatwoot, Zendesk, Freshdesk, Front, Help Scout, any
 * page that posts a message, or the URL.
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
export {connectZendesk, zendeskIdentity} from './zendesk.js';
export type {ZafClient, ZendeskOptions} from './zendesk.js';
export {connectFreshdesk, freshdeskIdentity} from './freshdesk.js';
export type {FreshClient, FreshdeskOptions} from './freshdesk.js';
export {connectFront, frontIdentity} from './front.js';
export type {FrontOptions, FrontSdk} from './front.js';
export {connectHelpScout, helpScoutIdentity} from './helpscout.js';
export type {HelpScoutSdk} from './helpscout.js';
export type {HostIdentity} from './shared.js';
