import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { modelScenario, presetArchitecture as preset } from '../test-support/fixtures';
import { MODEL_PRESETS } from './catalog/models';
import { kvCapacity, kvLayout, smallestCacheRatio } from './kv-capacity';
import { compareVariants, DEFAULT_VERSION_PAIR } from './lmdeploy/comparison';
import { computeVariant } from './lmdeploy/variant-memory';
import { isServable, paddedVocabSize, tpFindings } from './tp-validity';
import { turbomindSizes } from './weights';

describe('Qwen2.5-72B-Instruct on 8 × H100 (T = 79.11 GiB, λ = 0.8, bf16, O = 0)', () => {
  // Checkpoint: 72,706,203,648 parameters, of which embedding and lm_head are
  // 2 × 152064 × 8192 = 2,491,416,576 (untied; 152064 is already a multiple of 8).
  // E = 2 × 152064 × 8192 × 2 bytes = 4,982,833,152 B = 4.640625 GiB.
  // S = (70,214,787,072 × 2 + 4,982,833,152) B = 145,412,407,296 B ≈ 135.42586 GiB.
  const architecture = preset('qwen2.5-72b-instruct');
  const sizes = turbomindSizes(architecture, 'bf16', 8);
  const layout = kvLayout(architecture, 'fp16', 8);
  const scenario = modelScenario(architecture, 79.11, 8, { gpuId: 'h100' });
  const comparison = compareVariants(scenario, DEFAULT_VERSION_PAIR);
  // 80 layers × 1 KV head per GPU (8 / 8) × 2 (K and V) × 128 × 2 bytes = 40,960 B = 40 KiB;
  // a block of 64 tokens is 2,621,440 B = 2.5 MiB.

  it('derives S and E from the architecture', () => {
    expect(sizes.vocabLayers).toBe(4.640625);
    expect(sizes.modelWeights * 2 ** 30).toBe(145_412_407_296);
    expect(sizes.paddedVocab).toBe(152064);
  });

  it('sizes a token and a block as TurboMind does', () => {
    expect(layout.bytesPerTokenPerGpu).toBe(40_960);
    expect(layout.blockBytes).toBe(2_621_440);
    expect(layout.kvHeadsPerGpu).toBe(1);
  });

  it('fits 20,375 blocks after v0.6.0 and 19,045 before', () => {
    // post: W = S/8 ≈ 16.92823, F ≈ 62.18177, KV ≈ 49.74541 GiB → floor(KV B / 2.5 MiB) = 20,375.
    // pre:  W = (S − E)/8 + E ≈ 20.98878, F ≈ 58.12122, KV ≈ 46.49698 GiB → 19,045.
    const post = kvCapacity(comparison.post, 8192);
    const pre = kvCapacity(comparison.pre, 8192);
    expect(post).toEqual({
      blocks: 20_375,
      tokens: 1_304_000,
      sessions: 159,
      longestSession: 1_304_000,
    });
    expect(pre).toEqual({
      blocks: 19_045,
      tokens: 1_218_880,
      sessions: 148,
      longestSession: 1_218_880,
    });
  });

  it('finds the smallest λ for 100 sessions of 8192 tokens', () => {
    // 100 × 128 blocks × 2.5 MiB = 32,000 MiB = 31.25 GiB; 31.25 / 62.18177 = 0.50256 → 0.503.
    expect(smallestCacheRatio(comparison.post, 100, 8192)).toBe(0.503);
    expect(smallestCacheRatio(comparison.post, 1000, 8192)).toBeNull();
  });
});

describe('KV formats and heads', () => {
  it('adds an fp16 scale and zero point per head for quantized caches', () => {
    // int8: (128 × 1 + 4) × 2 × 8 KV heads × 32 layers = 67,584 B for Llama-3.1-8B at P = 1.
    expect(kvLayout(preset('llama-3.1-8b-instruct'), 'int8', 1).bytesPerTokenPerGpu).toBe(67_584);
    // int4: (128 / 2 + 4) × 2 × 8 × 32 = 34,816 B.
    expect(kvLayout(preset('llama-3.1-8b-instruct'), 'int4', 1).bytesPerTokenPerGpu).toBe(34_816);
  });

  it('keeps one KV head per GPU when P exceeds the KV heads', () => {
    // GLM-4-9B has 2 KV heads; at P = 8 each head sits on 4 GPUs.
    const glm = preset('glm-4-9b-chat');
    const layout = kvLayout(glm, 'fp16', 8);
    expect(layout.kvHeadsPerGpu).toBe(1);
    expect(layout.bytesPerTokenPerGpu / layout.idealBytesPerTokenPerGpu).toBe(4);
    expect(tpFindings(glm, 8)).toEqual([
      { kind: 'kv-heads-replicated', kvHeads: 2, tpDegree: 8, copies: 4 },
    ]);
    // Before v0.6.5 the converter asserted kv_heads % P == 0 instead.
    expect(tpFindings(glm, 8, false)).toEqual([
      { kind: 'kv-heads-indivisible', kvHeads: 2, tpDegree: 8 },
    ]);
  });

  it('refuses heads that do not divide by P', () => {
    const findings = tpFindings(preset('qwen2.5-72b-instruct'), 3);
    expect(findings.map((finding) => finding.kind)).toEqual([
      'heads-indivisible',
      'kv-heads-indivisible',
    ]);
    expect(isServable(findings)).toBe(false);
    expect(isServable(tpFindings(preset('qwen2.5-72b-instruct'), 8))).toBe(true);
  });

  it('caches one latent per token for MLA, on every GPU', () => {
    // DeepSeek-V3: 61 layers × (512 + 64) × 2 bytes = 70,272 B, whatever P is.
    expect(kvLayout(preset('deepseek-v3'), 'fp16', 8).bytesPerTokenPerGpu).toBe(70_272);
  });

  it('pads the vocabulary to a multiple of P', () => {
    expect(paddedVocabSize(151936, 3)).toBe(151938);
    expect(paddedVocabSize(32000, 8)).toBe(32000);
  });
});

test.prop([
  fc.constantFrom(...MODEL_PRESETS),
  fc.integer({ min: 1, max: 64 }),
  fc.double({ min: 8, max: 192, noNaN: true }),
  fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  fc.integer({ min: 64, max: 1_048_576 }),
])(
  'capacity is whole blocks within the cache, and sessions never exceed tokens / len',
  (model, p, gpuMemory, ratio, len) => {
    const architecture = model.architecture;
    const memory = computeVariant(
      modelScenario(architecture, gpuMemory, p, { cacheMaxEntryCount: ratio, sessionLength: len }),
      'tm060',
    );
    const capacity = kvCapacity(memory, len);
    expect(capacity.blocks).toBeGreaterThanOrEqual(0);
    expect(capacity.tokens).toBe(capacity.blocks * 64);
    expect(capacity.blocks * memory.blockBytes).toBeLessThanOrEqual(memory.kvCachePerGpu * 2 ** 30);
    expect(capacity.sessions).toBeLessThanOrEqual(capacity.tokens / len);
  },
);
