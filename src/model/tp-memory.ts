import { PYTORCH_MIN_BLOCKS, requestedCache, usableCache, type CacheSize } from './cache-request';
import { LMDEPLOY_VERSIONS, type EngineVersion, type LmdeployVersion } from './lmdeploy-versions';
import { BYTES_PER_GIB, gib, type GiB } from './units';

/**
 * The two charts. They are named after the pair they open with, LMDeploy before v0.6.0
 * (`pre`) and from v0.6.0 (`post`), but either can show any version.
 */
export const VARIANTS = ['pre', 'post'] as const;
export type Variant = (typeof VARIANTS)[number];
export type VersionPair = Readonly<Record<Variant, EngineVersion>>;

/** Bottom-to-top order of the stacked bars. */
export const SEGMENTS = [
  'others',
  'overhead',
  'weights',
  'vocab',
  'kv',
  'buffers',
  'headroom',
  'stranded',
] as const;
export type Segment = (typeof SEGMENTS)[number];

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
  /** `O`: taken on every GPU before the KV cache is sized (CUDA context, NCCL buffers). */
  readonly overhead: GiB;
  /** TurboMind's runtime buffers, allocated after the KV cache out of what λ left. */
  readonly runtimeBuffers: GiB;
  /** `X_i`: memory other processes hold on GPU `i`; missing ranks hold nothing. */
  readonly usedByOthers: readonly number[];
  /** KV bytes one token takes on one GPU. */
  readonly kvBytesPerToken: number;
  /** `session_len`: the size of one cache entry in v0.0.x. */
  readonly sessionLength: number;
  /** `V`, the PyTorch engine's reserve grows with it. */
  readonly vocabSize: number;
  /** `max_prefill_token_num`; null for the version's default. */
  readonly prefillTokens: number | null;
  /** The PyTorch engine's `max_batch_size`. */
  readonly maxBatches: number;
}

export interface GpuMemory {
  readonly rank: number;
  readonly segments: Readonly<Record<Segment, GiB>>;
}

/**
 * Why a version cannot serve the scenario. `weights`: weights and overhead exceed the
 * fullest GPU. `ratio`: the version refuses this `cache_max_entry_count`. `cache`: the KV
 * cache asked for is larger than the free memory. `buffers`: the runtime buffers no longer fit
 * beside the KV cache, so the engine fails on its first batch.
 */
export type EngineProblem = 'weights' | 'ratio' | 'cache' | 'buffers';

export interface VariantMemory {
  readonly version: EngineVersion;
  /** `W`: weights resident on each GPU, vocabulary layers included. */
  readonly weightsPerGpu: GiB;
  /** `F_i = T − X_i − O − W`, one per rank; negative when the weights do not fit. */
  readonly freePerGpu: readonly GiB[];
  /** `min_i F_i`: every rank sizes its cache from the fullest GPU. */
  readonly freeAfterLoad: GiB;
  /** What `λ` multiplies: `T`, `min F` or `min F − R`; null when `λ` counts entries. */
  readonly ratioBase: GiB | null;
  /** The PyTorch engine's `R`; 0 for TurboMind. */
  readonly reserve: GiB;
  /** `max_prefill_token_num` after the PyTorch engine's halving; null for TurboMind. */
  readonly prefillTokens: number | null;
  readonly kvCachePerGpu: GiB;
  readonly blockTokens: number;
  readonly blockBytes: number;
  /** Blocks (or entries) that fit in memory and can be used. */
  readonly blocks: number;
  readonly tokens: number;
  /** What the start-up log prints (`max_block_count`); above `blocks` when over-committed. */
  readonly loggedBlocks: number;
  /** A lazily allocating version promised more cache than fits; it fails once that is used. */
  readonly overcommitted: boolean;
  readonly problem: EngineProblem | null;
  /** Memory the fullest GPU lacks; 0 when the version serves the scenario. */
  readonly shortfall: GiB;
  readonly fits: boolean;
  readonly gpus: readonly GpuMemory[];
}

export interface TpComparison {
  readonly pre: VariantMemory;
  readonly post: VariantMemory;
  /** Weights each GPU holds in the left chart beyond the right one. */
  readonly freedPerGpu: GiB;
  /** KV cache each GPU gains in the right chart over the left one. */
  readonly extraKvCachePerGpu: GiB;
  /** Copies of the vocabulary layers beyond the first, summed over the TP group. */
  readonly duplicatedAcrossGroup: GiB;
}

export function vocabLayersPerGpu(scenario: TpScenario, rules: LmdeployVersion): GiB {
  return gib(rules.vocabSharded ? scenario.vocabLayers / scenario.tpDegree : scenario.vocabLayers);
}

function othersOn(scenario: TpScenario, rank: number): number {
  const value = scenario.usedByOthers[rank] ?? 0;
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function computeVariant(scenario: TpScenario, version: EngineVersion): VariantMemory {
  const rules = LMDEPLOY_VERSIONS[version];
  const { tpDegree, gpuMemory, overhead } = scenario;
  const sharded = (scenario.modelWeights - scenario.vocabLayers) / tpDegree;
  const vocab = vocabLayersPerGpu(scenario, rules);
  const weightsPerGpu = sharded + vocab;
  const ranks = Array.from({ length: tpDegree }, (_, rank) => rank);
  const free = ranks.map((rank) => gpuMemory - othersOn(scenario, rank) - overhead - weightsPerGpu);
  const freeMin = Math.min(...free);
  const blockBytes = scenario.kvBytesPerToken * rules.blockTokens;

  const layOut = (
    kv: number,
    buffers: number,
    headroom: number,
    stranded: (rank: number) => number,
  ) =>
    ranks.map((rank) => ({
      rank,
      segments: {
        others: gib(othersOn(scenario, rank)),
        overhead: gib(overhead),
        weights: gib(sharded),
        vocab,
        kv: gib(kv),
        buffers: gib(buffers),
        headroom: gib(headroom),
        stranded: gib(stranded(rank)),
      },
    }));
  const result = (
    fields: Pick<
      VariantMemory,
      | 'ratioBase'
      | 'reserve'
      | 'prefillTokens'
      | 'kvCachePerGpu'
      | 'blocks'
      | 'tokens'
      | 'loggedBlocks'
      | 'overcommitted'
      | 'problem'
      | 'shortfall'
      | 'fits'
      | 'gpus'
    >,
  ): VariantMemory => ({
    version,
    weightsPerGpu: gib(weightsPerGpu),
    freePerGpu: free.map(gib),
    freeAfterLoad: gib(freeMin),
    ratioBase: fields.ratioBase,
    reserve: fields.reserve,
    prefillTokens: fields.prefillTokens,
    kvCachePerGpu: fields.kvCachePerGpu,
    blockTokens: rules.blockTokens,
    blockBytes,
    blocks: fields.blocks,
    tokens: fields.tokens,
    loggedBlocks: fields.loggedBlocks,
    overcommitted: fields.overcommitted,
    problem: fields.problem,
    shortfall: fields.shortfall,
    fits: fields.fits,
    gpus: fields.gpus,
  });
  const failed = (
    problem: EngineProblem,
    shortfall: number,
    cache: CacheSize | null,
    buffers = 0,
  ): VariantMemory => {
    const kv = cache ? cache.kvBytes / BYTES_PER_GIB : 0;
    return result({
      ratioBase: cache?.ratioBase == null ? null : gib(cache.ratioBase / BYTES_PER_GIB),
      reserve: gib(cache ? cache.reserveBytes / BYTES_PER_GIB : 0),
      prefillTokens: cache?.prefillTokens ?? null,
      kvCachePerGpu: gib(0),
      blocks: 0,
      tokens: 0,
      loggedBlocks: cache?.blocks ?? 0,
      overcommitted: false,
      problem,
      shortfall: gib(Math.max(0, shortfall)),
      fits: false,
      gpus: layOut(kv, buffers, 0, (rank) =>
        cache && problem === 'buffers' ? (free[rank] ?? freeMin) - freeMin : 0,
      ),
    });
  };

  if (freeMin < 0) return failed('weights', -freeMin, null);
  const cache = requestedCache(scenario, rules, freeMin * BYTES_PER_GIB);
  if (cache.refused) return failed('ratio', 0, null);
  const reserve = cache.reserveBytes / BYTES_PER_GIB;
  const buffers = rules.backend === 'pytorch' ? reserve : scenario.runtimeBuffers;
  const requested = cache.kvBytes / BYTES_PER_GIB;
  const overcommitted = rules.allocation === 'lazy' && requested > freeMin - buffers;
  if (!overcommitted && requested > freeMin) return failed('cache', requested - freeMin, cache);
  // v0.0.x hands out whole sessions, later versions blocks.
  const unitTokens =
    rules.ratioBase === 'session-entries' ? scenario.sessionLength : rules.blockTokens;
  const usable = overcommitted
    ? usableCache(cache, freeMin - buffers, unitTokens, scenario.kvBytesPerToken)
    : cache;
  const kv = overcommitted ? Math.max(0, freeMin - buffers) : requested;
  const headroom = freeMin - kv - buffers;
  if (headroom < 0) return failed('buffers', -headroom, cache, buffers);
  if (rules.reserve && cache.blocks < PYTORCH_MIN_BLOCKS) return failed('cache', 0, cache);

  return result({
    ratioBase: cache.ratioBase === null ? null : gib(cache.ratioBase / BYTES_PER_GIB),
    reserve: gib(reserve),
    prefillTokens: cache.prefillTokens,
    kvCachePerGpu: gib(kv),
    blocks: usable.blocks,
    tokens: usable.tokens,
    loggedBlocks: cache.blocks,
    overcommitted,
    problem: null,
    shortfall: gib(0),
    fits: true,
    gpus: layOut(kv, buffers, headroom, (rank) => (free[rank] ?? freeMin) - freeMin),
  });
}

export function compareVariants(scenario: TpScenario, pair: VersionPair): TpComparison {
  const pre = computeVariant(scenario, pair.pre);
  const post = computeVariant(scenario, pair.post);
  const copies = VARIANTS.some((variant) => !LMDEPLOY_VERSIONS[pair[variant]].vocabSharded);
  return {
    pre,
    post,
    freedPerGpu: gib(pre.weightsPerGpu - post.weightsPerGpu),
    extraKvCachePerGpu: gib(post.kvCachePerGpu - pre.kvCachePerGpu),
    duplicatedAcrossGroup: gib(copies ? (scenario.tpDegree - 1) * scenario.vocabLayers : 0),
  };
}

const ENGINE_OWN: readonly Segment[] = ['overhead', 'weights', 'vocab', 'kv', 'buffers'];

/** What the engine holds on a GPU once started: `O + W + KV` plus its buffers. */
export function usedPerGpu(memory: VariantMemory): GiB {
  const first = memory.gpus[0];
  if (!first) return gib(0);
  return gib(ENGINE_OWN.reduce((sum, segment) => sum + first.segments[segment], 0));
}

export function stackHeight(gpu: GpuMemory): number {
  return SEGMENTS.reduce((sum, segment) => sum + gpu.segments[segment], 0);
}

/** One y-axis for both charts, so bar heights compare honestly even when a variant overflows. */
export function sharedAxisMax(comparison: TpComparison, scenario: TpScenario): GiB {
  const tallest = VARIANTS.flatMap((variant) => comparison[variant].gpus.map(stackHeight));
  return gib(Math.max(scenario.gpuMemory, ...tallest));
}
