import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareVariants, computeVariant, SEGMENTS, sharedAxisMax, usedPerGpu } from './tp-memory';
import { fraction, gib } from './units';
import type { TpScenario, VariantMemory } from './tp-memory';

const scenario = (overrides: Partial<Record<keyof TpScenario, number>> = {}): TpScenario => ({
  gpuMemory: gib(overrides.gpuMemory ?? 80),
  modelWeights: gib(overrides.modelWeights ?? 140),
  vocabLayers: gib(overrides.vocabLayers ?? 2),
  cacheMaxEntryCount: fraction(overrides.cacheMaxEntryCount ?? 0.8),
  tpDegree: overrides.tpDegree ?? 4,
  overhead: gib(overrides.overhead ?? 0),
});

const total = (memory: VariantMemory, rank = 0) => {
  const gpu = memory.gpus[rank];
  if (!gpu) throw new Error(`no GPU ${rank}`);
  return SEGMENTS.reduce((sum, segment) => sum + gpu.segments[segment], 0);
};

describe('the documented example: T = 80, S = 140, E = 2, λ = 0.8, P = 4, O = 0', () => {
  // Before v0.6.0 the vocabulary layers stay whole on every GPU:
  //   W = (S − E)/P + E = 138/4 + 2 = 34.5 + 2 = 36.5
  //   F = T − W = 80 − 36.5 = 43.5;  KV = 0.8 × 43.5 = 34.8;  headroom = 43.5 − 34.8 = 8.7
  // From v0.6.0 everything is split:
  //   W = S/P = 35;  F = 45;  KV = 0.8 × 45 = 36;  headroom = 9
  // Sharding frees E(P − 1)/P = 2 × 3/4 = 1.5 per GPU, i.e. λ × 1.5 = 1.2 more KV cache,
  // and the old layout held (P − 1) × E = 6 GiB of duplicates across the four GPUs.
  const result = compareVariants(scenario());

  it('splits the pre-v0.6.0 GPU into 34.5 + 2 + 0 + 34.8 + 8.7', () => {
    expect(result.pre.gpus).toHaveLength(4);
    const segments = result.pre.gpus[3]?.segments;
    expect(segments?.weights).toBeCloseTo(34.5, 10);
    expect(segments?.vocab).toBeCloseTo(2, 10);
    expect(segments?.overhead).toBe(0);
    expect(segments?.kv).toBeCloseTo(34.8, 10);
    expect(segments?.headroom).toBeCloseTo(8.7, 10);
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
    expect(usedPerGpu(result.pre, scenario())).toBeCloseTo(71.3, 10);
    expect(usedPerGpu(result.post, scenario())).toBeCloseTo(71, 10);
  });
});

describe('overhead and out-of-memory', () => {
  it('takes overhead out before λ applies: T = 80, O = 2, P = 4 gives KV = 0.8 × (80 − 2 − 35) = 34.4', () => {
    const post = computeVariant(scenario({ overhead: 2 }), 'post');
    expect(post.kvCachePerGpu).toBeCloseTo(34.4, 10);
    expect(post.gpus[0]?.segments.overhead).toBe(2);
  });

  it('marks a 140 GiB model on two 24 GiB GPUs as not fitting, with no negative segment', () => {
    // pre: W = 138/2 + 2 = 71, shortfall 71 − 24 = 47; post: W = 70, shortfall 46.
    const result = compareVariants(scenario({ gpuMemory: 24, tpDegree: 2 }));
    expect(result.pre.fits).toBe(false);
    expect(result.pre.shortfall).toBeCloseTo(47, 10);
    expect(result.post.shortfall).toBeCloseTo(46, 10);
    expect(result.post.gpus[1]?.segments.kv).toBe(0);
    expect(result.post.gpus[1]?.segments.headroom).toBe(0);
    expect(sharedAxisMax(result, scenario({ gpuMemory: 24, tpDegree: 2 }))).toBeCloseTo(71, 10);
  });

  it('counts the whole gain as extra KV when only the sharded layout fits', () => {
    // T = 36, P = 4: pre W = 36.5 does not fit, post W = 35 leaves F = 1 and KV = 0.8.
    const result = compareVariants(scenario({ gpuMemory: 36 }));
    expect(result.pre.fits).toBe(false);
    expect(result.post.fits).toBe(true);
    expect(result.extraKvCachePerGpu).toBeCloseTo(0.8, 10);
  });
});

const validScenario = fc
  .record({
    gpuMemory: fc.double({ min: 8, max: 192, noNaN: true }),
    modelWeights: fc.double({ min: 0.5, max: 2048, noNaN: true }),
    vocabShare: fc.double({ min: 0, max: 1, noNaN: true }),
    cacheMaxEntryCount: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    tpDegree: fc.integer({ min: 1, max: 64 }),
    overhead: fc.double({ min: 0, max: 32, noNaN: true }),
  })
  .map(({ vocabShare, modelWeights, ...rest }) =>
    scenario({ ...rest, modelWeights, vocabLayers: vocabShare * modelWeights }),
  );

describe('invariants', () => {
  test.prop([validScenario])('segments sum to T on every GPU when the variant fits', (input) => {
    for (const memory of Object.values(compareVariants(input)).filter(isVariant)) {
      if (!memory.fits) continue;
      for (const gpu of memory.gpus)
        expect(total(memory, gpu.rank)).toBeCloseTo(input.gpuMemory, 6);
    }
  });

  test.prop([validScenario])('no segment is negative or NaN', (input) => {
    const { pre, post } = compareVariants(input);
    for (const memory of [pre, post]) {
      for (const gpu of memory.gpus) {
        for (const segment of SEGMENTS) {
          expect(gpu.segments[segment]).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(gpu.segments[segment])).toBe(true);
        }
      }
    }
  });

  test.prop([validScenario])('one bar per GPU rank', (input) => {
    const { pre, post } = compareVariants(input);
    expect(pre.gpus.map((gpu) => gpu.rank)).toEqual([...Array(input.tpDegree).keys()]);
    expect(post.gpus).toHaveLength(input.tpDegree);
  });

  test.prop([validScenario])('the sharded layout never has less KV cache', (input) => {
    const { pre, post } = compareVariants(input);
    expect(post.kvCachePerGpu).toBeGreaterThanOrEqual(pre.kvCachePerGpu - 1e-9);
    if (pre.fits) expect(post.fits).toBe(true);
  });

  test.prop([validScenario])('both layouts are the same at P = 1', (input) => {
    const { pre, post } = compareVariants({ ...input, tpDegree: 1 });
    expect(pre.gpus[0]?.segments).toEqual(post.gpus[0]?.segments);
  });

  test.prop([validScenario, fc.double({ min: 0, max: 0.98, noNaN: true })])(
    'KV cache grows with λ',
    (input, step) => {
      const larger = fraction(Math.min(0.99, input.cacheMaxEntryCount + step));
      for (const variant of ['pre', 'post'] as const) {
        const before = computeVariant(input, variant).kvCachePerGpu;
        const after = computeVariant(
          { ...input, cacheMaxEntryCount: larger },
          variant,
        ).kvCachePerGpu;
        expect(after).toBeGreaterThanOrEqual(before);
      }
    },
  );

  test.prop([validScenario, fc.double({ min: 0, max: 184, noNaN: true })])(
    'KV cache grows with T',
    (input, extra) => {
      const larger = gib(Math.min(192, input.gpuMemory + extra));
      for (const variant of ['pre', 'post'] as const) {
        const before = computeVariant(input, variant).kvCachePerGpu;
        const after = computeVariant({ ...input, gpuMemory: larger }, variant).kvCachePerGpu;
        expect(after).toBeGreaterThanOrEqual(before);
      }
    },
  );

  test.prop([validScenario])('the shared axis holds every bar of both charts', (input) => {
    const comparison = compareVariants(input);
    const axis = sharedAxisMax(comparison, input);
    for (const memory of [comparison.pre, comparison.post]) {
      expect(total(memory)).toBeLessThanOrEqual(axis + 1e-9);
    }
  });
});

function isVariant(value: unknown): value is VariantMemory {
  return typeof value === 'object' && value !== null && 'gpus' in value;
}
