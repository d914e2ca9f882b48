import type { ModelArchitecture } from '../architecture';
import type { Checkpoints } from '../catalog/models';
import type { LaunchSettings, LogLine } from '../launch';
import type { Checkpoint } from '../lmdeploy/checkpoints';
import type { KvPrecision, WeightPrecision } from '../precision';
import type { StartupSettings } from '../lmdeploy/version-spec';
import type { TpScenario } from '../tp-scenario';
import type { Bytes, GiB } from '../units';

/** Why an engine cannot serve the scenario, in the comparison's terms. */
export type EngineRefusal =
  'heads' | 'vocab' | 'kv-format' | 'weight-format' | 'vision' | 'latent' | 'weights' | 'startup';

/** The same model, GPUs and TP degree, as every engine sees them. */
export interface EngineContext {
  readonly tp: TpScenario;
  readonly architecture: ModelArchitecture;
  readonly kvPrecision: KvPrecision;
  readonly weightPrecision: WeightPrecision;
  /** nvidia-smi's total in MiB, which SGLang reads to pick its default; null if unknown. */
  readonly nvidiaSmiMiB: number | null;
  readonly contextOverhead: GiB;
  readonly ncclOverhead: GiB;
  /** The engine's own memory knob; null takes its default. */
  readonly knob: number | null;
  /** Memory a start-up log showed the engine did not have, beyond its rule; 0 uncalibrated. */
  readonly calibration: GiB;
}

export interface EngineResult {
  readonly engine: string;
  readonly knob: number;
  readonly knobIsDefault: boolean;
  readonly weightsPerGpu: GiB;
  readonly vocabPerGpu: GiB;
  /** The activation peak the engine sets aside; null when it keeps none apart from the cache. */
  readonly activations: GiB | null;
  /** Free on the fullest GPU once the weights are in, where the engine sizes from it. */
  readonly freeAfterLoad: GiB | null;
  readonly kvCachePerGpu: GiB;
  readonly bytesPerToken: Bytes;
  /** Bytes of one page (block) of the cache, and how many pages it holds. */
  readonly pageBytes: Bytes;
  readonly pages: number;
  readonly tokens: number;
  /** The batch and prefill sizes the engine resolved, where the page models them. */
  readonly maxBatchSize: number | null;
  readonly prefillTokens: number | null;
  readonly problem: EngineRefusal | null;
}

interface KnobName {
  /** As the engine's command line spells it. */
  readonly flag: string;
  /** The symbol the page uses for it. */
  readonly symbol: string;
}

/** An engine's memory knob: a fixed default, or one the engine chooses itself (SGLang). */
export type EngineKnob =
  | (KnobName & { readonly defaultValue: number })
  | (KnobName & {
      readonly defaultValue: null;
      readonly choose: (nvidiaSmiMiB: number | null, tpDegree: number) => number;
    });

/** The knob's value when the user leaves it. */
export function defaultKnob(knob: EngineKnob, nvidiaSmiMiB: number | null, tpDegree: number) {
  return knob.defaultValue ?? knob.choose(nvidiaSmiMiB, tpDegree);
}

/** One serving engine, as the comparison sees it. */
export interface EngineSpec {
  readonly name: string;
  /** The releases whose rules the record holds, where they are narrower than every release. */
  readonly releases?: string;
  readonly knob: EngineKnob;
  /** Tokens per KV page or block; the cache is a whole number of them. */
  readonly pageTokens: number;
  /** Where its rules are written, `path@tag` in its repository. */
  readonly source: string;
  readonly evaluate: (context: EngineContext) => EngineResult;
  /** Where it gets weights in this format: a published checkpoint, or what it does instead. */
  readonly checkpoint: (
    weights: WeightPrecision,
    basePath: string,
    published: Checkpoints,
  ) => Checkpoint;
  readonly launchCommand: (settings: LaunchSettings) => readonly string[];
  /** What it prints about its KV cache at start-up; empty when it prints nothing to compare. */
  readonly logLines: (result: EngineResult, settings: StartupSettings) => readonly LogLine[];
}
