/**
 * The package as npm would ship it: `npm pack`, installed into a small project of a bundler
 * user, type-checked there and bundled with Vite, then run in Chromium.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

let project: string;
before(() => {
  project = mkdtempSync(join(tmpdir(), 'customer-360-user-'));
  const [tarball] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root)) as {filename: string}[];
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'bundler-user',
      private: true,
      type: 'module',
      dependencies: {'customer-360': `file:./${tarball?.filename}`},
    }),
  );
  // From npm's cache when the project's own `npm ci` already fetched the same versions.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
  writeFileSync(
    join(project, 'main.ts'),
    [
      "import 'customer-360/define';",
      "import {Customer360} from 'customer-360';",
      "import {Customer360Provider} from 'customer-360/provider';",
      "import type {Hint} from 'customer-360/hints';",
      "const card: Customer360 = document.createElement('customer-360');",
      "const provider: Customer360Provider = document.createElement('customer-360-provider');",
      'const hints: readonly Hint[] = card.hints;',
      "card.customerId = 'martin';",
      'provider.append(card);',
      'document.body.append(provider);',
      'Object.assign(window, {result: {defined: customElements.get("customer-360") === Customer360, hints: hints.length}});',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['main.ts'],
    }),
  );
  writeFileSync(
    join(project, 'index.html'),
    '<!doctype html><html lang="en"><body><script type="module" src="./main.ts"></script></body></html>',
  );
});
after(() => rmSync(project, {recursive: true, force: true}));

describe('the npm package in a bundler project', () => {
  it('installs the card and its runtime dependencies only: no server, database or test tool', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    for (const name of ['graphql-http', 'graphql-yoga', 'pg', '@electric-sql', 'vite', '@web', 'puppeteer-core']) {
      assert.ok(!installed.includes(name), `${name} must not come with the card`);
    }
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/customer-360/package.json'), 'utf8'));
    const declared = Object.keys({...manifest.dependencies, ...manifest.peerDependencies});
    for (const name of declared) assert.ok(existsSync(join(project, 'node_modules', name)), `${name} is installed`);
    // The peer the README tells bundler users about, with the same range.
    const range = manifest.peerDependencies?.graphql;
    assert.ok(range, 'graphql is a peer dependency');
    const said = /peer dependency `graphql`\s+\(`([^`]+)`\)/.exec(readFileSync('README.md', 'utf8'))?.[1];
    assert.equal(said, range, 'the README names the same graphql range');
  });

  it('ships the files the script loads beside itself, and leaves the transport to the bundler', () => {
    const dist = join(project, 'node_modules/customer-360/dist');
    for (const file of ['customer-360.js', 'customer-360.iife.js', 'hints-engine.js', 'feedback.js', 'locales/fr.js']) {
      assert.ok(existsSync(join(dist, file)), `${file} is in the package`);
    }
    // graphql-request (and the graphql it imports) is the user's dependency, deduplicated by
    // their bundler: the library build imports it rather than carrying a copy.
    const lib = readdirSync(join(dist, 'lib'), {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.js'));
    const code = lib.map((f) => readFileSync(join(dist, 'lib', f), 'utf8')).join('\n');
    assert.match(code, /from ["']graphql-request["']/);
    assert.doesNotMatch(
      code,
      /Syntax Error: Unexpected|class GraphQLClient/,
      'no copy of graphql or graphql-request in dist/lib',
    );
  });

  it('type-checks against the published declarations (exports map `types`)', () => {
    run(bin('tsc'), ['-p', 'tsconfig.json'], project);
  });

  it('`customer-360/define` registers both elements in the bundled page', async () => {
    run(bin('vite'), ['build', '--logLevel', 'error', '--outDir', 'out'], project);
    const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: [...chromeArgs]});
    try {
      const page = await browser.newPage();
      const html = readFileSync(join(project, 'out/index.html'), 'utf8');
      const script = readdirSync(join(project, 'out/assets')).find((f) => f.endsWith('.js'));
      assert.ok(script, 'the bundle has a script');
      // Serve the built page from a data-free origin: puppeteer intercepts and answers.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        const file = path === '/' ? null : join(project, 'out', path);
        if (path === '/') void request.respond({contentType: 'text/html', body: html});
        else if (file && existsSync(file)) void request.respond({contentType: 'text/javascript', body: readFileSync(file)});
        else void request.respond({status: 404, body: ''});
      });
      await page.goto('http://bundler.test/');
      await page.waitForFunction(() => 'result' in window);
      const result = await page.evaluate(() => (window as unknown as {result: unknown}).result);
      assert.deepEqual(result, {defined: true, hints: 0});
      assert.equal(await page.evaluate(() => customElements.get('customer-360-provider') !== undefined), true);
    } finally {
      await browser.close();
    }
  });
});
