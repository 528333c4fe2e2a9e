/** The provider and its context, without registering anything (import `./define` for that). */
export {Customer360Provider} from './customer-360-provider.js';
export {customer360Context, type Customer360Config, type HeadersHook, type Theme} from './context.js';
