import type { ScenarioInputs } from '../inputs/definitions';
import {
  activeModel,
  effectiveInputs,
  overheadsOf,
  toTpScenario,
  type ActiveModel,
  type Scenario,
} from '../inputs/scenario';
import { INPUTS } from '../inputs/definitions';
import {
  accepts,
  compareVariants,
  computeVariant,
  headroomOf,
  kvCapacity,
  serves,
  CORE_SEGMENTS,
  countParameters,
  gib,
  LMDEPLOY_VERSIONS,
  paddedVocabSize,
  problemFacts,
  SEGMENTS,
  sharedAxisMax,
  stackHeight,
  usedPerGpu,
  versionFindings,
  vocabReplicated,
  type EngineVersion,
  type GiB,
  type KvCapacity,
  type ProblemFacts,
  type Segment,
  type TpComparison,
  type VersionFinding,
  type TpScenario,
  type Variant,
  type VariantMemory,
  type VersionPair,
  type VisionPlacement,
  type WeightPrecision,
} from '../model';

/** One chart: its version's picture of every GPU, and what the card says about it. */
export interface VariantView {
  readonly version: EngineVersion;
  readonly memory: VariantMemory;
  /** What the version makes of the TP degree; a refusal is shown on its card. */
  readonly findings: readonly VersionFinding[];
  readonly vocabReplicated: boolean;
  /** Where the version's rule is written. */
  readonly source: string;
  /** What the engine holds on each GPU once started. */
  readonly usedPerGpu: GiB;
  /** Memory the other GPUs cannot use because the fullest one decides, summed. */
  readonly stranded: GiB;
  /** Why the version cannot serve the scenario; null when it does. */
  readonly problem: ProblemFacts | null;
  /** The segments this chart's table lists: those always shown, and any a GPU here holds. */
  readonly tableSegments: readonly Segment[];
  /** Each GPU's whole stack, which is T unless the version overflows. */
  readonly totals: readonly GiB[];
  /** Whether the version accepts the scenario and it fits: only then are capacities shown. */
  readonly serving: boolean;
  /** Blocks, tokens (the TP group's) and sessions of `len` tokens the cache holds. */
  readonly capacity: KvCapacity;
  /** What λ leaves on each GPU, and what the engine takes of it at run time. */
  readonly headroom: GiB;
  /** Whether the headroom is less than the engine takes at run time. */
  readonly headroomShort: boolean;
  /** TP degrees to offer instead when it does not serve; empty when it does. */
  readonly alternatives: TpAlternatives;
  /** A vision-language model's tower, and where this version puts it; null for a language model. */
  readonly vision: { readonly total: GiB; readonly placement: VisionPlacement } | null;
}

/** TP degrees the version accepts, nearest the chosen one first, and whether they fit. */
export interface TpAlternatives {
  readonly degrees: readonly number[];
  /** False when none the version accepts fits: the degrees offered are accepted only. */
  readonly fit: boolean;
}

const OFFERED_DEGREES = 6;

/**
 * What to offer when a version does not serve the scenario: the accepted TP degrees where it
 * fits, nearest the chosen one; if it fits at none, the accepted ones.
 */
export function tpAlternatives(
  scenario: Scenario,
  version: EngineVersion,
  architecture: ActiveModel['architecture'],
): TpAlternatives {
  const accepted: number[] = [];
  for (let tpDegree = INPUTS.P.min; tpDegree <= INPUTS.P.max; tpDegree += 1) {
    if (tpDegree === scenario.inputs.P) continue;
    if (accepts(versionFindings(architecture, tpDegree, version, scenario.weights))) {
      accepted.push(tpDegree);
    }
  }
  const fitting = accepted.filter(
    (tpDegree) => computeVariant(toTpScenario(scenario, tpDegree), version).fits,
  );
  const pool = fitting.length > 0 ? fitting : accepted;
  const nearest = [...pool]
    .sort((a, b) => Math.abs(a - scenario.inputs.P) - Math.abs(b - scenario.inputs.P) || a - b)
    .slice(0, OFFERED_DEGREES)
    .sort((a, b) => a - b);
  return { degrees: nearest, fit: fitting.length > 0 };
}

const SERVING: TpAlternatives = { degrees: [], fit: true };

/** The model as the sizes note describes it. */
export interface ModelFacts {
  readonly parameters: number;
  readonly vocab: number;
  /** The vocabulary padded to a multiple of P before it is split. */
  readonly paddedVocab: number;
  readonly tied: boolean;
}

/**
 * Everything a slider drag redraws in its frame: the inputs in effect, both charts and the
 * figures under them. Nothing here looks at other TP degrees or other engines.
 */
export interface DragView {
  readonly model: ActiveModel;
  readonly modelFacts: ModelFacts;
  /** Inputs with S and E as the model's own when they are derived. */
  readonly inputs: ScenarioInputs;
  readonly tp: TpScenario;
  readonly weights: WeightPrecision;
  /** `manual` when S and E were set by hand rather than taken from the model. */
  readonly sizes: Scenario['sizes'];
  readonly versions: VersionPair;
  readonly comparison: TpComparison;
  readonly variants: Readonly<Record<Variant, VariantView>>;
  readonly axisMax: GiB;
  /** Bar segments some GPU in either chart holds, plus those always shown. */
  readonly shownSegments: readonly Segment[];
  /** What the headroom must hold once the engine runs: NCCL's growth past its start. */
  readonly runtimeGrowth: GiB;
}

export function evaluateDrag(scenario: Scenario): DragView {
  const model = activeModel(scenario);
  const inputs = effectiveInputs(scenario);
  const tp = toTpScenario(scenario);
  const comparison = compareVariants(tp, scenario.versions);
  const runtimeGrowth = gib(overheadsOf(scenario).growth);
  const variant = (name: Variant): VariantView => {
    const version = scenario.versions[name];
    const memory = comparison[name];
    const findings = versionFindings(model.architecture, inputs.P, version, scenario.weights);
    const serving = serves(findings, memory);
    let stranded = 0;
    if (memory.fits) for (const gpu of memory.gpus) stranded += gpu.segments.stranded;
    return {
      version,
      memory,
      findings,
      vocabReplicated: vocabReplicated(version),
      source: LMDEPLOY_VERSIONS[version].source,
      usedPerGpu: usedPerGpu(memory),
      stranded: gib(stranded),
      problem: memory.fits ? null : problemFacts(memory, tp),
      tableSegments: segmentsHeld([memory]),
      totals: memory.gpus.map((gpu) => gib(stackHeight(gpu))),
      serving,
      capacity: kvCapacity(memory, inputs.len),
      headroom: headroomOf(memory),
      headroomShort: serving && headroomOf(memory) < runtimeGrowth,
      alternatives: serving ? SERVING : tpAlternatives(scenario, version, model.architecture),
      vision:
        tp.visionWeights > 0
          ? { total: tp.visionWeights, placement: LMDEPLOY_VERSIONS[version].vision.placement }
          : null,
    };
  };
  const { architecture } = model;
  return {
    model,
    modelFacts: {
      parameters: countParameters(architecture).total,
      vocab: architecture.vocabSize,
      paddedVocab: paddedVocabSize(architecture.vocabSize, inputs.P),
      tied: architecture.tieWordEmbeddings,
    },
    inputs,
    tp,
    weights: scenario.weights,
    sizes: scenario.sizes,
    versions: scenario.versions,
    comparison,
    variants: { pre: variant('pre'), post: variant('post') },
    axisMax: sharedAxisMax(comparison, tp),
    shownSegments: segmentsHeld([comparison.pre, comparison.post]),
    runtimeGrowth,
  };
}

/** The segments always shown, and the others some GPU of these charts holds. */
function segmentsHeld(charts: readonly VariantMemory[]): Segment[] {
  return SEGMENTS.filter(
    (segment) =>
      CORE_SEGMENTS.has(segment) ||
      charts.some((memory) => memory.gpus.some((gpu) => gpu.segments[segment] > 0)),
  );
}
