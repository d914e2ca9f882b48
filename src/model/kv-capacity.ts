import { headDimOf, type ModelArchitecture } from './architecture';
import { KV_FORMATS, type KvPrecision } from './precision';
import { bytes, toBytes, type Bytes, type GiB } from './units';

/** TurboMind's `cache_block_seq_len` default from v0.3.0 on. */
export const BLOCK_TOKENS = 64;

export interface KvLayout {
  /** KV heads each GPU stores: `max(1, kvHeads / P)`; 1 shared latent for MLA. */
  readonly kvHeadsPerGpu: number;
  readonly bytesPerTokenPerGpu: Bytes;
  readonly blockBytes: Bytes;
  /** The same bytes per token if KV heads could be split without repeats. */
  readonly idealBytesPerTokenPerGpu: Bytes;
  readonly latent: boolean;
}

/**
 * Bytes one token takes in one GPU's KV cache, after `block.h`: for each layer and local KV
 * head, K and V each hold `head_dim × bits / 8` bytes plus, when quantized, an fp16 scale and
 * zero point.
 */
export function kvLayout(
  architecture: ModelArchitecture,
  precision: KvPrecision,
  tpDegree: number,
): KvLayout {
  const format = KV_FORMATS[precision];
  const { layers, mla } = architecture;
  if (mla) {
    // MLA caches one compressed vector (plus the rotary part) per token and layer; every
    // rank keeps all of it.
    const perToken =
      layers * ((mla.kvLoraRank + mla.qkRopeHeadDim) * (format.bits / 8) + format.paramBytes);
    return {
      kvHeadsPerGpu: 1,
      bytesPerTokenPerGpu: bytes(perToken),
      blockBytes: bytes(perToken * BLOCK_TOKENS),
      idealBytesPerTokenPerGpu: bytes(perToken),
      latent: true,
    };
  }
  const perHead = headDimOf(architecture) * (format.bits / 8) + format.paramBytes;
  const kvHeadsPerGpu = Math.max(1, architecture.kvHeads / tpDegree);
  const perToken = layers * kvHeadsPerGpu * 2 * perHead;
  return {
    kvHeadsPerGpu,
    bytesPerTokenPerGpu: bytes(perToken),
    blockBytes: bytes(perToken * BLOCK_TOKENS),
    idealBytesPerTokenPerGpu: bytes(layers * (architecture.kvHeads / tpDegree) * 2 * perHead),
    latent: false,
  };
}

export interface KvCapacity {
  readonly blocks: number;
  readonly tokens: number;
  /** Sessions of the chosen length that fit at once; each takes whole blocks. */
  readonly sessions: number;
  /** The longest `session_len` one session can have; LMDeploy truncates a longer one. */
  readonly longestSession: number;
}

/** The cache a version allocated, in its own block length. */
export interface AllocatedCache {
  readonly blocks: number;
  readonly tokens: number;
  readonly blockTokens: number;
  readonly blockBytes: Bytes;
  /** What λ multiplies; null when λ counts blocks or entries. */
  readonly ratioBase: GiB | null;
}

export function blocksPerSession(sessionLength: number, blockTokens = BLOCK_TOKENS): number {
  return Math.ceil(sessionLength / blockTokens);
}

export function kvCapacity(cache: AllocatedCache, sessionLength: number): KvCapacity {
  return {
    blocks: cache.blocks,
    tokens: cache.tokens,
    sessions: Math.floor(
      cache.tokens / cache.blockTokens / blocksPerSession(sessionLength, cache.blockTokens),
    ),
    longestSession: cache.tokens,
  };
}

/** LMDeploy's slider range for `cache_max_entry_count` read as a share. */
export const MAX_CACHE_RATIO = 0.99;
export const MIN_CACHE_RATIO = 0.01;

/**
 * The smallest `cache_max_entry_count` whose KV cache holds `sessions` sessions of
 * `sessionLength` tokens, rounded up to 0.001; null when even 0.99 is not enough or when the
 * version does not read the knob as a share.
 */
export function smallestCacheRatio(
  cache: AllocatedCache,
  sessions: number,
  sessionLength: number,
): number | null {
  if (cache.ratioBase === null || cache.ratioBase <= 0) return null;
  const needed = sessions * blocksPerSession(sessionLength, cache.blockTokens) * cache.blockBytes;
  const ratio = Math.ceil((needed / toBytes(cache.ratioBase)) * 1000) / 1000;
  return ratio <= MAX_CACHE_RATIO ? Math.max(MIN_CACHE_RATIO, ratio) : null;
}
