import { bytes, type Bytes } from '../units';
import type { BatchDefaults, ReserveRule } from './version-spec';

/**
 * `max_batch_size` by GPU when none is given (`lmdeploy/utils.py` `get_max_batch_size`):
 * the first key found in the device's name wins; every other GPU gets 128.
 */
const BATCH_TABLES: Readonly<
  Record<Exclude<BatchDefaults, 'fixed'>, Readonly<Record<string, number>>>
> = {
  // v0.6.0 – v0.9.2 (`utils.py:333` at v0.6.0).
  'by-gpu-v0.6': { a100: 256, a800: 256, h100: 512, h800: 512 },
  // v0.10.0 on (PR #3921, `utils.py:340` at v0.10.0).
  'by-gpu-v0.10': { a100: 384, a800: 384, h100: 1024, h800: 1024, l20y: 1024, h200: 1024 },
};

const OTHER_GPUS = 128;

/** The batch size a release picks on a GPU (by its catalogue id) when none is set. */
export function defaultMaxBatches(
  gpuId: string | null,
  defaults: BatchDefaults = 'by-gpu-v0.10',
): number {
  if (defaults === 'fixed' || gpuId === null) return OTHER_GPUS;
  const table = BATCH_TABLES[defaults];
  const key = Object.keys(table).find((name) => gpuId.includes(name));
  return key === undefined ? OTHER_GPUS : (table[key] ?? OTHER_GPUS);
}

/** `R`; halving `prefillTokens` is the engine's own fallback when blocks run short. */
export function reserveBytes(
  rule: ReserveRule,
  prefillTokens: number,
  maxBatches: number,
  vocabSize: number,
): Bytes {
  return bytes(
    rule === 'prefill-x7'
      ? prefillTokens * vocabSize * 7
      : (prefillTokens + 2 * maxBatches) * vocabSize * 2,
  );
}
