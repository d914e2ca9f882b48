import type { ConfigObject, ConfigProblem, Field } from './fields';

/** What a family's config class fills in and fixes beyond the common fields. */
export interface FamilyRules {
  /** Values the family's config class defaults to when the file leaves them out. */
  readonly defaults: Partial<Record<Field, number>>;
  readonly tieByDefault: boolean;
  readonly normsPerLayer: number;
  readonly qkNorm: boolean;
  /** Shared experts beside the routed ones, where the family has them without saying so. */
  readonly sharedExperts: number | null;
  /** Layers that attend within the window, of `layers`. */
  readonly slidingLayers: (layers: number) => number;
}

const modelTypeOf = (config: ConfigObject) =>
  typeof config.model_type === 'string' ? config.model_type : '';

/** Families whose layers are not all attention and MLP, which the page does not size yet. */
const NOT_MODELLED: readonly [RegExp, string][] = [
  [/^jamba/, 'Jamba (Mamba and attention layers)'],
  [/^qwen3_next/, 'Qwen3-Next (linear attention beside full attention)'],
  [/mamba|^bamba|^zamba|^nemotron_h|^granitemoehybrid|^falcon_h1/, 'state-space (Mamba) layers'],
  [/^rwkv/, 'RWKV'],
];

/** Encoders of images or sound, whose config alone holds no language model. */
const ENCODERS = /vision|^clip|^siglip|^vit|^dinov|^whisper|^wav2vec|^intern_vit/;

export function refusal(top: ConfigObject, language: ConfigObject): ConfigProblem | null {
  const types = [modelTypeOf(top), modelTypeOf(language)];
  for (const [pattern, family] of NOT_MODELLED) {
    if (types.some((type) => pattern.test(type))) return { kind: 'not-modelled', family };
  }
  // Hybrids that say so by their layer list or period rather than their type.
  const layerTypes = Array.isArray(language.layer_types) ? language.layer_types : [];
  if (
    layerTypes.some((type) => typeof type === 'string' && /linear|mamba|recurrent/.test(type)) ||
    'attn_layer_period' in language ||
    'full_attention_interval' in language ||
    'layers_block_type' in language
  ) {
    return { kind: 'not-modelled', family: modelTypeOf(language) || 'hybrid layers' };
  }
  if (language === top && ENCODERS.test(modelTypeOf(top)) && !('vocab_size' in top)) {
    return { kind: 'encoder-only', modelType: modelTypeOf(top).slice(0, 40) };
  }
  return null;
}

/** How many layers use a sliding window: from the layer list, the family's pattern, or all. */
function slidingLayersOf(language: ConfigObject, family: string) {
  // The page's own links state the count outright.
  if (typeof language.sliding_layers === 'number') {
    const count = language.sliding_layers;
    return () => count;
  }
  const layerTypes = Array.isArray(language.layer_types) ? language.layer_types : null;
  if (layerTypes) {
    const sliding = layerTypes.filter((type) => type === 'sliding_attention').length;
    return () => sliding;
  }
  if (typeof language.sliding_window !== 'number' || language.use_sliding_window === false) {
    return () => 0;
  }
  // Gemma 3: a global layer at (i + 1) % pattern == 0; Gemma 2 alternates from a local one.
  const pattern =
    typeof language.sliding_window_pattern === 'number'
      ? language.sliding_window_pattern
      : family.startsWith('gemma3')
        ? 6
        : family.startsWith('gemma2')
          ? 2
          : null;
  return pattern === null
    ? (layers: number) => layers
    : (layers: number) => layers - Math.floor(layers / pattern);
}

export function familyRules(top: ConfigObject, language: ConfigObject): FamilyRules {
  const family = modelTypeOf(language) || modelTypeOf(top);
  const gemma3 = family.startsWith('gemma3');
  const gemma = family.startsWith('gemma');
  const llama4 = family.startsWith('llama4');
  return {
    // Gemma3TextConfig's defaults, which Google's own files leave out.
    defaults: gemma3
      ? { vocab_size: 262_208, num_attention_heads: 8, num_key_value_heads: 4, head_dim: 256 }
      : {},
    tieByDefault: gemma,
    normsPerLayer: gemma && family !== 'gemma' ? 4 : 2,
    qkNorm: gemma3 || family.startsWith('qwen3'),
    // Llama 4's MoE layers add one shared expert of the routed experts' width.
    sharedExperts: llama4 ? 1 : null,
    slidingLayers: slidingLayersOf(language, family),
  };
}
