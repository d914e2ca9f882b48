import { describe, expect, it } from 'vitest';
import { applyInput, DEFAULT_SCENARIO, pickGpu, pickModel } from '../inputs/scenario';
import { evaluateDrag } from './drag-view';

describe('what a chart that does not serve offers instead', () => {
  it('offers the degrees whose heads divide, where the model fits, for P = 3', () => {
    // Qwen2.5-72B: 64 heads, 8 KV heads; 135 GiB of weights do not fit one 79 GiB A100.
    const view = evaluateDrag(applyInput(DEFAULT_SCENARIO, 'P', 3));
    expect(view.variants.pre.serving).toBe(false);
    expect(view.variants.pre.alternatives).toEqual({ degrees: [2, 4, 8], fit: true });
    // v0.15 repeats KV heads, so 16 is accepted too; the six nearest to 3 are offered.
    expect(view.variants.post.alternatives).toEqual({ degrees: [2, 4, 8, 16, 32, 64], fit: true });
  });

  it('offers more GPUs when the weights do not fit, and nothing when the chart serves', () => {
    const oom = pickGpu(
      pickModel(applyInput(DEFAULT_SCENARIO, 'P', 2), 'llama-3.1-70b-instruct'),
      'rtx4090',
    );
    const view = evaluateDrag(oom);
    expect(view.variants.post.serving).toBe(false);
    expect(view.variants.post.alternatives.fit).toBe(true);
    expect(Math.min(...view.variants.post.alternatives.degrees)).toBeGreaterThan(2);
    expect(evaluateDrag(DEFAULT_SCENARIO).variants.post.alternatives.degrees).toEqual([]);
  });
});
