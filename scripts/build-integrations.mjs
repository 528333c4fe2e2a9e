// npm run integrations: writes, next to each helpdesk app of integrations/, the files it loads
// that are built rather than committed (the card, the adapters, the helpdesk's SDK from
// node_modules), exactly as the demo serves them, minus the demo's Help Scout origin.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {tsImport} from 'tsx/esm/api';

const {BUILT_FILES, bundle} = await tsImport('../demo/server/integrations.ts', import.meta.url);

for (const [host, files] of Object.entries(BUILT_FILES)) {
  for (const [path, built] of Object.entries(files)) {
    const target = join('integrations', host, path);
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(target, await bundle(built));
    console.log(`${target} ← ${built.entry}`);
  }
}
