import type { TpScenario } from '../tp-scenario';
import { bytes, toBytes, type Bytes } from '../units';
import { defaultMaxBatches, reserveBytes } from './pytorch-defaults';
import type { LmdeployVersionSpec } from './version-spec';

/** The PyTorch engine halves `max_prefill_token_num` until at least this many blocks fit. */
export const PYTORCH_MIN_BLOCKS = 16;

/**
 * The KV cache a version asks for from its `cache_max_entry_count`, before the memory model
 * checks that it fits: a share of total or free memory, a block count, or session entries.
 */
export interface CacheRequest {
  readonly kvBytes: Bytes;
  readonly blocks: number;
  readonly tokens: number;
  /** What λ multiplies; null when λ counts blocks or entries. */
  readonly ratioBase: Bytes | null;
  readonly reserveBytes: Bytes;
  readonly prefillTokens: number | null;
}

/** `max_batch_size` as the version resolves it on this GPU. */
export function resolvedMaxBatches(scenario: TpScenario, rules: LmdeployVersionSpec): number {
  return scenario.maxBatchSize ?? defaultMaxBatches(scenario.gpuId, rules.batchDefaults);
}

/** How big a cache the version asks for, or null when it refuses this `cache_max_entry_count`. */
export function requestedCache(
  scenario: TpScenario,
  rules: LmdeployVersionSpec,
  freeMinBytes: Bytes,
): CacheRequest | null {
  const ratio = scenario.cacheMaxEntryCount;
  const blockBytes = scenario.kvBytesPerToken * rules.blockTokens;
  // Object literals are written out in full: spreading into them is many times slower in V8,
  // and this runs for every TP degree the planner tries.
  const sized = (
    kvBytes: number,
    blocks: number,
    tokens: number,
    ratioBase: Bytes | null,
    reserve: Bytes = bytes(0),
    prefillTokens: number | null = null,
  ): CacheRequest => ({
    kvBytes: bytes(kvBytes),
    blocks,
    tokens,
    ratioBase,
    reserveBytes: reserve,
    prefillTokens,
  });
  // TurboMind floors twice: the share to whole bytes, then the bytes to whole blocks.
  const byBlocks = (kvBytes: number, ratioBase: Bytes | null) => {
    const blocks = blockBytes > 0 ? Math.floor(Math.floor(kvBytes) / blockBytes) : 0;
    return sized(kvBytes, blocks, blocks * rules.blockTokens, ratioBase);
  };

  if (rules.ratioBase === 'session-entries') {
    // v0.0.x reads the knob as an integer count of whole sessions.
    if (ratio < 1) return null;
    const entries = Math.floor(ratio);
    const tokens = entries * scenario.sessionLength;
    return sized(tokens * scenario.kvBytesPerToken, entries, tokens, null);
  }
  if (ratio >= 1) {
    if (!rules.blockCountAboveOne) return null;
    const blocks = Math.floor(ratio);
    return sized(blocks * blockBytes, blocks, blocks * rules.blockTokens, null);
  }
  if (rules.ratioBase === 'total') {
    const base = toBytes(scenario.gpuMemory);
    return byBlocks(ratio * base, base);
  }
  if (rules.ratioBase === 'free' || !rules.reserve) {
    return byBlocks(ratio * freeMinBytes, freeMinBytes);
  }

  let prefill = scenario.prefillTokens ?? rules.defaultPrefillTokens ?? 0;
  const maxBatches = resolvedMaxBatches(scenario, rules);
  for (;;) {
    const reserve = reserveBytes(rules.reserve, prefill, maxBatches, scenario.vocabSize);
    const base = bytes(Math.max(0, freeMinBytes - reserve));
    const cache = byBlocks(ratio * base, base);
    if (cache.blocks >= PYTORCH_MIN_BLOCKS || prefill <= 1) {
      return sized(cache.kvBytes, cache.blocks, cache.tokens, base, reserve, prefill);
    }
    prefill = Math.floor(prefill / 2);
  }
}

/** What an over-committed lazy cache can really hand out: whole units of what is free. */
export function usableUnits(freeBytes: Bytes, unitTokens: number, bytesPerToken: Bytes): number {
  const unitBytes = unitTokens * bytesPerToken;
  return unitBytes > 0 ? Math.floor(Math.max(0, freeBytes) / unitBytes) : 0;
}
