import type { GpuMemory, TpScenario } from '../tp-scenario';
import { usedByOthersOn } from '../tp-scenario';
import { bytes, gib, toBytes, toGiB, type Bytes, type GiB } from '../units';
import {
  PYTORCH_MIN_BLOCKS,
  requestedCache,
  resolvedMaxBatches,
  usableUnits,
  type CacheRequest,
} from './cache-request';
import { visionShare } from '../vision';
import { LMDEPLOY_VERSIONS, type EngineVersion } from './versions';
import type { LmdeployVersionSpec } from './version-spec';

/**
 * Why a version cannot serve the scenario. `weights`: weights and overhead exceed the
 * fullest GPU. `ratio`: the version refuses this `cache_max_entry_count`. `cache`: the KV
 * cache asked for is larger than the free memory. `buffers`: the runtime buffers no longer fit
 * beside the KV cache, so the engine fails on its first batch.
 */
export type EngineProblem = 'weights' | 'ratio' | 'cache' | 'buffers';

interface VariantFigures {
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
  readonly blockBytes: Bytes;
  /** Blocks (or entries) that fit in memory and can be used. */
  readonly blocks: number;
  readonly tokens: number;
  /** What the start-up log prints (`max_block_count`); above `blocks` when over-committed. */
  readonly loggedBlocks: number;
  /** A lazily allocating version promised more cache than fits; it fails once that is used. */
  readonly overcommitted: boolean;
  /** `max_batch_size` as this version resolves it on this GPU. */
  readonly maxBatchSize: number;
  readonly gpus: readonly GpuMemory[];
}

/** The version serves the scenario. */
export interface ServingVariant extends VariantFigures {
  readonly fits: true;
}

/** The version cannot serve it; the bars show what it tried to hold. */
export interface FailingVariant extends VariantFigures {
  readonly fits: false;
  readonly problem: EngineProblem;
  /** Memory the fullest GPU lacks; 0 when the problem is not a lack of memory. */
  readonly shortfall: GiB;
}

export type VariantMemory = ServingVariant | FailingVariant;

export interface ResidentWeights {
  /** Everything but the vocabulary layers, split over P. */
  readonly sharded: number;
  readonly vocab: number;
  readonly perGpu: number;
  /** The vision tower's share on each rank, where the version puts it. */
  readonly vision: readonly number[];
}

/** Step 1: what the weights leave resident on each GPU under the version's vocabulary rule. */
export function residentWeights(scenario: TpScenario, rules: LmdeployVersionSpec): ResidentWeights {
  const { tpDegree, vocabLayers, residentOverride } = scenario;
  const sharded = residentOverride?.sharded ?? (scenario.modelWeights - vocabLayers) / tpDegree;
  const vocab =
    residentOverride?.vocab ?? (rules.vocabSharded ? vocabLayers / tpDegree : vocabLayers);
  const vision: number[] = [];
  for (let rank = 0; rank < tpDegree; rank += 1) {
    vision.push(visionShare(rules.vision.placement, scenario.visionWeights, rank, tpDegree));
  }
  return { sharded, vocab, perGpu: sharded + vocab, vision };
}

/** Step 2: `F_i = T − X_i − O − W − V_i` on every rank, `V_i` the vision tower's share. */
export function freeMemoryPerRank(scenario: TpScenario, weights: ResidentWeights): number[] {
  const free: number[] = [];
  for (let rank = 0; rank < scenario.tpDegree; rank += 1) {
    free.push(
      scenario.gpuMemory -
        usedByOthersOn(scenario, rank) -
        scenario.overhead -
        weights.perGpu -
        (weights.vision[rank] ?? 0),
    );
  }
  return free;
}

/** What a placement draws on every GPU above the weights, in GiB. */
interface DrawnCache {
  readonly kv: number;
  readonly buffers: number;
  readonly headroom: number;
  /** Whether the memory beyond the fullest GPU's is drawn as unused. */
  readonly strandedShown: boolean;
}

type CachePlacement =
  | (DrawnCache & {
      readonly kind: 'placed';
      readonly request: CacheRequest;
      readonly blocks: number;
      readonly tokens: number;
      readonly overcommitted: boolean;
    })
  | (DrawnCache & {
      readonly kind: 'failed';
      readonly request: CacheRequest | null;
      readonly problem: EngineProblem;
      readonly shortfall: number;
    });

const failedPlacement = (
  problem: EngineProblem,
  shortfall: number,
  request: CacheRequest | null,
  buffers = 0,
): CachePlacement => ({
  kind: 'failed',
  problem,
  shortfall: Math.max(0, shortfall),
  request,
  kv: request ? toGiB(request.kvBytes) : 0,
  buffers,
  headroom: 0,
  strandedShown: request !== null && problem === 'buffers',
});

/** Step 3: the cache the version asks for, checked against the fullest GPU's free memory. */
export function placeCache(
  scenario: TpScenario,
  rules: LmdeployVersionSpec,
  freeMin: number,
): CachePlacement {
  if (freeMin < 0) return failedPlacement('weights', -freeMin, null);
  // Buffers allocated before the measurement leave less free for the cache to take λ of.
  const measured = rules.buffersBeforeCache ? freeMin - scenario.runtimeBuffers : freeMin;
  if (measured < 0) return failedPlacement('buffers', -measured, null, scenario.runtimeBuffers);
  const request = requestedCache(scenario, rules, toBytes(gib(measured)));
  if (!request) return failedPlacement('ratio', 0, null);
  const buffers =
    rules.backend === 'pytorch' ? toGiB(request.reserveBytes) : scenario.runtimeBuffers;
  const requested = toGiB(request.kvBytes);
  const overcommitted = rules.allocation === 'lazy' && requested > freeMin - buffers;
  if (!overcommitted && requested > freeMin) {
    return failedPlacement('cache', requested - freeMin, request);
  }
  const kv = overcommitted ? Math.max(0, freeMin - buffers) : requested;
  const headroom = freeMin - kv - buffers;
  if (headroom < 0) return failedPlacement('buffers', -headroom, request, buffers);
  if (rules.reserve && request.blocks < PYTORCH_MIN_BLOCKS) {
    return failedPlacement('cache', 0, request);
  }
  // v0.0.x hands out whole sessions, later versions blocks.
  const unitTokens =
    rules.ratioBase === 'session-entries' ? scenario.sessionLength : rules.blockTokens;
  const blocks = overcommitted
    ? usableUnits(toBytes(gib(freeMin - buffers)), unitTokens, scenario.kvBytesPerToken)
    : request.blocks;
  return {
    kind: 'placed',
    request,
    kv,
    buffers,
    headroom,
    strandedShown: true,
    blocks,
    tokens: overcommitted ? blocks * unitTokens : request.tokens,
    overcommitted,
  };
}

/** Step 4: one stacked bar per rank. */
export function layOutBars(
  scenario: TpScenario,
  weights: ResidentWeights,
  free: readonly number[],
  freeMin: number,
  drawn: DrawnCache,
): GpuMemory[] {
  return free.map((rankFree, rank) => ({
    rank,
    segments: {
      others: gib(usedByOthersOn(scenario, rank)),
      overhead: scenario.overhead,
      weights: gib(weights.sharded),
      vocab: gib(weights.vocab),
      vision: gib(weights.vision[rank] ?? 0),
      kv: gib(drawn.kv),
      buffers: gib(drawn.buffers),
      headroom: gib(drawn.headroom),
      stranded: gib(drawn.strandedShown ? rankFree - freeMin : 0),
    },
  }));
}

/** The per-GPU picture of one version serving the scenario. */
export function computeVariant(scenario: TpScenario, version: EngineVersion): VariantMemory {
  const rules = LMDEPLOY_VERSIONS[version];
  const weights = residentWeights(scenario, rules);
  const free = freeMemoryPerRank(scenario, weights);
  const freeMin = Math.min(...free);
  const placement = placeCache(scenario, rules, freeMin);
  const { request } = placement;
  // Written out in full rather than spread: this runs for every TP degree the planner tries.
  const figures: VariantFigures = {
    version,
    weightsPerGpu: gib(weights.perGpu),
    freePerGpu: free.map(gib),
    freeAfterLoad: gib(freeMin),
    ratioBase: request?.ratioBase == null ? null : toGiB(request.ratioBase),
    reserve: request ? toGiB(request.reserveBytes) : gib(0),
    prefillTokens: request?.prefillTokens ?? null,
    kvCachePerGpu: gib(placement.kind === 'placed' ? placement.kv : 0),
    blockTokens: rules.blockTokens,
    blockBytes: bytes(scenario.kvBytesPerToken * rules.blockTokens),
    blocks: placement.kind === 'placed' ? placement.blocks : 0,
    tokens: placement.kind === 'placed' ? placement.tokens : 0,
    loggedBlocks: request?.blocks ?? 0,
    overcommitted: placement.kind === 'placed' && placement.overcommitted,
    maxBatchSize: resolvedMaxBatches(scenario, rules),
    gpus: layOutBars(scenario, weights, free, freeMin, placement),
  };
  return placement.kind === 'placed'
    ? { ...figures, fits: true }
    : { ...figures, fits: false, problem: placement.problem, shortfall: gib(placement.shortfall) };
}
