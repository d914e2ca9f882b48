import type { ScenarioInputs } from '../inputs/definitions';
import {
  activeModel,
  effectiveInputs,
  toTpScenario,
  type ActiveModel,
  type Scenario,
} from '../inputs/scenario';
import {
  compareVariants,
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
  type ProblemFacts,
  type Segment,
  type TpComparison,
  type VersionFinding,
  type TpScenario,
  type Variant,
  type VariantMemory,
  type VersionPair,
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
}

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
  readonly versions: VersionPair;
  readonly comparison: TpComparison;
  readonly variants: Readonly<Record<Variant, VariantView>>;
  readonly axisMax: GiB;
  /** Bar segments some GPU in either chart holds, plus those always shown. */
  readonly shownSegments: readonly Segment[];
}

export function evaluateDrag(scenario: Scenario): DragView {
  const model = activeModel(scenario);
  const inputs = effectiveInputs(scenario);
  const tp = toTpScenario(scenario);
  const comparison = compareVariants(tp, scenario.versions);
  const variant = (name: Variant): VariantView => {
    const version = scenario.versions[name];
    const memory = comparison[name];
    let stranded = 0;
    if (memory.fits) for (const gpu of memory.gpus) stranded += gpu.segments.stranded;
    return {
      version,
      memory,
      findings: versionFindings(model.architecture, inputs.P, version, scenario.weights),
      vocabReplicated: vocabReplicated(version),
      source: LMDEPLOY_VERSIONS[version].source,
      usedPerGpu: usedPerGpu(memory),
      stranded: gib(stranded),
      problem: memory.fits ? null : problemFacts(memory, tp),
      tableSegments: segmentsHeld([memory]),
      totals: memory.gpus.map((gpu) => gib(stackHeight(gpu))),
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
    versions: scenario.versions,
    comparison,
    variants: { pre: variant('pre'), post: variant('post') },
    axisMax: sharedAxisMax(comparison, tp),
    shownSegments: segmentsHeld([comparison.pre, comparison.post]),
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
