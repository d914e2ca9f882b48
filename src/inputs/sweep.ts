import {
  compareVariants,
  isServable,
  SEGMENTS,
  tpFindings,
  type Segment,
  type Variant,
} from '../model';
import { activeModel, effectiveInputs, toTpScenario, type Scenario } from './scenario';

export const SWEEP_DEGREES = [1, 2, 4, 8, 16] as const;

export interface SweepColumn {
  readonly tpDegree: number;
  /** False when LMDeploy refuses this TP degree for the model's heads. */
  readonly servable: boolean;
  readonly segments: Readonly<Record<Variant, Readonly<Record<Segment, number>>>>;
  readonly fits: Readonly<Record<Variant, boolean>>;
  /** The height of the tallest bar, or T when everything fits. */
  readonly height: number;
}

/** One GPU of each TP degree; every rank of a degree holds the same. */
export function sweepTpDegrees(scenario: Scenario): SweepColumn[] {
  const { architecture } = activeModel(scenario);
  return SWEEP_DEGREES.map((tpDegree) => {
    const tp = { ...toTpScenario(effectiveInputs(scenario, tpDegree)), tpDegree };
    const comparison = compareVariants(tp);
    const first = (variant: Variant) => {
      const gpu = comparison[variant].gpus[0];
      if (!gpu) throw new Error('a TP group has at least one GPU');
      return gpu.segments;
    };
    const total = (variant: Variant) =>
      SEGMENTS.reduce((sum, segment) => sum + first(variant)[segment], 0);
    return {
      tpDegree,
      servable: isServable(tpFindings(architecture, tpDegree)),
      segments: { pre: first('pre'), post: first('post') },
      fits: { pre: comparison.pre.fits, post: comparison.post.fits },
      height: Math.max(tp.gpuMemory, total('pre'), total('post')),
    };
  });
}
