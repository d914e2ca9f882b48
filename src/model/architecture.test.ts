import { describe, expect, it } from 'vitest';
import { countParameters } from './architecture';
import { modelPreset as preset } from '../test-support/fixtures';
import { MODEL_PRESETS, type ModelPreset } from './catalog/models';

describe('parameter counts derived from config.json', () => {
  it('counts Llama-3.1-70B by hand', () => {
    // Per layer: attention 8192·8192 (q) + 2·8192·1024 (k, v) + 8192·8192 (o) = 150,994,944;
    // MLP 3·8192·28672 = 704,643,072; two norms 16,384. × 80 layers = 68,452,352,000.
    // Embedding and lm_head 2 · 128256 · 8192 = 2,101,346,304; final norm 8192.
    const counts = countParameters(preset('llama-3.1-70b-instruct').architecture);
    expect(counts.linear).toBe(80 * (150_994_944 + 704_643_072));
    expect(counts.total).toBe(68_452_352_000 + 2_101_346_304 + 8192);
  });

  it('matches Qwen2.5-72B-Instruct’s safetensors tally of 72,706,203,648 exactly (q/k/v bias included)', () => {
    expect(countParameters(preset('qwen2.5-72b-instruct').architecture).total).toBe(72_706_203_648);
  });

  it('counts a tied embedding once', () => {
    const counts = countParameters(preset('llama-3.2-1b').architecture);
    expect(counts.lmHead).toBe(0);
    expect(counts.embedding).toBe(128256 * 2048);
  });

  const exact = MODEL_PRESETS.filter((model) => model.publishedExact);
  // A vision-language model's published count includes its vision tower.
  const wholeModelBillions = (model: ModelPreset) =>
    (countParameters(model.architecture).total + (model.architecture.vision?.parameters ?? 0)) /
    1e9;

  it('has at least 8 models with an exact published parameter count', () => {
    expect(exact.length).toBeGreaterThanOrEqual(8);
  });

  it.each(exact.map((model) => [model.name, model] as const))(
    '%s is within 1.5% of its published count',
    (_name, model) => {
      expect(Math.abs(wholeModelBillions(model) / model.publishedBillions - 1)).toBeLessThan(0.015);
    },
  );

  it.each(MODEL_PRESETS.map((model) => [model.name, model] as const))(
    '%s is within 15% of the size class in its name',
    (_name, model) => {
      expect(Math.abs(wholeModelBillions(model) / model.publishedBillions - 1)).toBeLessThan(0.15);
    },
  );

  it('has unique ids and at least 20 presets', () => {
    const ids = MODEL_PRESETS.map((model) => model.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });
});
