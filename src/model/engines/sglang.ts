import { commandNumber } from '../launch';
import { checkpointPath, onlineFp8Flag, PADDED_VOCABULARY_SPLIT, peerEngine } from './peer';

const MIB_PER_GIB = 1024;

/**
 * SGLang's automatic `mem_fraction_static` (`_handle_gpu_memory_settings`, PR #10975): it
 * reserves, in MiB, 512 + 1.5 × max(chunked prefill, 2048) + 2 × CUDA-graph batch +
 * 1024 × P / 8, at least 10 GiB on GPUs above 60 GiB, and rounds to three decimals.
 */
export function sglangDefaultFraction(gpuMiB: number | null, tpDegree: number): number {
  if (gpuMiB === null) return 0.88;
  const tiers: readonly [number, number, number, number][] = [
    [20 * MIB_PER_GIB, 2048, 8, 8],
    [35 * MIB_PER_GIB, 2048, 24, 80],
    [60 * MIB_PER_GIB, 4096, 32, 160],
    [160 * MIB_PER_GIB, 8192, 256, 512],
    [Infinity, 16384, 512, 512],
  ];
  const tier = tiers.find(([below]) => gpuMiB < below) ?? [Infinity, 16384, 512, 512];
  const [, chunkedPrefill, smallBatch, largeBatch] = tier;
  const graphBatch = tpDegree < 4 ? smallBatch : largeBatch;
  let reserved =
    512 + Math.max(chunkedPrefill, 2048) * 1.5 + graphBatch * 2 + (tpDegree / 8) * 1024;
  if (gpuMiB > 60 * MIB_PER_GIB) reserved = Math.max(reserved, 10 * MIB_PER_GIB);
  return Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000;
}

/** SGLang's chunked prefill for the GPU's tier, the largest pass its reserve is sized for. */
function sglangPrefillTokens(gpuMiB: number | null): number {
  if (gpuMiB === null) return 4096;
  if (gpuMiB < 35 * MIB_PER_GIB) return 2048;
  if (gpuMiB < 60 * MIB_PER_GIB) return 4096;
  return gpuMiB < 160 * MIB_PER_GIB ? 8192 : 16384;
}

const KNOB = {
  flag: '--mem-fraction-static',
  symbol: 'f',
  defaultValue: null,
  choose: sglangDefaultFraction,
} as const;

/** SGLang: a share of what was free BEFORE the weights loaded, less the weights. */
export const sglang = peerEngine('sglang', {
  name: 'SGLang',
  knob: KNOB,
  pageTokens: 1,
  source:
    'python/sglang/srt/server_args.py _handle_gpu_memory_settings; model_runner profile_max_num_token',
  profileTokens: sglangPrefillTokens,
  ...PADDED_VOCABULARY_SPLIT,
  // Activations live in the share it leaves out.
  kvBudget: ({ freeAtStart, weights }, knob) => knob * freeAtStart - weights,
  launchCommand: (settings) => [
    [
      `python -m sglang.launch_server --model-path ${checkpointPath(settings)} --tp-size ${String(settings.tpDegree)}`,
      onlineFp8Flag(settings, '--quantization'),
      settings.knob === null ? '' : ` ${KNOB.flag} ${commandNumber(settings.knob)}`,
      ` --context-length ${String(settings.sessionLength)}`,
      settings.kvFormat === 'int8' ? ' --kv-cache-dtype fp8_e4m3' : '',
    ].join(''),
  ],
  logLines: () => [],
});
