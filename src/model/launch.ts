import type { Checkpoint } from './lmdeploy/checkpoints';
import type { KvPrecision, WeightPrecision } from './precision';

/** What a launch command is built from, whichever engine starts the scenario. */
export interface LaunchSettings {
  /** The 16-bit model: a Hugging Face repository, or a placeholder path for a pasted config. */
  readonly modelPath: string;
  /** Where this engine and version get the weights the chart holds. */
  readonly checkpoint: Checkpoint;
  readonly tpDegree: number;
  readonly sessionLength: number;
  readonly weightFormat: WeightPrecision;
  readonly kvFormat: KvPrecision;
  /** LMDeploy's `cache_max_entry_count`. */
  readonly cacheRatio: number;
  /** `max_batch_size` set by hand; null leaves the engine's own. */
  readonly maxBatch: number | null;
  /** `max_prefill_token_num` set by hand; null leaves the engine's own. */
  readonly prefillTokens: number | null;
  /** The engine's own memory knob, when set; null leaves its default. */
  readonly knob: number | null;
}

/** A line an engine prints at start-up, to hold against a real log. */
export interface LogLine {
  readonly text: string;
  /** Releases that print the line this way, when narrower than the version's range. */
  readonly releases?: string;
  /** Printed only at `--log-level DEBUG`. */
  readonly debugOnly?: boolean;
}

/** Up to three decimals, without trailing zeros: how people type knobs on a command line. */
export const commandNumber = (value: number): string => String(Number(value.toFixed(3)));
