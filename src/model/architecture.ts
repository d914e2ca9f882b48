import type { VisionTower } from './vision';

/**
 * A decoder's shape as its Hugging Face `config.json` states it. Everything the calculator
 * says about a real model (weights, vocabulary layers, KV cache per token) is derived from
 * these fields, never typed in.
 */
export interface ModelArchitecture {
  readonly hiddenSize: number;
  readonly layers: number;
  readonly attentionHeads: number;
  readonly kvHeads: number;
  /** Set apart from `hidden / heads` by some families (Qwen3, Gemma 2, Llama 3.2). */
  readonly headDim?: number;
  readonly intermediateSize: number;
  readonly vocabSize: number;
  readonly tieWordEmbeddings: boolean;
  /** Qwen2/2.5 and GLM-4 add a bias to the q, k and v projections. */
  readonly qkvBias?: boolean;
  /** Qwen3 normalises q and k per head. */
  readonly qkNorm?: boolean;
  /** RMSNorms per decoder layer: 2 for Llama-style models, 4 for Gemma 2. */
  readonly normsPerLayer?: number;
  readonly moe?: MixtureOfExperts;
  /** DeepSeek's multi-head latent attention. */
  readonly mla?: LatentAttention;
  /**
   * Projections the checkpoint leaves in 16 bits whatever its format, as its
   * `quantization_config` says (`modules_to_not_convert`, `ignore`, …).
   */
  readonly unquantized?: readonly LinearRole[];
  /** Layers that attend within a window: `layers` of them, over `window` tokens. */
  readonly slidingWindow?: { readonly window: number; readonly layers: number };
  /** A vision-language model's image encoder and projector, apart from the language model. */
  readonly vision?: VisionTower;
}

/** The projection matrices by what they do, which a quantization may treat apart. */
export const LINEAR_ROLES = ['attention', 'dense-mlp', 'experts', 'shared-experts'] as const;
export type LinearRole = (typeof LINEAR_ROLES)[number];

export interface MixtureOfExperts {
  readonly experts: number;
  readonly expertsPerToken: number;
  readonly expertIntermediateSize: number;
  readonly sharedExperts?: number;
  /** Leading layers that keep a dense MLP (DeepSeek's `first_k_dense_replace`). */
  readonly denseLayers?: number;
  /** Every how many layers one has experts, the others a dense MLP (Llama 4's interleave step). */
  readonly moeEvery?: number;
  /** The dense MLP's width where it differs from `intermediateSize` (Llama 4's `intermediate_size_mlp`). */
  readonly denseIntermediateSize?: number;
}

export interface LatentAttention {
  readonly qLoraRank: number | null;
  readonly kvLoraRank: number;
  readonly qkNopeHeadDim: number;
  readonly qkRopeHeadDim: number;
  readonly vHeadDim: number;
}

export function headDimOf(architecture: ModelArchitecture): number {
  return architecture.headDim ?? architecture.hiddenSize / architecture.attentionHeads;
}

/** Parameter counts by role; `linear` are the projection matrices that quantization shrinks. */
export interface ParameterCounts {
  readonly embedding: number;
  /** Counted once here when tied, as the checkpoint stores it. */
  readonly lmHead: number;
  readonly linear: number;
  readonly linearByRole: Readonly<Record<LinearRole, number>>;
  /** Norms, biases and MoE routers: kept in 16-bit by every quantization scheme here. */
  readonly other: number;
  readonly total: number;
}

function attentionParameters(architecture: ModelArchitecture): { linear: number; other: number } {
  const { hiddenSize: h, attentionHeads: heads, kvHeads, mla } = architecture;
  if (mla) {
    const qkHeadDim = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
    const query =
      mla.qLoraRank === null
        ? h * heads * qkHeadDim
        : h * mla.qLoraRank + mla.qLoraRank * heads * qkHeadDim;
    const keyValue =
      h * (mla.kvLoraRank + mla.qkRopeHeadDim) +
      mla.kvLoraRank * heads * (mla.qkNopeHeadDim + mla.vHeadDim);
    const output = heads * mla.vHeadDim * h;
    return { linear: query + keyValue + output, other: (mla.qLoraRank ?? 0) + mla.kvLoraRank };
  }
  const d = headDimOf(architecture);
  const linear = h * heads * d + 2 * h * kvHeads * d + heads * d * h;
  const bias = architecture.qkvBias ? heads * d + 2 * kvHeads * d : 0;
  const qkNorm = architecture.qkNorm ? 2 * d : 0;
  return { linear, other: bias + qkNorm };
}

/** Gated MLPs (SwiGLU/GeGLU) have three matrices: gate, up and down. */
const GATED_MLP_MATRICES = 3;

/** Whether a layer has experts: past the leading dense ones, and on the interleave step. */
function hasExperts(moe: MixtureOfExperts, layer: number): boolean {
  if (layer < (moe.denseLayers ?? 0)) return false;
  // Llama 4: `(layer + 1) % interleave_moe_layer_step == 0`.
  return (layer + 1) % (moe.moeEvery ?? 1) === 0;
}

function mlpParameters(
  architecture: ModelArchitecture,
  layer: number,
): { dense: number; experts: number; shared: number; other: number } {
  const { hiddenSize: h, moe } = architecture;
  if (!moe || !hasExperts(moe, layer)) {
    const width = moe?.denseIntermediateSize ?? architecture.intermediateSize;
    return { dense: GATED_MLP_MATRICES * h * width, experts: 0, shared: 0, other: 0 };
  }
  const expert = GATED_MLP_MATRICES * h * moe.expertIntermediateSize;
  return {
    dense: 0,
    experts: moe.experts * expert,
    shared: (moe.sharedExperts ?? 0) * expert,
    other: h * moe.experts,
  };
}

/** Counts are asked for on every slider move and for every P the planner tries. */
const countCache = new WeakMap<ModelArchitecture, ParameterCounts>();

export function countParameters(architecture: ModelArchitecture): ParameterCounts {
  let counts = countCache.get(architecture);
  if (!counts) {
    counts = countLayers(architecture);
    countCache.set(architecture, counts);
  }
  return counts;
}

function countLayers(architecture: ModelArchitecture): ParameterCounts {
  const { hiddenSize: h, layers, vocabSize } = architecture;
  const attention = attentionParameters(architecture);
  const normsPerLayer = (architecture.normsPerLayer ?? 2) * h;
  const byRole = { attention: 0, 'dense-mlp': 0, experts: 0, 'shared-experts': 0 };
  let other = h; // the final norm
  for (let layer = 0; layer < layers; layer += 1) {
    const mlp = mlpParameters(architecture, layer);
    byRole.attention += attention.linear;
    byRole['dense-mlp'] += mlp.dense;
    byRole.experts += mlp.experts;
    byRole['shared-experts'] += mlp.shared;
    other += attention.other + mlp.other + normsPerLayer;
  }
  const linear = byRole.attention + byRole['dense-mlp'] + byRole.experts + byRole['shared-experts'];
  const embedding = vocabSize * h;
  const lmHead = architecture.tieWordEmbeddings ? 0 : vocabSize * h;
  return {
    embedding,
    lmHead,
    linear,
    linearByRole: byRole,
    other,
    total: embedding + lmHead + linear + other,
  };
}
