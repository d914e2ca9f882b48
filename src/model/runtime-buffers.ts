import type { ModelArchitecture } from './architecture';
import { paddedVocabSize } from './tp-validity';
import { bytes, type Bytes } from './units';

/** TurboMind's `max_prefill_token_num` default, the widest forward pass it sizes buffers for. */
export const TURBOMIND_PREFILL_TOKENS = 8192;

/**
 * What TurboMind allocates after the KV cache, per GPU, in bytes (`LlamaBatch.cc`
 * `AllocateBuffer` and `AllocSymmBuffers` at v0.10.0): token ids and three output-id states,
 * 20 bytes per batch slot and session token; fp32 sampling logits and 16-bit symmetric logits
 * over the padded vocabulary; the top-1024 log-probabilities; and one prefill's hidden states
 * and MLP activations.
 */
export function turbomindBufferBytes(
  architecture: ModelArchitecture,
  tpDegree: number,
  maxBatch: number,
  sessionLength: number,
): Bytes {
  const vocab = paddedVocabSize(architecture.vocabSize, tpDegree);
  const tokens = TURBOMIND_PREFILL_TOKENS;
  const ids = 20 * maxBatch * sessionLength;
  const logits = (4 + 2) * maxBatch * vocab;
  const logprobs = 2 * 4 * maxBatch * 1024;
  const hidden = tokens * architecture.hiddenSize * 2;
  const mlp = 2 * tokens * Math.ceil(architecture.intermediateSize / tpDegree) * 2;
  return bytes(ids + logits + logprobs + hidden + mlp);
}

/**
 * What NCCL holds once its first all-reduce has run, per GPU, at P > 1: it grows to
 * 0.5–0.7 GiB from the little it holds when the cache is sized (NVIDIA/nccl#964). The growth
 * comes out of the headroom λ leaves.
 */
export const NCCL_RUNTIME_GIB = 0.6;
