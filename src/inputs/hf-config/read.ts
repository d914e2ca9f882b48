import type { ModelArchitecture, WeightPrecision } from '../../model';
import { familyRules, refusal } from './families';
import { ConfigError, objectSchema, reader, type ConfigObject, type ConfigProblem } from './fields';
import { readQuantization } from './quantization';
import { readVisionTower } from './vision';

export type { ConfigProblem } from './fields';

/** Things about the model the page says beside its sizes. */
export type ConfigNote =
  /** The checkpoint's quantization is not one the page sizes; it is sized as BF16. */
  | { readonly kind: 'unknown-quantization'; readonly method: string }
  /** The config has an audio tower, or a vision tower it does not describe fully enough. */
  | { readonly kind: 'encoder-not-counted' }
  /** The vision tower is counted; `estimated` when its family's layout is not one the page knows. */
  | { readonly kind: 'vision-counted'; readonly parameters: number; readonly estimated: boolean };

export type ConfigResult =
  | {
      readonly ok: true;
      readonly name: string;
      readonly architecture: ModelArchitecture;
      /** The format the checkpoint stores its weights in, when its config says. */
      readonly weights: WeightPrecision | null;
      /** `max_position_embeddings`, the longest session the model was made for. */
      readonly maxContext: number | null;
      readonly notes: readonly ConfigNote[];
    }
  | { readonly ok: false; readonly problem: ConfigProblem };

/** Real config.json files are a few KiB; anything far larger is not one. */
export const MAX_CONFIG_CHARS = 200_000;

/** Multimodal configs nest the language model under `text_config` or `llm_config`. */
function languageModelConfig(config: ConfigObject): ConfigObject {
  for (const key of ['text_config', 'llm_config', 'language_config']) {
    const nested = objectSchema.safeParse(config[key]);
    if (nested.success && ('hidden_size' in nested.data || 'num_hidden_layers' in nested.data)) {
      // A nested config may leave fields to its parent, such as Gemma 3's vocabulary.
      return { ...config, ...nested.data };
    }
  }
  return config;
}

function readArchitecture(top: ConfigObject, config: ConfigObject): ModelArchitecture {
  const rules = familyRules(top, config);
  const { optional, required } = reader(config, rules.defaults);
  const modelType = typeof config.model_type === 'string' ? config.model_type : '';
  const hiddenSize = required('hidden_size');
  const attentionHeads = required('num_attention_heads');
  const headDim = optional('head_dim');
  if (headDim === undefined && hiddenSize % attentionHeads !== 0) {
    throw new ConfigError({ kind: 'inconsistent', field: 'num_attention_heads' });
  }
  // GLM-4 states grouped-query attention through `multi_query_attention`.
  const kvHeads = optional('num_key_value_heads') ?? attentionHeads;
  if (kvHeads > attentionHeads)
    throw new ConfigError({ kind: 'inconsistent', field: 'num_key_value_heads' });
  const tie = config.tie_word_embeddings;
  const experts = optional('num_experts');
  const kvLoraRank = optional('kv_lora_rank');
  const layers = required('num_hidden_layers');
  const window = optional('sliding_window');
  const slidingLayers = window === undefined ? 0 : rules.slidingLayers(layers);
  const quantization = readQuantization(config);
  const expertWidth = optional('moe_intermediate_size') ?? required('intermediate_size');
  const moeEvery = optional('interleave_moe_layer_step');
  const denseWidth = optional('intermediate_size_mlp');

  return {
    hiddenSize,
    layers,
    attentionHeads,
    kvHeads,
    ...(headDim === undefined ? {} : { headDim }),
    intermediateSize: denseWidth ?? required('intermediate_size'),
    vocabSize: required('vocab_size'),
    tieWordEmbeddings: typeof tie === 'boolean' ? tie : rules.tieByDefault,
    qkvBias:
      modelType === 'qwen2' ||
      modelType === 'qwen2_moe' ||
      config.add_qkv_bias === true ||
      config.attention_bias === true,
    qkNorm: config.qk_norm === true || rules.qkNorm,
    normsPerLayer: config.norms_per_layer === 4 ? 4 : rules.normsPerLayer,
    ...(experts === undefined
      ? {}
      : {
          moe: {
            experts,
            expertsPerToken: required('num_experts_per_tok'),
            expertIntermediateSize: expertWidth,
            sharedExperts: optional('n_shared_experts') ?? rules.sharedExperts ?? 0,
            denseLayers: optional('first_k_dense_replace') ?? 0,
            ...(moeEvery === undefined || moeEvery === 1 ? {} : { moeEvery }),
            ...(denseWidth === undefined ? {} : { denseIntermediateSize: denseWidth }),
          },
        }),
    ...(kvLoraRank === undefined
      ? {}
      : {
          mla: {
            qLoraRank: optional('q_lora_rank') ?? null,
            kvLoraRank,
            qkNopeHeadDim: required('qk_nope_head_dim'),
            qkRopeHeadDim: optional('qk_rope_head_dim') ?? 0,
            vHeadDim: required('v_head_dim'),
          },
        }),
    ...(quantization.unquantized.length > 0 ? { unquantized: quantization.unquantized } : {}),
    ...(window !== undefined && slidingLayers > 0
      ? { slidingWindow: { window, layers: slidingLayers } }
      : {}),
  };
}

function nameOf(config: ConfigObject): string {
  const candidate = config._name_or_path ?? config.model_type;
  return typeof candidate === 'string' && candidate.trim() !== ''
    ? candidate.trim().slice(0, 80)
    : 'config.json';
}

/** Reads a Hugging Face config.json. Never throws: a problem names the field at fault. */
export function parseHfConfig(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_CHARS)
    return { ok: false, problem: { kind: 'too-large', limit: MAX_CONFIG_CHARS } };
  let json: unknown;
  try {
    // An editor may save the file with a byte-order mark, which JSON does not allow.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const object = objectSchema.safeParse(json);
  if (!object.success || Array.isArray(json)) return { ok: false, problem: { kind: 'not-object' } };
  const top = object.data;
  const language = languageModelConfig(top);
  const refused = refusal(top, language);
  if (refused) return { ok: false, problem: refused };
  try {
    const languageModel = readArchitecture(top, language);
    const quantization = readQuantization(language);
    const notes: ConfigNote[] = [];
    if (quantization.unknownMethod) {
      notes.push({ kind: 'unknown-quantization', method: quantization.unknownMethod });
    }
    const vision = readVisionTower(top, languageModel.hiddenSize);
    if (vision.kind === 'counted' && 'vision_config' in top) {
      notes.push({
        kind: 'vision-counted',
        parameters: vision.tower.parameters,
        estimated: vision.estimated,
      });
    }
    if (vision.kind === 'unreadable' || 'audio_config' in top)
      notes.push({ kind: 'encoder-not-counted' });
    const architecture =
      vision.kind === 'counted' ? { ...languageModel, vision: vision.tower } : languageModel;
    const { optional } = reader(language);
    return {
      ok: true,
      name: nameOf(top),
      architecture,
      weights: quantization.weights,
      maxContext: optional('max_position_embeddings') ?? null,
      notes,
    };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problem: error.problem };
    throw error;
  }
}
