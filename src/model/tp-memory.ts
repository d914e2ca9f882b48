import { gib, type Fraction, type GiB } from './units';

/**
 * LMDeploy TurboMind before v0.6.0 (`pre`) kept the token embedding and lm_head whole on
 * every rank; PR #2252, released in v0.6.0 (`post`), splits them across the TP group.
 */
export const VARIANTS = ['pre', 'post'] as const;
export type Variant = (typeof VARIANTS)[number];

const VOCAB_LAYERS_SHARDED: Record<Variant, boolean> = { pre: false, post: true };

/** Bottom-to-top order of the stacked bars. */
export const SEGMENTS = ['weights', 'vocab', 'overhead', 'kv', 'headroom'] as const;
export type Segment = (typeof SEGMENTS)[number];

export interface TpScenario {
  /** `T`: memory of one GPU as the CUDA runtime reports it. */
  readonly gpuMemory: GiB;
  /** `S`: all weights of the model, summed over every GPU. */
  readonly modelWeights: GiB;
  /** `E`: token embedding plus lm_head (one copy when tied); part of `S`. */
  readonly vocabLayers: GiB;
  /** `λ`: LMDeploy's `cache_max_entry_count`, a fraction of free memory since v0.2.2. */
  readonly cacheMaxEntryCount: Fraction;
  /** `P`: tensor-parallel degree. */
  readonly tpDegree: number;
  /** `O`: per-GPU memory outside the weights (CUDA context, NCCL buffers, workspaces). */
  readonly overhead: GiB;
}

export interface GpuMemory {
  readonly rank: number;
  readonly segments: Readonly<Record<Segment, GiB>>;
}

export interface VariantMemory {
  readonly variant: Variant;
  /** `W`: weights resident on each GPU, vocabulary layers included. */
  readonly weightsPerGpu: GiB;
  /** `F = T − O − W`; negative when the weights do not fit. */
  readonly freeAfterLoad: GiB;
  readonly kvCachePerGpu: GiB;
  /** Memory the GPU lacks to hold weights and overhead; 0 when the variant fits. */
  readonly shortfall: GiB;
  readonly fits: boolean;
  readonly gpus: readonly GpuMemory[];
}

export interface TpComparison {
  readonly pre: VariantMemory;
  readonly post: VariantMemory;
  /** Weights each GPU no longer holds once the vocabulary layers are sharded. */
  readonly freedPerGpu: GiB;
  readonly extraKvCachePerGpu: GiB;
  /** Copies of the vocabulary layers beyond the first, summed over the TP group (pre). */
  readonly duplicatedAcrossGroup: GiB;
}

export function vocabLayersPerGpu(scenario: TpScenario, variant: Variant): GiB {
  return gib(
    VOCAB_LAYERS_SHARDED[variant] ? scenario.vocabLayers / scenario.tpDegree : scenario.vocabLayers,
  );
}

/** Everything but the vocabulary layers is split evenly over the TP group in every version. */
export function shardedWeightsPerGpu(scenario: TpScenario): GiB {
  return gib((scenario.modelWeights - scenario.vocabLayers) / scenario.tpDegree);
}

/** The per-GPU budget of one layout, without the per-rank breakdown. */
export interface VariantBudget {
  readonly shardedWeights: GiB;
  readonly vocab: GiB;
  readonly weightsPerGpu: GiB;
  readonly freeAfterLoad: GiB;
  readonly kvCachePerGpu: GiB;
  readonly fits: boolean;
}

export function variantBudget(scenario: TpScenario, variant: Variant): VariantBudget {
  const sharded = shardedWeightsPerGpu(scenario);
  const vocab = vocabLayersPerGpu(scenario, variant);
  const weightsPerGpu = sharded + vocab;
  const freeAfterLoad = scenario.gpuMemory - scenario.overhead - weightsPerGpu;
  const fits = freeAfterLoad >= 0;
  return {
    shardedWeights: sharded,
    vocab,
    weightsPerGpu: gib(weightsPerGpu),
    freeAfterLoad: gib(freeAfterLoad),
    // The KV cache takes λ of what is free after the weights load (v0.2.2 and later).
    kvCachePerGpu: gib(fits ? scenario.cacheMaxEntryCount * freeAfterLoad : 0),
    fits,
  };
}

export function computeVariant(scenario: TpScenario, variant: Variant): VariantMemory {
  const budget = variantBudget(scenario, variant);
  const segments: Record<Segment, GiB> = {
    weights: budget.shardedWeights,
    vocab: budget.vocab,
    overhead: scenario.overhead,
    kv: budget.kvCachePerGpu,
    headroom: gib(budget.fits ? budget.freeAfterLoad - budget.kvCachePerGpu : 0),
  };
  const gpus = Array.from({ length: scenario.tpDegree }, (_, rank) => ({ rank, segments }));
  return {
    variant,
    weightsPerGpu: budget.weightsPerGpu,
    freeAfterLoad: budget.freeAfterLoad,
    kvCachePerGpu: budget.kvCachePerGpu,
    shortfall: gib(budget.fits ? 0 : 0 - budget.freeAfterLoad),
    fits: budget.fits,
    gpus,
  };
}

export function compareVariants(scenario: TpScenario): TpComparison {
  const pre = computeVariant(scenario, 'pre');
  const post = computeVariant(scenario, 'post');
  return {
    pre,
    post,
    freedPerGpu: gib(pre.weightsPerGpu - post.weightsPerGpu),
    extraKvCachePerGpu: gib(post.kvCachePerGpu - pre.kvCachePerGpu),
    duplicatedAcrossGroup: gib((scenario.tpDegree - 1) * scenario.vocabLayers),
  };
}

/** What a GPU holds once the engine has started: `W + O + KV`, i.e. `λT + (1 − λ)(W + O)`. */
export function usedPerGpu(memory: VariantMemory, scenario: TpScenario): GiB {
  return gib(memory.weightsPerGpu + scenario.overhead + memory.kvCachePerGpu);
}

/** One y-axis for both charts, so bar heights compare honestly even when a variant overflows. */
export function sharedAxisMax(comparison: TpComparison, scenario: TpScenario): GiB {
  const need = (memory: VariantMemory) => memory.weightsPerGpu + scenario.overhead;
  return gib(Math.max(scenario.gpuMemory, need(comparison.pre), need(comparison.post)));
}
