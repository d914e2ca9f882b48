import {
  compareVariants,
  isServable,
  kvCapacity,
  kvLayout,
  sharedAxisMax,
  smallestCacheRatio,
  tpFindings,
  VARIANTS,
  variantBudget,
  type KvCapacity,
  type KvLayout,
  type TpComparison,
  type TpFinding,
  type TpScenario,
  type Variant,
} from '../model';
import { INPUTS, type ScenarioInputs } from './definitions';
import {
  activeModel,
  effectiveInputs,
  toTpScenario,
  type ActiveModel,
  type Scenario,
} from './scenario';

export interface VariantPlan {
  readonly capacity: KvCapacity;
  /** Smallest `cache_max_entry_count` for `n` sessions of `len` tokens; null if none works. */
  readonly smallestRatio: number | null;
  /** Fewest GPUs (a servable TP degree) that hold `n` sessions at the current λ; null if none up to 64. */
  readonly fewestGpus: number | null;
}

export interface ScenarioView {
  readonly model: ActiveModel;
  /** Inputs with S and E as the model's own when they are derived. */
  readonly inputs: ScenarioInputs;
  readonly tp: TpScenario;
  readonly comparison: TpComparison;
  readonly axisMax: number;
  readonly layout: KvLayout;
  readonly findings: readonly TpFinding[];
  readonly servable: boolean;
  readonly plans: Readonly<Record<Variant, VariantPlan>>;
}

function capacityAt(scenario: Scenario, tpDegree: number, variant: Variant): KvCapacity | null {
  const { architecture } = activeModel(scenario);
  if (!isServable(tpFindings(architecture, tpDegree))) return null;
  const tp = toTpScenario(effectiveInputs(scenario, tpDegree));
  const memory = variantBudget({ ...tp, tpDegree }, variant);
  if (!memory.fits) return null;
  const layout = kvLayout(architecture, scenario.kvCache, tpDegree);
  return kvCapacity(memory.kvCachePerGpu, layout, scenario.inputs.len);
}

function fewestGpus(scenario: Scenario, variant: Variant): number | null {
  for (let tpDegree = INPUTS.P.min; tpDegree <= INPUTS.P.max; tpDegree += 1) {
    const capacity = capacityAt(scenario, tpDegree, variant);
    if (capacity && capacity.sessions >= scenario.inputs.n) return tpDegree;
  }
  return null;
}

/** Everything the page shows, from the user's choices alone. Pure; the UI memoises it. */
export function evaluateScenario(scenario: Scenario): ScenarioView {
  const model = activeModel(scenario);
  const inputs = effectiveInputs(scenario);
  const tp = toTpScenario(inputs);
  const comparison = compareVariants(tp);
  const layout = kvLayout(model.architecture, scenario.kvCache, inputs.P);
  const findings = tpFindings(model.architecture, inputs.P);
  const plan = (variant: Variant): VariantPlan => {
    const memory = comparison[variant];
    return {
      capacity: kvCapacity(memory.kvCachePerGpu, layout, inputs.len),
      smallestRatio: smallestCacheRatio(memory.freeAfterLoad, layout, inputs.n, inputs.len),
      fewestGpus: fewestGpus(scenario, variant),
    };
  };
  const plans = Object.fromEntries(VARIANTS.map((variant) => [variant, plan(variant)])) as Record<
    Variant,
    VariantPlan
  >;
  return {
    model,
    inputs,
    tp,
    comparison,
    axisMax: sharedAxisMax(comparison, tp),
    layout,
    findings,
    servable: isServable(findings),
    plans,
  };
}
