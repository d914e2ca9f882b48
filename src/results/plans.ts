import { INPUTS } from '../inputs/definitions';
import { toTpScenario, activeModel, type Scenario } from '../inputs/scenario';
import {
  computeVariant,
  kvCapacity,
  serves,
  smallestCacheRatio,
  versionFindings,
  type KvCapacity,
  type Variant,
  type VariantMemory,
} from '../model';

export interface VariantPlan {
  readonly capacity: KvCapacity;
  /** Smallest `cache_max_entry_count` for `n` sessions of `len` tokens; null if none works. */
  readonly smallestRatio: number | null;
  /** Fewest GPUs (a TP degree the version serves) that hold `n` sessions at the current λ. */
  readonly fewestGpus: number | null;
}

/** What the version serves at another TP degree, or null when it refuses or does not fit. */
function capacityAt(scenario: Scenario, tpDegree: number, variant: Variant): KvCapacity | null {
  const version = scenario.versions[variant];
  const findings = versionFindings(
    activeModel(scenario).architecture,
    tpDegree,
    version,
    scenario.weights,
  );
  const memory = computeVariant(toTpScenario(scenario, tpDegree), version);
  return serves(findings, memory) ? kvCapacity(memory, scenario.inputs.len) : null;
}

function fewestGpus(scenario: Scenario, variant: Variant): number | null {
  for (let tpDegree = INPUTS.P.min; tpDegree <= INPUTS.P.max; tpDegree += 1) {
    const capacity = capacityAt(scenario, tpDegree, variant);
    if (capacity && capacity.sessions >= scenario.inputs.n) return tpDegree;
  }
  return null;
}

/** The planning figures for one chart: what fits now, and what would fit the workload. */
export function planVariant(scenario: Scenario, variant: Variant, memory: VariantMemory) {
  const { len, n } = scenario.inputs;
  return {
    capacity: kvCapacity(memory, len),
    smallestRatio: smallestCacheRatio(memory, n, len),
    fewestGpus: fewestGpus(scenario, variant),
  } satisfies VariantPlan;
}
