import { bytes, type Bytes } from '../units';
import type { ReserveRule } from './version-spec';

/**
 * The PyTorch engine's default `max_batch_size` by GPU (`lmdeploy/utils.py`
 * `get_max_batch_size`, v0.10.0); every other GPU gets 128.
 */
const PYTORCH_MAX_BATCHES: Readonly<Record<string, number>> = {
  'a100-40g': 384,
  'a100-80g': 384,
  h100: 1024,
  h800: 1024,
  h200: 1024,
};

export function defaultMaxBatches(gpuId: string | null): number {
  return gpuId === null ? 128 : (PYTORCH_MAX_BATCHES[gpuId] ?? 128);
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
