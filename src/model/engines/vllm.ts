import { commandNumber } from '../launch';
import { PADDED_VOCABULARY_SPLIT, peerEngine } from './peer';

const KNOB = { flag: '--gpu-memory-utilization', symbol: 'u', defaultValue: 0.92 } as const;

/** vLLM: a share of TOTAL memory, less everything else the profile run found in use. */
export const vllm = peerEngine('vllm', {
  name: 'vLLM',
  // 0.9 until v0.21.0, which raised it to 0.92 (PR #38284).
  knob: KNOB,
  pageTokens: 16,
  source: 'vllm/v1/worker/gpu_worker.py determine_available_memory',
  profileTokens: () => 8192,
  ...PADDED_VOCABULARY_SPLIT,
  // The budget is a share of TOTAL memory; it refuses to start if that much is not free.
  kvBudget: ({ total, freeAtStart, weights, activations, nccl }, knob) =>
    freeAtStart < knob * total ? 'startup' : knob * total - weights - activations - nccl,
  launchCommand: (settings) => [
    [
      `vllm serve ${settings.modelPath} --tensor-parallel-size ${String(settings.tpDegree)}`,
      settings.knob === null ? '' : ` ${KNOB.flag} ${commandNumber(settings.knob)}`,
      ` --max-model-len ${String(settings.sessionLength)}`,
      settings.kvFormat === 'int8' ? ' --kv-cache-dtype fp8' : '',
    ].join(''),
  ],
  logLines: () => [],
});
