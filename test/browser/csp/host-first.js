// A host page that uses Lit itself: its Lit created the `lit-html` Trusted Types policy before
// the card's script runs. Errors are recorded for test/browser/security.test.ts.
window.ttErrors = [];
window.addEventListener('error', (e) => window.ttErrors.push(String(e.message)));
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.trustedTypes.createPolicy('lit-html', {createHTML: (s) => s});
