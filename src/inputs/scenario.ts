import {
  DEFAULT_VERSION_PAIR,
  defaultMaxBatches,
  findGpu,
  findModel,
  gib,
  isPlainTp,
  kvLayout,
  NCCL_RUNTIME_GIB,
  PEER_ENGINE_IDS,
  toGiB,
  turbomindBufferBytes,
  turbomindSizes,
  visionGiB,
  type KvPrecision,
  type LayoutRequest,
  type ModelArchitecture,
  type EngineVersion,
  type TpScenario,
  type Variant,
  type VersionPair,
  type WeightPrecision,
} from '../model';
import {
  DEFAULT_INPUTS,
  peerCalibrationKey,
  type InputKey,
  type ScenarioInputs,
} from './definitions';
import { withInput } from './input-values';

/** The model id that stands for a config.json the user pasted. */
export const PASTED_MODEL_ID = 'config';

export interface PastedModel {
  readonly name: string;
  readonly architecture: ModelArchitecture;
  /** `max_position_embeddings`, when the config states it. */
  readonly maxContext: number | null;
}

/**
 * Everything the user chose. `sizes` says where S and E come from: `derived` from the
 * model's architecture and weight format, or `manual` from the sliders (the architecture
 * then still sizes the KV cache per token).
 */
export interface Scenario {
  readonly inputs: ScenarioInputs;
  readonly gpu: string | null;
  readonly model: string;
  readonly weights: WeightPrecision;
  readonly kvCache: KvPrecision;
  readonly sizes: 'derived' | 'manual';
  readonly pasted: PastedModel | null;
  /** The LMDeploy version (and backend) each chart shows. */
  readonly versions: VersionPair;
  /** `formula` leaves out every overhead, as the documented formula does. */
  readonly overheadMode: OverheadMode;
  /** `X_i` in GiB from rank 0 on; ranks past the end hold nothing. */
  readonly usedByOthers: readonly number[];
}

export const OVERHEAD_MODES = ['formula', 'realistic'] as const;
export type OverheadMode = (typeof OVERHEAD_MODES)[number];

/** GiB another process may hold on one GPU, and how many GPUs a link may list. */
export const MAX_USED_BY_OTHERS = 192;
export const MAX_LISTED_GPUS = 64;

/** The model the documented example borrows its KV layout from. */
const DOCUMENTED_MODEL_ID = 'llama-3.1-70b-instruct';

/**
 * The maintainer's worked example (LMDeploy #2423): T = 80 on a GPU of no particular make,
 * S = 140 and E = 2 set by hand, no overhead. The first lesson and the tests' arithmetic.
 */
export const DOCUMENTED_SCENARIO: Scenario = {
  inputs: DEFAULT_INPUTS,
  gpu: null,
  model: DOCUMENTED_MODEL_ID,
  weights: 'bf16',
  kvCache: 'fp16',
  sizes: 'manual',
  pasted: null,
  versions: DEFAULT_VERSION_PAIR,
  overheadMode: 'realistic',
  usedByOthers: [],
};

export const DEFAULT_MODEL_ID = 'qwen2.5-72b-instruct';
export const DEFAULT_GPU_ID = 'a100-80g';

const DEFAULT_MODEL = findModel(DEFAULT_MODEL_ID);

export interface ActiveModel {
  readonly name: string;
  readonly architecture: ModelArchitecture;
  readonly maxContext: number | null;
}

export function activeModel(scenario: Scenario): ActiveModel {
  if (scenario.model === PASTED_MODEL_ID && scenario.pasted) return scenario.pasted;
  const preset = findModel(scenario.model) ?? DEFAULT_MODEL;
  if (!preset) throw new Error('the default model preset is missing');
  return { name: preset.name, architecture: preset.architecture, maxContext: preset.maxContext };
}

/** The inputs with S and E replaced by the model's own sizes when they are derived. */
export function effectiveInputs(scenario: Scenario, tpDegree = scenario.inputs.P): ScenarioInputs {
  if (scenario.sizes === 'manual') return scenario.inputs;
  const sizes = turbomindSizes(activeModel(scenario).architecture, scenario.weights, tpDegree);
  return { ...scenario.inputs, S: sizes.modelWeights, E: sizes.vocabLayers, P: tpDegree };
}

/** Overheads as the engine meets them: none in `formula` mode, NCCL only with peers. */
export function overheadsOf(scenario: Scenario, tpDegree = scenario.inputs.P) {
  const { ctx, nccl, buf, cal } = scenario.inputs;
  if (scenario.overheadMode === 'formula') {
    return { context: 0, nccl: 0, calibrated: 0, total: 0, buffers: 0, growth: 0 };
  }
  const ncclHere = tpDegree > 1 ? nccl : 0;
  return {
    context: ctx,
    nccl: ncclHere,
    // NCCL's growth after its first all-reduce, which the headroom has to hold.
    growth: tpDegree > 1 ? Math.max(0, NCCL_RUNTIME_GIB - nccl) : 0,
    calibrated: cal,
    // A calibration may take back what the other terms over-count, never more than all of it.
    total: Math.max(0, ctx + ncclHere + cal),
    buffers: buf > 0 ? buf : estimatedBuffers(scenario, tpDegree),
  };
}

/** Whether the scenario asks for more than plain TP: `--dp`, `--ep`, `--cp` or `--nnodes`. */
export function holdsLayoutSettings(scenario: Scenario): boolean {
  return !isPlainTp(layoutRequestOf(scenario));
}

/** The layout the scenario asks for, in LMDeploy's own flags. */
export function layoutRequestOf(scenario: Scenario): LayoutRequest {
  const { P, dp, ep, cp, nodes } = scenario.inputs;
  return { tp: P, dp, ep, cp, nodes };
}

/** Whether another engine's knob or calibration differs from its default. */
export function holdsComparisonSettings(scenario: Scenario): boolean {
  return PEER_ENGINE_IDS.some(
    (engine) => scenario.inputs[engine] !== 0 || scenario.inputs[peerCalibrationKey(engine)] !== 0,
  );
}

/** `max_batch_size` as set, or LMDeploy's default for the GPU. */
export function maxBatchOf(scenario: Scenario): number {
  return scenario.inputs.batch > 0 ? scenario.inputs.batch : defaultMaxBatches(scenario.gpu);
}

/** TurboMind's runtime buffers for this model, batch and session length, in GiB. */
export function estimatedBuffers(scenario: Scenario, tpDegree = scenario.inputs.P): number {
  const { architecture } = activeModel(scenario);
  return toGiB(
    turbomindBufferBytes(architecture, tpDegree, maxBatchOf(scenario), scenario.inputs.len),
  );
}

/** Everything the memory model needs, at the scenario's own P or another. */
export function toTpScenario(scenario: Scenario, tpDegree = scenario.inputs.P): TpScenario {
  const inputs = effectiveInputs(scenario, tpDegree);
  const { architecture } = activeModel(scenario);
  const overheads = overheadsOf(scenario, tpDegree);
  return {
    gpuMemory: gib(inputs.T),
    modelWeights: gib(inputs.S),
    vocabLayers: gib(inputs.E),
    cacheMaxEntryCount: inputs.lambda,
    tpDegree,
    visionWeights: gib(visionGiB(architecture)),
    overhead: gib(overheads.total),
    runtimeBuffers: gib(overheads.buffers),
    usedByOthers: scenario.usedByOthers.slice(0, tpDegree),
    kvBytesPerToken: kvLayout(architecture, scenario.kvCache, tpDegree).bytesPerTokenPerGpu,
    sessionLength: inputs.len,
    vocabSize: architecture.vocabSize,
    prefillTokens: inputs.prefill > 0 ? inputs.prefill : null,
    maxBatchSize: inputs.batch > 0 ? inputs.batch : null,
    gpuId: scenario.gpu,
  };
}

/**
 * One user change. Moving T leaves the GPU preset ("custom"); moving S or E freezes the
 * derived sizes first so nothing jumps, then marks them manual.
 */
export function applyInput(scenario: Scenario, key: InputKey, value: number): Scenario {
  if (key === 'S' || key === 'E') {
    const current = effectiveInputs(scenario);
    const frozen = withInput(withInput(scenario.inputs, 'S', current.S), 'E', current.E);
    return { ...scenario, sizes: 'manual', inputs: withInput(frozen, key, value) };
  }
  const inputs = withInput(scenario.inputs, key, value);
  return { ...scenario, inputs, gpu: key === 'T' ? null : scenario.gpu };
}

export function pickGpu(scenario: Scenario, id: string): Scenario {
  const gpu = findGpu(id);
  if (!gpu) return { ...scenario, gpu: null };
  return { ...scenario, gpu: gpu.id, inputs: withInput(scenario.inputs, 'T', gpu.memoryGiB) };
}

/** Hand-set S and E are dropped rather than kept stale; moving a slider freezes them anew. */
function withDerivedSizes(scenario: Scenario): Scenario {
  const { S, E } = DEFAULT_INPUTS;
  return { ...scenario, sizes: 'derived', inputs: { ...scenario.inputs, S, E } };
}

export function pickModel(scenario: Scenario, id: string): Scenario {
  if (id === PASTED_MODEL_ID && !scenario.pasted) return scenario;
  if (id !== PASTED_MODEL_ID && !findModel(id)) return scenario;
  return withDerivedSizes({ ...scenario, model: id });
}

/** A pasted model, in the weight format its checkpoint is stored in when its config says. */
export function choosePastedModel(
  scenario: Scenario,
  pasted: PastedModel,
  weights: WeightPrecision | null = null,
): Scenario {
  return withDerivedSizes({
    ...scenario,
    pasted,
    model: PASTED_MODEL_ID,
    weights: weights ?? scenario.weights,
  });
}

/** A new weight format changes the model's size, so the sizes are derived again. */
export function pickWeights(scenario: Scenario, weights: WeightPrecision): Scenario {
  return withDerivedSizes({ ...scenario, weights });
}

export function pickKvCache(scenario: Scenario, kvCache: KvPrecision): Scenario {
  return { ...scenario, kvCache };
}

export function pickVersion(
  scenario: Scenario,
  variant: Variant,
  version: EngineVersion,
): Scenario {
  return { ...scenario, versions: { ...scenario.versions, [variant]: version } };
}

export function pickOverheadMode(scenario: Scenario, overheadMode: OverheadMode): Scenario {
  return { ...scenario, overheadMode };
}

/** Non-finite or negative entries become 0 and each is capped, so the list is always usable. */
export function setUsedByOthers(scenario: Scenario, usedByOthers: readonly number[]): Scenario {
  const cleaned = usedByOthers
    .slice(0, MAX_LISTED_GPUS)
    .map((value) =>
      Number.isFinite(value) ? Math.min(MAX_USED_BY_OTHERS, Math.max(0, value)) : 0,
    );
  while (cleaned.length > 0 && cleaned[cleaned.length - 1] === 0) cleaned.pop();
  return { ...scenario, usedByOthers: cleaned };
}

/**
 * The page opens on a real deployment: Qwen2.5-72B-Instruct in BF16 on four A100 80GB, its
 * sizes taken from its architecture. Its 152,064-token vocabulary makes the v0.6.0 split
 * worth 3.5 GiB a GPU.
 */
export const DEFAULT_SCENARIO: Scenario = pickGpu(
  pickModel(DOCUMENTED_SCENARIO, DEFAULT_MODEL_ID),
  DEFAULT_GPU_ID,
);
