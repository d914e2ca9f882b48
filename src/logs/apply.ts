import {
  applyInput,
  pickGpu,
  pickKvCache,
  pickModel,
  pickVersion,
  pickWeights,
  type Scenario,
} from '../inputs/scenario';
import {
  KV_PRECISIONS,
  KV_FORMATS,
  LMDEPLOY_VERSIONS,
  MODEL_PRESETS,
  type EngineVersion,
  type KvPrecision,
  type WeightPrecision,
} from '../model';
import type { StartupLog } from './readings';

/** One input the log fixed, with the value it now has. */
export type LogChange =
  | { readonly setting: 'version'; readonly value: EngineVersion }
  | { readonly setting: 'kvFormat'; readonly value: KvPrecision }
  | { readonly setting: 'weightFormat'; readonly value: WeightPrecision }
  /** Catalogue ids. */
  | { readonly setting: 'gpu' | 'model'; readonly value: string }
  | {
      readonly setting:
        'tp' | 'cacheRatio' | 'sessionLength' | 'maxBatch' | 'prefill' | 'gpuMemory' | 'engineKnob';
      readonly value: number;
    };

type NumericSetting = Extract<LogChange, { value: number }>['setting'];

const KV_BY_POLICY: Readonly<Record<number, KvPrecision>> = Object.fromEntries(
  KV_PRECISIONS.map((precision) => [KV_FORMATS[precision].quantPolicy, precision]),
);

/** `--model-format` and `model_format` in the weight formats the page sizes. */
const WEIGHTS_BY_FORMAT: Readonly<Record<string, WeightPrecision>> = {
  awq: 'int4',
  gptq: 'int4',
  // MXFP4 stores 4 bits and an 8-bit scale per 32 weights: 0.53 B a weight, as INT4 group 128.
  mxfp4: 'int4',
  fp8: 'fp8',
};

const SUFFIXES = /[-_](awq|gptq|int4|int8|fp8|w8a8|w4a16|mpo|hf|bnb-4bit)$/;

/** A catalogue model the log's path names, after the suffixes quantized repositories add. */
export function presetForPath(path: string | undefined): string | null {
  if (!path) return null;
  let name = path.replaceAll('\\', '/').replace(/\/+$/, '').split('/').pop()?.toLowerCase() ?? '';
  while (SUFFIXES.test(name)) name = name.replace(SUFFIXES, '');
  const preset = MODEL_PRESETS.find(
    (model) =>
      model.id === name ||
      model.hfRepo.split('/').pop()?.toLowerCase().replaceAll('_', '.') ===
        name.replaceAll('_', '.'),
  );
  return preset?.id ?? null;
}

/** The newest release line the log fits: the one most people run. */
export function logVersion(log: StartupLog): EngineVersion | null {
  return log.versions.at(-1) ?? null;
}

/**
 * Sets every input the log fixes: the release line its formats fit, the TP degree, λ, the
 * session length, the KV and weight formats, the batch and prefill sizes, and the GPU when
 * nvidia-smi names one. The rest of the scenario is left as it was.
 */
export function applyLog(
  scenario: Scenario,
  log: StartupLog,
): {
  readonly scenario: Scenario;
  readonly changes: readonly LogChange[];
} {
  const changes: LogChange[] = [];
  let next = scenario;
  const { settings } = log;

  const model = presetForPath(settings.modelPath);
  if (model && model !== next.model) {
    next = pickModel(next, model);
    changes.push({ setting: 'model', value: model });
  }
  const weights = settings.modelFormat
    ? WEIGHTS_BY_FORMAT[settings.modelFormat.toLowerCase()]
    : undefined;
  if (weights && weights !== next.weights) {
    next = pickWeights(next, weights);
    changes.push({ setting: 'weightFormat', value: weights });
  }
  const version = logVersion(log);
  if (version) {
    next = pickVersion(next, 'post', version);
    changes.push({ setting: 'version', value: version });
  }
  const [gpu] = log.gpus;
  if (gpu?.preset) {
    next = pickGpu(next, gpu.preset.id);
    changes.push({ setting: 'gpu', value: gpu.preset.id });
  } else if (gpu) {
    next = applyInput(next, 'T', gpu.totalMiB / 1024);
    changes.push({ setting: 'gpuMemory', value: next.inputs.T });
  }
  const input = (
    setting: NumericSetting,
    key: Parameters<typeof applyInput>[1],
    value: number | undefined,
  ) => {
    if (value === undefined) return;
    next = applyInput(next, key, value);
    changes.push({ setting, value: next.inputs[key] });
  };
  // Each rank prints its own set of cache lines.
  input('tp', 'P', settings.tp ?? log.cache.ranks);
  // An LMDeploy log without λ ran with the release's default.
  const defaultRatio = version ? LMDEPLOY_VERSIONS[version].defaultCacheRatio : undefined;
  input('cacheRatio', 'lambda', settings.cacheMaxEntryCount ?? defaultRatio);
  input('sessionLength', 'len', settings.sessionLength);
  input('maxBatch', 'batch', settings.maxBatchSize);
  if (log.cache.kind === 'pytorch') input('prefill', 'prefill', settings.maxPrefillTokens);
  // vLLM's and SGLang's own knob, which their comparison row reads.
  if (log.cache.kind === 'vllm' || log.cache.kind === 'sglang') {
    input('engineKnob', log.cache.kind, settings.engineKnob);
  }
  const kv = settings.quantPolicy === undefined ? undefined : KV_BY_POLICY[settings.quantPolicy];
  if (kv) {
    next = pickKvCache(next, kv);
    changes.push({ setting: 'kvFormat', value: kv });
  }
  return { scenario: next, changes };
}
