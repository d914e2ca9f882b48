import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyInput, DOCUMENTED_SCENARIO, pickOverheadMode } from '../inputs/scenario';
import { evaluateDrag } from './drag-view';
import { paintsInPlace } from './paint-in-place';

const formula = pickOverheadMode(DOCUMENTED_SCENARIO, 'formula');
const at = (lambda: number) => evaluateDrag(applyInput(formula, 'lambda', lambda));

describe('painting a drag in place', () => {
  it('rewrites numbers alone when λ moves and both charts still fit', () => {
    expect(paintsInPlace(at(0.8), at(0.5))).toBe(true);
    expect(paintsInPlace(at(0.8), at(0.8))).toBe(true);
  });

  it('renders when the limit line, the bars or a notice would change', () => {
    const base = evaluateDrag(formula);
    // T moves the limit line; P changes the bars; S changes the weights' figure and E's bound.
    expect(paintsInPlace(base, evaluateDrag(applyInput(formula, 'T', 70)))).toBe(false);
    expect(paintsInPlace(base, evaluateDrag(applyInput(formula, 'P', 8)))).toBe(false);
    expect(paintsInPlace(base, evaluateDrag(applyInput(formula, 'S', 120)))).toBe(false);
    // Out of memory: the notice names the shortfall, which only a render writes.
    // At T = 30 the 35 GiB of weights per GPU do not fit.
    const small = applyInput(formula, 'T', 30);
    const tiny = evaluateDrag(small);
    expect(tiny.variants.post.problem?.kind).toBe('weights');
    expect(paintsInPlace(tiny, evaluateDrag(applyInput(small, 'lambda', 0.5)))).toBe(false);
  });

  it('renders when the headroom turns short of what NCCL takes at run time', () => {
    const realistic = pickOverheadMode(DOCUMENTED_SCENARIO, 'realistic');
    const roomy = evaluateDrag(applyInput(realistic, 'lambda', 0.5));
    // λ = 0.98 leaves 0.02 × 44.6 − 0.46 = 0.43 GiB, under NCCL's 0.5 GiB of growth.
    const full = evaluateDrag(applyInput(realistic, 'lambda', 0.98));
    expect(full.variants.post.problem).toBeNull();
    expect(roomy.variants.post.headroomShort).toBe(false);
    expect(full.variants.post.headroomShort).toBe(true);
    expect(paintsInPlace(roomy, full)).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })])(
    'is symmetric and true only where the two charts hold the same segments and verdicts',
    (from, to) => {
      const before = at(from / 100);
      const after = at(to / 100);
      const inPlace = paintsInPlace(before, after);
      expect(paintsInPlace(after, before)).toBe(inPlace);
      if (inPlace) {
        for (const variant of ['pre', 'post'] as const) {
          expect(after.variants[variant].memory.gpus).toHaveLength(
            before.variants[variant].memory.gpus.length,
          );
          expect(after.variants[variant].headroomShort).toBe(
            before.variants[variant].headroomShort,
          );
        }
        expect(after.shownSegments).toEqual(before.shownSegments);
      }
    },
  );
});
