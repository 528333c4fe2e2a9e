/**
 * One config, three jobs:
 * - `vite` (npm start): the designers' demo in demo/, with the real GraphQL endpoint at /graphql;
 * - `vite build --mode bundle`: dist/customer-360.js (ES module) and dist/customer-360.iife.js
 *   (classic script), self-contained, for a script tag;
 * - `vite build --mode lib`: dist/lib/, ES modules for bundlers with lit external.
 * scripts/build.mjs runs both builds, the type declarations and prints the sizes.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
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
  // The build id (src/build.ts) written into the script and the files it loads beside itself.
  const define = {
    __CUSTOMER360_BUILD__: JSON.stringify(buildId()),
    // The card's version, sent with each dismissal (src/feedback/session.ts).
    __CUSTOMER360_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  };
  if (mode === 'lib') {
    return {
      define,
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
          // Bundlers dedupe these with the host's own copies (graphql is a peer dependency).
          external: [/^lit($|\/)/, /^@lit\//, /^graphql($|\/)/, /^graphql-request($|\/)/, /^@graphql-typed-document-node\//],
          output: {preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js'},
        },
      },
    };
  }
  // Files the script loads on demand, each built on its own so it shares no module with the
  // script (it then works whatever URL the host loaded the script from, query string included):
  // mode 'engine': dist/hints-engine.js, the hint rules; mode 'feedback': dist/feedback.js,
  // dismissals sent and notes; mode 'locale-fr': dist/locales/fr.js.
  const part = {
    engine: ['src/hints/engine.ts', 'hints-engine.js'],
    feedback: ['src/feedback/file.ts', 'feedback.js'],
    'locale-fr': ['src/locales/fr.ts', 'locales/fr.js'],
  }[mode];
  if (part) {
    return {
      define,
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
    // The classic script has no import.meta: src/beside.script.ts then reads document.currentScript.
    define: iife ? {...define, 'import.meta.url': 'undefined'} : define,
    // graphql-request's parser and printer are never called (src/graphql-stub.ts).
    resolve: {alias: {graphql: fileURLToPath(new URL('./src/graphql-stub.ts', import.meta.url))}},
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
 * A hash of the package version and every source file: the same in each of the build's modes
 * (so the script and the files beside it agree), different whenever a source changes.
 */
function buildId(): string {
  const hash = createHash('sha256').update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  const walk = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true})
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
      .sort();
  for (const file of walk('src')) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * In the script-tag builds, `beside.ts` (plain `import()`s a bundler splits) becomes
 * `beside.script.ts`, which loads dist/hints-engine.js and dist/locales/*.js (written by their
 * own builds) from beside the script.
 */
function filesBesideScript(): Plugin {
  return {
    name: 'customer-360-files-beside-script',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('/beside.js') && importer?.includes('/src/')) {
        return fileURLToPath(new URL('./src/beside.script.ts', import.meta.url));
      }
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
