// Customer 360 in Zendesk Support: the card follows the ticket's requester (or the user being
// viewed), found by email or phone, in the agent's language. Settings come from the app's
// installation (manifest.json `parameters`).
import './customer-360.js';
import {connectZendesk} from './customer-360-adapters.js';

const card = document.querySelector('customer-360');
// The ZAF SDK talks to whatever origin the page's URL names (`?origin=`). Only talk to a
// Zendesk account (edit the pattern for a host-mapped domain) or, in the demo, this page's
// own origin; and only when the browser confirms that origin is the page framing this one.
const origin = new URLSearchParams(location.search).get('origin') ?? '';
const parent = location.ancestorOrigins?.[0];
const trusted =
  (/^https:\/\/[a-z0-9-]+\.zendesk\.com$/.test(origin) || origin === location.origin) &&
  (parent === undefined || parent === origin);
// ZAFClient.init() returns false outside Zendesk (no `origin` and `app_guid` in the URL).
const client = trusted ? globalThis.ZAFClient?.init() : false;

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
