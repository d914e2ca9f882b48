/**
 * How each LMDeploy release line sizes its KV cache. Every field is read from the engine's
 * source at the tag named in `source`; the calculator's charts take any two of these.
 */
export const ENGINE_VERSIONS = [
  'tm000',
  'tm010',
  'tm020',
  'tm022',
  'tm060',
  'tm150',
  'pt060',
  'pt092',
] as const;
export type EngineVersion = (typeof ENGINE_VERSIONS)[number];

/** What `cache_max_entry_count` below 1 is a share of. */
export type CacheRatioBase =
  /** v0.0.x: the knob is a whole number of session-sized cache entries. */
  | 'session-entries'
  /** `λ × T`: total memory as `cudaMemGetInfo` reports it. */
  | 'total'
  /** `λ × min_i F_i`: memory free after the weights load, the fullest GPU deciding. */
  | 'free'
  /** `λ × (min_i F_i − R)`: the PyTorch engine first sets aside a runtime reserve. */
  | 'free-less-reserve';

/** The PyTorch engine's runtime reserve `R`, in bytes, for `V` vocabulary entries. */
export type ReserveRule =
  /** v0.6.0 – v0.9.1: `max_prefill_token_num × V × 7` (logits 2 + fp32 copy 4 + misc 1). */
  | 'prefill-x7'
  /** v0.9.2 on: `(max_prefill_token_num + 2 × max_batches) × V × 2`. */
  | 'prefill-and-batches-x2';

export interface LmdeployVersion {
  readonly id: EngineVersion;
  readonly backend: 'turbomind' | 'pytorch';
  /** Release range, as the selector shows it. */
  readonly releases: string;
  readonly ratioBase: CacheRatioBase;
  /**
   * `lazy`: blocks are allocated as sessions need them (`cache_chunk_size` 1, up to v0.1.x),
   * so an oversized cache starts and fails later; `upfront`: the whole cache at start-up.
   */
  readonly allocation: 'lazy' | 'upfront';
  /** Whether `λ ≥ 1` is read as a number of KV blocks. */
  readonly blockCountAboveOne: boolean;
  /** Tokens per KV block (`cache_block_seq_len` for TurboMind, `block_size` for PyTorch). */
  readonly blockTokens: number;
  /** Embedding and lm_head divided over the TP group rather than copied on every GPU. */
  readonly vocabSharded: boolean;
  /** Fewer KV heads than GPUs: each head repeated when P is a multiple of the count. */
  readonly repeatsKvHeads: boolean;
  readonly reserve: ReserveRule | null;
  readonly defaultCacheRatio: number;
  /** `max_prefill_token_num` when the user leaves it at the default (PyTorch only). */
  readonly defaultPrefillTokens: number | null;
  /** Where the rule is written, `path@tag` in InternLM/lmdeploy. */
  readonly source: string;
}

/** v0.1.0 to v0.2.1 share everything but when the blocks are allocated. */
const TOTAL_MEMORY_RULES = {
  backend: 'turbomind',
  ratioBase: 'total',
  blockCountAboveOne: true,
  blockTokens: 128,
  vocabSharded: false,
  repeatsKvHeads: false,
  reserve: null,
  defaultCacheRatio: 0.5,
  defaultPrefillTokens: null,
} as const;

export const LMDEPLOY_VERSIONS: Readonly<Record<EngineVersion, LmdeployVersion>> = {
  tm000: {
    id: 'tm000',
    backend: 'turbomind',
    releases: 'v0.0.x',
    ratioBase: 'session-entries',
    allocation: 'lazy',
    blockCountAboveOne: false,
    blockTokens: 1,
    vocabSharded: false,
    repeatsKvHeads: false,
    reserve: null,
    defaultCacheRatio: 48,
    defaultPrefillTokens: null,
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.0.14',
  },
  tm010: {
    ...TOTAL_MEMORY_RULES,
    id: 'tm010',
    releases: 'v0.1.x',
    allocation: 'lazy',
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.1.0',
  },
  tm020: {
    ...TOTAL_MEMORY_RULES,
    id: 'tm020',
    releases: 'v0.2.0 – v0.2.1',
    // `cache_chunk_size` -1 from v0.2.0: every block at start-up.
    allocation: 'upfront',
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.2.1',
  },
  tm022: {
    id: 'tm022',
    backend: 'turbomind',
    releases: 'v0.2.2 – v0.5.3',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: true,
    // 128 through v0.2.6; 64 from v0.3.0, which most of this range uses.
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: false,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.5.3',
  },
  tm060: {
    id: 'tm060',
    backend: 'turbomind',
    releases: 'v0.6.0 – v0.14.x',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: true,
    blockTokens: 64,
    vocabSharded: true,
    // From v0.6.5 (PR #2874); v0.6.0 – v0.6.4 refuse fewer KV heads than GPUs.
    repeatsKvHeads: true,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.6.0 (PR #2252)',
  },
  tm150: {
    id: 'tm150',
    backend: 'turbomind',
    releases: 'v0.15.0 and later',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: true,
    repeatsKvHeads: true,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/turbomind.cc@v0.15.0 (PR #4717)',
  },
  pt060: {
    id: 'pt060',
    backend: 'pytorch',
    releases: 'v0.6.0 – v0.9.1',
    ratioBase: 'free-less-reserve',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: true,
    reserve: 'prefill-x7',
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: 4096,
    source: 'lmdeploy/pytorch/engine/model_agent.py@v0.6.0',
  },
  pt092: {
    id: 'pt092',
    backend: 'pytorch',
    releases: 'v0.9.2 and later',
    ratioBase: 'free-less-reserve',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: true,
    reserve: 'prefill-and-batches-x2',
    defaultCacheRatio: 0.8,
    // 4096 from v0.9.2 to v0.12.x.
    defaultPrefillTokens: 8192,
    source: 'lmdeploy/pytorch/engine/executor/base.py@v0.10.0',
  },
};

/** The pair the two charts open with: the release that sharded the vocabulary layers. */
export const DEFAULT_VERSION_PAIR = { pre: 'tm022', post: 'tm060' } as const satisfies Record<
  string,
  EngineVersion
>;

/**
 * The PyTorch engine's default `max_batch_size` by GPU (`lmdeploy/utils.py`
 * `get_max_batch_size`, v0.10.0); every other GPU gets 128.
 */
const PYTORCH_MAX_BATCHES: Readonly<Record<string, number>> = {
  'a100-40g': 384,
  'a100-80g': 384,
  h100: 1024,
  h800: 1024,
  h200: 1024,
};

export function defaultMaxBatches(gpuId: string | null): number {
  return gpuId === null ? 128 : (PYTORCH_MAX_BATCHES[gpuId] ?? 128);
}

/** `R` in bytes; halving `prefillTokens` is the engine's own fallback when blocks run short. */
export function reserveBytes(
  rule: ReserveRule,
  prefillTokens: number,
  maxBatches: number,
  vocabSize: number,
): number {
  return rule === 'prefill-x7'
    ? prefillTokens * vocabSize * 7
    : (prefillTokens + 2 * maxBatches) * vocabSize * 2;
}
