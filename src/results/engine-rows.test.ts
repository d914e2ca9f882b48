import { describe, expect, it } from 'vitest';
import {
  DOCUMENTED_SCENARIO,
  pickKvCache,
  pickModel,
  pickWeights,
  type Scenario,
} from '../inputs/scenario';
import { LMDEPLOY_VERSIONS, PEER_ENGINES, type EngineVersion, type PeerEngineId } from '../model';
import { compareEngines, launchSettings } from './engine-rows';

const lmdeployCommand = (scenario: Scenario, version: EngineVersion) =>
  LMDEPLOY_VERSIONS[version].command(launchSettings(scenario));
const peerCommand = (scenario: Scenario, engine: PeerEngineId) => {
  const knob = scenario.inputs[engine];
  return PEER_ENGINES[engine].launchCommand(launchSettings(scenario, knob > 0 ? knob : null));
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
      'lmdeploy serve api_server Qwen/Qwen2.5-72B-Instruct --backend pytorch --tp 2 --cache-max-entry-count 0.9 --session-len 16384 --model-format awq --quant-policy 8 --max-batch-size 256 --max-prefill-token-num 4096',
    ]);
  });

  it('sets λ in config.ini for releases before v0.2.0', () => {
    const lines = lmdeployCommand(qwen, 'tm010');
    expect(lines[0]).toBe('lmdeploy convert <model_name> Qwen/Qwen2.5-72B-Instruct --tp 2');
    expect(lines[1]).toContain(
      'cache_max_entry_count = 0.9, session_len = 16384, quant_policy = 8',
    );
    expect(lines[2]).toBe('lmdeploy serve api_server ./workspace --tp 2');
  });

  it('writes each peer’s knob only when it is set, and fp8 for an 8-bit cache', () => {
    expect(peerCommand(qwen, 'vllm')).toEqual([
      'vllm serve Qwen/Qwen2.5-72B-Instruct --tensor-parallel-size 2 --max-model-len 16384 --kv-cache-dtype fp8',
    ]);
    const set = { ...qwen, inputs: { ...qwen.inputs, sglang: 0.85 } };
    expect(peerCommand(set, 'sglang')[0]).toContain('--tp-size 2 --mem-fraction-static 0.85');
    expect(peerCommand(qwen, 'tgi')[0]).toContain('--num-shard 2');
    expect(peerCommand(qwen, 'trtllm')[1]).toContain('kv_cache_config');
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
