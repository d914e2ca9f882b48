import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countParameters, MODEL_PRESETS } from '../../model';
import { presetArchitecture } from '../../test-support/fixtures';
import { decodePastedModel, encodePastedModel } from '../config-codec';
import { parseHfConfig } from './read';

// Qwen2.5-7B-Instruct's config.json, as published (fields the calculator does not use trimmed).
const QWEN_7B = `{
  "architectures": ["Qwen2ForCausalLM"], "_name_or_path": "Qwen/Qwen2.5-7B-Instruct",
  "hidden_size": 3584, "intermediate_size": 18944, "max_position_embeddings": 32768,
  "model_type": "qwen2", "num_attention_heads": 28, "num_hidden_layers": 28,
  "num_key_value_heads": 4, "rms_norm_eps": 1e-06, "tie_word_embeddings": false,
  "torch_dtype": "bfloat16", "vocab_size": 152064
}`;

// GLM-4-9B-Chat names its fields differently.
const GLM_4 = `{
  "model_type": "chatglm", "hidden_size": 4096, "num_layers": 40, "num_attention_heads": 32,
  "multi_query_attention": true, "multi_query_group_num": 2, "kv_channels": 128,
  "ffn_hidden_size": 13696, "padded_vocab_size": 151552, "add_qkv_bias": true
}`;

describe('parseHfConfig', () => {
  it('reads Qwen2.5-7B and arrives at its preset, q/k/v bias included', () => {
    const result = parseHfConfig(QWEN_7B);
    if (!result.ok) throw new Error(result.problem.kind);
    expect(result.name).toBe('Qwen/Qwen2.5-7B-Instruct');
    expect(countParameters(result.architecture).total).toBe(
      countParameters(presetArchitecture('qwen2.5-7b-instruct')).total,
    );
  });

  it('maps GLM-4’s own field names', () => {
    const result = parseHfConfig(GLM_4);
    expect(result.ok && result.architecture).toMatchObject({
      layers: 40,
      kvHeads: 2,
      headDim: 128,
      intermediateSize: 13696,
      vocabSize: 151552,
      qkvBias: true,
    });
  });

  it('names the missing or absurd field and rejects what is not a config', () => {
    expect(parseHfConfig('hidden_size: 4096')).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
    expect(parseHfConfig('[1, 2]')).toEqual({ ok: false, problem: { kind: 'not-object' } });
    expect(parseHfConfig(QWEN_7B.replace('"num_hidden_layers": 28,', ''))).toEqual({
      ok: false,
      problem: { kind: 'missing', field: 'num_hidden_layers' },
    });
    expect(parseHfConfig(QWEN_7B.replace('"hidden_size": 3584', '"hidden_size": -5'))).toEqual({
      ok: false,
      problem: { kind: 'invalid', field: 'hidden_size', min: 64, max: 131_072 },
    });
    expect(
      parseHfConfig(QWEN_7B.replace('"num_key_value_heads": 4', '"num_key_value_heads": 64')),
    ).toEqual({
      ok: false,
      problem: { kind: 'inconsistent', field: 'num_key_value_heads' },
    });
  });
});

test.prop([
  fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
  ),
])('any text yields a model or a named problem, never an exception', (text) => {
  const result = parseHfConfig(text);
  expect(typeof result.ok).toBe('boolean');
});

test.prop([fc.constantFrom(...MODEL_PRESETS)])(
  'every preset survives the compact link form unchanged',
  (preset) => {
    const pasted = {
      name: preset.name,
      architecture: preset.architecture,
      maxContext: preset.maxContext,
    };
    const decoded = decodePastedModel(encodePastedModel(pasted));
    expect(decoded?.name).toBe(preset.name);
    expect(decoded?.maxContext).toBe(preset.maxContext);
    expect(decoded && countParameters(decoded.architecture)).toEqual(
      countParameters(preset.architecture),
    );
    expect(encodePastedModel(pasted).length).toBeLessThan(200);
  },
);
