import { commandNumber } from '../launch';
import { anyVocabulary, checkpointPath, evenKvHeads, peerEngine } from './peer';

const KNOB = {
  flag: '--kv_cache_free_gpu_memory_fraction',
  symbol: 'f',
  defaultValue: 0.9,
} as const;

/** TensorRT-LLM's PyTorch backend: a share of what is free after weights and activations. */
export const trtllm = peerEngine('trtllm', {
  name: 'TensorRT-LLM',
  knob: KNOB,
  pageTokens: 32,
  source: 'tensorrt_llm/_torch/pyexecutor/_util.py KvCacheCreator',
  profileTokens: () => 8192,
  // The embedding is split in ceil(V/P) rows, and so is the lm_head.
  vocabRows: (vocab, tpDegree, tied) => (tied ? 1 : 2) * Math.ceil(vocab / tpDegree),
  // Heads it cannot split are rounded up to one per GPU.
  kvHeadsPerGpu: (kvHeads, tpDegree) =>
    evenKvHeads(kvHeads, tpDegree) === null ? null : Math.ceil(kvHeads / tpDegree),
  refusals: { vocabulary: anyVocabulary, kvFormats: ['int4'], latentAttention: false },
  kvBudget: ({ freeAtStart, weights, activations }, knob) =>
    knob * (freeAtStart - weights - activations),
  launchCommand: (settings) => [
    [
      `trtllm-serve ${checkpointPath(settings)} --tp_size ${String(settings.tpDegree)}`,
      settings.knob === null ? '' : ` ${KNOB.flag} ${commandNumber(settings.knob)}`,
      ` --max_seq_len ${String(settings.sessionLength)}`,
    ].join(''),
    ...(settings.kvFormat === 'int8'
      ? ['# kv_cache_config: { dtype: fp8 } in the file given to --extra_llm_api_options']
      : []),
  ],
  logLines: () => [],
});
