import { describe, expect, it } from 'vitest';
import {
  DOCUMENTED_SCENARIO,
  pickKvCache,
  pickModel,
  pickWeights,
  type Scenario,
} from '../inputs/scenario';
import {
  checkpointFor,
  LMDEPLOY_VERSIONS,
  PEER_ENGINES,
  type EngineVersion,
  type PeerEngineId,
  type WeightPrecision,
} from '../model';
import { checkpointOf, compareEngines, launchSettings } from './engine-rows';

const lmdeployCommand = (scenario: Scenario, version: EngineVersion) => {
  const rules = LMDEPLOY_VERSIONS[version];
  const checkpoint = checkpointOf(scenario, (weights, basePath, published) =>
    checkpointFor(rules.weightLoading, weights, basePath, published),
  );
  return rules.command(launchSettings(scenario, checkpoint));
};
const peerCommand = (scenario: Scenario, engine: PeerEngineId) => {
  const knob = scenario.inputs[engine];
  const spec = PEER_ENGINES[engine];
  const checkpoint = checkpointOf(scenario, spec.checkpoint);
  return spec.launchCommand(launchSettings(scenario, checkpoint, knob > 0 ? knob : null));
};

const qwen: Scenario = {
  ...pickKvCache(
    pickWeights(pickModel(DOCUMENTED_SCENARIO, 'qwen2.5-72b-instruct'), 'int4'),
    'int8',
  ),
  inputs: { ...DOCUMENTED_SCENARIO.inputs, P: 2, lambda: 0.9, len: 16384 },
};

describe('launch commands', () => {
  it('starts the default scenario on TurboMind', () => {
    expect(lmdeployCommand(DOCUMENTED_SCENARIO, 'tm060')).toEqual([
      'lmdeploy serve api_server meta-llama/Llama-3.1-70B-Instruct --backend turbomind --tp 4 --cache-max-entry-count 0.8 --session-len 8192',
    ]);
  });

  it('adds the weight format, the KV cache format and the PyTorch engine’s own settings', () => {
    const withPrefill = { ...qwen, inputs: { ...qwen.inputs, prefill: 4096, batch: 256 } };
    expect(lmdeployCommand(withPrefill, 'pt092')).toEqual([
      'lmdeploy serve api_server Qwen/Qwen2.5-72B-Instruct-AWQ --backend pytorch --tp 2 --cache-max-entry-count 0.9 --session-len 16384 --quant-policy 8 --max-batch-size 256 --max-prefill-token-num 4096',
    ]);
  });

  it('sets λ in config.ini for releases before v0.2.0', () => {
    const lines = lmdeployCommand(qwen, 'tm010');
    expect(lines[0]).toBe(
      'lmdeploy convert <model_name> Qwen/Qwen2.5-72B-Instruct-AWQ --tp 2 --model-format awq',
    );
    expect(lines[1]).toContain(
      'cache_max_entry_count = 0.9, session_len = 16384, quant_policy = 8',
    );
    expect(lines[2]).toBe('lmdeploy serve api_server ./workspace --tp 2');
  });

  it('writes each peer’s knob only when it is set, and fp8 for an 8-bit cache', () => {
    expect(peerCommand(qwen, 'vllm')).toEqual([
      'vllm serve Qwen/Qwen2.5-72B-Instruct-AWQ --tensor-parallel-size 2 --max-model-len 16384 --kv-cache-dtype fp8',
    ]);
    const set = { ...qwen, inputs: { ...qwen.inputs, sglang: 0.85 } };
    expect(peerCommand(set, 'sglang')[0]).toContain('--tp-size 2 --mem-fraction-static 0.85');
    expect(peerCommand(qwen, 'tgi')[0]).toContain('--num-shard 2');
    expect(peerCommand(qwen, 'trtllm')[1]).toContain('kv_cache_config');
  });
});

describe('commands that load what the chart holds', () => {
  const scenario = (model: string, weights: WeightPrecision): Scenario =>
    pickWeights(pickModel(DOCUMENTED_SCENARIO, model), weights);
  const serve = (model: string, weights: WeightPrecision, version: EngineVersion) =>
    lmdeployCommand(scenario(model, weights), version);

  it('serves a published FP8 checkpoint, or quantizes a 16-bit one as it loads where it can', () => {
    expect(serve('qwen3-32b', 'fp8', 'tm150')[0]).toMatch(
      /^lmdeploy serve api_server Qwen\/Qwen3-32B-FP8 .* --model-format fp8$/,
    );
    expect(serve('qwen3-32b', 'fp8', 'pt100')[0]).not.toContain('--model-format');
    // No FP8 checkpoint of Llama-3.1-70B in a format LMDeploy reads: v0.15 quantizes on load.
    expect(serve('llama-3.1-70b-instruct', 'fp8', 'tm150')[0]).toMatch(
      /^lmdeploy serve api_server meta-llama\/Llama-3.1-70B-Instruct .* --model-format fp8$/,
    );
    expect(serve('llama-3.1-70b-instruct', 'fp8', 'tm100')[0]).toContain(
      'api_server /path/to/Llama-3.1-70B-Instruct-FP8 ',
    );
  });

  it('makes a W8A8 or AWQ checkpoint first when none is published', () => {
    expect(serve('qwen2.5-72b-instruct', 'int8', 'pt100')).toEqual([
      'lmdeploy lite smooth_quant Qwen/Qwen2.5-72B-Instruct --work-dir ./Qwen2.5-72B-Instruct-w8a8',
      'lmdeploy serve api_server ./Qwen2.5-72B-Instruct-w8a8 --backend pytorch --tp 4 --cache-max-entry-count 0.8 --session-len 8192',
    ]);
    // Qwen publishes Qwen3-30B-A3B in GPTQ only: TurboMind loads it, the PyTorch engine does not.
    expect(serve('qwen3-30b-a3b', 'int4', 'tm150')[0]).toMatch(
      /Qwen\/Qwen3-30B-A3B-GPTQ-Int4 .* --model-format gptq$/,
    );
    expect(serve('qwen3-30b-a3b', 'int4', 'pt100')[0]).toBe(
      'lmdeploy lite auto_awq Qwen/Qwen3-30B-A3B --work-dir ./Qwen3-30B-A3B-awq',
    );
  });

  it('prints no command where no release of the line loads the format, and refuses the chart', () => {
    expect(serve('qwen2.5-72b-instruct', 'int8', 'tm150')).toEqual([]);
    expect(serve('qwen3-32b', 'fp8', 'tm041')).toEqual([]);
    const [tm150] = compareEngines(scenario('qwen2.5-72b-instruct', 'int8'));
    expect(tm150?.result).toMatchObject({ problem: 'weight-format', tokens: 0 });
  });

  it('gives the other engines compressed-tensors checkpoints, or FP8 quantized on load', () => {
    expect(peerCommand(scenario('llama-3.1-70b-instruct', 'fp8'), 'vllm')[0]).toMatch(
      /^vllm serve neuralmagic\/Meta-Llama-3.1-70B-Instruct-FP8 /,
    );
    expect(peerCommand(scenario('yi-1.5-34b-chat', 'fp8'), 'sglang')[0]).toMatch(
      /--model-path 01-ai\/Yi-1.5-34B-Chat --tp-size 4 --quantization fp8/,
    );
  });
});

describe('the engine comparison', () => {
  it('lists both LMDeploy backends and the four other engines, with no NaN anywhere', () => {
    const rows = compareEngines(DOCUMENTED_SCENARIO);
    expect(rows).toHaveLength(6);
    for (const { result } of rows) {
      expect(Number.isFinite(result.kvCachePerGpu)).toBe(true);
      expect(result.kvCachePerGpu).toBeGreaterThanOrEqual(0);
    }
  });
});
