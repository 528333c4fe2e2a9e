/**
 * Renders every persona with the built script-tag bundle under the CSP of docs/security.md and
 * records every `securitypolicyviolation`, for test/browser/security.test.ts to read.
 */
import {renderPersonas} from './personas.js';

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

// The built script-tag bundle, as a host would load it (not type-checked: a build output).
const bundle = '/dist/customer-360.js';
await import(bundle);
renderPersonas();
