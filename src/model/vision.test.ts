import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentedExample, modelPreset } from '../test-support/fixtures';
import { versionFindings } from './describe';
import { INTERNVIT_300M as INTERNVIT_300M_CONFIG } from './catalog/vision-towers';
import { computeVariant } from './lmdeploy/variant-memory';
import { gib } from './units';
import {
  internVitParameters,
  internVlProjectorParameters,
  qwenVitParameters,
  visionShare,
  type InternVitShape,
} from './vision';

const INTERNVIT_300M: InternVitShape = { ...INTERNVIT_300M_CONFIG, languageHidden: 3584 };

describe('vision tower parameters, worked by hand', () => {
  it('InternViT-300M: 24 layers of 12,598,272 and 1,653,760 of embeddings', () => {
    // Per layer: qkv 3·1024² + 3·1024, proj 1024² + 1024, fc1 and fc2 2·1024·4096 + 4096 + 1024,
    // two LayerNorms 4·1024, two layer scales 2·1024.
    // Embeddings: patch 3·14²·1024 + 1024, class 1024, positions (32² + 1)·1024.
    expect(internVitParameters(INTERNVIT_300M)).toBe(24 * 12_598_272 + 1_653_760);
  });

  it('InternVL3-8B mlp1: LayerNorm(4096), 4096 → 3584, 3584 → 3584', () => {
    expect(internVlProjectorParameters(INTERNVIT_300M)).toBe(
      2 * 4096 + 4096 * 3584 + 3584 + 3584 * 3584 + 3584,
    );
    expect(internVlProjectorParameters(INTERNVIT_300M)).toBe(27_540_480);
  });

  it('InternViT-6B: 45 layers with RMSNorm and q/k norms, 5,536,496,000 in all', () => {
    const shape: InternVitShape = {
      ...INTERNVIT_300M,
      hidden: 3200,
      intermediate: 12800,
      layers: 45,
      qkvBias: false,
      norm: 'rms',
      qkNorm: true,
    };
    expect(internVitParameters(shape)).toBe(5_536_496_000);
  });

  it('Qwen2.5-VL-7B: 32 gated blocks and the merger, 676,550,144', () => {
    const tower = modelPreset('qwen2.5-vl-7b-instruct').architecture.vision;
    expect(tower?.parameters).toBe(676_550_144);
    expect(
      qwenVitParameters({
        hidden: 1280,
        intermediate: 3420,
        depth: 32,
        patch: 14,
        temporalPatch: 2,
        spatialMerge: 2,
        outHidden: 3584,
        inChannels: 3,
        gatedMlp: true,
      }),
    ).toBe(676_550_144);
  });

  it('the presets carry their towers: InternVL3-8B 331,552,768, -78B 5,708,504,448', () => {
    expect(modelPreset('internvl3-8b').architecture.vision?.parameters).toBe(331_552_768);
    expect(modelPreset('internvl3-78b').architecture.vision?.parameters).toBe(5_708_504_448);
  });
});

describe('where a release line puts the tower', () => {
  it('whole on GPU 0, spread over P, or nowhere', () => {
    expect([0, 1, 2, 3].map((rank) => visionShare('first-gpu', 8, rank, 4))).toEqual([8, 0, 0, 0]);
    expect([0, 1, 2, 3].map((rank) => visionShare('spread', 8, rank, 4))).toEqual([2, 2, 2, 2]);
    expect(visionShare('none', 8, 0, 4)).toBe(0);
  });

  it('on GPU 0 the tower shrinks every GPU’s cache by all of it; spread, by 1/P of it', () => {
    // The documented example with a 4 GiB tower. Before v0.6.0 each GPU holds 138 / 4 + 2
    // = 36.5 GiB of weights, so F = 80 − 36.5 = 43.5 without the tower, 39.5 beside it.
    const scenario = documentedExample({ visionWeights: gib(4) });
    const onGpu0 = computeVariant(scenario, 'tm030');
    expect(onGpu0.freePerGpu).toEqual([39.5, 43.5, 43.5, 43.5]);
    expect(onGpu0.kvCachePerGpu).toBeCloseTo(0.8 * 39.5, 10);
    expect(onGpu0.gpus[0]?.segments.vision).toBe(4);
    // The other GPUs keep the 4 GiB the fullest one lacks, unused.
    expect(onGpu0.gpus[1]?.segments.stranded).toBeCloseTo(4, 10);
    const spread = computeVariant(scenario, 'tm060');
    expect(spread.gpus.map((gpu) => gpu.segments.vision)).toEqual([1, 1, 1, 1]);
    // From v0.6.0: 140 / 4 = 35 GiB of weights and 1 GiB of the tower on each.
    expect(spread.freeAfterLoad).toBeCloseTo(80 - 35 - 1, 10);
  });

  it('a line before v0.2.6 refuses a vision-language model, and only such a model', () => {
    const vl = modelPreset('internvl3-8b').architecture;
    const text = modelPreset('qwen2.5-7b-instruct').architecture;
    expect(versionFindings(vl, 1, 'tm020')).toContainEqual({ kind: 'vision' });
    expect(versionFindings(text, 1, 'tm020')).not.toContainEqual({ kind: 'vision' });
    expect(versionFindings(vl, 1, 'tm022')).not.toContainEqual({ kind: 'vision' });
  });

  it('the shares always add up to the tower, none negative', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('first-gpu' as const, 'spread' as const),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        (placement, total, tpDegree) => {
          let sum = 0;
          for (let rank = 0; rank < tpDegree; rank += 1) {
            const share = visionShare(placement, total, rank, tpDegree);
            expect(share).toBeGreaterThanOrEqual(0);
            sum += share;
          }
          expect(sum).toBeCloseTo(total, 6);
        },
      ),
    );
  });
});
