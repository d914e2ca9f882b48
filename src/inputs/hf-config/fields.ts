import { z } from 'zod/mini';

/** Plausible bounds: generous for future models, tight enough to catch typos and junk. */
export const LIMITS = {
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
  interleave_moe_layer_step: [1, 1024],
  intermediate_size_mlp: [64, 1_048_576],
  kv_lora_rank: [1, 65_536],
  q_lora_rank: [1, 65_536],
  qk_nope_head_dim: [1, 4096],
  qk_rope_head_dim: [0, 4096],
  v_head_dim: [1, 4096],
  max_position_embeddings: [64, 1_073_741_824],
  sliding_window: [1, 1_073_741_824],
} as const;

export type Field = keyof typeof LIMITS;

/** Other names families use for the same fields (GLM-4, GPT-style, Mixtral, DeepSeek). */
export const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  hidden_size: ['hidden_size', 'n_embd', 'd_model'],
  num_hidden_layers: ['num_hidden_layers', 'num_layers', 'n_layer'],
  num_attention_heads: ['num_attention_heads', 'n_head'],
  num_key_value_heads: ['num_key_value_heads', 'multi_query_group_num', 'num_kv_heads'],
  head_dim: ['head_dim', 'kv_channels'],
  intermediate_size: ['intermediate_size', 'ffn_hidden_size', 'n_inner'],
  vocab_size: ['padded_vocab_size', 'vocab_size'],
  num_experts: ['num_experts', 'num_local_experts', 'n_routed_experts'],
  num_experts_per_tok: ['num_experts_per_tok', 'moe_topk', 'experts_per_token'],
  moe_intermediate_size: ['moe_intermediate_size'],
  n_shared_experts: ['n_shared_experts'],
  first_k_dense_replace: ['first_k_dense_replace'],
  interleave_moe_layer_step: ['interleave_moe_layer_step'],
  intermediate_size_mlp: ['intermediate_size_mlp'],
  kv_lora_rank: ['kv_lora_rank'],
  q_lora_rank: ['q_lora_rank'],
  qk_nope_head_dim: ['qk_nope_head_dim'],
  qk_rope_head_dim: ['qk_rope_head_dim'],
  v_head_dim: ['v_head_dim'],
  max_position_embeddings: ['max_position_embeddings', 'seq_length', 'model_max_length'],
  sliding_window: ['sliding_window'],
};

export type ConfigProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-object' }
  | { readonly kind: 'too-large'; readonly limit: number }
  | { readonly kind: 'missing'; readonly field: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly min: number; readonly max: number }
  | { readonly kind: 'inconsistent'; readonly field: string }
  /** A family whose layers the page does not size, named so the reader knows why. */
  | { readonly kind: 'not-modelled'; readonly family: string }
  /** A vision or audio encoder's config alone, with no language model in it. */
  | { readonly kind: 'encoder-only'; readonly modelType: string };

export class ConfigError extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(problem.kind);
  }
}

export const objectSchema = z.record(z.string(), z.unknown());
export type ConfigObject = Record<string, unknown>;

/** Reads fields by any of their names, checked against their bounds. */
export function reader(config: ConfigObject, fallback: Partial<Record<Field, number>> = {}) {
  const raw = (field: Field) => {
    for (const alias of ALIASES[field]) {
      const value = config[alias];
      if (value !== undefined && value !== null) return { alias, value };
    }
    return undefined;
  };
  const optional = (field: Field): number | undefined => {
    const found = raw(field);
    if (!found) return fallback[field];
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
