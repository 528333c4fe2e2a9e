// ESLint: Lit templates (eslint-plugin-lit), custom-element rules (eslint-plugin-wc) and the
// accessibility of templates (eslint-plugin-lit-a11y). Formatting is Prettier's (`.prettierrc.json`).
//
// typescript-eslint parses TypeScript with the classic TypeScript compiler API, which
// TypeScript 7 (the project's compiler) no longer ships. `typescript5` is TypeScript 5 under an
// npm alias, used by this parser only: every `require('typescript')` made from inside
// typescript-eslint is answered with it; `tsc` stays TypeScript 7.
import {createRequire} from 'node:module';
import Module from 'node:module';
import {sep} from 'node:path';

const require = createRequire(import.meta.url);
const typescript5 = require.resolve('typescript5');
const resolve = Module._resolveFilename;
const usesTypescript5 = (file = '') =>
  file.includes(`${sep}@typescript-eslint${sep}`) || file.includes(`${sep}ts-api-utils${sep}`);
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && usesTypescript5(parent?.filename)) return typescript5;
  return resolve.call(this, request, parent, ...rest);
};

const {default: tsParser} = await import('@typescript-eslint/parser');
const {default: lit} = await import('eslint-plugin-lit');
const {default: wc} = await import('eslint-plugin-wc');
const {default: litA11y} = await import('eslint-plugin-lit-a11y');

export default [
  {ignores: ['dist/', 'conformance/dist/', '.cache/', 'node_modules/', 'src/gql/', 'screenshots/', 'docs/']},
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: {parser: tsParser, ecmaVersion: 'latest', sourceType: 'module'},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    rules: {
      // Lit's own rules that catch real template mistakes beyond the recommended set.
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-native-attributes': 'error',
      'wc/guard-super-call': 'off', // LitElement always defines the lifecycle callbacks.
    },
  },
];
