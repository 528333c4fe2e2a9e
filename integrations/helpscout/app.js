// Customer 360 as a Help Scout sidebar app: the card follows the open conversation's
// customer, found by email or phone. Help Scout's JavaScript SDK (the
// @helpscout/javascript-sdk package) is bundled next to this file by `npm run integrations`.
import HelpScout from './helpscout-sdk.js';
import './customer-360.js';
import {connectHelpScout} from './customer-360-adapters.js';

const card = document.querySelector('customer-360');
connectHelpScout(card, HelpScout);
// Help Scout sizes the sidebar frame from what the app asks for.
new ResizeObserver(() => HelpScout.setAppHeight(Math.ceil(document.documentElement.scrollHeight))).observe(document.body);
