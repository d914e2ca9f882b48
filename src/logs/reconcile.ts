import { INPUTS } from '../inputs/definitions';
import { activeModel, applyInput, toTpScenario, type Scenario } from '../inputs/scenario';
import {
  BYTES_PER_MIB,
  computeVariant,
  gib,
  headDimOf,
  KV_FORMATS,
  KV_PRECISIONS,
  LMDEPLOY_VERSIONS,
  toGiB,
  bytes,
  type Bytes,
  type EngineVersion,
  type GiB,
  type KvPrecision,
  type VariantMemory,
} from '../model';
import type { StartupLog, TurbomindReading } from './readings';

/** A KV layout that gives the block size the log printed. */
export interface KvShapeFit {
  readonly layers: number;
  readonly kvHeadsPerGpu: number;
  readonly headDim: number;
  readonly kvFormat: KvPrecision;
  readonly blockTokens: number;
}

/** A half-open interval of bytes. */
export interface ByteRange {
  readonly from: Bytes;
  readonly to: Bytes;
}

/** The logged figures of an LMDeploy log next to the page's, line by line. */
export interface Reconciliation {
  readonly version: EngineVersion;
  /** The block size the log printed, as printed, and as the range of bytes that prints so. */
  readonly loggedBlockText: string | null;
  readonly loggedBlock: ByteRange | null;
  readonly blockBytes: Bytes;
  readonly blockAgrees: boolean;
  /** Layouts that would print the logged block size, when the page's does not. */
  readonly shapes: readonly KvShapeFit[];
  /** Blocks as the log counts them; from v0.15, the cache budget in MiB. */
  readonly count: {
    readonly unit: 'blocks' | 'mib';
    readonly logged: number;
    readonly predicted: number;
    /** The tokens the logged count was worked out from, when the log printed no block count. */
    readonly fromTokens: number | null;
  };
  /** Free memory when the cache was sized, as the log implies it; null when λ counts blocks. */
  readonly loggedFree: { readonly from: GiB; readonly to: GiB } | null;
  /** The same as the page computes it for the fullest GPU. */
  readonly pageFree: GiB;
  /** What the page counts as free beyond what the engine had; null when the log cannot say. */
  readonly unexplained: GiB | null;
  /** The overhead the page models before the cache, `O`. */
  readonly pageOverhead: GiB;
  readonly loggedTruncation: number | null;
  readonly predictedTruncation: number | null;
}

export type ReconcileResult =
  | { readonly ok: true; readonly reconciliation: Reconciliation }
  | {
      readonly ok: false;
      readonly problem: 'not-lmdeploy' | 'no-version' | 'no-block-count' | 'shape-unexplained';
    };

/** The bytes a block size prints as: `%lu MB` truncates, `%.3f MB` rounds. */
export function loggedBlockRange(reading: TurbomindReading): ByteRange | null {
  if (reading.blockMiB === null) return null;
  const mib = reading.blockMiB;
  return reading.blockDecimals
    ? { from: bytes((mib - 0.0005) * BYTES_PER_MIB), to: bytes((mib + 0.0005) * BYTES_PER_MIB) }
    : { from: bytes(mib * BYTES_PER_MIB), to: bytes((mib + 1) * BYTES_PER_MIB) };
}

/**
 * The tokens of a log with no `max_block_count` line: `max cached tokens` (v0.12 – v0.14) or
 * the length `session_len` was cut to, both the block count times the block length
 * (`LlamaBatch.cc`, `engine.cc`). Null when neither is there or it is not whole blocks.
 */
function tokensOfCount(reading: TurbomindReading, blockTokens: number): number | null {
  if (reading.maxBlockCount !== null) return null;
  const tokens = reading.maxCachedTokens ?? reading.truncatedTo;
  return tokens !== null && tokens % blockTokens === 0 ? tokens : null;
}

const within = (value: number, range: ByteRange) => value >= range.from && value < range.to;

const HEAD_DIMS = [64, 80, 96, 112, 128, 160, 192, 256] as const;

/**
 * Layouts one field away from the model's that print the logged block size: another KV
 * format, KV heads per GPU, layer count, head size or block length.
 */
export function shapesFor(
  range: ByteRange,
  model: { readonly layers: number; readonly kvHeads: number; readonly headDim: number },
  current: KvShapeFit,
): KvShapeFit[] {
  const blockBytes = (shape: KvShapeFit) => {
    const format = KV_FORMATS[shape.kvFormat];
    return (
      shape.layers *
      shape.kvHeadsPerGpu *
      2 *
      shape.blockTokens *
      ((shape.headDim * format.bits) / 8 + format.paramBytes)
    );
  };
  const candidates: KvShapeFit[] = [
    ...KV_PRECISIONS.map((kvFormat) => ({ ...current, kvFormat })),
    ...Array.from({ length: model.kvHeads }, (_, index) => ({
      ...current,
      kvHeadsPerGpu: index + 1,
    })),
    ...HEAD_DIMS.map((headDim) => ({ ...current, headDim })),
    ...[64, 128].map((blockTokens) => ({ ...current, blockTokens })),
  ];
  // The layer count that the rest of the current layout implies.
  const perLayer = blockBytes({ ...current, layers: 1 });
  const layers = Math.round(range.from / perLayer);
  if (layers >= 1) candidates.push({ ...current, layers });
  const seen = new Set<string>();
  return candidates.filter((shape) => {
    const key = JSON.stringify(shape);
    if (seen.has(key) || key === JSON.stringify(current)) return false;
    seen.add(key);
    return within(blockBytes(shape), range);
  });
}

/** Free memory that makes `blocks` whole blocks of `blockBytes` out of λ of it. */
function freeForBlocks(blocks: number, blockBytes: number, lambda: number, reserve: number) {
  return {
    from: gib(toGiB(bytes((blocks * blockBytes) / lambda)) + reserve),
    to: gib(toGiB(bytes(((blocks + 1) * blockBytes) / lambda)) + reserve),
  };
}

/** What the page counts as free when the version sizes its cache. */
function measuredFree(memory: VariantMemory, scenario: Scenario): GiB {
  const rules = LMDEPLOY_VERSIONS[memory.version];
  const buffers = rules.buffersBeforeCache ? toTpScenario(scenario).runtimeBuffers : 0;
  return gib(memory.freeAfterLoad - buffers);
}

/**
 * Holds an LMDeploy log against the scenario (after `applyLog`): the block size exactly, the
 * block count, and the free memory the count implies. The engine floors twice, so a block
 * count fixes the free memory only to within one block.
 */
export function reconcile(scenario: Scenario, log: StartupLog): ReconcileResult {
  const { cache } = log;
  if (cache.kind !== 'turbomind' && cache.kind !== 'pytorch') {
    return { ok: false, problem: 'not-lmdeploy' };
  }
  const version = scenario.versions.post;
  const memory = computeVariant(toTpScenario(scenario), version);
  const lambda = scenario.inputs.lambda;
  const { architecture } = activeModel(scenario);
  const countedTokens =
    cache.kind === 'turbomind' ? tokensOfCount(cache, memory.blockTokens) : null;
  const loggedBlocks =
    cache.kind === 'pytorch'
      ? cache.gpuBlocks
      : (cache.maxBlockCount ??
        (countedTokens === null ? null : countedTokens / memory.blockTokens));
  const loggedBlock = cache.kind === 'turbomind' ? loggedBlockRange(cache) : null;
  const blockAgrees = loggedBlock === null || within(memory.blockBytes, loggedBlock);
  const current: KvShapeFit = {
    layers: architecture.layers,
    kvHeadsPerGpu: Math.max(1, architecture.kvHeads / scenario.inputs.P),
    headDim: headDimOf(architecture),
    kvFormat: scenario.kvCache,
    blockTokens: memory.blockTokens,
  };
  const shapes =
    loggedBlock && !blockAgrees
      ? shapesFor(
          loggedBlock,
          { layers: architecture.layers, kvHeads: architecture.kvHeads, headDim: current.headDim },
          current,
        )
      : [];
  if (loggedBlock && !blockAgrees && shapes.length === 0) {
    return { ok: false, problem: 'shape-unexplained' };
  }

  const pageFree = measuredFree(memory, scenario);
  let loggedFree: Reconciliation['loggedFree'] = null;
  const objectCache = cache.kind === 'turbomind' ? cache.objectCache : null;
  if (objectCache) {
    const free = objectCache.freeMiB / 1024;
    loggedFree = { from: gib(free - 0.005 / 1024), to: gib(free + 0.005 / 1024) };
  } else if (loggedBlocks !== null && lambda < 1 && blockAgrees) {
    loggedFree = freeForBlocks(loggedBlocks, memory.blockBytes, lambda, memory.reserve);
  }
  if (loggedBlocks === null && !objectCache) return { ok: false, problem: 'no-block-count' };

  const count: Reconciliation['count'] = objectCache
    ? {
        unit: 'mib',
        logged: objectCache.budgetMiB,
        predicted: memory.kvCachePerGpu * 1024,
        fromTokens: null,
      }
    : {
        unit: 'blocks',
        logged: loggedBlocks ?? 0,
        predicted: memory.loggedBlocks,
        fromTokens: countedTokens,
      };
  return {
    ok: true,
    reconciliation: {
      version,
      loggedBlockText:
        cache.kind === 'turbomind' && cache.blockMiB !== null
          ? `${cache.blockMiB.toFixed(cache.blockDecimals ? 3 : 0)} MB`
          : null,
      loggedBlock,
      blockBytes: memory.blockBytes,
      blockAgrees,
      shapes,
      count,
      loggedFree,
      pageFree,
      unexplained: loggedFree ? gib(pageFree - (loggedFree.from + loggedFree.to) / 2) : null,
      pageOverhead: toTpScenario(scenario).overhead,
      loggedTruncation: cache.kind === 'turbomind' ? cache.truncatedTo : null,
      predictedTruncation:
        memory.fits && memory.tokens < scenario.inputs.len ? memory.tokens : null,
    },
  };
}

/**
 * The scenario with the unexplained memory turned into its overhead, so that it reproduces the
 * logged cache. The realistic overhead keeps its other terms; what is left over goes into the
 * calibration input, and a GPU that had more memory than T says gets a larger T.
 */
export function calibrate(scenario: Scenario, reconciliation: Reconciliation): Scenario {
  if (reconciliation.unexplained === null) return scenario;
  let next: Scenario = { ...scenario, overheadMode: 'realistic' };
  // The realistic terms change what the page counts as free; measure again under them.
  const memory = computeVariant(toTpScenario(next), reconciliation.version);
  const free = reconciliation.loggedFree;
  if (!free) return scenario;
  const target = (free.from + free.to) / 2;
  const unexplained = measuredFree(memory, next) - target;
  const { ctx, cal } = next.inputs;
  const nccl = next.inputs.P > 1 ? next.inputs.nccl : 0;
  const wanted = cal + unexplained;
  const floor = -(ctx + nccl);
  if (wanted < floor && next.inputs.T < INPUTS.T.max) {
    // The GPU had more free than T allows even with no overhead at all.
    next = applyInput(next, 'T', Math.ceil((next.inputs.T + floor - wanted) * 100) / 100);
    next = applyInput(next, 'cal', floor);
    return calibrate(next, { ...reconciliation, unexplained: gib(0) });
  }
  return applyInput(next, 'cal', wanted);
}
