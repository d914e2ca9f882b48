import { describe, expect, it } from 'vitest';
import { presetArchitecture } from '../../test-support/fixtures';
import { decodePastedModel, encodePastedModel } from '../config-codec';
import internvl3Text from './fixtures/internvl3-8b.json?raw';
import { parseHfConfig } from './read';

// InternVL3-8B's config.json, the fields the page reads (the rest trimmed).
const INTERNVL3_8B = JSON.parse(internvl3Text) as object;

// Qwen2.5-VL-7B-Instruct's: the language model's fields at the top level.
const QWEN25_VL_7B = {
  architectures: ['Qwen2_5_VLForConditionalGeneration'],
  model_type: 'qwen2_5_vl',
  hidden_size: 3584,
  intermediate_size: 18944,
  num_attention_heads: 28,
  num_hidden_layers: 28,
  num_key_value_heads: 4,
  max_position_embeddings: 128000,
  tie_word_embeddings: false,
  vocab_size: 152064,
  vision_config: {
    depth: 32,
    hidden_size: 1280,
    intermediate_size: 3420,
    num_heads: 16,
    in_chans: 3,
    out_hidden_size: 3584,
    patch_size: 14,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
};

const parse = (config: object) => {
  const result = parseHfConfig(JSON.stringify(config));
  if (!result.ok) throw new Error(result.problem.kind);
  return result;
};

describe('vision towers in an imported config.json', () => {
  it('InternVL3-8B arrives at its preset’s tower, and says it is counted', () => {
    const result = parse(INTERNVL3_8B);
    expect(result.architecture.vision).toEqual(presetArchitecture('internvl3-8b').vision);
    expect(result.notes).toContainEqual({
      kind: 'vision-counted',
      parameters: 331_552_768,
      estimated: false,
    });
  });

  it('Qwen2.5-VL-7B arrives at its preset’s tower', () => {
    expect(parse(QWEN25_VL_7B).architecture.vision).toEqual(
      presetArchitecture('qwen2.5-vl-7b-instruct').vision,
    );
  });

  it('Qwen2-VL names its widths differently: embed_dim and mlp_ratio', () => {
    const qwen2vl = {
      ...QWEN25_VL_7B,
      model_type: 'qwen2_vl',
      vision_config: { depth: 32, embed_dim: 1280, mlp_ratio: 4, hidden_size: 3584 },
    };
    // Per block: two LayerNorms 4·1280, qkv 3·1280² + 3·1280, proj 1280² + 1280,
    // fc1 and fc2 2·1280·5120 + 5120 + 1280; patch 3·2·14²·1280; merger LayerNorm 2·1280,
    // 5120² + 5120, 5120·3584 + 3584.
    const block =
      4 * 1280 + 3 * 1280 ** 2 + 3 * 1280 + 1280 ** 2 + 1280 + 2 * 1280 * 5120 + 5120 + 1280;
    const merger = 2 * 1280 + 5120 ** 2 + 5120 + 5120 * 3584 + 3584;
    expect(parse(qwen2vl).architecture.vision?.parameters).toBe(
      3 * 2 * 14 * 14 * 1280 + 32 * block + merger,
    );
  });

  it('another family’s ViT is estimated, and said to be', () => {
    const llava = {
      ...QWEN25_VL_7B,
      model_type: 'llava',
      vision_config: { hidden_size: 1024, intermediate_size: 4096, num_hidden_layers: 24 },
    };
    const result = parse(llava);
    expect(result.architecture.vision?.parameters).toBeGreaterThan(300e6);
    expect(result.notes).toContainEqual(expect.objectContaining({ estimated: true }));
  });

  it('a tower with nothing to count is named, and the language model still reads', () => {
    const garbled = { ...QWEN25_VL_7B, vision_config: { depth: 'many' } };
    const result = parse(garbled);
    expect(result.architecture.vision).toBeUndefined();
    expect(result.notes).toContainEqual({ kind: 'encoder-not-counted' });
    expect(parse({ ...QWEN25_VL_7B, vision_config: 'none' }).architecture.vision).toBeUndefined();
  });

  it('the tower travels in a link', () => {
    const { name, architecture, maxContext } = parse(INTERNVL3_8B);
    const decoded = decodePastedModel(encodePastedModel({ name, architecture, maxContext }));
    expect(decoded?.architecture.vision).toEqual({ parameters: 331_552_768 });
  });
});
