import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from './definitions';
import { withInput } from './input-values';
import { DOCUMENTED_SCENARIO, toTpScenario } from './scenario';
import { sliderScale, LOG_SLIDER_STEPS } from './slider-scale';
import { INPUTS } from './definitions';

describe('withInput', () => {
  it('clamps to the limits and rounds the TP degree', () => {
    expect(withInput(DEFAULT_INPUTS, 'T', 500).T).toBe(192);
    expect(withInput(DEFAULT_INPUTS, 'lambda', 0).lambda).toBe(0.01);
    expect(withInput(DEFAULT_INPUTS, 'P', 7.6).P).toBe(8);
  });

  it('keeps E within S when S shrinks, and E cannot exceed S', () => {
    const small = withInput({ ...DEFAULT_INPUTS, E: 3 }, 'S', 1.5);
    expect(small).toMatchObject({ S: 1.5, E: 1.5 });
    expect(withInput(DEFAULT_INPUTS, 'E', 500).E).toBe(140);
  });

  it('ignores a value that is not a finite number', () => {
    expect(withInput(DEFAULT_INPUTS, 'T', Number.NaN)).toBe(DEFAULT_INPUTS);
  });

  it('hands the model the same numbers under their domain names', () => {
    const formula = { ...DOCUMENTED_SCENARIO, overheadMode: 'formula' as const };
    expect(toTpScenario(formula)).toMatchObject({
      gpuMemory: 80,
      modelWeights: 140,
      vocabLayers: 2,
      cacheMaxEntryCount: 0.8,
      tpDegree: 4,
      overhead: 0,
      runtimeBuffers: 0,
      usedByOthers: [],
      // Llama-3.1-70B: 80 layers × 8 / 4 KV heads × 2 × 128 × 2 bytes.
      kvBytesPerToken: 81_920,
      visionWeights: 0,
      vocabSize: 128_256,
      prefillTokens: null,
      maxBatchSize: null,
      gpuId: null,
    });
  });

  it('adds context and NCCL before the cache and buffers after it, only when realistic', () => {
    // Realistic is the default: the start-up logs it was checked on are closer to it.
    const realistic = DOCUMENTED_SCENARIO;
    expect(realistic.overheadMode).toBe('realistic');
    // Buffers: 20 × 128 × 8192 (ids) + 6 × 128 × 128,256 (logits) + 8 × 128 × 1024
    // (log-probabilities) + 8192 × 8192 × 2 (hidden) + 2 × 8192 × 7168 × 2 (MLP at P = 4)
    // = 20,971,520 + 98,500,608 + 1,048,576 + 134,217,728 + 234,881,024 = 489,619,456 B.
    const tp = toTpScenario(realistic);
    expect(tp.overhead).toBeCloseTo(0.4, 12);
    expect(tp.runtimeBuffers * 2 ** 30).toBe(489_619_456);
    // No NCCL on one GPU; a typed buffer size replaces the estimate.
    expect(toTpScenario(realistic, 1).overhead).toBe(0.3);
    const typed = { ...realistic, inputs: { ...realistic.inputs, buf: 2 } };
    expect(toTpScenario(typed).runtimeBuffers).toBe(2);
  });
});

describe('sliderScale', () => {
  it('maps S logarithmically: the middle of the track is the geometric mean of 0.5 and 2048', () => {
    const scale = sliderScale(INPUTS.S, INPUTS.S.max);
    expect(scale.max).toBe(LOG_SLIDER_STEPS);
    expect(scale.fromPosition(0)).toBeCloseTo(0.5, 10);
    expect(scale.fromPosition(LOG_SLIDER_STEPS)).toBeCloseTo(2048, 6);
    expect(scale.fromPosition(LOG_SLIDER_STEPS / 2)).toBeCloseTo(Math.sqrt(0.5 * 2048), 1);
    // One step of the track moves S by ln(4096)/1000 ≈ 0.83%, so a round trip stays within 1%.
    expect(Math.abs(scale.fromPosition(scale.toPosition(140)) / 140 - 1)).toBeLessThan(0.01);
  });

  it('stops the linear P slider at 16 and the E slider at S', () => {
    expect(sliderScale(INPUTS.P, INPUTS.P.max).max).toBe(16);
    expect(sliderScale(INPUTS.E, 1.2).max).toBe(1.2);
    expect(sliderScale(INPUTS.T, INPUTS.T.max).toPosition(500)).toBe(192);
  });
});
