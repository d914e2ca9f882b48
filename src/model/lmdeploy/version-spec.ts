import type { LaunchSettings, LogLine } from '../launch';
import type { Bytes, GiB } from '../units';

export type LmdeployBackend = 'turbomind' | 'pytorch';

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

/** The figures a version's start-up log prints about its KV cache. */
export interface StartupFigures {
  readonly blockBytes: Bytes;
  /** What `max_block_count` says; above `blocks` when a lazy version over-commits. */
  readonly loggedBlocks: number;
  readonly tokens: number;
  readonly freeAfterLoad: GiB;
  readonly kvCachePerGpu: GiB;
}

/** One LMDeploy release line: how it sizes its KV cache, what it logs, how it is started. */
export interface LmdeployVersionSpec {
  readonly backend: LmdeployBackend;
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
  /** The lines it prints about its KV cache at start-up, with this scenario's numbers. */
  readonly logLines: (figures: StartupFigures, cacheRatio: number) => readonly LogLine[];
  /** The command (or recipe) that starts the scenario on it. */
  readonly command: (settings: LaunchSettings) => readonly string[];
}
