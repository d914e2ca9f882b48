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
}

export interface MixtureOfExperts {
  readonly experts: number;
  readonly expertsPerToken: number;
  readonly expertIntermediateSize: number;
  readonly sharedExperts?: number;
  /** Leading layers that keep a dense MLP (DeepSeek's `first_k_dense_replace`). */
  readonly denseLayers?: number;
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

function mlpParameters(
  architecture: ModelArchitecture,
  layer: number,
): { linear: number; other: number } {
  const { hiddenSize: h, moe } = architecture;
  if (!moe || layer < (moe.denseLayers ?? 0)) {
    return { linear: GATED_MLP_MATRICES * h * architecture.intermediateSize, other: 0 };
  }
  const expertCount = moe.experts + (moe.sharedExperts ?? 0);
  return {
    linear: expertCount * GATED_MLP_MATRICES * h * moe.expertIntermediateSize,
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
  let linear = 0;
  let other = h; // the final norm
  for (let layer = 0; layer < layers; layer += 1) {
    const mlp = mlpParameters(architecture, layer);
    linear += attention.linear + mlp.linear;
    other += attention.other + mlp.other + normsPerLayer;
  }
  const embedding = vocabSize * h;
  const lmHead = architecture.tieWordEmbeddings ? 0 : vocabSize * h;
  return { embedding, lmHead, linear, other, total: embedding + lmHead + linear + other };
}
