import { activeModel, toTpScenario, type Scenario } from '../inputs/scenario';
import {
  compareVariants,
  accepts,
  stackHeight,
  VARIANTS,
  versionFindings,
  type Segment,
  type Variant,
} from '../model';

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

/** The fullest GPU of each TP degree, which decides the KV cache of all. */
export function sweepTpDegrees(scenario: Scenario): SweepColumn[] {
  const { architecture } = activeModel(scenario);
  return SWEEP_DEGREES.map((tpDegree) => {
    const tp = toTpScenario(scenario, tpDegree);
    const comparison = compareVariants(tp, scenario.versions);
    const fullest = (variant: Variant) => {
      const gpus = comparison[variant].gpus;
      const gpu = gpus.reduce((best, next) =>
        next.segments.stranded < best.segments.stranded ? next : best,
      );
      return gpu.segments;
    };
    const accepted = (variant: Variant) =>
      accepts(
        versionFindings(architecture, tpDegree, scenario.versions[variant], scenario.weights),
      );
    const heights = VARIANTS.flatMap((variant) => comparison[variant].gpus.map(stackHeight));
    return {
      tpDegree,
      servable: accepted('pre') && accepted('post'),
      segments: { pre: fullest('pre'), post: fullest('post') },
      fits: { pre: comparison.pre.fits, post: comparison.post.fits },
      height: Math.max(tp.gpuMemory, ...heights),
    };
  });
}
