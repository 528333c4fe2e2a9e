/** FilesController (src/controllers/files.ts), driven by deferred loads: no network, no clock. */
import {expect} from '../../expect.js';
import {FilesController} from '../../../src/controllers/files.js';

function deferred() {
  let resolve!: (ok: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return {promise, resolve};
}

function setup() {
  let updates = 0;
  const files = new FilesController({requestUpdate: () => updates++} as never);
  return {files, updates: () => updates};
}

describe('FilesController', () => {
  it('asks for a file once, waits for it, then updates the host', async () => {
    const {files, updates} = setup();
    const file = deferred();
    let calls = 0;
    const load = () => (calls++, file.promise);
    files.want('engine', load, () => expect.fail('no failure'));
    files.want('engine', load, () => expect.fail('no failure'));
    expect(calls).to.equal(1);
    const pending = files.pending!;
    expect(pending).to.be.instanceOf(Promise);
    file.resolve(true);
    await pending;
    expect(updates()).to.equal(1);
    expect(files.pending).to.equal(undefined);
    expect(files.failed('engine')).to.equal(false);
  });

  it('remembers a failure (one onFail, no second attempt) until retry', async () => {
    const {files} = setup();
    let calls = 0;
    let failures = 0;
    const load = () => (calls++, Promise.resolve(false));
    files.want('locale fr', load, () => failures++);
    await files.pending;
    files.want('locale fr', load, () => failures++);
    expect([calls, failures, files.failed('locale fr')]).to.deep.equal([1, 1, true]);
    files.retry('locale fr');
    expect(files.failed('locale fr')).to.equal(false);
    files.want('locale fr', load, () => failures++);
    await files.pending;
    expect([calls, failures]).to.deep.equal([2, 2]);
  });

  it('pending covers every file on its way', async () => {
    const {files} = setup();
    const a = deferred();
    const b = deferred();
    files.want(
      'a',
      () => a.promise,
      () => {},
    );
    files.want(
      'b',
      () => b.promise,
      () => {},
    );
    let settled = false;
    void files.pending!.then(() => (settled = true));
    a.resolve(true);
    await a.promise;
    await Promise.resolve();
    expect(settled).to.equal(false);
    b.resolve(true);
    await files.pending;
    await Promise.resolve();
    expect(settled).to.equal(true);
  });
});
