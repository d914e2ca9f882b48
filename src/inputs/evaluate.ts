import {
  compareVariants,
  computeVariant,
  isServable,
  kvCapacity,
  kvLayout,
  LMDEPLOY_VERSIONS,
  sharedAxisMax,
  smallestCacheRatio,
  tpFindings,
  VARIANTS,
  SEGMENTS,
  type EngineVersion,
  type KvCapacity,
  type Segment,
  type VariantMemory,
  type VersionPair,
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
  /** What the version makes of the TP degree; heads it cannot split make it unservable. */
  readonly findings: readonly TpFinding[];
  readonly servable: boolean;
}

export interface ScenarioView {
  readonly model: ActiveModel;
  /** Inputs with S and E as the model's own when they are derived. */
  readonly inputs: ScenarioInputs;
  readonly tp: TpScenario;
  readonly comparison: TpComparison;
  readonly axisMax: number;
  readonly layout: KvLayout;
  /** Findings under the rules of the newest version, which repeats KV heads. */
  readonly findings: readonly TpFinding[];
  readonly servable: boolean;
  readonly plans: Readonly<Record<Variant, VariantPlan>>;
  readonly versions: VersionPair;
  /** The right chart's version on one GPU, for "what does TP change". */
  readonly atOneGpu: VariantMemory;
  /** Bar segments some GPU in either chart holds, plus the five always shown. */
  readonly shownSegments: readonly Segment[];
}

const ALWAYS_SHOWN: ReadonlySet<Segment> = new Set([
  'weights',
  'vocab',
  'overhead',
  'kv',
  'headroom',
]);

export function vocabReplicated(version: EngineVersion): boolean {
  return !LMDEPLOY_VERSIONS[version].vocabSharded;
}

function findingsFor(scenario: Scenario, tpDegree: number, variant: Variant): TpFinding[] {
  const { repeatsKvHeads } = LMDEPLOY_VERSIONS[scenario.versions[variant]];
  return tpFindings(activeModel(scenario).architecture, tpDegree, repeatsKvHeads);
}

function capacityAt(scenario: Scenario, tpDegree: number, variant: Variant): KvCapacity | null {
  if (!isServable(findingsFor(scenario, tpDegree, variant))) return null;
  const memory = computeVariant(toTpScenario(scenario, tpDegree), scenario.versions[variant]);
  if (!memory.fits) return null;
  return kvCapacity(memory, scenario.inputs.len);
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
  const tp = toTpScenario(scenario);
  const comparison = compareVariants(tp, scenario.versions);
  const layout = kvLayout(model.architecture, scenario.kvCache, inputs.P);
  const findings = tpFindings(model.architecture, inputs.P);
  const plan = (variant: Variant): VariantPlan => {
    const memory = comparison[variant];
    const variantFindings = findingsFor(scenario, inputs.P, variant);
    return {
      capacity: kvCapacity(memory, inputs.len),
      smallestRatio: smallestCacheRatio(memory, inputs.n, inputs.len),
      fewestGpus: fewestGpus(scenario, variant),
      findings: variantFindings,
      servable: isServable(variantFindings),
    };
  };
  const plans = Object.fromEntries(VARIANTS.map((variant) => [variant, plan(variant)])) as Record<
    Variant,
    VariantPlan
  >;
  const shownSegments = SEGMENTS.filter(
    (segment) =>
      ALWAYS_SHOWN.has(segment) ||
      VARIANTS.some((variant) => comparison[variant].gpus.some((gpu) => gpu.segments[segment] > 0)),
  );
  return {
    model,
    inputs,
    tp,
    versions: scenario.versions,
    atOneGpu: computeVariant(toTpScenario(scenario, 1), scenario.versions.post),
    shownSegments,
    comparison,
    axisMax: sharedAxisMax(comparison, tp),
    layout,
    findings,
    servable: isServable(findings),
    plans,
  };
}
