import { countParameters, LINEAR_ROLES, type ModelArchitecture } from './architecture';
import { bytesForLinearWeights, SIXTEEN_BIT_BYTES, type WeightPrecision } from './precision';
import { paddedVocabSize } from './tp-validity';
import { bytes, toGiB, type GiB } from './units';
import { VISION_BYTES_PER_PARAMETER } from './vision';

export interface ModelSizes {
  /** `S`: every weight TurboMind loads, summed over the TP group. */
  readonly modelWeights: GiB;
  /** `E`: token embedding plus lm_head, 16-bit, over the padded vocabulary. */
  readonly vocabLayers: GiB;
  readonly paddedVocab: number;
}

/**
 * Sizes as TurboMind holds them. The vocabulary is padded to a multiple of P, and the
 * embedding and lm_head stay 16-bit under every weight format. A checkpoint that ties the
 * two still gets two buffers: the converter exports the tied tensor as both
 * (`deploy/source_model/llama.py`, v0.5.3 to v0.10.0).
 */
export function turbomindSizes(
  architecture: ModelArchitecture,
  precision: WeightPrecision,
  tpDegree: number,
): ModelSizes {
  const counts = countParameters(architecture);
  const paddedVocab = paddedVocabSize(architecture.vocabSize, tpDegree);
  const vocabBytes = 2 * paddedVocab * architecture.hiddenSize * SIXTEEN_BIT_BYTES;
  // A projection the checkpoint leaves unquantized stays 16-bit whatever the format.
  const kept = new Set(architecture.unquantized ?? []);
  let otherBytes = counts.other * SIXTEEN_BIT_BYTES;
  for (const role of LINEAR_ROLES) {
    otherBytes += bytesForLinearWeights(
      counts.linearByRole[role],
      kept.has(role) ? 'bf16' : precision,
      architecture.hiddenSize,
    );
  }
  return {
    modelWeights: toGiB(bytes(vocabBytes + otherBytes)),
    vocabLayers: toGiB(bytes(vocabBytes)),
    paddedVocab,
  };
}

/** The vision tower as every release loads it, in 16 bits; 0 for a language model. */
export function visionGiB(architecture: ModelArchitecture): GiB {
  return toGiB(bytes((architecture.vision?.parameters ?? 0) * VISION_BYTES_PER_PARAMETER));
}
