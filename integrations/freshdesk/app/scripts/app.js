// Customer 360 in Freshdesk: the card follows the ticket's requester (or the contact being
// viewed), found by email or phone, in the agent's language. Settings are the installation
// parameters of config/iparams.json.
import './customer-360.js';
import {connectFreshdesk} from './customer-360-adapters.js';

const card = document.querySelector('customer-360');

globalThis.app?.initialized().then(async (client) => {
  const {endpoint = '', phoneRegion = ''} = (await client.iparams.get().catch(() => ({}))) ?? {};
  card.endpoint = endpoint;
  if (phoneRegion) card.setAttribute('phone-region', phoneRegion);
  connectFreshdesk(card, client);
});
