import { reserveBytes, type LmdeployVersion } from './lmdeploy-versions';
import type { TpScenario } from './tp-memory';
import { BYTES_PER_GIB } from './units';

/**
 * The KV cache a version asks for from its `cache_max_entry_count`, before the memory model
 * checks that it fits: a share of total or free memory, a block count, or session entries.
 */

/** The PyTorch engine halves `max_prefill_token_num` until at least this many blocks fit. */
export const PYTORCH_MIN_BLOCKS = 16;

export interface CacheSize {
  readonly kvBytes: number;
  readonly blocks: number;
  readonly tokens: number;
  readonly ratioBase: number | null;
  readonly reserveBytes: number;
  readonly prefillTokens: number | null;
  readonly refused: boolean;
}

/** How big a cache the version asks for, before checking that it fits. */
export function requestedCache(
  scenario: TpScenario,
  rules: LmdeployVersion,
  freeMinBytes: number,
): CacheSize {
  const ratio = scenario.cacheMaxEntryCount;
  const blockBytes = scenario.kvBytesPerToken * rules.blockTokens;
  // Object literals are written out in full: spreading into them is many times slower in V8,
  // and this runs for every TP degree the planner tries.
  const sized = (
    kvBytes: number,
    blocks: number,
    tokens: number,
    ratioBase: number | null,
    reserve = 0,
    prefillTokens: number | null = null,
  ): CacheSize => ({
    kvBytes,
    blocks,
    tokens,
    ratioBase,
    reserveBytes: reserve,
    prefillTokens,
    refused: false,
  });
  const byBlocks = (kvBytes: number, ratioBase: number | null) => {
    const blocks = blockBytes > 0 ? Math.floor(Math.floor(kvBytes) / blockBytes) : 0;
    return sized(kvBytes, blocks, blocks * rules.blockTokens, ratioBase);
  };
  const refused: CacheSize = {
    kvBytes: 0,
    blocks: 0,
    tokens: 0,
    ratioBase: null,
    reserveBytes: 0,
    prefillTokens: null,
    refused: true,
  };

  if (rules.ratioBase === 'session-entries') {
    // v0.0.x reads the knob as an integer count of whole sessions.
    if (ratio < 1) return refused;
    const entries = Math.floor(ratio);
    const tokens = entries * scenario.sessionLength;
    return sized(tokens * scenario.kvBytesPerToken, entries, tokens, null);
  }
  if (ratio >= 1) {
    if (!rules.blockCountAboveOne) return refused;
    const blocks = Math.floor(ratio);
    return sized(blocks * blockBytes, blocks, blocks * rules.blockTokens, null);
  }
  if (rules.ratioBase === 'total') {
    const base = scenario.gpuMemory * BYTES_PER_GIB;
    return byBlocks(ratio * base, base);
  }
  if (rules.ratioBase === 'free' || !rules.reserve)
    return byBlocks(ratio * freeMinBytes, freeMinBytes);

  let prefill = scenario.prefillTokens ?? rules.defaultPrefillTokens ?? 0;
  for (;;) {
    const reserve = reserveBytes(rules.reserve, prefill, scenario.maxBatches, scenario.vocabSize);
    const base = Math.max(0, freeMinBytes - reserve);
    const cache = byBlocks(ratio * base, base);
    if (cache.blocks >= PYTORCH_MIN_BLOCKS || prefill <= 1) {
      return sized(cache.kvBytes, cache.blocks, cache.tokens, base, reserve, prefill);
    }
    prefill = Math.floor(prefill / 2);
  }
}

/** What an over-committed lazy cache can really hand out: whole blocks of what is free. */
export function usableCache(
  cache: CacheSize,
  freeGiB: number,
  unitTokens: number,
  bytesPerToken: number,
): CacheSize {
  const free = Math.max(0, freeGiB) * BYTES_PER_GIB;
  const unitBytes = unitTokens * bytesPerToken;
  const blocks = unitBytes > 0 ? Math.floor(free / unitBytes) : 0;
  return {
    kvBytes: cache.kvBytes,
    blocks,
    tokens: blocks * unitTokens,
    ratioBase: cache.ratioBase,
    reserveBytes: cache.reserveBytes,
    prefillTokens: cache.prefillTokens,
    refused: cache.refused,
  };
}
