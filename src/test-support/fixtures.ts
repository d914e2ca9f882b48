import {
  bytes,
  findModel,
  gib,
  kvLayout,
  turbomindSizes,
  type ModelArchitecture,
  type ModelPreset,
  type TpScenario,
} from '../model';

/** A catalogue model by id; a test that names a missing one fails loudly. */
export function modelPreset(id: string): ModelPreset {
  const found = findModel(id);
  if (!found) throw new Error(`no model preset ${id}`);
  return found;
}

export const presetArchitecture = (id: string): ModelArchitecture => modelPreset(id).architecture;

/**
 * The documented example: T = 80, S = 140, E = 2, λ = 0.8, P = 4, no overhead, with
 * Llama-3.1-70B's KV layout at P = 4 (80 layers × 2 KV heads × 2 × 128 × 2 bytes = 81,920 B).
 */
export const documentedExample = (overrides: Partial<TpScenario> = {}): TpScenario => ({
  gpuMemory: gib(80),
  modelWeights: gib(140),
  vocabLayers: gib(2),
  cacheMaxEntryCount: 0.8,
  tpDegree: 4,
  overhead: gib(0),
  runtimeBuffers: gib(0),
  usedByOthers: [],
  kvBytesPerToken: bytes(81_920),
  visionWeights: gib(0),
  sessionLength: 2048,
  vocabSize: 128_256,
  prefillTokens: null,
  maxBatchSize: null,
  gpuId: null,
  ...overrides,
});

/** A model at its own BF16 sizes and FP16 cache on P GPUs of `gpuMemory` GiB, no overhead. */
export function modelScenario(
  architecture: ModelArchitecture,
  gpuMemory: number,
  tpDegree: number,
  overrides: Partial<TpScenario> = {},
): TpScenario {
  const sizes = turbomindSizes(architecture, 'bf16', tpDegree);
  return documentedExample({
    gpuMemory: gib(gpuMemory),
    modelWeights: sizes.modelWeights,
    vocabLayers: sizes.vocabLayers,
    tpDegree,
    kvBytesPerToken: kvLayout(architecture, 'fp16', tpDegree).bytesPerTokenPerGpu,
    visionWeights: gib(0),
    sessionLength: 8192,
    vocabSize: architecture.vocabSize,
    ...overrides,
  });
}
