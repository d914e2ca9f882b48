import type { EngineVersion } from './lmdeploy-versions';
import type { VariantMemory } from './tp-memory';

const MIB = 2 ** 20;

export interface LogLine {
  readonly text: string;
  /** Releases that print the line this way, when narrower than the version's range. */
  readonly releases?: string;
}

/**
 * The start-up lines each version prints about its KV cache, with this scenario's numbers,
 * so they can be held against a real log. TurboMind writes MiB as "MB": truncated to an
 * integer before v0.8.0 (`block_size_ >> 20`), three decimals from then on.
 */
export function expectedLogLines(
  version: EngineVersion,
  memory: VariantMemory,
  cacheRatio: number,
): LogLine[] {
  if (!memory.fits) return [];
  const wholeMiB = `[BlockManager] block_size = ${String(Math.floor(memory.blockBytes / MIB))} MB`;
  const decimalMiB = `[BlockManager] block_size = ${(memory.blockBytes / MIB).toFixed(3)} MB`;
  const count = `[BlockManager] max_block_count = ${String(memory.loggedBlocks)}`;
  switch (version) {
    case 'tm000':
      return [];
    case 'tm010':
    case 'tm020':
    case 'tm022':
      return [{ text: wholeMiB }, { text: count }];
    case 'tm060':
      return [
        { text: wholeMiB, releases: 'v0.6 – v0.7' },
        { text: decimalMiB, releases: 'v0.8 – v0.14' },
        { text: count },
        { text: `max cached tokens: ${String(memory.tokens)}`, releases: 'v0.12 – v0.14' },
      ];
    case 'tm150': {
      const freeMiB = (memory.freeAfterLoad * 1024).toFixed(2);
      const budgetMiB = (memory.kvCachePerGpu * 1024).toFixed(2);
      return [
        {
          text: `Object cache budget: ${budgetMiB} MB from free ${freeMiB} MB and ratio ${cacheRatio.toFixed(3)}`,
        },
      ];
    }
    case 'pt060':
    case 'pt092':
      // Logged at debug level only (`--log-level DEBUG`).
      return [{ text: `Initialize cache engine with ${String(memory.blocks)} gpu blocks.` }];
  }
}
