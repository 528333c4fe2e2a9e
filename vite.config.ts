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
      // `cors: false`: the endpoint's own rules answer CORS (demo/server/cors.ts), not Vite's
      // default, which would answer preflights itself and let any localhost origin in.
      server: {port: Number(process.env.PORT) || 5173, strictPort: true, cors: false},
      preview: {port: Number(process.env.PORT) || 4173, cors: false},
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
  // Files the script loads on demand, each built on its own so it shares no module with the
  // script (it then works whatever URL the host loaded the script from, query string included):
  // mode 'engine': dist/hints-engine.js, the hint rules; mode 'locale-fr': dist/locales/fr.js.
  const part = {engine: ['src/hints/engine.ts', 'hints-engine.js'], 'locale-fr': ['src/locales/fr.ts', 'locales/fr.js']}[mode];
  if (part) {
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {entry: part[0], formats: ['es'], fileName: () => part[1]},
        rolldownOptions: {output: {minify: true}},
      },
    };
  }
  // mode 'bundle': the card in one file, as an ES module for <script type="module">;
  // mode 'bundle-iife': the same as a classic script (IIFE, global `Customer360`) for old
  // intranet pages without modules. Both import the hint engine and the locale files from
  // beside themselves (a classic script's `import()` resolves against the script's own URL).
  const iife = mode === 'bundle-iife';
  return {
    plugins: [minifyTemplates(), filesBesideScript()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: 'src/define.ts',
        name: 'Customer360',
        formats: [iife ? 'iife' : 'es'],
        fileName: (format) => (format === 'es' ? 'customer-360.js' : 'customer-360.iife.js'),
      },
      rolldownOptions: {output: {minify: true}},
    },
  };
});

/**
 * In the script-tag builds, `import('../locales/fr.js')` (src/i18n/locales.ts) and
 * `import('./engine.js')` (src/hints/lazy.ts) stay imports of dist/locales/fr.js and
 * dist/hints-engine.js, which their own builds write.
 */
function filesBesideScript(): Plugin {
  return {
    name: 'customer-360-files-beside-script',
    enforce: 'pre',
    resolveId(source, importer) {
      const locale = /^\.\.\/locales\/([a-z]+)\.js$/.exec(source);
      if (locale) return {id: `./locales/${locale[1]}.js`, external: true};
      if (source === './engine.js' && importer?.endsWith('/src/hints/lazy.ts')) return {id: './hints-engine.js', external: true};
      return null;
    },
  };
}

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
