import { describe, expect, it } from 'vitest';
import type { InputKey } from '../inputs/definitions';
import { withInput } from '../inputs/input-values';
import {
  DOCUMENTED_SCENARIO,
  pickGpu,
  pickModel,
  pickOverheadMode,
  pickWeights,
  type Scenario,
} from '../inputs/scenario';
import { evaluateLayout } from './layout-view';

const GIB = 2 ** 30;

/** Tests about memory alone: no start command to extend. */
const NO_COMMANDS = { pre: [], post: [] } as const;

function withInputs(scenario: Scenario, values: Partial<Record<InputKey, number>>): Scenario {
  let inputs = scenario.inputs;
  for (const [key, value] of Object.entries(values))
    inputs = withInput(inputs, key as InputKey, value);
  return { ...scenario, inputs };
}

/** FP8 block-wise: a byte a weight and an fp32 scale per 128 × 128 block. */
const fp8 = (weights: number) => weights + (weights / 16_384) * 4;

/**
 * DeepSeek-V3 (FP8) on two nodes of eight H200, as PR #3414 launches it on the PyTorch engine:
 * `--tp 1 --dp 16 --ep 16 --nnodes 2`, λ = 0.8, no overhead.
 */
const deepseekOnTwoNodes = withInputs(
  pickOverheadMode(
    pickWeights(pickGpu(pickModel(DOCUMENTED_SCENARIO, 'deepseek-v3'), 'h200'), 'fp8'),
    'formula',
  ),
  { P: 1, dp: 16, ep: 16, nodes: 2, lambda: 0.8, len: 8192 },
);

describe('DeepSeek-V3 on 2 × 8 H200 with --dp 16 --ep 16, worked by hand', () => {
  const scenario: Scenario = {
    ...deepseekOnTwoNodes,
    versions: { pre: 'tm150', post: 'pt100' },
  };
  const serve = 'lmdeploy serve api_server deepseek-ai/DeepSeek-V3 --backend pytorch --tp 1';
  const view = evaluateLayout(scenario, { pre: [serve], post: [serve] });

  it('TurboMind refuses expert parallelism across nodes', () => {
    expect(view.variants.pre.outcome).toEqual({
      kind: 'refused',
      problem: { kind: 'ep-multi-node' },
    });
  });

  const post = view.variants.post;
  if (post.outcome.kind !== 'laid-out') throw new Error(post.outcome.kind);
  const { layout, weights } = post.outcome;

  it('the PyTorch engine runs 16 replicas of one GPU, 8 GPUs on each node', () => {
    expect(layout).toMatchObject({ devices: 16, gpusPerNode: 8, attnTp: 1, replicas: 16 });
    expect(post.replicas).toHaveLength(16);
    expect(view.variants.pre.command).toEqual([]);
  });

  it('starts with the layout’s flags on each node, behind PR #3414’s proxy', () => {
    expect(post.command).toEqual([
      `LMDEPLOY_DP_MASTER_ADDR=<node 0 address> LMDEPLOY_DP_MASTER_PORT=29555 ${serve} --dp 16 --ep 16 --proxy-url http://<proxy address>:23333 --nnodes 2 --node-rank <0…1>`,
    ]);
  });

  // Per layer, MLA: q_a 7168·1536 + q_b 1536·128·192 + kv_a 7168·576 + kv_b 512·128·256
  // + o 128·128·7168 = 187,105,280 weights, × 61 layers, whole on every GPU (attn_tp 1).
  const attention =
    61 * (7168 * 1536 + 1536 * 128 * 192 + 7168 * 576 + 512 * 128 * 256 + 128 * 128 * 7168);
  // Three dense layers of 3 · 7168 · 18432, whole (mlp_tp = tp = 1).
  const dense = 3 * 3 * 7168 * 18432;
  // 58 MoE layers; 256 experts over 16 GPUs: 16 whole experts of 3 · 7168 · 2048 on each.
  const expert = 3 * 7168 * 2048;
  const experts = 58 * 16 * expert;
  const shared = 58 * expert;
  // Norms (2 per layer and the final one), the MLA norms (1536 + 512) and 58 routers of
  // 7168 · 256, in 16 bits.
  const other = 2 * (61 * (2 * 7168 + 1536 + 512) + 7168 + 58 * 7168 * 256);
  // Embedding and lm_head, 129,280 × 7168 each in 16 bits, whole on every GPU.
  const vocab = 2 * 129_280 * 7168 * 2;

  it('each GPU holds the attention, the dense MLP, 16 experts and the shared one', () => {
    expect(weights.expertsPerGpu).toBe(16);
    expect(weights.attention * GIB).toBeCloseTo(fp8(attention), 0);
    expect(weights.denseMlp * GIB).toBeCloseTo(fp8(dense), 0);
    expect(weights.experts * GIB).toBeCloseTo(fp8(experts), 0);
    expect(weights.sharedExperts * GIB).toBeCloseTo(fp8(shared), 0);
    expect(weights.other * GIB).toBeCloseTo(other, 0);
    expect(weights.vocab * GIB).toBeCloseTo(vocab, 0);
    // 10.63 + 1.11 + 38.07 + 2.38 + 0.20 GiB, and 3.45 GiB of vocabulary layers.
    expect(weights.sharded + weights.vocab).toBeCloseTo(55.84, 2);
  });

  it('each GPU sizes its own cache: λ × (T − W − R) in 64-token blocks of MLA latents', () => {
    const W = fp8(attention) + fp8(dense) + fp8(experts) + fp8(shared) + other + vocab;
    // R = (max_prefill_token_num 8192 + 2 × max_batch_size 1024 on H200) × 129,280 × 2 bytes.
    const R = (8192 + 2 * 1024) * 129_280 * 2;
    const free = 139.8 * GIB - W;
    // One latent of 512 + 64 values in 16 bits per token and layer: 61 · 576 · 2 = 70,272 B.
    const blockBytes = 64 * 61 * 576 * 2;
    const blocks = Math.floor(Math.floor(0.8 * (free - R)) / blockBytes);
    const [first] = post.replicas;
    expect(first?.memory.freeAfterLoad).toBeCloseTo(free / GIB, 6);
    expect(first?.memory.blocks).toBe(blocks);
    // 8192-token sessions take 128 blocks; the 16 replicas' sessions add up.
    const sessions = Math.floor(blocks / 128);
    expect(first?.sessions).toBe(sessions);
    expect(post.sessions).toBe(16 * sessions);
    expect(post.tokens).toBe(16 * blocks * 64);
  });
});

describe('layouts the charts draw, and lines that do not take them', () => {
  it('plain TP is left to the charts', () => {
    const view = evaluateLayout(DOCUMENTED_SCENARIO, NO_COMMANDS);
    expect(view.variants.post.outcome).toEqual({ kind: 'plain' });
  });

  it('a line before v0.8 takes no --dp; v0.8 – v0.14 take it by rules the page does not model', () => {
    const scenario = {
      ...withInputs(DOCUMENTED_SCENARIO, { dp: 2 }),
      versions: { pre: 'tm065', post: 'tm120' } as const,
    };
    const view = evaluateLayout(scenario, NO_COMMANDS);
    expect(view.variants.pre.outcome).toEqual({ kind: 'unavailable' });
    expect(view.variants.post.outcome).toEqual({ kind: 'not-modelled', since: 'v0.8.0' });
  });

  it('TurboMind splits tokens, not heads, over cp: twice the tokens per block', () => {
    const base = pickOverheadMode(
      pickGpu(pickModel(DOCUMENTED_SCENARIO, 'qwen2.5-72b-instruct'), 'h100'),
      'formula',
    );
    const scenario = {
      ...withInputs(base, { P: 8, cp: 2 }),
      versions: { pre: 'tm150', post: 'tm150' } as const,
    };
    const view = evaluateLayout(scenario, NO_COMMANDS).variants.post;
    if (view.outcome.kind !== 'laid-out') throw new Error(view.outcome.kind);
    expect(view.outcome.layout).toMatchObject({ attnTp: 4, cp: 2, replicas: 1, devices: 8 });
    const [replica] = view.replicas;
    expect(replica?.tokens).toBe((replica?.memory.blocks ?? 0) * 64 * 2);
  });
});
