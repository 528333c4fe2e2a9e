// Customer 360 as a Front sidebar plugin: the card follows the selected conversation's main
// recipient, found by email or phone. Front's plugin SDK (the @frontapp/plugin-sdk package)
// is bundled next to this file by `npm run integrations`.
import Front from './front-plugin-sdk.js';
import './customer-360.js';
import {connectFront} from './customer-360-adapters.js';

const card = document.querySelector('customer-360');
// To show a contact by your CRM id when Front has it, name the contact custom attribute here,
// e.g. {customerIdAttribute: 'CRM id'}.
connectFront(card, Front, {});
