import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, INPUT_KEYS, INPUTS, type ScenarioInputs } from '../inputs/definitions';
import {
  ENGINE_VERSIONS,
  GPU_PRESETS,
  KV_PRECISIONS,
  MODEL_PRESETS,
  WEIGHT_PRECISIONS,
} from '../model';
import {
  applyInput,
  DEFAULT_SCENARIO,
  effectiveInputs,
  pickGpu,
  pickKvCache,
  pickModel,
  pickOverheadMode,
  pickVersion,
  pickWeights,
  OVERHEAD_MODES,
  setUsedByOthers,
  type Scenario,
} from '../inputs/scenario';
import { decodeLink, encodeLink } from './link-codec';

const decodeScenario = (search: string) => {
  const { link, ignored } = decodeLink(search);
  return { scenario: link.scenario, ignored };
};
const encodeScenario = (scenario: Scenario) =>
  encodeLink({ scenario, language: null, lesson: null });

const decodeInputs = (search: string) => {
  const { scenario, ignored } = decodeScenario(search);
  return { inputs: scenario.inputs, ignored };
};

const isValid = (inputs: ScenarioInputs) =>
  INPUT_KEYS.every((key) => {
    const value = inputs[key];
    const { min, max, integer } = INPUTS[key];
    return (
      Number.isFinite(value) &&
      value >= min &&
      value <= max &&
      (!integer || Number.isInteger(value))
    );
  }) && inputs.E <= inputs.S;

describe('decodeScenario', () => {
  it('reads a complete link', () => {
    const { scenario, ignored } = decodeScenario(
      '?T=79.1&S=70&E=1.5&lambda=0.5&P=8&versions=tm010,pt092&overhead=realistic&ctx=0.4&used=0,1.5',
    );
    expect(scenario.inputs).toEqual({
      ...DEFAULT_INPUTS,
      T: 79.1,
      S: 70,
      E: 1.5,
      lambda: 0.5,
      P: 8,
      ctx: 0.4,
    });
    expect(scenario.versions).toEqual({ pre: 'tm010', post: 'pt092' });
    expect(scenario.overheadMode).toBe('realistic');
    expect(scenario.usedByOthers).toEqual([0, 1.5]);
    expect(ignored).toEqual([]);
  });

  it('reads an older link’s version pair as the release lines it then stood for', () => {
    // `tm022` covered v0.2.2 – v0.5.3 in 64-token blocks, `tm060` v0.6.0 – v0.14.
    const { scenario, ignored } = decodeScenario('?pair=tm022,tm060');
    expect(scenario.versions).toEqual({ pre: 'tm030', post: 'tm100' });
    expect(ignored).toEqual([]);
    expect(decodeScenario('?pair=pt060,pt092').scenario.versions).toEqual({
      pre: 'pt065',
      post: 'pt100',
    });
    expect(decodeScenario('?versions=tm041,tm150&pair=tm022,tm060')).toMatchObject({
      scenario: { versions: { pre: 'tm041', post: 'tm150' } },
      ignored: [{ key: 'pair', reason: 'conflict' }],
    });
  });

  it('reads an older link’s single overhead O as a context taken before the cache', () => {
    const { scenario, ignored } = decodeScenario('?P=8&S=70&O=1.2');
    expect(scenario.overheadMode).toBe('realistic');
    expect(scenario.inputs).toMatchObject({ ctx: 1.2, nccl: 0, buf: 0 });
    expect(ignored).toEqual([]);
  });

  it('names a bad version pair, overhead mode or used-memory list and keeps the defaults', () => {
    const { scenario, ignored } = decodeScenario('?versions=tm060&overhead=guess&used=1,-2,x');
    expect(scenario.versions).toEqual(DEFAULT_SCENARIO.versions);
    expect(scenario.overheadMode).toBe(DEFAULT_SCENARIO.overheadMode);
    expect(scenario.usedByOthers).toEqual([]);
    expect(ignored.map((entry) => entry.key)).toEqual(['versions', 'overhead', 'used']);
  });

  it('fills missing keys from the defaults and says nothing about them', () => {
    expect(decodeInputs('?P=2')).toEqual({
      inputs: { ...DEFAULT_SCENARIO.inputs, P: 2 },
      ignored: [],
    });
    expect(decodeScenario('')).toEqual({ scenario: DEFAULT_SCENARIO, ignored: [] });
  });

  it('keeps the valid keys and names each invalid one with its reason', () => {
    const { inputs, ignored } = decodeInputs('?P=abc&T=9999&lambda=0.5&O=-1&P=3&zzz=1&S=1.5.2');
    expect(inputs).toEqual({ ...DEFAULT_SCENARIO.inputs, lambda: 0.5 });
    // In the order the link holds them.
    expect(ignored).toEqual([
      { key: 'P', value: 'abc', reason: 'not-a-number' },
      { key: 'T', value: '9999', reason: 'out-of-range' },
      { key: 'O', value: '-1', reason: 'out-of-range' },
      { key: 'P', value: '3', reason: 'duplicate' },
      { key: 'zzz', value: '1', reason: 'unknown-key' },
      { key: 'S', value: '1.5.2', reason: 'not-a-number' },
    ]);
  });

  it('refuses a fractional TP degree, an empty value and a huge string', () => {
    const huge = '9'.repeat(5000);
    const { inputs, ignored } = decodeInputs(`?P=2.5&T=&S=${huge}`);
    expect(inputs).toEqual(DEFAULT_SCENARIO.inputs);
    expect(ignored.map((entry) => entry.reason)).toEqual([
      'not-an-integer',
      'not-a-number',
      'too-long',
    ]);
    expect(ignored[2]?.value.length).toBeLessThanOrEqual(25);
  });

  it('drops an E larger than S and keeps S', () => {
    const { inputs, ignored } = decodeInputs('?S=1&E=3');
    expect(inputs.S).toBe(1);
    expect(inputs.E).toBe(1);
    expect(ignored).toEqual([{ key: 'E', value: '3', reason: 'exceeds-model' }]);
  });

  it('reads the language and the lesson, and names a value that is neither', () => {
    const { link, ignored } = decodeLink('?lang=zh-CN&P=2&lesson=seed');
    expect(ignored).toEqual([]);
    expect(link).toMatchObject({ language: 'zh-CN', lesson: 'seed' });
    expect(decodeLink('?lang=fr&lesson=nope').ignored).toEqual([
      { key: 'lang', value: 'fr', reason: 'unknown-option' },
      { key: 'lesson', value: 'nope', reason: 'unknown-option' },
    ]);
  });
});

const anyQuery = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...INPUT_KEYS, 'lang', 'x', 'pair', 'versions', 'overhead', 'used', 'O'),
          fc.string({ maxLength: 8 }),
        ),
        fc.oneof(fc.double().map(String), fc.string({ maxLength: 40 }), fc.integer().map(String)),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => new URLSearchParams(pairs).toString()),
);

test.prop([anyQuery])('any query string yields a valid scenario and never throws', (query) => {
  const { inputs, ignored } = decodeInputs(query);
  expect(isValid(inputs)).toBe(true);
  expect(ignored.length).toBeLessThanOrEqual(20);
});

const anyNumbers = fc.record(
  Object.fromEntries(
    INPUT_KEYS.map((key) => [key, fc.double({ min: -1e7, max: 1e7, noNaN: true })]),
  ),
  { requiredKeys: [] },
);

const anyScenario: fc.Arbitrary<Scenario> = fc
  .record({
    model: fc.option(fc.constantFrom(...MODEL_PRESETS.map((model) => model.id))),
    gpu: fc.option(fc.constantFrom(...GPU_PRESETS.map((gpu) => gpu.id))),
    weights: fc.option(fc.constantFrom(...WEIGHT_PRECISIONS)),
    kvCache: fc.option(fc.constantFrom(...KV_PRECISIONS)),
    numbers: anyNumbers,
    versions: fc.tuple(fc.constantFrom(...ENGINE_VERSIONS), fc.constantFrom(...ENGINE_VERSIONS)),
    overheadMode: fc.constantFrom(...OVERHEAD_MODES),
    usedByOthers: fc.array(
      fc.double({ min: 0, max: 192, noNaN: true }).map((value) => Number(value.toFixed(2))),
      { maxLength: 8 },
    ),
  })
  .map(({ model, gpu, weights, kvCache, numbers, versions, overheadMode, usedByOthers }) => {
    let scenario = DEFAULT_SCENARIO;
    if (model) scenario = pickModel(scenario, model);
    if (gpu) scenario = pickGpu(scenario, gpu);
    if (weights) scenario = pickWeights(scenario, weights);
    if (kvCache) scenario = pickKvCache(scenario, kvCache);
    scenario = pickVersion(pickVersion(scenario, 'pre', versions[0]), 'post', versions[1]);
    scenario = setUsedByOthers(pickOverheadMode(scenario, overheadMode), usedByOthers);
    for (const key of INPUT_KEYS) {
      const value = numbers[key];
      if (value !== undefined) scenario = applyInput(scenario, key, value);
    }
    return scenario;
  });

test.prop([anyScenario])('a written link reads back as exactly the same scenario', (scenario) => {
  expect(isValid(scenario.inputs)).toBe(true);
  expect(decodeScenario(encodeScenario(scenario))).toEqual({ scenario, ignored: [] });
});

describe('short links', () => {
  it('write nothing for the page as it opens, and only what differs from it', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toBe('');
    expect(encodeScenario(applyInput(DEFAULT_SCENARIO, 'P', 8))).toBe('P=8');
    expect(encodeScenario(pickOverheadMode(pickGpu(DEFAULT_SCENARIO, 'h100'), 'formula'))).toBe(
      'T=79.11&overhead=formula&gpu=h100',
    );
  });

  it('read a link written with every key, as older pages wrote them', () => {
    const every =
      '?T=80&S=140&E=2&lambda=0.8&P=4&len=2048&n=32&ctx=0.3&nccl=0.1&buf=0&prefill=0&batch=0' +
      '&vllm=0&sglang=0&trtllm=0&tgi=0&w=bf16&kv=fp16&pair=tm022,tm060&overhead=formula' +
      '&model=llama-3.1-70b-instruct';
    const { scenario, ignored } = decodeScenario(every);
    expect(ignored).toEqual([]);
    expect(scenario).toMatchObject({
      gpu: null,
      model: 'llama-3.1-70b-instruct',
      sizes: 'manual',
      overheadMode: 'formula',
      inputs: { T: 80, S: 140, E: 2, P: 4, len: 2048 },
    });
  });

  it('leave the GPU preset when T is not its memory, and take sizes alone as hand-set', () => {
    expect(decodeScenario('?T=80').scenario).toMatchObject({ gpu: null, sizes: 'derived' });
    expect(decodeScenario('?T=79.25').scenario.gpu).toBe(DEFAULT_SCENARIO.gpu);
    const { scenario } = decodeScenario('?S=100');
    expect(scenario).toMatchObject({ sizes: 'manual', model: DEFAULT_SCENARIO.model });
    // E is the model's own when only S is given.
    expect(scenario.inputs.E).toBeCloseTo(effectiveInputs(DEFAULT_SCENARIO).E, 6);
  });

  it('take a pasted config alone as the model, and name one that another model contradicts', () => {
    const cfg = 'cfg=Mine~h4096.l32.a32.k8.i14336.v128256.t0.b0.q0';
    expect(decodeScenario(`?${cfg}`).scenario).toMatchObject({
      model: 'config',
      pasted: { name: 'Mine' },
    });
    expect(decodeScenario(`?model=qwen3-8b&${cfg}`)).toMatchObject({
      scenario: { model: 'qwen3-8b' },
      ignored: [{ key: 'cfg', reason: 'conflict' }],
    });
  });

  it('name an older overhead O that the overhead key contradicts', () => {
    expect(decodeScenario('?O=1&overhead=formula')).toMatchObject({
      scenario: { overheadMode: 'formula' },
      ignored: [{ key: 'O', value: '1', reason: 'conflict' }],
    });
  });
});

describe('choices in the link', () => {
  it('derives S and E from the model when the link does not set them', () => {
    const { scenario, ignored } = decodeScenario('?model=qwen2.5-72b-instruct&gpu=h100&P=8');
    expect(ignored).toEqual([]);
    expect(scenario).toMatchObject({
      model: 'qwen2.5-72b-instruct',
      gpu: 'h100',
      sizes: 'derived',
    });
    expect(scenario.inputs.T).toBe(79.11);
  });

  it('keeps hand-set sizes next to a model, and a T that differs from the GPU preset', () => {
    const { scenario } = decodeScenario('?model=qwen3-8b&gpu=h100&T=70&S=20&E=1');
    expect(scenario).toMatchObject({ sizes: 'manual', gpu: null });
    expect(scenario.inputs).toMatchObject({ T: 70, S: 20, E: 1 });
  });

  it('keeps the GPU’s memory when the link also sets the sizes by hand', () => {
    const { scenario } = decodeScenario('?model=qwen3-8b&gpu=h100&S=20&E=1');
    expect(scenario).toMatchObject({ gpu: 'h100', sizes: 'manual' });
    expect(scenario.inputs).toMatchObject({ T: 79.11, S: 20, E: 1 });
  });

  it('writes the language and the lesson beside the scenario and reads them back', () => {
    const link = { scenario: DEFAULT_SCENARIO, language: 'zh-CN', lesson: 'quantized' } as const;
    expect(decodeLink(encodeLink(link))).toEqual({ link, ignored: [] });
  });

  it('names a pasted model whose name is only spaces as the file it came from', () => {
    const { scenario } = decodeScenario(
      '?model=config&cfg=%20%20%20~h4096.l32.a32.k8.i14336.v128256.t0.b0.q0',
    );
    expect(scenario.pasted?.name).toBe('config.json');
  });

  it('names unknown choices and a broken pasted config', () => {
    const { scenario, ignored } = decodeScenario('?model=config&cfg=junk&gpu=tpu&w=int3&kv=fp4');
    expect(scenario.model).toBe(DEFAULT_SCENARIO.model);
    expect(ignored.map(({ key, reason }) => `${key}:${reason}`).sort()).toEqual(
      ['cfg:bad-config', 'gpu:unknown-option', 'kv:unknown-option', 'w:unknown-option'].sort(),
    );
  });
});
