import { echoedInteger, lastEcho, type EchoedConfig } from './config-echo';
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
import type { CacheReading, LogProblem } from './readings';

const PAD_VOCAB = /\[TM\]\[\w+\] pad vocab size from \d+ to \d+/;

/** Thrown inside the reader for a log it must refuse; `readStartupLog` catches it. */
export class Refusal extends Error {
  constructor(readonly problem: LogProblem) {
    super(problem.kind);
  }
}

/** The matches of a pattern; a cut line is refused, since its number would be a guess. */
export function matches(lines: readonly string[], pattern: LinePattern): LineMatch[] {
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

export const BUILDING_CACHE_ENGINE = /Building CacheEngine with config/;

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
export function cacheConfigSettings(lines: readonly string[]): [string, string][] {
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

/** The cache lines of whichever engine printed them; null when none did. */
export function readCache(lines: readonly string[]): CacheReading | null {
  return readTurbomind(lines) ?? readPytorch(lines) ?? readVllm(lines) ?? readSglang(lines);
}
