import { describe, expect, it } from 'vitest';
import { modelPreset, modelScenario } from '../../test-support/fixtures';
import type { TpScenario } from '../tp-scenario';
import { gib } from '../units';
import { turbomindSizes } from '../weights';
import type { EngineContext } from './engine-spec';
import { PEER_ENGINES, type PeerEngineId } from './index';
import { activationPeakGiB } from './peer';
import { sglangDefaultFraction } from './sglang';

const qwen = modelPreset('qwen2.5-72b-instruct');
const sizes = turbomindSizes(qwen.architecture, 'bf16', 8);
const GIB = 2 ** 30;

// Qwen2.5-72B-Instruct on 8 × H100 (T = 79.11 GiB, nvidia-smi 81,559 MiB), no overhead.
const tp = modelScenario(qwen.architecture, 79.11, 8, { gpuId: 'h100' });
const context: EngineContext = {
  tp,
  architecture: qwen.architecture,
  kvPrecision: 'fp16',
  weightPrecision: 'bf16',
  nvidiaSmiMiB: 81559,
  contextOverhead: gib(0),
  ncclOverhead: gib(0),
  knob: null,
  calibration: gib(0),
};
// Weights per GPU: everything but the vocabulary, 16.34823 GiB, plus embedding and lm_head of
// 152,064 rows (already a multiple of 64 and of 8), 2 × 152,064 / 8 × 8192 × 2 B = 0.580078 GiB.
const WEIGHTS = sizes.modelWeights / 8;
// Activation peak at 8192 tokens: 8192 × (2 × 29,568 / 8 + 4 × 8192) × 2 B + 256 × 152,064 × 4 B.
const PEAK_8192 = (8192 * (2 * 3696 + 4 * 8192) * 2 + 256 * 152_064 * 4) / GIB;
const PEAK_4096 = (4096 * (2 * 3696 + 4 * 8192) * 2 + 256 * 152_064 * 4) / GIB;

const kv = (
  engine: PeerEngineId,
  overrides: Partial<EngineContext> = {},
  tpOverrides: Partial<TpScenario> = {},
) => PEER_ENGINES[engine].evaluate({ ...context, ...overrides, tp: { ...tp, ...tpOverrides } });

describe('the other engines on Qwen2.5-72B, 8 × H100', () => {
  it('picks SGLang’s fraction as its server_args does: 0.835 at P = 1, 0.818 at P = 8', () => {
    // Reserve at P = 8: max(512 + 1.5 × 8192 + 2 × 512 + 1024, 10,240) = 14,848 MiB.
    expect(sglangDefaultFraction(81559, 1)).toBe(0.835);
    expect(sglangDefaultFraction(81559, 8)).toBe(0.818);
    expect(sglangDefaultFraction(null, 8)).toBe(0.88);
  });

  it('sizes the activation peak from the MLP slice and the logits', () => {
    expect(activationPeakGiB(qwen.architecture, 8, 8192)).toBeCloseTo(0.757813, 6);
  });

  it('vLLM: 0.92 × T − W − A = 72.7812 − 16.9282 − 0.7578 ≈ 55.0952 GiB', () => {
    const result = kv('vllm');
    expect(result.weightsPerGpu).toBeCloseTo(WEIGHTS, 10);
    expect(result.kvCachePerGpu).toBeCloseTo(0.92 * 79.11 - WEIGHTS - PEAK_8192, 10);
    expect(result.kvCachePerGpu).toBeCloseTo(55.0952, 4);
    // Pages of 16 tokens × 40 KiB.
    expect(result.tokens % 16).toBe(0);
    expect(result.tokens).toBe(Math.floor((result.kvCachePerGpu * GIB) / 655_360) * 16);
  });

  it('SGLang: 0.818 × free before loading − W = 64.7120 − 16.9282 ≈ 47.7838 GiB', () => {
    expect(kv('sglang').kvCachePerGpu).toBeCloseTo(0.818 * 79.11 - WEIGHTS, 10);
    expect(kv('sglang').knobIsDefault).toBe(true);
  });

  it('TensorRT-LLM: 0.9 × (T − W − A) ≈ 55.2816 GiB', () => {
    expect(kv('trtllm').kvCachePerGpu).toBeCloseTo(0.9 * (79.11 - WEIGHTS - PEAK_8192), 10);
  });

  it('TGI: T − W − A(4096) − (1 − 0.9) × T ≈ 53.8194 GiB', () => {
    expect(kv('tgi').kvCachePerGpu).toBeCloseTo(79.11 - WEIGHTS - PEAK_4096 - 0.1 * 79.11, 10);
  });

  it('takes a calibration to the engine’s own log off its cache', () => {
    const calibrated = kv('vllm', { calibration: gib(1.5) });
    expect(calibrated.kvCachePerGpu).toBeCloseTo(kv('vllm').kvCachePerGpu - 1.5, 10);
    expect(calibrated.tokens).toBe(Math.floor((calibrated.kvCachePerGpu * GIB) / 655_360) * 16);
  });

  it('lets vLLM refuse to start when other processes hold what u × T needs', () => {
    // 0.92 × 79.11 = 72.78 GiB must be free; 7 GiB held on one GPU leaves 72.11.
    expect(kv('vllm', {}, { usedByOthers: [0, 7] }).problem).toBe('startup');
    // SGLang shrinks instead: f × (T − 7) − W.
    expect(kv('sglang', {}, { usedByOthers: [0, 7] }).kvCachePerGpu).toBeCloseTo(
      0.818 * 72.11 - WEIGHTS,
      10,
    );
  });

  it('follows each engine’s rule for TP degrees and cache formats', () => {
    expect(kv('vllm', {}, { tpDegree: 3 }).problem).toBe('heads');
    expect(kv('tgi', { kvPrecision: 'int4' }).problem).toBe('kv-format');
    // GLM-4-9B: 2 KV heads; at P = 4 vLLM repeats them, TGI refuses.
    const glm = { architecture: modelPreset('glm-4-9b-chat').architecture };
    const glmSizes = { tpDegree: 4, modelWeights: gib(18), vocabLayers: gib(2) };
    expect(kv('vllm', glm, glmSizes).problem).toBeNull();
    expect(kv('tgi', glm, glmSizes).problem).toBe('heads');
  });
});
