import type { LmdeployBackend } from '../model';
import { launchCommand, flagNumber, flagText, type LaunchCommand } from './command-line';
import {
  echoedInteger,
  echoedNumber,
  echoedText,
  lastEcho,
  type EchoedConfig,
} from './config-echo';
import {
  findLines,
  numbersOf,
  PYTORCH_LINES,
  SGLANG_LINES,
  TURBOMIND_LINES,
  VLLM_LINES,
  type LineMatch,
  type LinePattern,
} from './engine-lines';
import { fieldBounds, narrow, versionsFor } from './era';
import { nvidiaSmiGpus } from './nvidia-smi';
import type { CacheReading, LogProblem, LogReading, LogSettings, StartupLog } from './readings';
import { logLines, MAX_LOG_CHARS } from './text';

/** Thrown inside the reader for a log it must refuse; caught before it leaves this module. */
class Refusal extends Error {
  constructor(readonly problem: LogProblem) {
    super(problem.kind);
  }
}

/** The matches of a pattern; a cut line is refused, since its number would be a guess. */
function matches(lines: readonly string[], pattern: LinePattern): LineMatch[] {
  const { found, cut } = findLines(lines, pattern);
  if (cut !== null) throw new Refusal({ kind: 'cut', line: cut.trim().slice(0, 200) });
  return found;
}

/** The one value every rank printed for a figure; ranks that disagree are refused. */
function agreed(values: readonly number[], what: string): number | null {
  const [first] = values;
  if (first === undefined) return null;
  if (values.some((value) => value !== first)) {
    throw new Refusal({ kind: 'ranks-disagree', what, values: [...new Set(values)] });
  }
  return first;
}

function readTurbomind(lines: readonly string[]): CacheReading | null {
  const blockSize = matches(lines, TURBOMIND_LINES.blockSize);
  const count = matches(lines, TURBOMIND_LINES.maxBlockCount);
  const objectCache = matches(lines, TURBOMIND_LINES.objectCache);
  const cachedTokens = matches(lines, TURBOMIND_LINES.maxCachedTokens);
  const truncated = [
    ...matches(lines, TURBOMIND_LINES.truncatedOld).map((match) => match.groups[1]),
    ...matches(lines, TURBOMIND_LINES.truncatedNew).map((match) => match.groups[0]),
  ].flatMap((text) => (text === undefined ? [] : [Number(text)]));
  // At the default log level only the warning that cuts session_len is printed; it is the
  // block count times the block length, so it is a reading on its own.
  const lineCount = blockSize.length + count.length + objectCache.length + cachedTokens.length;
  if (lineCount + truncated.length === 0) return null;
  const [budget] = objectCache;
  return {
    kind: 'turbomind',
    blockMiB: agreed(numbersOf(blockSize), 'block_size'),
    blockDecimals: blockSize.some((match) => match.groups[1] !== undefined),
    maxBlockCount: agreed(numbersOf(count), 'max_block_count'),
    chunkSize: agreed(numbersOf(matches(lines, TURBOMIND_LINES.chunkSize)), 'chunk_size'),
    maxCachedTokens: agreed(numbersOf(cachedTokens), 'max cached tokens'),
    truncatedTo: agreed(truncated, 'session_len'),
    objectCache: budget
      ? {
          budgetMiB: agreed(numbersOf(objectCache, 0), 'cache budget') ?? 0,
          freeMiB: agreed(numbersOf(objectCache, 1), 'free memory') ?? 0,
          ratio: Number(budget.groups[2]),
        }
      : null,
    // Each rank pads the vocabulary and prints it, even where the cache lines were cut away.
    // The warning that cuts session_len is rank 0's alone: a log of it is one rank at least.
    ranks: Math.max(
      blockSize.length,
      count.length,
      objectCache.length,
      lines.filter((line) => PAD_VOCAB.test(line)).length,
      1,
    ),
  };
}

const BUILDING_CACHE_ENGINE = /Building CacheEngine with config/;

/**
 * The `CacheConfig(...)` the PyTorch engine logs at INFO from v0.7.2, on the line after
 * "Building CacheEngine with config:"; the count line beside it is DEBUG only.
 */
function cacheConfigEcho(lines: readonly string[]): EchoedConfig | null {
  const at = lines.findLastIndex((line) => BUILDING_CACHE_ENGINE.test(line));
  if (at < 0) return null;
  const echo = lastEcho(lines.slice(at, at + 2), 'CacheConfig');
  if (echo.kind === 'cut') throw new Refusal({ kind: 'cut', line: echo.line.slice(0, 200) });
  return echo.kind === 'found' ? echo.config : null;
}

/** The settings the PyTorch engine's `CacheConfig` holds, named as the engine config names them. */
function cacheConfigSettings(lines: readonly string[]): [string, string][] {
  const config = cacheConfigEcho(lines);
  if (!config) return [];
  return [...config].map(([key, value]) => [key === 'max_batches' ? 'max_batch_size' : key, value]);
}

function readPytorch(lines: readonly string[]): CacheReading | null {
  const engines = matches(lines, PYTORCH_LINES.cacheEngine);
  const blocks = agreed(numbersOf(engines), 'gpu blocks');
  if (blocks !== null) return { kind: 'pytorch', gpuBlocks: blocks, ranks: engines.length };
  const config = cacheConfigEcho(lines);
  const echoed = config ? echoedInteger(config, 'num_gpu_blocks') : undefined;
  return echoed === undefined ? null : { kind: 'pytorch', gpuBlocks: echoed, ranks: 1 };
}

function readVllm(lines: readonly string[]): CacheReading | null {
  const tokens = matches(lines, VLLM_LINES.kvTokens);
  const blocks = matches(lines, VLLM_LINES.gpuBlocks);
  const available = [
    ...matches(lines, VLLM_LINES.availableKv),
    ...matches(lines, VLLM_LINES.kvFromProfile),
  ];
  if (tokens.length + blocks.length + available.length === 0) return null;
  const first = (pattern: LinePattern) => {
    const [match] = matches(lines, pattern);
    const text = match?.groups.find((group) => group !== undefined);
    return text === undefined ? null : Number(text);
  };
  return {
    kind: 'vllm',
    tokens: agreed(numbersOf(tokens), 'KV cache tokens'),
    gpuBlocks: agreed(numbersOf(blocks), 'GPU blocks'),
    availableKv: first(VLLM_LINES.availableKv) ?? first(VLLM_LINES.kvFromProfile),
    total: first(VLLM_LINES.totalMemory),
    weights: first(VLLM_LINES.weights),
    nonTorch: first(VLLM_LINES.nonTorch),
    activations: first(VLLM_LINES.activations),
    utilization: first(VLLM_LINES.utilization) ?? undefined,
    ranks: Math.max(tokens.length, blocks.length, 1),
  };
}

function readSglang(lines: readonly string[]): CacheReading | null {
  const allocated = matches(lines, SGLANG_LINES.kvAllocated);
  const tokens = agreed(numbersOf(allocated), '#tokens');
  if (tokens === null) return null;
  const first = (pattern: LinePattern, group = 0) => {
    const [match] = matches(lines, pattern);
    const text = match?.groups[group];
    return text === undefined ? null : Number(text);
  };
  return {
    kind: 'sglang',
    tokens,
    kSize: agreed(numbersOf(allocated, 1), 'K size') ?? 0,
    vSize: agreed(numbersOf(allocated, 2), 'V size') ?? 0,
    availAfterLoad: first(SGLANG_LINES.loadEnd),
    weights: first(SGLANG_LINES.loadEnd, 1),
    availBeforeLoad: first(SGLANG_LINES.loadBegin),
    fraction: first(SGLANG_LINES.fraction),
    tpSize: first(SGLANG_LINES.tpSize),
    ranks: allocated.length,
  };
}

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

/** The settings the engine ran with: the echo where it has them, else the command line. */
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

const PAD_VOCAB = /\[TM\]\[\w+\] pad vocab size from \d+ to \d+/;

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
    const cache =
      readTurbomind(lines) ?? readPytorch(lines) ?? readVllm(lines) ?? readSglang(lines);
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
