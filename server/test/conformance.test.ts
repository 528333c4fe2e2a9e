/**
 * The conformance check of this repository (`conformance/`, `customer-360-conformance`) run
 * against the kit over HTTP, on PGlite and on PostgreSQL: no rule may fail.
 */
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer as createHttpServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {importRecords} from '../src/import.js';
import {generateCustomers} from '../src/sample.js';
import {createServer} from '../src/server.js';
import {NOW, backends, closeTemplate} from './helpers.js';
import type {TestDb} from './helpers.js';

after(closeTemplate);

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../conformance/dist/cli.js', import.meta.url));
const BUILD = fileURLToPath(new URL('../../conformance/build.mjs', import.meta.url));

for (const backend of backends()) {
  describe(`conformance check against the kit on ${backend.name}`, () => {
    let test_db: TestDb;
    const customers = generateCustomers({count: 60, seed: 31, now: NOW});
    // Customers 49 and 50 share a landline (see src/sample.ts).
    const household = (customers[49]!['phones'] as string[])[1]!;
    const target = customers[49]!;

    before(async () => {
      if (!existsSync(CLI)) await run(process.execPath, [BUILD]);
      test_db = await backend.open();
      await importRecords(test_db.db, customers);
    });
    after(() => test_db.drop());

    test('every rule passes or is honestly not checked; none fails', async () => {
      // The fault control on: the check makes a section fail (`fault=partial`) and judges the answer.
      const server = createServer({db: test_db.db, log: () => undefined, faults: true});
      await server.ready;
      const http = createHttpServer(server.listener);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
        const args = [
          CLI,
          url,
          '--customer',
          target['id'] as string,
          '--email',
          (target['emails'] as string[])[0]!,
          '--phone',
          household,
        ];
        const {stdout} = await run(process.execPath, args).catch((error: {stdout: string; code: number}) => {
          assert.fail(`the check failed (exit ${error.code}):\n${error.stdout}`);
        });
        assert.match(stdout, /\d+ passed, 0 failed/);
        assert.match(stdout, /pass\s+A lookup never answers one of several/);
        assert.match(stdout, /pass\s+A failing section comes back as partial data with an error path/);
        const summary = /(\d+ passed, 0 failed, \d+ not checked)/.exec(stdout)?.[1];
        console.log(`# conformance on ${backend.name}: ${summary}`);
      } finally {
        server.close();
        await new Promise((resolve) => http.close(resolve));
      }
    });
  });
}
