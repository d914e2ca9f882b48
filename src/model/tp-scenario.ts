import type { Bytes, GiB } from './units';

/** What one GPU holds, bottom-to-top as the stacked bars draw it. */
export const SEGMENTS = [
  'others',
  'overhead',
  'weights',
  'vocab',
  'vision',
  'kv',
  'buffers',
  'headroom',
  'stranded',
] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Segments every chart and table shows, even at zero; the rest appear when some GPU has them. */
export const CORE_SEGMENTS: ReadonlySet<Segment> = new Set([
  'weights',
  'vocab',
  'overhead',
  'kv',
  'headroom',
]);

export interface GpuMemory {
  readonly rank: number;
  readonly segments: Readonly<Record<Segment, GiB>>;
}

/** Everything the memory model needs to know about one serving set-up, in its own units. */
export interface TpScenario {
  /** `T`: memory of one GPU as the CUDA runtime reports it. */
  readonly gpuMemory: GiB;
  /** `S`: all weights of the model, summed over every GPU. */
  readonly modelWeights: GiB;
  /** `E`: token embedding plus lm_head, as the engine holds them; part of `S`. */
  readonly vocabLayers: GiB;
  /**
   * `λ`, LMDeploy's `cache_max_entry_count`. Below 1 a share of memory; from 1 up a number
   * of KV blocks (or, in v0.0.x, of session-sized entries) where the version allows it.
   */
  readonly cacheMaxEntryCount: number;
  /** `P`: tensor-parallel degree. */
  readonly tpDegree: number;
  /**
   * Each GPU's weights when a parallel layout sets them rather than `S / P` and the version's
   * vocabulary rule.
   */
  readonly residentOverride?: { readonly sharded: GiB; readonly vocab: GiB };
  /** A vision-language model's vision tower in 16 bits, all of it; 0 for a language model. */
  readonly visionWeights: GiB;
  /** `O`: taken on every GPU before the KV cache is sized (CUDA context, NCCL buffers). */
  readonly overhead: GiB;
  /** TurboMind's runtime buffers, allocated after the KV cache out of what λ left. */
  readonly runtimeBuffers: GiB;
  /** `X_i`: memory other processes hold on GPU `i`; missing ranks hold nothing. */
  readonly usedByOthers: readonly number[];
  /** KV bytes one token takes on one GPU. */
  readonly kvBytesPerToken: Bytes;
  /** `session_len`: the size of one cache entry in v0.0.x. */
  readonly sessionLength: number;
  /** `V`, the PyTorch engine's reserve grows with it. */
  readonly vocabSize: number;
  /** `max_prefill_token_num`; null for the version's default. */
  readonly prefillTokens: number | null;
  /** `max_batch_size` as set; null leaves it to each version's default for the GPU. */
  readonly maxBatchSize: number | null;
  /** The GPU's catalogue id, which the batch defaults go by; null for a custom GPU. */
  readonly gpuId: string | null;
}

/** `X_i` as a usable number: missing, negative or non-finite entries hold nothing. */
export function usedByOthersOn(scenario: TpScenario, rank: number): number {
  const value = scenario.usedByOthers[rank] ?? 0;
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** What the busiest GPU of the group has lost to other processes. */
export function mostUsedByOthers(scenario: TpScenario): number {
  let most = 0;
  for (let rank = 0; rank < scenario.tpDegree; rank += 1) {
    most = Math.max(most, usedByOthersOn(scenario, rank));
  }
  return most;
}

export function stackHeight(gpu: GpuMemory): number {
  let height = 0;
  for (const segment of SEGMENTS) height += gpu.segments[segment];
  return height;
}
