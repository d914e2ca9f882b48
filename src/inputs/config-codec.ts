import { parseHfConfig } from './hf-config';
import type { PastedModel } from './scenario';

/**
 * A pasted config travels in the link as `name~h4096.l32.a32…`: one letter code per field
 * the calculator uses. Decoding rebuilds a config.json-shaped object and sends it through
 * the same validation as a pasted file.
 */
const FIELD_CODES = [
  ['h', 'hidden_size'],
  ['l', 'num_hidden_layers'],
  ['a', 'num_attention_heads'],
  ['k', 'num_key_value_heads'],
  ['d', 'head_dim'],
  ['i', 'intermediate_size'],
  ['v', 'vocab_size'],
  ['x', 'num_experts'],
  ['xk', 'num_experts_per_tok'],
  ['xi', 'moe_intermediate_size'],
  ['xs', 'n_shared_experts'],
  ['xd', 'first_k_dense_replace'],
  ['mq', 'q_lora_rank'],
  ['mk', 'kv_lora_rank'],
  ['mn', 'qk_nope_head_dim'],
  ['mr', 'qk_rope_head_dim'],
  ['mv', 'v_head_dim'],
  ['xe', 'interleave_moe_layer_step'],
  ['c', 'max_position_embeddings'],
  ['sw', 'sliding_window'],
  ['sl', 'sliding_layers'],
  ['vp', 'vision_parameters'],
] as const;

/** Projections a checkpoint keeps in 16 bits, each as a skip-list entry the reader knows. */
const KEPT_CODES = [
  ['ua', 'attention', 'self_attn'],
  ['ud', 'dense-mlp', 'mlp.gate_proj'],
  ['ue', 'experts', 'mlp.experts'],
  ['us', 'shared-experts', 'shared_expert'],
] as const;

const FLAG_CODES = [
  ['t', 'tie_word_embeddings'],
  ['b', 'attention_bias'],
  ['q', 'qk_norm'],
] as const;

const NAME_SEPARATOR = '~';
const MAX_NAME_LENGTH = 60;

function fieldValues(model: PastedModel): Record<string, number | null | undefined> {
  const { architecture } = model;
  const { moe, mla, slidingWindow } = architecture;
  return {
    hidden_size: architecture.hiddenSize,
    num_hidden_layers: architecture.layers,
    num_attention_heads: architecture.attentionHeads,
    num_key_value_heads: architecture.kvHeads,
    head_dim: architecture.headDim,
    intermediate_size: architecture.intermediateSize,
    vocab_size: architecture.vocabSize,
    num_experts: moe?.experts,
    num_experts_per_tok: moe?.expertsPerToken,
    moe_intermediate_size: moe?.expertIntermediateSize,
    n_shared_experts: moe?.sharedExperts,
    first_k_dense_replace: moe?.denseLayers,
    q_lora_rank: mla?.qLoraRank,
    kv_lora_rank: mla?.kvLoraRank,
    qk_nope_head_dim: mla?.qkNopeHeadDim,
    qk_rope_head_dim: mla?.qkRopeHeadDim,
    v_head_dim: mla?.vHeadDim,
    interleave_moe_layer_step: moe?.moeEvery,
    max_position_embeddings: model.maxContext,
    sliding_window: slidingWindow?.window,
    sliding_layers: slidingWindow?.layers,
    vision_parameters: architecture.vision?.parameters,
  };
}

export function encodePastedModel(model: PastedModel): string {
  const values = fieldValues(model);
  const fields = FIELD_CODES.flatMap(([code, field]) => {
    const value = values[field];
    return typeof value === 'number' ? [`${code}${value}`] : [];
  });
  const flags = [
    model.architecture.tieWordEmbeddings,
    model.architecture.qkvBias === true,
    model.architecture.qkNorm === true,
  ].map((on, index) => `${FLAG_CODES[index]?.[0] ?? ''}${on ? 1 : 0}`);
  const norms = model.architecture.normsPerLayer === 4 ? ['n4'] : [];
  const kept = KEPT_CODES.filter(([, role]) => model.architecture.unquantized?.includes(role)).map(
    ([code]) => `${code}1`,
  );
  const name = model.name.replaceAll(NAME_SEPARATOR, '-').slice(0, MAX_NAME_LENGTH);
  return `${name}${NAME_SEPARATOR}${[...fields, ...flags, ...norms, ...kept].join('.')}`;
}

const TOKEN = /^([a-z]+)(\d+)$/;

export function decodePastedModel(text: string): PastedModel | null {
  const separator = text.lastIndexOf(NAME_SEPARATOR);
  if (separator < 0 || text.length > 400) return null;
  const name = text.slice(0, separator).slice(0, MAX_NAME_LENGTH).trim() || 'config.json';
  const config: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const token of text.slice(separator + 1).split('.')) {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const [, code = '', digits = ''] = match;
    const value = Number(digits);
    const field = FIELD_CODES.find(([known]) => known === code)?.[1];
    const flag = FLAG_CODES.find(([known]) => known === code)?.[1];
    if (field) config[field] = field === 'q_lora_rank' && value === 0 ? null : value;
    else if (flag) config[flag] = value === 1;
    else if (code === 'n') config.norms_per_layer = value;
    else {
      const kept = KEPT_CODES.find(([known]) => known === code);
      if (!kept) return null;
      skipped.push(kept[2]);
    }
  }
  if (skipped.length > 0) config.quantization_config = { modules_to_not_convert: skipped };
  const parsed = parseHfConfig(JSON.stringify(config));
  return parsed.ok
    ? { name, architecture: parsed.architecture, maxContext: parsed.maxContext }
    : null;
}
