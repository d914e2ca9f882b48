import type { LmdeployBackend } from '../model';
import { launchCommand, flagNumber, flagText, type LaunchCommand } from './command-line';
import {
  BUILDING_CACHE_ENGINE,
  cacheConfigSettings,
  matches,
  readCache,
  Refusal,
} from './cache-readers';
import {
  echoedInteger,
  echoedNumber,
  echoedText,
  lastEcho,
  type EchoedConfig,
} from './config-echo';
import { numbersOf, PYTORCH_LINES, TURBOMIND_LINES } from './engine-lines';
import { fieldBounds, narrow, versionsFor } from './era';
import { nvidiaSmiGpus } from './nvidia-smi';
import type { CacheReading, LogReading, LogSettings, StartupLog } from './readings';
import { logLines, MAX_LOG_CHARS } from './text';

const ENGINE_CONFIGS = {
  turbomind: 'TurbomindEngineConfig',
  pytorch: 'PytorchEngineConfig',
} as const satisfies Record<LmdeployBackend, string>;

/** The echo that LMDeploy logs, whichever backend; null when the log holds none. */
function engineEcho(lines: readonly string[]): {
  backend: LmdeployBackend;
  config: EchoedConfig;
} | null {
  for (const backend of ['turbomind', 'pytorch'] as const) {
    const echo = lastEcho(lines, ENGINE_CONFIGS[backend]);
    if (echo.kind === 'cut') throw new Refusal({ kind: 'cut', line: echo.line.slice(0, 200) });
    if (echo.kind === 'found') return { backend, config: echo.config };
  }
  return null;
}

/**
 * TurboMind's C++ model config dump (`LlamaTritonModel` at INFO): `Model:` and then a
 * `key: value` line each, which old releases print instead of a Python echo.
 */
function modelDump(lines: readonly string[]): ReadonlyMap<string, string> {
  const dump = new Map<string, string>();
  const start = lines.findIndex((line) => /^Model:\s*$/.test(line.trim()));
  if (start < 0) return dump;
  for (const line of lines.slice(start + 1)) {
    const entry = /^(\w+): (\S*)\s*$/.exec(line.trim());
    if (!entry) break;
    dump.set(entry[1] ?? '', entry[2] ?? '');
  }
  return dump;
}

/** The settings the engine ran with: the echo where it has them, else the command line. */
function settingsOf(
  echo: EchoedConfig | null,
  command: LaunchCommand | null,
  halvedPrefill: number | undefined,
  dump: ReadonlyMap<string, string>,
  cache: CacheReading,
): LogSettings {
  const fromDump = (key: string) => {
    const value = dump.get(key);
    return value !== undefined && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
  };
  const integer = (key: string, dumped = key) =>
    (echo ? echoedInteger(echo, key) : undefined) ?? fromDump(dumped);
  return {
    tp:
      integer('tp', 'tensor_para_size') ??
      flagNumber(command, 'tp', 'tensor-parallel-size', 'tp-size') ??
      (cache.kind === 'sglang' ? (cache.tpSize ?? undefined) : undefined),
    cacheMaxEntryCount:
      (echo ? echoedNumber(echo, 'cache_max_entry_count') : undefined) ??
      fromDump('cache_max_entry_count') ??
      flagNumber(command, 'cache-max-entry-count'),
    sessionLength:
      integer('session_len') ??
      flagNumber(command, 'session-len', 'max-model-len', 'context-length'),
    maxBatchSize: integer('max_batch_size') ?? flagNumber(command, 'max-batch-size'),
    maxPrefillTokens:
      halvedPrefill ??
      integer('max_prefill_token_num') ??
      flagNumber(command, 'max-prefill-token-num'),
    quantPolicy: integer('quant_policy') ?? flagNumber(command, 'quant-policy'),
    blockTokens:
      integer('cache_block_seq_len') ??
      integer('block_size') ??
      flagNumber(command, 'cache-block-seq-len'),
    modelFormat:
      (echo ? echoedText(echo, 'model_format') : undefined) ?? flagText(command, 'model-format'),
    modelPath: command?.modelPath ?? undefined,
    engineKnob:
      cache.kind === 'vllm'
        ? (cache.utilization ?? flagNumber(command, 'gpu-memory-utilization'))
        : cache.kind === 'sglang'
          ? (cache.fraction ?? flagNumber(command, 'mem-fraction-static'))
          : undefined,
  };
}

/** Python's logger prints `file.py:line` from v0.6.1 (PR #2478). */
const PYTHON_FILE_LINE = / - lmdeploy - \w+ - [\w.]+\.py:\d+ - /;
/** TurboMind's logger prints a timestamp and the source file from v0.13 (PR #4486). */
const NEW_TURBOMIND_LOGGER = /\[TM\]\[\w+\]\[\d{4}\.\d{2}:\d{2}:\d{2}/;
function lmdeployVersions(
  lines: readonly string[],
  cache: CacheReading,
  echo: { backend: LmdeployBackend; config: EchoedConfig } | null,
  settings: LogSettings,
): StartupLog['versions'] {
  if (cache.kind !== 'turbomind' && cache.kind !== 'pytorch') return [];
  const backend = cache.kind;
  const bounds: { from?: string; to?: string }[] = [];
  const text = (pattern: RegExp) => lines.some((line) => pattern.test(line));
  if (cache.kind === 'turbomind') {
    if (cache.objectCache) bounds.push({ from: '0.15.0' });
    // The block manager arrived in v0.1.0; it printed whole MiB until v0.8.0 (PR #3229).
    else if (cache.blockMiB !== null) {
      bounds.push(
        cache.blockDecimals ? { from: '0.8.0', to: '0.14.99' } : { from: '0.1.0', to: '0.7.99' },
      );
    }
    if (cache.maxCachedTokens !== null || text(TURBOMIND_LINES.truncatedNew.marker)) {
      bounds.push({ from: '0.12.0', to: '0.14.99' });
    } else if (cache.blockMiB !== null) {
      // v0.12 – v0.14 print the tokens they can cache right after the block lines.
      bounds.push({ to: '0.11.99' });
    }
    if (text(TURBOMIND_LINES.truncatedOld.marker)) bounds.push({ to: '0.11.99' });
    if (text(NEW_TURBOMIND_LOGGER)) bounds.push({ from: '0.13.0' });
  } else if (text(BUILDING_CACHE_ENGINE)) {
    bounds.push({ from: '0.7.2' });
  }
  if (text(PYTHON_FILE_LINE)) bounds.push({ from: '0.6.1' });
  // The engine config is echoed from v0.2.5 on.
  if (echo?.backend === backend)
    bounds.push({ from: '0.2.5' }, ...fieldBounds(backend, echo.config));
  const range = narrow(bounds);
  if (!range) throw new Refusal({ kind: 'mixed-versions' });
  const blockTokens = settings.blockTokens === 128 ? 128 : undefined;
  const versions = versionsFor({
    backend,
    ...range,
    blockCount: (settings.cacheMaxEntryCount ?? 0) >= 1,
    blockTokens,
  });
  if (versions.length === 0) throw new Refusal({ kind: 'mixed-versions' });
  return versions;
}

/**
 * Reads a pasted start-up log of LMDeploy (either backend), vLLM or SGLang. Never throws: a
 * log it cannot use comes back as a problem that names why, and changes nothing.
 */
export function readStartupLog(text: string): LogReading {
  if (text.length > MAX_LOG_CHARS)
    return { ok: false, problem: { kind: 'too-large', limit: MAX_LOG_CHARS } };
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    const lines = logLines(text);
    const echo = engineEcho(lines);
    const cache = readCache(lines);
    if (!cache) {
      return { ok: false, problem: { kind: echo ? 'no-cache-lines' : 'unknown-engine' } };
    }
    const command = launchCommand(lines);
    const halved = numbersOf(matches(lines, PYTORCH_LINES.prefillHalved)).at(-1);
    const dumped = new Map([...modelDump(lines), ...cacheConfigSettings(lines)]);
    const settings = settingsOf(echo?.config ?? null, command, halved, dumped, cache);
    const log: StartupLog = {
      cache,
      settings,
      command,
      gpus: nvidiaSmiGpus(lines),
      versions: lmdeployVersions(lines, cache, echo, settings),
    };
    return { ok: true, log };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
