import type { ModelArchitecture } from '../architecture';
import { LMDEPLOY_VERSIONS, type EngineVersion } from '../lmdeploy/versions';
import type { WeightPrecision } from '../precision';
import { layoutWeights, type LayoutWeights } from './layout-weights';
import {
  isPlainTp,
  pytorchLayout,
  turbomindLayout,
  type LayoutProblem,
  type LayoutRequest,
  type ParallelLayout,
} from './parallel-layout';

export * from './layout-weights';
export * from './parallel-layout';

/** What a release line makes of a layout request. */
export type LayoutOutcome =
  /** dp, ep, cp and nodes all 1: the charts draw it. */
  | { readonly kind: 'plain' }
  | { readonly kind: 'laid-out'; readonly layout: ParallelLayout; readonly weights: LayoutWeights }
  | { readonly kind: 'refused'; readonly problem: LayoutProblem }
  /** The line takes `--dp` from `since` by rules the page does not model. */
  | { readonly kind: 'not-modelled'; readonly since: string }
  /** No release of the line takes `--dp`, `--ep`, `--cp` or `--nnodes`. */
  | { readonly kind: 'unavailable' };

export function layoutOutcome(
  architecture: ModelArchitecture,
  precision: WeightPrecision,
  request: LayoutRequest,
  version: EngineVersion,
): LayoutOutcome {
  if (isPlainTp(request)) return { kind: 'plain' };
  const support = LMDEPLOY_VERSIONS[version].parallel;
  if (support.rules === null) {
    return support.since === null
      ? { kind: 'unavailable' }
      : { kind: 'not-modelled', since: support.since };
  }
  const derived = support.rules === 'turbomind' ? turbomindLayout(request) : pytorchLayout(request);
  if (!derived.ok) return { kind: 'refused', problem: derived.problem };
  const weights = layoutWeights(architecture, precision, derived.layout, support.rules);
  if (!weights.ok) return { kind: 'refused', problem: weights.problem };
  return { kind: 'laid-out', layout: derived.layout, weights: weights.weights };
}
export * from './launch';
