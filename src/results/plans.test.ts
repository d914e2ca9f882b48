import { describe, expect, it } from 'vitest';
import {
  applyInput,
  DOCUMENTED_SCENARIO,
  overheadsOf,
  pickOverheadMode,
  pickVersion,
  toTpScenario,
} from '../inputs/scenario';
import { computeVariant, headroomOf } from '../model';
import { largestSafeRatio } from './plans';

const realistic = pickOverheadMode(DOCUMENTED_SCENARIO, 'realistic');

describe('the largest safe λ', () => {
  it('leaves the runtime buffers and NCCL’s growth, worked for the documented example', () => {
    // F = 80 − 35 − 0.4 = 44.6 GiB; B is the buffer estimate; NCCL grows by 0.6 − 0.1 = 0.5 GiB.
    const { buffers, growth } = overheadsOf(realistic);
    expect(growth).toBeCloseTo(0.5, 10);
    const bound = 1 - (buffers + growth) / 44.6;
    const safe = largestSafeRatio(realistic, 'post', growth);
    expect(safe?.ratio).toBe(Math.floor(bound * 100) / 100);
    // One hundredth more leaves less than NCCL will take.
    const tp = toTpScenario(realistic);
    const over = computeVariant({ ...tp, cacheMaxEntryCount: (safe?.ratio ?? 0) + 0.01 }, 'tm150');
    expect(headroomOf(over)).toBeLessThan(growth);
  });

  it('is 0.99 with nothing to leave, and none where even 0.01 fails or λ counts sessions', () => {
    const formula = pickOverheadMode(DOCUMENTED_SCENARIO, 'formula');
    expect(largestSafeRatio(formula, 'post', 0)?.ratio).toBe(0.99);
    expect(largestSafeRatio(applyInput(formula, 'T', 30), 'post', 0)).toBeNull();
    expect(largestSafeRatio(pickVersion(formula, 'post', 'tm000'), 'post', 0)).toBeNull();
  });

  it('holds more sessions the larger it is', () => {
    const safe = largestSafeRatio(realistic, 'post', 0.5);
    const smaller = largestSafeRatio(realistic, 'post', 5);
    expect(safe && smaller && safe.capacity.sessions > smaller.capacity.sessions).toBe(true);
  });
});
