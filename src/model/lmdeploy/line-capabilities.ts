import type { WeightLoading } from './checkpoints';

/**
 * What release lines can load and lay out, shared by several lines of the table in
 * `versions.ts`: weight formats, where a vision tower goes, and parallel layouts.
 */

export const NO_DP = { rules: null, since: null } as const;

/** TurboMind takes `--dp` from v0.8.0 (PR #3229); the page models its layouts from v0.15. */
export const DP_NOT_MODELLED = { rules: null, since: 'v0.8.0' } as const;

/** Vision-language models from v0.2.6 (`serve/vl_async_engine.py`): the tower whole on GPU 0. */
export const VISION_ON_GPU0 = {
  placement: 'first-gpu',
  source: "lmdeploy/vl/model/qwen.py@v0.2.6 (device='cuda')",
} as const;

/** From v0.5.1 accelerate balances the tower over GPUs 0 … P − 1 before the engine starts. */
export const VISION_BALANCED = {
  placement: 'spread',
  source: "lmdeploy/vl/model/builder.py@v0.5.1 (max_memory over range(tp), device_map='auto')",
} as const;

/** Inside the PyTorch engine's model from v0.6.5 (PR #2810), its linears split over the TP group. */
export const VISION_IN_ENGINE = {
  placement: 'spread',
  source: 'lmdeploy/pytorch/models/internvl.py@0.6.5 (PR #2810, is_tp=True)',
} as const;

/** TurboMind until v0.5.x: AWQ only, with `--model-format awq` (`deploy/converter.py`). */
export const TURBOMIND_AWQ: WeightLoading = {
  awq: 'line',
  gptq: null,
  fp8: null,
  fp8Online: null,
  w8a8: null,
};

/** GPTQ from v0.6.0 (PR #2090), block-wise FP8 from v0.9.0 (PR #3601). */
export const TURBOMIND_GPTQ: WeightLoading = { ...TURBOMIND_AWQ, gptq: 'line' };
export const TURBOMIND_FP8: WeightLoading = { ...TURBOMIND_GPTQ, fp8: 'line' };

/**
 * The PyTorch engine: AWQ and `smooth_quant`'s W8A8 from v0.6.0, block-wise FP8 from v0.7.0
 * (PR #2967), FP8 quantized as it loads from v0.9.0 (`models/patch.py`); never GPTQ.
 */
export const PYTORCH_LOADING: WeightLoading = {
  awq: 'line',
  gptq: null,
  fp8: 'line',
  fp8Online: 'line',
  w8a8: 'line',
};
