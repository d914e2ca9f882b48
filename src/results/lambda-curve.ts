import { toTpScenario, type Scenario } from '../inputs/scenario';
import { computeVariant, kvCapacity, LMDEPLOY_VERSIONS, VARIANTS, type Variant } from '../model';

/** Sessions each chart holds at one λ; null where its version does not serve it. */
export interface LambdaPoint {
  readonly lambda: number;
  readonly pre: number | null;
  readonly post: number | null;
}

/** λ from 0.02 to 0.98 in steps of 0.02, and 0.99, LMDeploy's largest share. */
export const CURVE_RATIOS: readonly number[] = [
  ...Array.from({ length: 49 }, (_, index) => (index + 1) / 50),
  0.99,
];

/**
 * Sessions of `len` tokens against λ for both charts: how much each hundredth of λ buys, up to
 * where the headroom runs out. A version that reads λ as whole sessions has no curve.
 */
export function lambdaCurve(scenario: Scenario): LambdaPoint[] {
  const tp = toTpScenario(scenario);
  const sessions = (variant: Variant, lambda: number) => {
    const version = scenario.versions[variant];
    if (LMDEPLOY_VERSIONS[version].ratioBase === 'session-entries') return null;
    const memory = computeVariant({ ...tp, cacheMaxEntryCount: lambda }, version);
    return memory.fits ? kvCapacity(memory, scenario.inputs.len).sessions : null;
  };
  return CURVE_RATIOS.map((lambda) => {
    const [pre, post] = VARIANTS.map((variant) => sessions(variant, lambda));
    return { lambda, pre: pre ?? null, post: post ?? null };
  });
}
