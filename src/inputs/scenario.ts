import {
  fraction,
  gib,
  GPU_PRESETS,
  MODEL_PRESETS,
  turbomindSizes,
  type GpuPreset,
  type KvPrecision,
  type ModelArchitecture,
  type ModelPreset,
  type TpScenario,
  type WeightPrecision,
} from '../model';
import { DEFAULT_INPUTS, withInput, type InputKey, type ScenarioInputs } from './definitions';

/** The model id that stands for a config.json the user pasted. */
export const PASTED_MODEL_ID = 'config';

export interface PastedModel {
  readonly name: string;
  readonly architecture: ModelArchitecture;
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
}

export const DEFAULT_MODEL_ID = 'llama-3.1-70b-instruct';

export const DEFAULT_SCENARIO: Scenario = {
  inputs: DEFAULT_INPUTS,
  gpu: null,
  model: DEFAULT_MODEL_ID,
  weights: 'bf16',
  kvCache: 'fp16',
  sizes: 'manual',
  pasted: null,
};

export function findGpu(id: string | null): GpuPreset | undefined {
  return GPU_PRESETS.find((gpu) => gpu.id === id);
}

export function findModel(id: string): ModelPreset | undefined {
  return MODEL_PRESETS.find((model) => model.id === id);
}

const DEFAULT_MODEL = findModel(DEFAULT_MODEL_ID);

export interface ActiveModel {
  readonly name: string;
  readonly architecture: ModelArchitecture;
  readonly maxContext: number | null;
}

export function activeModel(scenario: Scenario): ActiveModel {
  if (scenario.model === PASTED_MODEL_ID && scenario.pasted) {
    return { ...scenario.pasted, maxContext: null };
  }
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

export function toTpScenario(inputs: ScenarioInputs): TpScenario {
  return {
    gpuMemory: gib(inputs.T),
    modelWeights: gib(inputs.S),
    vocabLayers: gib(inputs.E),
    cacheMaxEntryCount: fraction(inputs.lambda),
    tpDegree: inputs.P,
    overhead: gib(inputs.O),
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

export function choosePastedModel(scenario: Scenario, pasted: PastedModel): Scenario {
  return withDerivedSizes({ ...scenario, pasted, model: PASTED_MODEL_ID });
}

/** A new weight format changes the model's size, so the sizes are derived again. */
export function pickWeights(scenario: Scenario, weights: WeightPrecision): Scenario {
  return withDerivedSizes({ ...scenario, weights });
}

export function pickKvCache(scenario: Scenario, kvCache: KvPrecision): Scenario {
  return { ...scenario, kvCache };
}
