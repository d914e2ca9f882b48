import { describe, expect, it } from 'vitest';
import { applyInput, DEFAULT_SCENARIO, pickVersion } from '../inputs/scenario';
import { CURVE_RATIOS, lambdaCurve } from './lambda-curve';
import { evaluateDrag } from './drag-view';

describe('sessions against λ', () => {
  const curve = lambdaCurve(DEFAULT_SCENARIO);

  it('runs from 0.02 to 0.99, gains sessions as λ grows, and ends where the buffers no longer fit', () => {
    expect(curve.map((point) => point.lambda)).toEqual(CURVE_RATIOS);
    const fitting = curve.filter((point) => point.post !== null);
    for (let index = 1; index < fitting.length; index += 1) {
      expect(fitting[index]?.post ?? 0).toBeGreaterThanOrEqual(fitting[index - 1]?.post ?? 0);
    }
    // The runtime buffers come after the cache: at λ = 0.99 they no longer fit.
    expect(curve.at(-1)?.post).toBeNull();
    expect(curve.slice(0, fitting.length)).toEqual(fitting);
  });

  it('passes through the chart’s own figure at the chart’s λ', () => {
    const atChart = curve.find((point) => point.lambda === 0.8);
    expect(atChart?.post).toBe(evaluateDrag(DEFAULT_SCENARIO).variants.post.capacity.sessions);
  });

  it('has no points where the version does not fit, and none for whole-session λ', () => {
    const tooSmall = lambdaCurve(applyInput(DEFAULT_SCENARIO, 'T', 24));
    expect(tooSmall.every((point) => point.post === null)).toBe(true);
    const sessions = lambdaCurve(pickVersion(DEFAULT_SCENARIO, 'pre', 'tm000'));
    expect(sessions.every((point) => point.pre === null)).toBe(true);
  });
});
