import { evaluateLayout, type LayoutView } from './layout-view';
import { activeModel, toTpScenario, type Scenario } from '../inputs/scenario';
import {
  checkpointFor,
  computeVariant,
  gib,
  headDimOf,
  isServable,
  kvFormula,
  kvLayout,
  LMDEPLOY_VERSIONS,
  pairKind,
  tpFindings,
  usedPerGpu,
  type Checkpoint,
  type GiB,
  type KvFormula,
  type KvLayout,
  type LogLine,
  type PairKind,
  type TpFinding,
  type Variant,
} from '../model';
import type { DragView } from './drag-view';
import { checkpointOf, compareEngines, launchSettings, type EngineRow } from './engine-rows';
import { planVariant, type VariantPlan } from './plans';
import { sweepTpDegrees, type SweepColumn } from './sweep';

/** How to start one chart's version, and what it should print. */
export interface Startup {
  /** Where the version gets the weights the chart holds; `cannot` when no release of it loads them. */
  readonly checkpoint: Checkpoint;
  readonly command: readonly string[];
  /** Empty when the version cannot serve the scenario or prints no cache figures. */
  readonly logLines: readonly LogLine[];
}

/** What the KV cache is sized for, as the capacity panel states it. */
export interface KvShape {
  readonly layers: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** Values per token and layer when the model caches one latent (MLA); null otherwise. */
  readonly latentValues: number | null;
  readonly slidingWindow: { readonly window: number; readonly layers: number } | null;
}

/**
 * Everything the panels below the charts show, for a scenario that has come to rest: plans
 * over other TP degrees, the sweep, the other engines, commands and log lines.
 */
export interface SettledView extends DragView {
  readonly layout: KvLayout;
  readonly kvShape: KvShape;
  /** Findings under the newest rules, which repeat KV heads. */
  readonly findings: readonly TpFinding[];
  readonly servable: boolean;
  readonly pairKind: PairKind;
  readonly formulas: Readonly<Record<Variant, KvFormula>>;
  readonly plans: Readonly<Record<Variant, VariantPlan>>;
  readonly startup: Readonly<Record<Variant, Startup>>;
  /** Used per GPU by the right chart's version at P = 1; null when it does not fit there. */
  readonly usedAtOneGpu: GiB | null;
  /** `λ × T`, as v0.1–v0.2.1 would have sized the cache, and the memory that would need. */
  readonly totalShare: { readonly cache: GiB; readonly need: GiB } | null;
  /** The longest session the right chart holds, when one of `len` tokens does not fit. */
  readonly truncatedTo: number | null;
  /** The model's own context, when the session length is beyond it. */
  readonly beyondContext: number | null;
  readonly sweep: readonly SweepColumn[];
  readonly engines: readonly EngineRow[];
  /** Both charts' versions under `--dp`, `--ep`, `--cp` and `--nnodes`. */
  readonly parallel: LayoutView;
}

export function evaluateSettled(scenario: Scenario, drag: DragView): SettledView {
  const { model, inputs, tp, comparison, versions } = drag;
  const { architecture } = model;
  const findings = tpFindings(architecture, inputs.P);
  const perVariant = <T>(compute: (variant: Variant) => T): Record<Variant, T> => ({
    pre: compute('pre'),
    post: compute('post'),
  });
  const plans = perVariant((variant) =>
    planVariant(scenario, variant, comparison[variant], drag.runtimeGrowth),
  );
  const atOneGpu = computeVariant(toTpScenario(scenario, 1), versions.post);
  const lambda = tp.cacheMaxEntryCount;
  const totalCache = lambda * tp.gpuMemory;
  const { maxContext } = activeModel(scenario);
  const startup = perVariant((variant) => {
    const rules = LMDEPLOY_VERSIONS[versions[variant]];
    const memory = comparison[variant];
    const checkpoint = checkpointOf(scenario, (weights, basePath, published) =>
      checkpointFor(rules.weightLoading, weights, basePath, published),
    );
    return {
      checkpoint,
      command: rules.command(launchSettings(scenario, checkpoint)),
      logLines: drag.variants[variant].serving
        ? rules.logLines(memory, { cacheRatio: lambda, sessionLength: inputs.len })
        : [],
    };
  });
  return {
    ...drag,
    layout: kvLayout(architecture, scenario.kvCache, inputs.P),
    kvShape: {
      layers: architecture.layers,
      kvHeads: architecture.kvHeads,
      headDim: headDimOf(architecture),
      latentValues: architecture.mla
        ? architecture.mla.kvLoraRank + architecture.mla.qkRopeHeadDim
        : null,
      slidingWindow: architecture.slidingWindow ?? null,
    },
    findings,
    servable: isServable(findings),
    pairKind: pairKind(versions),
    formulas: perVariant((variant) => kvFormula(versions[variant], comparison[variant], tp)),
    plans,
    startup,
    usedAtOneGpu: atOneGpu.fits ? usedPerGpu(atOneGpu) : null,
    totalShare:
      lambda < 1
        ? {
            cache: gib(totalCache),
            need: gib(comparison.post.weightsPerGpu + tp.overhead + totalCache),
          }
        : null,
    truncatedTo:
      comparison.post.fits && plans.post.capacity.sessions === 0
        ? plans.post.capacity.longestSession
        : null,
    beyondContext: maxContext !== null && inputs.len > maxContext ? maxContext : null,
    sweep: sweepTpDegrees(scenario),
    engines: compareEngines(scenario),
    parallel: evaluateLayout(
      scenario,
      perVariant((variant) => startup[variant].command),
    ),
  };
}
