import { INPUTS } from '../inputs/definitions';
import { toTpScenario, activeModel, type Scenario } from '../inputs/scenario';
import {
  computeVariant,
  headroomOf,
  LMDEPLOY_VERSIONS,
  kvCapacity,
  serves,
  smallestCacheRatio,
  versionFindings,
  type KvCapacity,
  type Variant,
  type VariantMemory,
} from '../model';

/** The largest λ that leaves what the version needs at run time, and what it then holds. */
export interface SafeRatio {
  readonly ratio: number;
  readonly capacity: KvCapacity;
}

export interface VariantPlan {
  readonly capacity: KvCapacity;
  /** Null when no λ in 0.01 – 0.99 leaves enough, or the version does not read λ as a share. */
  readonly safeRatio: SafeRatio | null;
  /** Whether the smallest λ for the sessions leaves less than the version needs at run time. */
  readonly smallestRatioUnsafe: boolean;
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

const RATIO_STEPS = 99;

/**
 * The largest λ, in hundredths below 1, whose cache is placed whole and leaves a headroom of
 * at least `growth`: a binary search, since the headroom only shrinks as λ grows.
 */
export function largestSafeRatio(
  scenario: Scenario,
  variant: Variant,
  growth: number,
): SafeRatio | null {
  const version = scenario.versions[variant];
  if (LMDEPLOY_VERSIONS[version].ratioBase === 'session-entries') return null;
  const tp = toTpScenario(scenario);
  const at = (step: number) => computeVariant({ ...tp, cacheMaxEntryCount: step / 100 }, version);
  const safe = (memory: VariantMemory) =>
    memory.fits && !memory.overcommitted && headroomOf(memory) >= growth;
  if (!safe(at(1))) return null;
  let low = 1;
  let high = RATIO_STEPS;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (safe(at(middle))) low = middle;
    else high = middle - 1;
  }
  return { ratio: low / 100, capacity: kvCapacity(at(low), scenario.inputs.len) };
}

/** The planning figures for one chart: what fits now, and what would fit the workload. */
export function planVariant(
  scenario: Scenario,
  variant: Variant,
  memory: VariantMemory,
  growth: number,
) {
  const { len, n } = scenario.inputs;
  const safeRatio = largestSafeRatio(scenario, variant, growth);
  const smallestRatio = smallestCacheRatio(memory, n, len);
  return {
    capacity: kvCapacity(memory, len),
    safeRatio,
    smallestRatio,
    smallestRatioUnsafe:
      smallestRatio !== null && (safeRatio === null || smallestRatio > safeRatio.ratio),
    fewestGpus: fewestGpus(scenario, variant),
  } satisfies VariantPlan;
}
