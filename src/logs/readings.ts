import type { EngineVersion } from '../model';
import type { LaunchCommand } from './command-line';
import type { SmiGpu } from './nvidia-smi';

/** TurboMind's cache lines, one set per rank, all the same. */
export interface TurbomindReading {
  readonly kind: 'turbomind';
  /** The block size as printed, in MiB, and whether it was printed to three decimals. */
  readonly blockMiB: number | null;
  readonly blockDecimals: boolean;
  readonly maxBlockCount: number | null;
  readonly chunkSize: number | null;
  readonly maxCachedTokens: number | null;
  readonly truncatedTo: number | null;
  /** v0.15's object cache: the budget and the free memory it was taken from, in MiB. */
  readonly objectCache: {
    readonly budgetMiB: number;
    readonly freeMiB: number;
    readonly ratio: number;
  } | null;
  readonly ranks: number;
}

export interface PytorchReading {
  readonly kind: 'pytorch';
  readonly gpuBlocks: number;
  readonly ranks: number;
}

export interface VllmReading {
  readonly kind: 'vllm';
  readonly tokens: number | null;
  readonly gpuBlocks: number | null;
  /** In GiB, as its profile reports them. */
  readonly availableKv: number | null;
  readonly total: number | null;
  readonly weights: number | null;
  readonly nonTorch: number | null;
  readonly activations: number | null;
  readonly utilization: number | undefined;
  readonly ranks: number;
}

export interface SglangReading {
  readonly kind: 'sglang';
  readonly tokens: number;
  /** K and V sizes in GiB (SGLang's "GB" are 2^30 bytes). */
  readonly kSize: number;
  readonly vSize: number;
  /** Free after the weights loaded, and the weights, in GiB. */
  readonly availAfterLoad: number | null;
  readonly weights: number | null;
  readonly availBeforeLoad: number | null;
  readonly fraction: number | null;
  readonly tpSize: number | null;
  readonly ranks: number;
}

export type CacheReading = TurbomindReading | PytorchReading | VllmReading | SglangReading;

/** What the log says the engine was started with: its echoed config, else its command line. */
export interface LogSettings {
  readonly tp: number | undefined;
  readonly cacheMaxEntryCount: number | undefined;
  readonly sessionLength: number | undefined;
  readonly maxBatchSize: number | undefined;
  readonly maxPrefillTokens: number | undefined;
  readonly quantPolicy: number | undefined;
  readonly blockTokens: number | undefined;
  readonly modelFormat: string | undefined;
  readonly modelPath: string | undefined;
  /** vLLM's `gpu_memory_utilization` or SGLang's `mem_fraction_static`, where the log has it. */
  readonly engineKnob: number | undefined;
}

export interface StartupLog {
  readonly cache: CacheReading;
  readonly settings: LogSettings;
  readonly command: LaunchCommand | null;
  readonly gpus: readonly SmiGpu[];
  /** The LMDeploy release lines whose formats the log fits, oldest first; empty for others. */
  readonly versions: readonly EngineVersion[];
}

export type LogProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly limit: number }
  /** No line any engine prints about its cache, and no config echo either. */
  | { readonly kind: 'unknown-engine' }
  /** A config echo, but none of the cache lines (LMDeploy prints them at INFO). */
  | { readonly kind: 'no-cache-lines' }
  | { readonly kind: 'cut'; readonly line: string }
  | { readonly kind: 'ranks-disagree'; readonly what: string; readonly values: readonly number[] }
  /** The formats fit no single release line. */
  | { readonly kind: 'mixed-versions' };

export type LogReading =
  | { readonly ok: true; readonly log: StartupLog }
  | { readonly ok: false; readonly problem: LogProblem };
