/**
 * Registers `<customer-360>` and `<customer-360-provider>`. The only module with a side
 * effect; loading it twice (two copies of the script on one page) keeps the first
 * definitions instead of throwing.
 */
import {Customer360} from './customer-360.js';
import {Customer360Provider} from './provider/customer-360-provider.js';

export {Customer360, Customer360Provider};

// The provider first: cards already in the page (a module script runs after the parser) ask for
// their provider's configuration when they upgrade, so it must be there to answer.
for (const [name, element] of [
  ['customer-360-provider', Customer360Provider],
  ['customer-360', Customer360],
] as const) {
  if (!customElements.get(name)) customElements.define(name, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-360': Customer360;
    'customer-360-provider': Customer360Provider;
  }
}
