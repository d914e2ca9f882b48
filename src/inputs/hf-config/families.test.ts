import { describe, expect, it } from 'vitest';
import { countParameters, turbomindSizes } from '../../model';
import { parseHfConfig } from './read';
import gemma3Large from './fixtures/gemma-3-27b-it.json?raw';
import gemma3Small from './fixtures/gemma-3-4b-it.json?raw';
import gptOss from './fixtures/gpt-oss-20b.json?raw';
import jamba from './fixtures/ai21-jamba-1.5-mini.json?raw';
import kimi from './fixtures/kimi-k2.5.json?raw';
import llama4 from './fixtures/llama-4-scout-17b-16e-instruct.json?raw';
import mamba from './fixtures/falcon-mamba-7b.json?raw';
import mistral from './fixtures/mistral-7b-instruct-v0.1.json?raw';
import qwenAwq from './fixtures/qwen2.5-72b-instruct-awq.json?raw';
import qwenFp8 from './fixtures/qwen3-32b-fp8.json?raw';
import qwenNext from './fixtures/qwen3-next-80b-a3b-thinking.json?raw';
import bnb from './fixtures/unsloth-llama-3-8b-instruct-bnb-4bit.json?raw';
import vision from './fixtures/clip-vit-large-patch14-vision-encoder.json?raw';

// config.json files as their Hugging Face repositories publish them (see each file's name).
const read = (text: string) => {
  const result = parseHfConfig(text);
  if (!result.ok) throw new Error(result.problem.kind);
  return result;
};

const billions = (text: string) => countParameters(read(text).architecture).total / 1e9;

describe('quantized checkpoints set their weight format', () => {
  it.each([
    ['AWQ, 4 bits', qwenAwq, 'int4'],
    ['FP8, 128 × 128 blocks', qwenFp8, 'fp8'],
    ['bitsandbytes NF4', bnb, 'int4'],
    ['MXFP4', gptOss, 'int4'],
    ['compressed-tensors, 4 bits, inside text_config', kimi, 'int4'],
  ] as const)('%s', (_name, text, format) => {
    expect(read(text).weights).toBe(format);
  });

  it('keeps what the checkpoint leaves unquantized in 16 bits', () => {
    // gpt-oss keeps attention and the routers whole; only the experts are MXFP4.
    expect(read(gptOss).architecture.unquantized).toEqual(['attention']);
    // Kimi-K2.5 ignores attention, the shared experts and the dense MLP.
    expect(new Set(read(kimi).architecture.unquantized)).toEqual(
      new Set(['attention', 'shared-experts', 'dense-mlp']),
    );
  });

  it('sizes gpt-oss-20b at its published 21 B parameters, attention in BF16', () => {
    expect(billions(gptOss)).toBeCloseTo(20.91, 1);
    const { architecture } = read(gptOss);
    // Keeping attention in 16 bits makes the INT4 checkpoint larger than an all-INT4 one.
    const mixed = turbomindSizes(architecture, 'int4', 1).modelWeights;
    const allInt4 = turbomindSizes({ ...architecture, unquantized: [] }, 'int4', 1).modelWeights;
    expect(mixed).toBeGreaterThan(allInt4);
  });
});

describe('families the reader knows the layout of', () => {
  it('counts Llama 4 Scout’s shared expert: 107.8 B in its language model', () => {
    expect(billions(llama4)).toBeCloseTo(107.77, 1);
  });

  it('reads Gemma 3’s real config, whose text_config leaves fields to the class defaults', () => {
    const small = read(gemma3Small).architecture;
    expect(small).toMatchObject({
      vocabSize: 262_208,
      attentionHeads: 8,
      kvHeads: 4,
      headDim: 256,
    });
    // 34 layers, a global one every sixth: 29 attend within 1024 tokens.
    expect(small.slidingWindow).toEqual({ window: 1024, layers: 29 });
    expect(read(gemma3Large).architecture.slidingWindow).toEqual({ window: 1024, layers: 52 });
    expect(billions(gemma3Large)).toBeCloseTo(27.0, 0);
  });

  it('notes sliding windows: every layer of Mistral 7B v0.1, half of gpt-oss', () => {
    expect(read(mistral).architecture.slidingWindow).toEqual({ window: 4096, layers: 32 });
    expect(read(gptOss).architecture.slidingWindow).toEqual({ window: 128, layers: 12 });
  });

  it('refuses plainly the families whose layers it does not size', () => {
    expect(parseHfConfig(jamba)).toMatchObject({ ok: false, problem: { kind: 'not-modelled' } });
    expect(parseHfConfig(qwenNext)).toMatchObject({ ok: false, problem: { kind: 'not-modelled' } });
    expect(parseHfConfig(mamba)).toMatchObject({ ok: false, problem: { kind: 'not-modelled' } });
  });

  it('says that an encoder’s config alone is not a language model’s', () => {
    expect(parseHfConfig(vision)).toEqual({
      ok: false,
      problem: { kind: 'encoder-only', modelType: 'clip_vision_model' },
    });
  });

  it('reads a file saved with a byte-order mark, as it would the same bytes opened', () => {
    expect(parseHfConfig(`\uFEFF${mistral}`)).toEqual(parseHfConfig(mistral));
  });

  it('reads the context a model was made for', () => {
    expect(read(mistral).maxContext).toBe(32768);
  });
});
