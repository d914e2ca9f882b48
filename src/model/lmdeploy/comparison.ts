import { stackHeight, type Segment, type TpScenario } from '../tp-scenario';
import { gib, type GiB } from '../units';
import { computeVariant, type VariantMemory } from './variant-memory';
import { LMDEPLOY_VERSIONS, type EngineVersion } from './versions';

/**
 * The two charts. They are named after the pair they open with, LMDeploy before v0.6.0
 * (`pre`) and from v0.6.0 (`post`), but either can show any version.
 */
export const VARIANTS = ['pre', 'post'] as const;
export type Variant = (typeof VARIANTS)[number];
export type VersionPair = Readonly<Record<Variant, EngineVersion>>;

/** The pair the two charts open with: the last release line before the vocabulary layers were
 * split, and the newest. */
export const DEFAULT_VERSION_PAIR = { pre: 'tm041', post: 'tm150' } as const satisfies VersionPair;

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

/** One y-axis for both charts, so bar heights compare honestly even when a variant overflows. */
export function sharedAxisMax(comparison: TpComparison, scenario: TpScenario): GiB {
  let tallest: number = scenario.gpuMemory;
  for (const variant of VARIANTS) {
    for (const gpu of comparison[variant].gpus) tallest = Math.max(tallest, stackHeight(gpu));
  }
  return gib(tallest);
}
