import { z } from 'zod/mini';
import {
  internVlTower,
  qwenVlTower,
  type InternVitShape,
  type VisionTower,
} from '../../model/vision';
import { objectSchema, type ConfigObject } from './fields';

/** What the reader makes of a config's `vision_config`. */
export type VisionReading =
  | { readonly kind: 'none' }
  /** Counted from the shape; `estimated` when the family is not one whose layout is known. */
  | { readonly kind: 'counted'; readonly tower: VisionTower; readonly estimated: boolean }
  /** A tower is there, but its config lacks or garbles what a count needs. */
  | { readonly kind: 'unreadable' };

const size = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const width = size(16, 65_536);
const count = size(1, 1024);

/** The largest tower the page believes: InternViT-6B is 5.5 billion. */
const MAX_VISION_PARAMETERS = 50e9;

function number(
  config: ConfigObject,
  names: readonly string[],
  schema: z.ZodMiniInt,
): number | null {
  for (const name of names) {
    const parsed = schema.safeParse(config[name]);
    if (parsed.success) return parsed.data;
  }
  return null;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** InternVL's `vision_config` (InternViT), with `downsample_ratio` from the top level. */
function internVit(vision: ConfigObject, top: ConfigObject, languageHidden: number) {
  const hidden = number(vision, ['hidden_size'], width);
  const intermediate = number(vision, ['intermediate_size'], size(16, 1_048_576));
  const layers = number(vision, ['num_hidden_layers'], count);
  if (hidden === null || intermediate === null || layers === null) return null;
  const ratio = typeof top.downsample_ratio === 'number' ? top.downsample_ratio : 0.5;
  const shape: InternVitShape = {
    hidden,
    intermediate,
    layers,
    patch: number(vision, ['patch_size'], size(1, 256)) ?? 14,
    image: number(vision, ['image_size'], size(16, 8192)) ?? 448,
    qkvBias: vision.qkv_bias !== false,
    norm: textOf(vision.norm_type) === 'rms_norm' ? 'rms' : 'layer',
    qkNorm: vision.qk_normalization === true,
    downsample: ratio > 0 && ratio <= 1 ? ratio : 0.5,
    languageHidden,
  };
  return internVlTower(shape);
}

/** Qwen2-VL's and Qwen2.5-VL's `vision_config`, which name their widths differently. */
function qwenVit(vision: ConfigObject, gatedMlp: boolean, languageHidden: number) {
  const depth = number(vision, ['depth'], count);
  // Qwen2-VL: `embed_dim` is the tower's width, `hidden_size` the language model's.
  const hidden = number(vision, gatedMlp ? ['hidden_size'] : ['embed_dim'], width);
  if (depth === null || hidden === null) return null;
  const ratio = number(vision, ['mlp_ratio'], size(1, 16)) ?? 4;
  const intermediate = gatedMlp
    ? number(vision, ['intermediate_size'], size(16, 1_048_576))
    : hidden * ratio;
  if (intermediate === null) return null;
  return qwenVlTower({
    hidden,
    intermediate,
    depth,
    patch: number(vision, ['patch_size'], size(1, 256)) ?? 14,
    temporalPatch: number(vision, ['temporal_patch_size'], size(1, 16)) ?? 2,
    spatialMerge: number(vision, ['spatial_merge_size'], size(1, 16)) ?? 2,
    outHidden:
      number(vision, gatedMlp ? ['out_hidden_size'] : ['hidden_size'], width) ?? languageHidden,
    inChannels: number(vision, ['in_chans', 'in_channels'], size(1, 16)) ?? 3,
    gatedMlp,
  });
}

/**
 * Any other ViT (SigLIP, CLIP, …): LayerNorm blocks with biased attention and a two-layer
 * MLP, then a two-layer projector into the language model. An estimate: families add
 * pieces (pooling heads, cross-attention layers) this leaves out.
 */
function genericVit(vision: ConfigObject, languageHidden: number) {
  const hidden = number(vision, ['hidden_size', 'embed_dim', 'width'], width);
  const intermediate = number(vision, ['intermediate_size'], size(16, 1_048_576));
  const layers = number(vision, ['num_hidden_layers', 'depth', 'layers'], count);
  if (hidden === null || intermediate === null || layers === null) return null;
  return internVlTower({
    hidden,
    intermediate,
    layers,
    patch: number(vision, ['patch_size'], size(1, 256)) ?? 14,
    image: number(vision, ['image_size'], size(16, 8192)) ?? 336,
    qkvBias: true,
    norm: 'layer',
    qkNorm: false,
    downsample: 1,
    languageHidden,
  });
}

/** The vision tower a config.json describes, counted where its family's layout is known. */
export function readVisionTower(top: ConfigObject, languageHidden: number): VisionReading {
  // The page's own links carry the count itself.
  const carried = z
    .int()
    .check(z.minimum(1), z.maximum(MAX_VISION_PARAMETERS))
    .safeParse(top.vision_parameters);
  if (carried.success) {
    return { kind: 'counted', tower: { parameters: carried.data }, estimated: false };
  }
  if (!('vision_config' in top)) return { kind: 'none' };
  const vision = objectSchema.safeParse(top.vision_config);
  if (!vision.success) return { kind: 'unreadable' };
  const modelType = textOf(top.model_type);
  const visionType = textOf(vision.data.model_type);
  const known =
    modelType === 'internvl_chat' || /intern_vit/.test(visionType)
      ? internVit(vision.data, top, languageHidden)
      : modelType === 'qwen2_5_vl' || modelType === 'qwen2_vl'
        ? qwenVit(vision.data, modelType === 'qwen2_5_vl', languageHidden)
        : undefined;
  const tower = known === undefined ? genericVit(vision.data, languageHidden) : known;
  if (!tower || tower.parameters > MAX_VISION_PARAMETERS) return { kind: 'unreadable' };
  return { kind: 'counted', tower, estimated: known === undefined };
}
