/**
 * One config, three jobs:
 * - `vite` (npm start): the designers' demo in demo/, with the real GraphQL endpoint at /graphql;
 * - `vite build --mode bundle`: dist/customer-360.js (ES module) and dist/customer-360.iife.js
 *   (classic script), self-contained, for a script tag;
 * - `vite build --mode lib`: dist/lib/, ES modules for bundlers with lit external.
 * scripts/build.mjs runs both builds, the type declarations and prints the sizes.
 */
import {defaultShouldMinifyCSS, minifyHTMLLiterals} from 'minify-literals';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {customer360Api} from './demo/server/vite-plugin.js';

export default defineConfig(({command, mode}): UserConfig => {
  if (command === 'serve') {
    return {
      root: 'demo',
      plugins: [customer360Api()],
      server: {port: Number(process.env.PORT) || 5173, strictPort: true},
      preview: {port: Number(process.env.PORT) || 4173},
    };
  }
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: {
          entry: {
            index: 'src/index.ts',
            define: 'src/define.ts',
            hints: 'src/hints/index.ts',
            provider: 'src/provider/index.ts',
            adapters: 'src/adapters/index.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          // Bundlers dedupe these with the host's own copies.
          external: [/^lit($|\/)/, /^@lit\//],
          output: {preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js'},
        },
      },
    };
  }
  // mode 'bundle': everything in one file, as an ES module for <script type="module"> and as a
  // classic script (IIFE, global `Customer360`) for old intranet pages without modules.
  return {
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: 'src/define.ts',
        name: 'Customer360',
        formats: ['es', 'iife'],
        fileName: (format) => (format === 'es' ? 'customer-360.js' : 'customer-360.iife.js'),
      },
      rolldownOptions: {output: {minify: true}},
    },
  };
});

/**
 * Template literals are strings the JS minifier leaves alone. In the script-tag build, minify
 * Lit's `html`/`css`/`svg` templates (minify-literals: html-minifier + lightningcss) and the
 * codegen query strings (GraphQL ignores runs of whitespace and commas outside strings).
 */
function minifyTemplates(): Plugin {
  return {
    name: 'customer-360-minify-templates',
    async transform(code, id) {
      if (id.includes('/src/gql/')) {
        return code.replace(
          /TypedDocumentString\(`([^`]*)`/g,
          (_, doc: string) =>
            `TypedDocumentString(\`${doc
              .replace(/[\s,]+/g, ' ')
              .replace(/ ?([{}():!$@=]) ?/g, '$1')
              .trim()}\``,
        );
      }
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // A declarations-only fragment (the dark palette spliced into two rules) is no
        // stylesheet: the CSS minifier rejects it and would leave the whole file unminified.
        shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
      });
      return result ? {code: result.code, map: result.map?.toString()} : null;
    },
  };
}
