import type { LogLine } from '../launch';
import { BYTES_PER_MIB } from '../units';
import type { StartupFigures } from './version-spec';

/**
 * The start-up lines LMDeploy prints about its KV cache, shared by the versions that print
 * them alike. TurboMind writes MiB as "MB": truncated to an integer before v0.8.0
 * (`block_size_ >> 20`), with three decimals from then on.
 */
export const blockSizeWholeMiB = (figures: StartupFigures): string =>
  `[BlockManager] block_size = ${String(Math.floor(figures.blockBytes / BYTES_PER_MIB))} MB`;

export const blockSizeDecimalMiB = (figures: StartupFigures): string =>
  `[BlockManager] block_size = ${(figures.blockBytes / BYTES_PER_MIB).toFixed(3)} MB`;

export const maxBlockCount = (figures: StartupFigures): string =>
  `[BlockManager] max_block_count = ${String(figures.loggedBlocks)}`;

export const maxCachedTokens = (figures: StartupFigures): string =>
  `max cached tokens: ${String(figures.tokens)}`;

/** v0.2.2 to v0.5.3 (and the total-memory releases before): whole MiB, then the count. */
export function blockManagerLines(figures: StartupFigures): LogLine[] {
  return [{ text: blockSizeWholeMiB(figures) }, { text: maxBlockCount(figures) }];
}

/** v0.15's object cache replaces the block manager's lines with one budget line. */
export function objectCacheLines(figures: StartupFigures, cacheRatio: number): LogLine[] {
  const freeMiB = (figures.freeAfterLoad * 1024).toFixed(2);
  const budgetMiB = (figures.kvCachePerGpu * 1024).toFixed(2);
  return [
    {
      text: `Object cache budget: ${budgetMiB} MB from free ${freeMiB} MB and ratio ${cacheRatio.toFixed(3)}`,
    },
  ];
}

/** The PyTorch engine logs its block count at debug level only (`--log-level DEBUG`). */
export function cacheEngineLines(figures: StartupFigures): LogLine[] {
  return [
    {
      text: `Initialize cache engine with ${String(figures.loggedBlocks)} gpu blocks.`,
      debugOnly: true,
    },
  ];
}
