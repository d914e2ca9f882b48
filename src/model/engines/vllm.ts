import { commandNumber } from '../launch';
import { checkpointPath, onlineFp8Flag, PADDED_VOCABULARY_SPLIT, peerEngine } from './peer';

const KNOB = { flag: '--gpu-memory-utilization', symbol: 'u', defaultValue: 0.92 } as const;

/** vLLM: a share of TOTAL memory, less everything else the profile run found in use. */
export const vllm = peerEngine('vllm', {
  name: 'vLLM',
  // 0.9 until v0.21.0, which raised it to 0.92 (PR #38284).
  knob: KNOB,
  pageTokens: 16,
  source: 'vllm/v1/worker/gpu_worker.py determine_available_memory (v0.11 – v0.21)',
  profileTokens: () => 8192,
  ...PADDED_VOCABULARY_SPLIT,
  // A share of TOTAL memory less what the profile run allocated; it refuses to start if that
  // share is not free. Since v0.11 its baseline is taken after NCCL starts, so the context
  // and NCCL come out of the rest of the GPU rather than out of this budget; from v0.21 it
  // also sets aside an estimate of its CUDA graphs, which a calibration to its log counts.
  kvBudget: ({ total, freeAtStart, weights, activations }, knob) =>
    freeAtStart < knob * total ? 'startup' : knob * total - weights - activations,
  launchCommand: (settings) => [
    [
      `vllm serve ${checkpointPath(settings)} --tensor-parallel-size ${String(settings.tpDegree)}`,
      onlineFp8Flag(settings, '--quantization'),
      settings.knob === null ? '' : ` ${KNOB.flag} ${commandNumber(settings.knob)}`,
      ` --max-model-len ${String(settings.sessionLength)}`,
      settings.kvFormat === 'int8' ? ' --kv-cache-dtype fp8' : '',
    ].join(''),
  ],
  logLines: () => [],
});
