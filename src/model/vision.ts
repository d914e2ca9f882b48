/**
 * Vision towers of vision-language models: how many parameters they hold, from the shape
 * their config.json's `vision_config` gives, and where a release of LMDeploy puts them.
 */

/** InternViT, as InternVL's `modeling_intern_vit.py` builds it, with its `mlp1` projector. */
export interface InternVitShape {
  readonly hidden: number;
  readonly intermediate: number;
  readonly layers: number;
  readonly patch: number;
  readonly image: number;
  readonly qkvBias: boolean;
  /** `norm_type`: LayerNorm has a bias beside its weight, RMSNorm only the weight. */
  readonly norm: 'layer' | 'rms';
  readonly qkNorm: boolean;
  /** `downsample_ratio`: pixel shuffle folds (1/ratio)² patches into one projector input. */
  readonly downsample: number;
  /** The language model's `hidden_size`, which the projector maps to. */
  readonly languageHidden: number;
}

/** Qwen2-VL's and Qwen2.5-VL's vision transformer with its patch merger. */
export interface QwenVitShape {
  readonly hidden: number;
  readonly intermediate: number;
  readonly depth: number;
  readonly patch: number;
  readonly temporalPatch: number;
  readonly spatialMerge: number;
  /** `out_hidden_size`: the language model's width. */
  readonly outHidden: number;
  readonly inChannels: number;
  /** Qwen2.5-VL's MLP is gated (gate, up, down, with biases); Qwen2-VL's is two matrices. */
  readonly gatedMlp: boolean;
}

/** InternViT parameters: patch embedding, class and position embeddings, then its layers. */
export function internVitParameters(shape: InternVitShape): number {
  const { hidden: h, intermediate: i, patch: p } = shape;
  const norm = shape.norm === 'layer' ? 2 * h : h;
  const attention =
    3 * h * h + (shape.qkvBias ? 3 * h : 0) + h * h + h + (shape.qkNorm ? 2 * h : 0);
  const mlp = h * i + i + i * h + h;
  // Two norms and two layer scales (`ls1`, `ls2`) per layer.
  const layer = attention + mlp + 2 * norm + 2 * h;
  const positions = (shape.image / p) ** 2 + 1;
  const embeddings = 3 * p * p * h + h + h + positions * h;
  return embeddings + shape.layers * layer;
}

/** InternVL's `mlp1`: LayerNorm, then two linear layers into the language model's width. */
export function internVlProjectorParameters(shape: InternVitShape): number {
  const input = shape.hidden * Math.round(1 / shape.downsample) ** 2;
  const out = shape.languageHidden;
  return 2 * input + input * out + out + out * out + out;
}

export function qwenVitParameters(shape: QwenVitShape): number {
  const { hidden: h, intermediate: i } = shape;
  const attention = 3 * h * h + 3 * h + h * h + h;
  const mlp = shape.gatedMlp ? 2 * (h * i + i) + i * h + h : h * i + i + i * h + h;
  // Qwen2.5-VL uses RMSNorm (a weight each), Qwen2-VL LayerNorm (weight and bias).
  const norms = shape.gatedMlp ? 2 * h : 4 * h;
  const patch = shape.inChannels * shape.temporalPatch * shape.patch * shape.patch * h;
  const merged = h * shape.spatialMerge ** 2;
  const merger =
    (shape.gatedMlp ? h : 2 * h) +
    merged * merged +
    merged +
    merged * shape.outHidden +
    shape.outHidden;
  return patch + shape.depth * (attention + mlp + norms) + merger;
}

/** What a model's vision tower adds to its language model. */
export interface VisionTower {
  /** Encoder and projector together. */
  readonly parameters: number;
}

export function internVlTower(shape: InternVitShape): VisionTower {
  return { parameters: internVitParameters(shape) + internVlProjectorParameters(shape) };
}

export function qwenVlTower(shape: QwenVitShape): VisionTower {
  return { parameters: qwenVitParameters(shape) };
}

/**
 * Every release loads the tower in 16 bits, whatever the language model's format: AWQ and
 * GPTQ checkpoints of these models quantize the language model only, and LMDeploy's loaders
 * cast the tower to half precision.
 */
export const VISION_BYTES_PER_PARAMETER = 2;

/**
 * Where a release line puts the tower before it sizes the KV cache.
 * - `none`: the line serves no vision-language model (before v0.2.6).
 * - `first-gpu`: the whole tower on GPU 0 (`device='cuda'` / `'cuda:0'`, v0.2.6 – v0.4.1).
 *   Every rank sizes its cache from the fullest GPU, so every cache shrinks by the tower.
 * - `spread`: about 1/P of it on each GPU. From v0.5.1 accelerate balances it over GPUs
 *   0 … P − 1 (`device_map='auto'` with `max_memory` per GPU); the PyTorch engine from v0.6.5
 *   and TurboMind's own vision models in v0.16 split its layers over the TP group.
 */
export type VisionPlacement = 'none' | 'first-gpu' | 'spread';

/** The tower's share on one rank, in the unit `total` is given in. */
export function visionShare(
  placement: VisionPlacement,
  total: number,
  rank: number,
  tpDegree: number,
): number {
  if (total <= 0 || placement === 'none') return 0;
  if (placement === 'first-gpu') return rank === 0 ? total : 0;
  return total / tpDegree;
}
