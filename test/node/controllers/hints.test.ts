import {expect} from '../../expect.js';
import {HintsController, type HintInputs} from '../../../src/controllers/hints.js';
import type {CustomerView} from '../../../src/data/view-model.js';
import type {HintEngine} from '../../../src/hints/lazy.js';
import * as engineModule from '../../../src/hints/engine.js';
import {FakeHost} from '../../clock.js';
import {NOW, customer} from '../hints/fixtures.js';

/** The real engine, counting its runs. */
function countingEngine() {
  let runs = 0;
  const engine = {
    ...engineModule,
    computeHints: (...args: Parameters<HintEngine['computeHints']>) => {
      runs++;
      return engineModule.computeHints(...args);
    },
  } as HintEngine;
  return {engine, runs: () => runs};
}

function setup(view: CustomerView) {
  const {engine, runs} = countingEngine();
  const input: HintInputs = {view, engine, disabled: false, now: NOW, locale: 'en', promotionsDisabled: false};
  const warnings: string[] = [];
  const controller = new HintsController(
    new FakeHost(),
    () => ({...input}),
    (m) => warnings.push(m),
  );
  return {controller, input, runs, warnings};
}

describe('HintsController', () => {
  it('computes the hints before an update, and again only when an input or the minute changes', () => {
    const {controller, input, runs} = setup(customer({customerSince: new Date('2010-01-01T00:00:00Z')}));
    controller.hostUpdate();
    expect(controller.hints.map((h) => h.id)).to.include('loyal-customer');
    const first = runs();
    controller.hostUpdate();
    input.now = new Date(NOW.getTime() + 20_000);
    controller.hostUpdate();
    expect(runs(), 'same inputs, same minute').to.equal(first);
    input.now = new Date(NOW.getTime() + 60_000);
    controller.hostUpdate();
    expect(runs(), 'next minute').to.equal(first + 1);
    input.locale = 'fr';
    controller.hostUpdate();
    expect(runs(), 'another language').to.equal(first + 2);
  });

  it('holds no hints while disabled or without an engine, and warns once per host mistake', () => {
    const {controller, input, warnings} = setup(customer({customerSince: new Date('2010-01-01T00:00:00Z')}));
    input.disabled = true;
    controller.hostUpdate();
    expect(controller.hints).to.deep.equal([]);
    input.disabled = false;
    input.engine = undefined;
    controller.hostUpdate();
    expect(controller.hints).to.deep.equal([]);
    input.engine = countingEngine().engine;
    input.rules = 'not a list';
    controller.hostUpdate();
    expect(controller.hints.length).to.be.greaterThan(0);
    expect(warnings).to.deep.equal(['customer-360: hintRules ignored: not an array.']);
  });
});
