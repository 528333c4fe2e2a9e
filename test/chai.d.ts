/// <reference types="chai" />
/** Types for the ES module build of chai that test/expect.ts imports (the package types only its root). */
declare module '@esm-bundle/chai/esm/chai.js' {
  export const expect: Chai.ExpectStatic;
}
