import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SEGMENTS, stackHeight } from '../tp-scenario';
import { documentedExample } from '../../test-support/fixtures';
import { gib } from '../units';
import { compareVariants, DEFAULT_VERSION_PAIR, sharedAxisMax, usedPerGpu } from './comparison';
import { reserveBytes } from './pytorch-defaults';
import { computeVariant, type FailingVariant, type VariantMemory } from './variant-memory';
import { ENGINE_VERSIONS } from './versions';

const GIB = 2 ** 30;
const scenario = documentedExample;

/** The memory of a version that cannot serve the scenario; a serving one fails the test. */
const failing = (memory: VariantMemory): FailingVariant => {
  if (memory.fits) throw new Error(`${memory.version} unexpectedly serves the scenario`);
  return memory;
};

const total = (memory: VariantMemory, rank = 0) => {
  const gpu = memory.gpus[rank];
  if (!gpu) throw new Error(`no GPU ${rank}`);
  return stackHeight(gpu);
};

describe('the documented example: T = 80, S = 140, E = 2, λ = 0.8, P = 4, O = 0', () => {
  // Before v0.6.0 the vocabulary layers stay whole on every GPU:
  //   W = (S − E)/P + E = 138/4 + 2 = 34.5 + 2 = 36.5
  //   F = T − W = 80 − 36.5 = 43.5;  KV = 0.8 × 43.5 = 34.8;  headroom = 43.5 − 34.8 = 8.7
  // From v0.6.0 everything is split:
  //   W = S/P = 35;  F = 45;  KV = 0.8 × 45 = 36;  headroom = 9
  // Sharding frees E(P − 1)/P = 2 × 3/4 = 1.5 per GPU, i.e. λ × 1.5 = 1.2 more KV cache,
  // and the old layout held (P − 1) × E = 6 GiB of duplicates across the four GPUs.
  const result = compareVariants(scenario(), DEFAULT_VERSION_PAIR);

  it('splits the pre-v0.6.0 GPU into 34.5 + 2 + 0 + 34.8 + 8.7', () => {
    expect(result.pre.gpus).toHaveLength(4);
    const segments = result.pre.gpus[3]?.segments;
    expect(segments?.weights).toBeCloseTo(34.5, 10);
    expect(segments?.vocab).toBeCloseTo(2, 10);
    expect(segments?.overhead).toBe(0);
    expect(segments?.kv).toBeCloseTo(34.8, 10);
    expect(segments?.headroom).toBeCloseTo(8.7, 10);
    expect(segments?.others).toBe(0);
    expect(segments?.stranded).toBe(0);
    expect(result.pre.weightsPerGpu).toBeCloseTo(36.5, 10);
  });

  it('splits the v0.6.0 GPU into 34.5 + 0.5 + 0 + 36 + 9', () => {
    const segments = result.post.gpus[0]?.segments;
    expect(segments?.weights).toBeCloseTo(34.5, 10);
    expect(segments?.vocab).toBeCloseTo(0.5, 10);
    expect(segments?.kv).toBeCloseTo(36, 10);
    expect(segments?.headroom).toBeCloseTo(9, 10);
    expect(result.post.kvCachePerGpu).toBeCloseTo(36, 10);
  });

  it('reports what sharding changed', () => {
    expect(result.freedPerGpu).toBeCloseTo(1.5, 10);
    expect(result.extraKvCachePerGpu).toBeCloseTo(1.2, 10);
    expect(result.duplicatedAcrossGroup).toBeCloseTo(6, 10);
  });

  it('uses λT + (1 − λ)W per GPU: 0.8 × 80 + 0.2 × 36.5 = 71.3 before, 71 after', () => {
    expect(usedPerGpu(result.pre)).toBeCloseTo(71.3, 10);
    expect(usedPerGpu(result.post)).toBeCloseTo(71, 10);
  });

  it('reads the same result under v0.15, which differs only for λ ≥ 1', () => {
    expect(computeVariant(scenario(), 'tm150').gpus).toEqual(result.post.gpus);
  });
});

describe('overhead and out-of-memory', () => {
  it('takes overhead out before λ applies: T = 80, O = 2, P = 4 gives KV = 0.8 × (80 − 2 − 35) = 34.4', () => {
    const post = computeVariant(scenario({ overhead: gib(2) }), 'tm150');
    expect(post.kvCachePerGpu).toBeCloseTo(34.4, 10);
    expect(post.gpus[0]?.segments.overhead).toBe(2);
  });

  it('puts TurboMind’s runtime buffers in what λ left: F = 45, KV = 36, buffers 3, headroom 6', () => {
    const post = computeVariant(scenario({ runtimeBuffers: gib(3) }), 'tm060');
    expect(post.kvCachePerGpu).toBeCloseTo(36, 10);
    expect(post.gpus[0]?.segments.buffers).toBe(3);
    expect(post.gpus[0]?.segments.headroom).toBeCloseTo(6, 10);
  });

  it('fails on the first batch when the buffers no longer fit: λ = 0.9 leaves 4.5 for 10', () => {
    const post = failing(
      computeVariant(scenario({ runtimeBuffers: gib(10), cacheMaxEntryCount: 0.9 }), 'tm060'),
    );
    expect(post.problem).toBe('buffers');
    expect(post.fits).toBe(false);
    expect(post.shortfall).toBeCloseTo(5.5, 10);
    expect(post.gpus[0]?.segments.headroom).toBe(0);
  });

  it('marks a 140 GiB model on two 24 GiB GPUs as not fitting, with no negative segment', () => {
    // pre: W = 138/2 + 2 = 71, shortfall 71 − 24 = 47; post: W = 70, shortfall 46.
    const small = scenario({ gpuMemory: gib(24), tpDegree: 2 });
    const result = compareVariants(small, DEFAULT_VERSION_PAIR);
    expect(failing(result.pre).problem).toBe('weights');
    expect(failing(result.pre).shortfall).toBeCloseTo(47, 10);
    expect(failing(result.post).shortfall).toBeCloseTo(46, 10);
    expect(result.post.gpus[1]?.segments.kv).toBe(0);
    expect(result.post.gpus[1]?.segments.headroom).toBe(0);
    expect(sharedAxisMax(result, small)).toBeCloseTo(71, 10);
  });

  it('counts the whole gain as extra KV when only the sharded layout fits', () => {
    // T = 36, P = 4: pre W = 36.5 does not fit, post W = 35 leaves F = 1 and KV = 0.8.
    const result = compareVariants(scenario({ gpuMemory: gib(36) }), DEFAULT_VERSION_PAIR);
    expect(result.pre.fits).toBe(false);
    expect(result.post.fits).toBe(true);
    expect(result.extraKvCachePerGpu).toBeCloseTo(0.8, 10);
  });
});

describe('memory other processes hold: the fullest GPU decides', () => {
  // X = [0, 2, 0.5, 0] at v0.6.0: F_i = 45, 43, 44.5, 45; min F = 43; KV = 0.8 × 43 = 34.4 on
  // every GPU; headroom 8.6; unused because of the MIN: 2, 0, 1.5, 2 (5.5 GiB in all).
  const memory = computeVariant(scenario({ usedByOthers: [0, 2, 0.5] }), 'tm060');

  it('gives every rank the KV cache of the fullest one', () => {
    expect(memory.freeAfterLoad).toBeCloseTo(43, 10);
    for (const gpu of memory.gpus) {
      expect(gpu.segments.kv).toBeCloseTo(34.4, 10);
      expect(gpu.segments.headroom).toBeCloseTo(8.6, 10);
    }
  });

  it('shows what the other ranks cannot use', () => {
    expect(memory.gpus.map((gpu) => gpu.segments.others)).toEqual([0, 2, 0.5, 0]);
    const stranded = memory.gpus.map((gpu) => gpu.segments.stranded);
    expect(stranded[0]).toBeCloseTo(2, 10);
    expect(stranded[1]).toBe(0);
    expect(stranded[2]).toBeCloseTo(1.5, 10);
    expect(stranded[3]).toBeCloseTo(2, 10);
    for (const gpu of memory.gpus) expect(stackHeight(gpu)).toBeCloseTo(80, 10);
  });
});

describe('versions', () => {
  it('v0.2.0–v0.2.1 takes λ of TOTAL memory: 0.5 × 80 = 40 GiB in 128-token blocks', () => {
    // W = 36.5 (replicated), F = 43.5 ≥ 40: fits with 3.5 GiB headroom.
    // A block is 81,920 × 128 = 10 MiB, so 40 GiB is 4,096 blocks, 524,288 tokens.
    const memory = computeVariant(scenario({ cacheMaxEntryCount: 0.5 }), 'tm020');
    expect(memory.kvCachePerGpu).toBe(40);
    expect(memory.gpus[0]?.segments.headroom).toBeCloseTo(3.5, 10);
    expect(memory.blockBytes).toBe(10 * 2 ** 20);
    expect(memory.blocks).toBe(4096);
    expect(memory.tokens).toBe(524_288);
  });

  it('v0.2.0–v0.2.1 fails at start-up when λT exceeds what is free: 0.8 × 80 = 64 > 43.5', () => {
    const memory = failing(computeVariant(scenario(), 'tm020'));
    expect(memory.problem).toBe('cache');
    expect(memory.shortfall).toBeCloseTo(20.5, 10);
    expect(memory.gpus[0]?.segments.kv).toBeCloseTo(64, 10);
  });

  it('v0.1.x starts anyway, allocating blocks lazily: it logs 6,553 but 4,454 fit', () => {
    // floor(64 GiB / 10 MiB) = 6,553 logged; floor(43.5 GiB / 10 MiB) = 4,454 usable.
    const memory = computeVariant(scenario(), 'tm010');
    expect(memory.fits).toBe(true);
    expect(memory.overcommitted).toBe(true);
    expect(memory.loggedBlocks).toBe(6553);
    expect(memory.blocks).toBe(4454);
    expect(memory.kvCachePerGpu).toBeCloseTo(43.5, 10);
    expect(memory.gpus[0]?.segments.headroom).toBeCloseTo(0, 10);
  });

  it('v0.0.x counts whole sessions: 48 entries × 2048 tokens × 80 KiB = 7.5 GiB', () => {
    const memory = computeVariant(scenario({ cacheMaxEntryCount: 48 }), 'tm000');
    expect(memory.kvCachePerGpu).toBe(7.5);
    expect(memory.tokens).toBe(48 * 2048);
    expect(failing(computeVariant(scenario(), 'tm000')).problem).toBe('ratio');
  });

  it('reads λ ≥ 1 as a block count where the release does, and refuses it elsewhere', () => {
    // 1,000 blocks × 64 tokens × 81,920 B = 5,242,880,000 B = 4.8828125 GiB.
    const blocks = scenario({ cacheMaxEntryCount: 1000 });
    expect(computeVariant(blocks, 'tm100').kvCachePerGpu).toBe(4.8828125);
    expect(computeVariant(blocks, 'tm100').blocks).toBe(1000);
    expect(computeVariant(blocks, 'tm030').tokens).toBe(64_000);
    // v0.2.2 – v0.2.6 still use 128-token blocks: 1,000 blocks hold 128,000 tokens.
    expect(computeVariant(blocks, 'tm022').tokens).toBe(128_000);
    // Python asserts 0 < λ < 1 from v0.4.1 to v0.9.x (PR #1525), and v0.15's object cache too.
    for (const version of ['tm041', 'tm060', 'tm065', 'tm080', 'tm150', 'pt100'] as const) {
      expect(failing(computeVariant(blocks, version)).problem).toBe('ratio');
    }
  });

  it('PyTorch v0.9.2+: R = (8192 + 2 × 128) × 128,256 × 2 B, then KV = λ(F − R)', () => {
    // R = 8448 × 256,512 = 2,167,013,376 B ≈ 2.01819 GiB; W = 36.5 (replicated), F = 43.5;
    // KV = 0.8 × (43.5 − 2.01819) ≈ 33.18545 GiB.
    const memory = computeVariant(scenario(), 'pt092');
    const reserve = 2_167_013_376 / GIB;
    expect(reserveBytes('prefill-and-batches-x2', 8192, 128, 128_256)).toBe(2_167_013_376);
    expect(memory.reserve).toBeCloseTo(reserve, 12);
    expect(memory.kvCachePerGpu).toBeCloseTo(0.8 * (43.5 - reserve), 10);
    expect(memory.gpus[0]?.segments.buffers).toBeCloseTo(reserve, 12);
    expect(total(memory)).toBeCloseTo(80, 10);
  });

  it('PyTorch v0.6.0–v0.9.1: R = 8192 × 128,256 × 7 B ≈ 6.8496 GiB, as lmdeploy serve runs it', () => {
    // `lmdeploy serve` passes --max-prefill-token-num 8192 whatever the dataclass default (4096).
    const memory = computeVariant(scenario(), 'pt065');
    expect(memory.reserve * GIB).toBe(8192 * 128_256 * 7);
    expect(memory.prefillTokens).toBe(8192);
    expect(computeVariant(scenario({ prefillTokens: 4096 }), 'pt065').reserve * GIB).toBe(
      4096 * 128_256 * 7,
    );
  });

  it('takes each release’s max_batch_size default for the GPU', () => {
    // R = (8192 + 2 × B) × 128,256 × 2: B is 512 on an H100 at v0.9.2 and 1024 from v0.10.
    const h100 = scenario({ gpuId: 'h100' });
    expect(computeVariant(h100, 'pt092').maxBatchSize).toBe(512);
    expect(computeVariant(h100, 'pt100').maxBatchSize).toBe(1024);
    expect(computeVariant(h100, 'pt100').reserve * GIB).toBe((8192 + 2048) * 128_256 * 2);
    // H200 is not in the v0.9.2 table; a set batch size wins over both.
    expect(computeVariant(scenario({ gpuId: 'h200' }), 'pt092').maxBatchSize).toBe(128);
    expect(
      computeVariant(scenario({ gpuId: 'h200', maxBatchSize: 64 }), 'pt100').maxBatchSize,
    ).toBe(64);
  });

  it('v0.12 – v0.14 allocate the runtime buffers before measuring what is free', () => {
    // F = 45, B = 3: v0.10 takes 0.8 × 45 = 36 and leaves 9 − 3 = 6; v0.12 takes 0.8 × 42 = 33.6.
    const buffered = scenario({ runtimeBuffers: gib(3) });
    expect(computeVariant(buffered, 'tm100').kvCachePerGpu).toBeCloseTo(36, 10);
    const engine = computeVariant(buffered, 'tm120');
    expect(engine.kvCachePerGpu).toBeCloseTo(33.6, 10);
    expect(engine.gpus[0]?.segments.headroom).toBeCloseTo(8.4, 10);
    expect(total(engine)).toBeCloseTo(80, 10);
  });

  it('PyTorch halves max_prefill_token_num until 16 blocks fit', () => {
    // T = 38.55 leaves F = 2.05 GiB. At 8192 tokens R ≈ 2.018 GiB and only 1 block fits;
    // at 4096, R = 4352 × 256,512 B ≈ 1.0396 GiB and 0.8 × 1.0104 GiB holds 165 blocks.
    const memory = computeVariant(scenario({ gpuMemory: gib(38.55) }), 'pt092');
    expect(memory.prefillTokens).toBe(4096);
    expect(memory.blocks).toBeGreaterThanOrEqual(16);
    expect(memory.reserve * GIB).toBe(4352 * 256_512);
  });
});

const validScenario = fc
  .record({
    gpuMemory: fc.double({ min: 8, max: 192, noNaN: true }),
    modelWeights: fc.double({ min: 0.5, max: 2048, noNaN: true }),
    vocabShare: fc.double({ min: 0, max: 1, noNaN: true }),
    cacheMaxEntryCount: fc.oneof(
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      fc.integer({ min: 1, max: 100_000 }),
    ),
    tpDegree: fc.integer({ min: 1, max: 64 }),
    overhead: fc.double({ min: 0, max: 32, noNaN: true }),
    runtimeBuffers: fc.double({ min: 0, max: 32, noNaN: true }),
    usedByOthers: fc.array(fc.double({ min: 0, max: 192, noNaN: true }), { maxLength: 8 }),
  })
  .map(({ vocabShare, modelWeights, gpuMemory, overhead, runtimeBuffers, ...rest }) =>
    scenario({
      ...rest,
      gpuMemory: gib(gpuMemory),
      overhead: gib(overhead),
      runtimeBuffers: gib(runtimeBuffers),
      modelWeights: gib(modelWeights),
      vocabLayers: gib(vocabShare * modelWeights),
    }),
  );
const anyVersion = fc.constantFrom(...ENGINE_VERSIONS);

describe('invariants, every version', () => {
  test.prop([validScenario, anyVersion])(
    'segments sum to T on every GPU when the version serves the scenario',
    (input, version) => {
      const memory = computeVariant(input, version);
      if (!memory.fits) return;
      for (const gpu of memory.gpus) expect(stackHeight(gpu)).toBeCloseTo(input.gpuMemory, 6);
    },
  );

  test.prop([validScenario, anyVersion])('no segment is negative or NaN', (input, version) => {
    for (const gpu of computeVariant(input, version).gpus) {
      for (const segment of SEGMENTS) {
        expect(gpu.segments[segment]).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(gpu.segments[segment])).toBe(true);
      }
    }
  });

  test.prop([validScenario, anyVersion])('one bar per GPU rank', (input, version) => {
    const memory = computeVariant(input, version);
    expect(memory.gpus.map((gpu) => gpu.rank)).toEqual([...Array(input.tpDegree).keys()]);
  });

  test.prop([validScenario, anyVersion])(
    'every rank gets the same KV cache, and no more than the fullest GPU has free',
    (input, version) => {
      const memory = computeVariant(input, version);
      const first = memory.gpus[0]?.segments.kv;
      for (const gpu of memory.gpus) expect(gpu.segments.kv).toBe(first);
      if (memory.fits) expect(memory.kvCachePerGpu).toBeLessThanOrEqual(memory.freeAfterLoad);
    },
  );

  test.prop([validScenario])('the sharded layout never has less KV cache', (input) => {
    const { pre, post } = compareVariants(input, DEFAULT_VERSION_PAIR);
    expect(post.kvCachePerGpu).toBeGreaterThanOrEqual(pre.kvCachePerGpu - 1e-9);
    if (pre.fits) expect(post.fits).toBe(true);
  });

  test.prop([validScenario])('both layouts are the same at P = 1', (input) => {
    const { pre, post } = compareVariants({ ...input, tpDegree: 1 }, DEFAULT_VERSION_PAIR);
    expect(pre.gpus[0]?.segments).toEqual(post.gpus[0]?.segments);
  });

  test.prop([validScenario, fc.double({ min: 0, max: 0.98, noNaN: true })])(
    'KV cache grows with λ below 1',
    (input, step) => {
      if (input.cacheMaxEntryCount >= 1) return;
      const larger = Math.min(0.99, input.cacheMaxEntryCount + step);
      for (const version of ['tm022', 'tm060', 'pt092'] as const) {
        const before = computeVariant({ ...input, runtimeBuffers: gib(0) }, version);
        const after = computeVariant(
          { ...input, runtimeBuffers: gib(0), cacheMaxEntryCount: larger },
          version,
        );
        expect(after.kvCachePerGpu).toBeGreaterThanOrEqual(before.kvCachePerGpu);
      }
    },
  );

  test.prop([validScenario, fc.double({ min: 0, max: 192, noNaN: true })])(
    'memory taken by another process never adds KV cache, wherever it sits',
    (input, taken) => {
      const base = computeVariant(input, 'tm060');
      const rank = input.tpDegree - 1;
      const used = [...input.usedByOthers];
      used[rank] = (used[rank] ?? 0) + taken;
      const busier = computeVariant({ ...input, usedByOthers: used }, 'tm060');
      expect(busier.kvCachePerGpu).toBeLessThanOrEqual(base.kvCachePerGpu + 1e-9);
    },
  );

  test.prop([validScenario])('the shared axis holds every bar of both charts', (input) => {
    const comparison = compareVariants(input, DEFAULT_VERSION_PAIR);
    const axis = sharedAxisMax(comparison, input);
    for (const memory of [comparison.pre, comparison.post]) {
      for (const gpu of memory.gpus) expect(stackHeight(gpu)).toBeLessThanOrEqual(axis + 1e-9);
    }
  });
});
