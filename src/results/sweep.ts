import { activeModel, toTpScenario, type Scenario } from '../inputs/scenario';
import {
  compareVariants,
  accepts,
  stackHeight,
  usedPerGpu,
  VARIANTS,
  versionFindings,
  type Segment,
  type Variant,
} from '../model';

export const SWEEP_DEGREES = [1, 2, 4, 8, 16] as const;

export interface SweepColumn {
  readonly tpDegree: number;
  /** False when either version refuses this TP degree for the model's heads. */
  readonly servable: boolean;
  /** Whether each version accepts this TP degree and everything fits: only then has it figures. */
  readonly serving: Readonly<Record<Variant, boolean>>;
  /** What the engine itself holds on the fullest GPU: everything but the headroom. */
  readonly used: Readonly<Record<Variant, number>>;
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
    const used = (variant: Variant) => usedPerGpu(comparison[variant]);
    return {
      tpDegree,
      servable: accepted('pre') && accepted('post'),
      serving: {
        pre: accepted('pre') && comparison.pre.fits,
        post: accepted('post') && comparison.post.fits,
      },
      used: { pre: used('pre'), post: used('post') },
      segments: { pre: fullest('pre'), post: fullest('post') },
      fits: { pre: comparison.pre.fits, post: comparison.post.fits },
      height: Math.max(tp.gpuMemory, ...heights),
    };
  });
}
