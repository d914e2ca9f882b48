import { INTERNLM_CHAT_7B } from '../logs/fixtures';
import { describe, expect, it } from 'vitest';
import {
  choosePastedModel,
  DOCUMENTED_SCENARIO,
  pickGpu,
  pickModel,
  pickWeights,
  setUsedByOthers,
  type Scenario,
} from '../inputs/scenario';
import { presetArchitecture as preset } from '../test-support/fixtures';
import { evaluateDrag } from './drag-view';
import { evaluateSettled } from './settled-view';

const logOf = (scenario: Scenario) =>
  evaluateSettled(scenario, evaluateDrag(scenario)).startup.post.logLines.map((line) => line.text);

describe('start-up logs users posted, reproduced', () => {
  it('v0.1.0, internlm-chat-7b on a 20,470 MiB A100 slice, λ = 0.5 of total: 64 MB, 159 blocks', () => {
    const base = choosePastedModel(DOCUMENTED_SCENARIO, {
      name: 'internlm-chat-7b',
      architecture: INTERNLM_CHAT_7B,
      maxContext: 2048,
    });
    const scenario: Scenario = {
      ...base,
      versions: { pre: 'tm010', post: 'tm010' },
      inputs: { ...base.inputs, T: 20470 / 1024, P: 1, lambda: 0.5, len: 2048 },
    };
    // v0.1's cache_chunk_size 1: one block at a time.
    expect(logOf(scenario)).toEqual([
      '[TM][INFO] [BlockManager] block_size = 64 MB',
      '[TM][INFO] [BlockManager] max_block_count = 159',
      '[TM][INFO] [BlockManager] chunk_size = 1',
    ]);
  });

  it('v0.5.x, InternVL2-8B on 4 × V100-32GB, TP 4, λ = 0.8, vision tower on GPU 0: 2 MB, 10,683 blocks', () => {
    const base = choosePastedModel(DOCUMENTED_SCENARIO, {
      name: 'InternVL2-8B language model',
      architecture: { ...preset('internlm2.5-7b-chat'), vocabSize: 92553 },
      maxContext: 32768,
    });
    const scenario = setUsedByOthers(
      {
        ...pickGpu(base, 'v100-32g'),
        versions: { pre: 'tm041', post: 'tm041' },
        overheadMode: 'realistic',
        inputs: {
          ...pickGpu(base, 'v100-32g').inputs,
          P: 4,
          lambda: 0.8,
          len: 8192,
          ctx: 0.3,
          nccl: 0.06,
        },
      },
      [0.63],
    );
    // The log (lmdeploy#2408) prints 10,683. Overhead is typed to 0.01 GiB, and 0.005 GiB of it
    // is 0.005 × 0.8 / 2 MiB ≈ 2 blocks, so the figure must land within 2 of the log's.
    const [blockSize, count] = logOf(scenario);
    expect(blockSize).toBe('[TM][INFO] [BlockManager] block_size = 2 MB');
    const blocks = Number(count?.split('= ')[1]);
    expect(Math.abs(blocks - 10683)).toBeLessThanOrEqual(2);
    // Without the vision tower's 0.63 GiB on GPU 0, every GPU would get about 258 more blocks.
    const withoutTower = logOf(setUsedByOthers(scenario, []));
    expect(Number(withoutTower[1]?.split('= ')[1]) - blocks).toBe(258);
  });

  it('v0.9.2, Qwen3-8B-AWQ on one V100-16GB under Windows, λ = 0.9: 9.000 MB, 863 blocks', () => {
    const base = pickWeights(
      pickModel(pickGpu(DOCUMENTED_SCENARIO, 'v100-16g'), 'qwen3-8b'),
      'int4',
    );
    const scenario: Scenario = {
      ...base,
      versions: { pre: 'tm080', post: 'tm080' },
      overheadMode: 'realistic',
      // 1.59 GiB of overhead: the figure the log implies for this Windows machine.
      inputs: { ...base.inputs, P: 1, lambda: 0.9, len: 2048, ctx: 1.59, nccl: 0 },
    };
    expect(logOf(scenario)).toContain('[TM][INFO] [BlockManager] block_size = 9.000 MB');
    expect(logOf(scenario)).toContain('[TM][INFO] [BlockManager] max_block_count = 863');
  });
});
