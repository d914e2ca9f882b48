import type { LogLine } from '../launch';
import { BYTES_PER_MIB } from '../units';
import type { StartupFigures, StartupSettings } from './version-spec';

/**
 * The start-up lines LMDeploy prints about its KV cache, as its source formats them, shared by
 * the versions that print them alike. TurboMind writes MiB as "MB": truncated to an integer
 * before v0.8.0 (`block_size_ >> 20`), with three decimals from then on (PR #3229).
 */
const INFO = '[TM][INFO] ';
const WARNING = '[TM][WARNING] ';

const wholeMiB = (figures: StartupFigures) =>
  String(Math.floor(figures.blockBytes / BYTES_PER_MIB));
const decimalMiB = (figures: StartupFigures) => (figures.blockBytes / BYTES_PER_MIB).toFixed(3);

/** TurboMind's block manager, up to v0.14: block size, block count and chunk size. */
function blockManager(
  size: string,
  figures: StartupFigures,
  chunkSize: number,
  releases?: string,
): LogLine[] {
  const line = (text: string): LogLine => (releases ? { text, releases } : { text });
  return [
    line(`${INFO}[BlockManager] block_size = ${size} MB`),
    line(`${INFO}[BlockManager] max_block_count = ${String(figures.loggedBlocks)}`),
    line(`${INFO}[BlockManager] chunk_size = ${String(chunkSize)}`),
  ];
}

/** The longest session the cache holds, when one of `session_len` tokens does not fit. */
const truncatedTo = (figures: StartupFigures, settings: StartupSettings) =>
  figures.tokens < settings.sessionLength ? figures.tokens : null;

/** Up to v0.11: `LlamaBatch.cc` warns on rank 0 when one session does not fit. */
function oldTruncation(figures: StartupFigures, settings: StartupSettings): LogLine[] {
  const to = truncatedTo(figures, settings);
  return to === null
    ? []
    : [
        {
          text: `${WARNING}No enough blocks for \`session_len\` (${String(settings.sessionLength)}), \`session_len\` truncated to ${String(to)}.`,
        },
      ];
}

/** v0.1.x allocates one block at a time (`cache_chunk_size` 1). */
export function lazyBlockManagerLines(figures: StartupFigures, settings: StartupSettings) {
  return [...blockManager(wholeMiB(figures), figures, 1), ...oldTruncation(figures, settings)];
}

/** v0.2.0 – v0.7.3: whole MiB; every block at start-up (`cache_chunk_size` -1). */
export function wholeMiBLines(figures: StartupFigures, settings: StartupSettings) {
  return [
    ...blockManager(wholeMiB(figures), figures, figures.loggedBlocks),
    ...oldTruncation(figures, settings),
  ];
}

/** v0.8.0 – v0.11: the same lines with the block size to three decimals. */
export function decimalMiBLines(figures: StartupFigures, settings: StartupSettings) {
  return [
    ...blockManager(decimalMiB(figures), figures, figures.loggedBlocks),
    ...oldTruncation(figures, settings),
  ];
}

/**
 * v0.12 – v0.14: the engine adds the tokens it can cache and words the truncation anew
 * (`engine/engine.cc`); from v0.13 the logger drops the `[BlockManager]` tag and prefixes a
 * timestamp and the source file instead.
 */
export function engineLines(figures: StartupFigures, settings: StartupSettings): LogLine[] {
  const size = decimalMiB(figures);
  const to = truncatedTo(figures, settings);
  return [
    ...blockManager(size, figures, figures.loggedBlocks, 'v0.12'),
    {
      text: `[TM][INFO][…][BlockManager.cc:33] block_size = ${size} MB`,
      releases: 'v0.13 – v0.14',
    },
    { text: `max cached tokens: ${String(figures.tokens)}` },
    ...(to === null
      ? []
      : [{ text: `\`session_len\` truncated to ${String(to)} due to limited KV cache memory` }]),
  ];
}

/** v0.15's object cache replaces the block manager's lines with one budget line. */
export function objectCacheLines(figures: StartupFigures, settings: StartupSettings): LogLine[] {
  const freeMiB = (figures.freeAfterLoad * 1024).toFixed(2);
  const budgetMiB = (figures.kvCachePerGpu * 1024).toFixed(2);
  return [
    {
      text: `Object cache budget: ${budgetMiB} MB from free ${freeMiB} MB and ratio ${settings.cacheRatio.toFixed(3)}`,
    },
  ];
}

/**
 * The PyTorch engine logs its block count at debug level only; from v0.7.2 it also prints its
 * cache config at INFO (`executor/base.py`).
 */
export function cacheEngineLines(figures: StartupFigures, configFrom: string | null): LogLine[] {
  const blocks = String(figures.loggedBlocks);
  return [
    ...(configFrom === null
      ? []
      : [
          {
            text: `Building CacheEngine with config: CacheConfig(max_batches=${String(figures.maxBatchSize)}, block_size=64, num_cpu_blocks=0, num_gpu_blocks=${blocks}, …, max_prefill_token_num=${String(figures.prefillTokens ?? 0)}, …)`,
            releases: configFrom,
          },
        ]),
    {
      text: `Initialize cache engine with ${blocks} gpu blocks and 0 cpu blocks.`,
      debugOnly: true,
    },
  ];
}
