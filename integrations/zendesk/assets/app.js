// Customer 360 in Zendesk Support: the card follows the ticket's requester (or the user being
// viewed), found by email or phone, in the agent's language. Settings come from the app's
// installation (manifest.json `parameters`).
import './customer-360.js';
import {connectZendesk} from './customer-360-adapters.js';

const card = document.querySelector('customer-360');
// ZAFClient.init() returns false outside Zendesk (no `origin` and `app_guid` in the URL).
const client = globalThis.ZAFClient?.init();

if (!client) {
  card.hidden = true;
  document.querySelector('#outside').hidden = false;
} else {
  client.invoke('resize', {width: '100%', height: '640px'}).catch(() => undefined);
  client.metadata().then(({settings = {}}) => {
    card.endpoint = settings.endpoint ?? '';
    if (settings.phoneRegion) card.setAttribute('phone-region', settings.phoneRegion);
    if (settings.tokenUrl) {
      // Zendesk's proxy fills in the secure setting: the secret never reaches this page.
      card.getHeaders = async () => {
        const answer = await client.request({
          url: settings.tokenUrl,
          type: 'POST',
          secure: true,
          headers: {Authorization: 'Bearer {{setting.tokenSecret}}'},
          dataType: 'json',
        });
        return {Authorization: `Bearer ${answer.token}`};
      };
    }
    connectZendesk(card, client);
  });
}
