import type { LaunchSettings, LogLine } from '../launch';
import type { WeightLoading } from './checkpoints';
import type { Bytes, GiB } from '../units';
import type { VisionPlacement } from '../vision';

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
  /** `max_batch_size` as the engine resolved it. */
  readonly maxBatchSize: number;
  /** `max_prefill_token_num` after the PyTorch engine's halving; null for TurboMind. */
  readonly prefillTokens: number | null;
}

/** The settings a start-up log echoes beside the figures. */
export interface StartupSettings {
  readonly cacheRatio: number;
  readonly sessionLength: number;
}

/** Which `max_batch_size` a release picks when none is given (`get_max_batch_size`). */
export type BatchDefaults =
  /** Before v0.6.0: 128 on every GPU. */
  | 'fixed'
  /** v0.6.0 – v0.9.x: A100/A800 256, H100/H800 512, others 128. */
  | 'by-gpu-v0.6'
  /** v0.10.0 on: A100/A800 384, H100/H800/H200/L20Y 1024, others 128. */
  | 'by-gpu-v0.10';

/**
 * Layouts beyond plain TP (`--dp`, `--ep`, `--cp`, `--nnodes`): the engine whose rules size
 * them on this line, or, where the page does not model the line's rules, the first release
 * that takes `--dp` (null: none of the line's releases does).
 */
export type ParallelSupport =
  | { readonly rules: LmdeployBackend; readonly source: string }
  | { readonly rules: null; readonly since: string | null };

/** One LMDeploy release line: how it sizes its KV cache, what it logs, how it is started. */
export interface LmdeployVersionSpec {
  readonly backend: LmdeployBackend;
  /** Release range, as the selector shows it. */
  readonly releases: string;
  /** The first and last release of the range (`major.minor.patch`); null for "and later". */
  readonly span: readonly [string, string | null];
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
  /**
   * TurboMind's runtime buffers are allocated before free memory is measured (v0.12 – v0.14),
   * so they shrink the cache; otherwise they come out of what λ leaves.
   */
  readonly buffersBeforeCache: boolean;
  readonly batchDefaults: BatchDefaults;
  readonly reserve: ReserveRule | null;
  readonly defaultCacheRatio: number;
  /** `max_prefill_token_num` when the user leaves it at the default (PyTorch only). */
  readonly defaultPrefillTokens: number | null;
  /** The checkpoint formats it loads, and from which release of the line. */
  readonly weightLoading: WeightLoading;
  readonly parallel: ParallelSupport;
  /** Where a vision-language model's vision tower goes, and where that is written. */
  readonly vision: { readonly placement: VisionPlacement; readonly source: string };
  /** Where the rule is written, `path@tag` in InternLM/lmdeploy. */
  readonly source: string;
  /** The lines it prints about its KV cache at start-up, with this scenario's numbers. */
  readonly logLines: (figures: StartupFigures, settings: StartupSettings) => readonly LogLine[];
  /** The command (or recipe) that starts the scenario on it. */
  readonly command: (settings: LaunchSettings) => readonly string[];
}
