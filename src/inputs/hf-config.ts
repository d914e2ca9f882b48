import { z } from 'zod/mini';
import type { ModelArchitecture } from '../model';

export type ConfigProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-object' }
  | { readonly kind: 'too-large'; readonly limit: number }
  | { readonly kind: 'missing'; readonly field: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly min: number; readonly max: number }
  | { readonly kind: 'inconsistent'; readonly field: string };

export type ConfigResult =
  | { readonly ok: true; readonly name: string; readonly architecture: ModelArchitecture }
  | { readonly ok: false; readonly problem: ConfigProblem };

/** Real config.json files are a few KiB; anything far larger is not one. */
const MAX_CONFIG_CHARS = 200_000;

/** Plausible bounds: generous for future models, tight enough to catch typos and junk. */
const LIMITS = {
  hidden_size: [64, 131_072],
  num_hidden_layers: [1, 1024],
  num_attention_heads: [1, 4096],
  num_key_value_heads: [1, 4096],
  head_dim: [8, 2048],
  intermediate_size: [64, 1_048_576],
  vocab_size: [256, 4_194_304],
  num_experts: [1, 4096],
  num_experts_per_tok: [1, 4096],
  moe_intermediate_size: [16, 1_048_576],
  n_shared_experts: [0, 64],
  first_k_dense_replace: [0, 1024],
  kv_lora_rank: [1, 65_536],
  q_lora_rank: [1, 65_536],
  qk_nope_head_dim: [1, 4096],
  qk_rope_head_dim: [0, 4096],
  v_head_dim: [1, 4096],
} as const;

type Field = keyof typeof LIMITS;

/** Other names families use for the same fields (GLM-4, GPT-style, Mixtral, DeepSeek). */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  hidden_size: ['hidden_size', 'n_embd', 'd_model'],
  num_hidden_layers: ['num_hidden_layers', 'num_layers', 'n_layer'],
  num_attention_heads: ['num_attention_heads', 'n_head'],
  num_key_value_heads: ['num_key_value_heads', 'multi_query_group_num', 'num_kv_heads'],
  head_dim: ['head_dim', 'kv_channels'],
  intermediate_size: ['intermediate_size', 'ffn_hidden_size', 'n_inner'],
  vocab_size: ['padded_vocab_size', 'vocab_size'],
  num_experts: ['num_experts', 'num_local_experts', 'n_routed_experts'],
  num_experts_per_tok: ['num_experts_per_tok', 'moe_topk'],
  moe_intermediate_size: ['moe_intermediate_size'],
  n_shared_experts: ['n_shared_experts'],
  first_k_dense_replace: ['first_k_dense_replace'],
  kv_lora_rank: ['kv_lora_rank'],
  q_lora_rank: ['q_lora_rank'],
  qk_nope_head_dim: ['qk_nope_head_dim'],
  qk_rope_head_dim: ['qk_rope_head_dim'],
  v_head_dim: ['v_head_dim'],
};

const objectSchema = z.record(z.string(), z.unknown());

class ConfigError extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.kind);
  }
}

function reader(config: Record<string, unknown>) {
  const raw = (field: Field) => {
    for (const alias of ALIASES[field]) {
      const value = config[alias];
      if (value !== undefined && value !== null) return { alias, value };
    }
    return undefined;
  };
  const optional = (field: Field): number | undefined => {
    const found = raw(field);
    if (!found) return undefined;
    const [min, max] = LIMITS[field];
    const parsed = z.int().check(z.minimum(min), z.maximum(max)).safeParse(found.value);
    if (!parsed.success) throw new ConfigError({ kind: 'invalid', field: found.alias, min, max });
    return parsed.data;
  };
  const required = (field: Field): number => {
    const value = optional(field);
    if (value === undefined) throw new ConfigError({ kind: 'missing', field });
    return value;
  };
  return { optional, required };
}

/** Multimodal configs nest the language model under `text_config` or `llm_config`. */
function languageModelConfig(config: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['text_config', 'llm_config', 'language_config']) {
    const nested = objectSchema.safeParse(config[key]);
    if (nested.success && 'hidden_size' in nested.data) return nested.data;
  }
  return config;
}

function readArchitecture(top: Record<string, unknown>): ModelArchitecture {
  const config = languageModelConfig(top);
  const { optional, required } = reader(config);
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
  const isGemma = modelType.startsWith('gemma');
  const tie = config.tie_word_embeddings;
  const experts = optional('num_experts');
  const kvLoraRank = optional('kv_lora_rank');

  return {
    hiddenSize,
    layers: required('num_hidden_layers'),
    attentionHeads,
    kvHeads,
    ...(headDim === undefined ? {} : { headDim }),
    intermediateSize: required('intermediate_size'),
    vocabSize: required('vocab_size'),
    // Gemma's configs omit the key; the library default ties them.
    tieWordEmbeddings: typeof tie === 'boolean' ? tie : isGemma,
    qkvBias:
      modelType === 'qwen2' ||
      modelType === 'qwen2_moe' ||
      config.add_qkv_bias === true ||
      config.attention_bias === true,
    qkNorm: config.qk_norm === true || modelType.startsWith('qwen3'),
    normsPerLayer: config.norms_per_layer === 4 || modelType === 'gemma2' ? 4 : 2,
    ...(experts === undefined
      ? {}
      : {
          moe: {
            experts,
            expertsPerToken: required('num_experts_per_tok'),
            expertIntermediateSize:
              optional('moe_intermediate_size') ?? required('intermediate_size'),
            sharedExperts: optional('n_shared_experts') ?? 0,
            denseLayers: optional('first_k_dense_replace') ?? 0,
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
  };
}

function nameOf(config: Record<string, unknown>): string {
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
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const object = objectSchema.safeParse(json);
  if (!object.success || Array.isArray(json)) return { ok: false, problem: { kind: 'not-object' } };
  try {
    return { ok: true, name: nameOf(object.data), architecture: readArchitecture(object.data) };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problem: error.problem };
    throw error;
  }
}
