/**
 * The module build, loaded twice (two URLs: two evaluations, two copies of Lit), after the
 * classic build and after the host created its own `lit-html` policy (host-first.js). Then
 * the personas render, as on the plain CSP page.
 */
import {renderPersonas} from './personas.js';

declare global {
  interface Window {
    ttErrors: string[];
  }
}

// Build outputs, as a host would load them (not type-checked).
const bundle = '/dist/customer-360.js';
for (const url of [bundle, `${bundle}?again`]) {
  try {
    await import(url);
  } catch (error) {
    window.ttErrors.push(String(error));
  }
}
renderPersonas();
