import type { Checkpoints } from '../catalog/models';
import type { WeightPrecision } from '../precision';

/** From which release of a line a format loads: `line` for all of it. */
export type Since = 'line' | `0.${number}.${number}`;

/** The checkpoint formats a release line loads (`lmdeploy/turbomind/deploy/converter.py`, `lmdeploy/pytorch/nn/linear.py`). */
export interface WeightLoading {
  readonly awq: Since | null;
  /** Symmetric, no `desc_act`, groups of 128. */
  readonly gptq: Since | null;
  /** Block-wise FP8: `weight_scale_inv` over 128 × 128 blocks. */
  readonly fp8: Since | null;
  /** `--model-format fp8` on a 16-bit checkpoint, quantized as it loads. */
  readonly fp8Online: Since | null;
  /** INT8 weights and activations as `lmdeploy lite smooth_quant` writes them. */
  readonly w8a8: Since | null;
}

/** How a version gets the weights the chart holds. */
export type Checkpoint =
  /** A published repository, in the format named (null for 16-bit). */
  | {
      readonly kind: 'published';
      readonly path: string;
      readonly format: 'awq' | 'gptq' | 'fp8' | 'w8a8' | null;
      readonly since: Since;
    }
  /** The 16-bit repository, quantized to FP8 as it loads. */
  | { readonly kind: 'online'; readonly path: string; readonly since: Since }
  /** None is published: `lmdeploy lite` makes one from the 16-bit repository first. */
  | {
      readonly kind: 'made';
      readonly path: string;
      readonly from: string;
      readonly recipe: 'auto_awq' | 'smooth_quant';
      readonly since: Since;
    }
  /** The version loads the format, but no checkpoint of it is known. */
  | { readonly kind: 'unpublished'; readonly path: string; readonly since: Since }
  | { readonly kind: 'cannot' };

/** Whether the version loads weights in this format at all, from some release of its line. */
export function loadsWeights(loading: WeightLoading, weights: WeightPrecision): boolean {
  switch (weights) {
    case 'bf16':
      return true;
    case 'int4':
      return loading.awq !== null || loading.gptq !== null;
    case 'fp8':
      return loading.fp8 !== null || loading.fp8Online !== null;
    case 'int8':
      return loading.w8a8 !== null;
  }
}

const lastPart = (path: string) => path.split('/').pop() ?? path;

/**
 * The checkpoint a version serves the chart's weights from: a published one where the model
 * has one in a format the version loads, else one it quantizes as it loads or one
 * `lmdeploy lite` makes, else a placeholder; `cannot` when no release of the line loads it.
 */
export function checkpointFor(
  loading: WeightLoading,
  weights: WeightPrecision,
  basePath: string,
  published: Checkpoints,
): Checkpoint {
  switch (weights) {
    case 'bf16':
      return { kind: 'published', path: basePath, format: null, since: 'line' };
    case 'int4':
      if (loading.awq && published.awq) {
        return { kind: 'published', path: published.awq, format: 'awq', since: loading.awq };
      }
      if (loading.gptq && published.gptq) {
        return { kind: 'published', path: published.gptq, format: 'gptq', since: loading.gptq };
      }
      if (loading.awq) {
        const path = `./${lastPart(basePath)}-awq`;
        return { kind: 'made', path, from: basePath, recipe: 'auto_awq', since: loading.awq };
      }
      return { kind: 'cannot' };
    case 'fp8':
      if (loading.fp8 && published.fp8) {
        return { kind: 'published', path: published.fp8, format: 'fp8', since: loading.fp8 };
      }
      if (loading.fp8Online) return { kind: 'online', path: basePath, since: loading.fp8Online };
      if (loading.fp8) {
        return {
          kind: 'unpublished',
          path: `/path/to/${lastPart(basePath)}-FP8`,
          since: loading.fp8,
        };
      }
      return { kind: 'cannot' };
    case 'int8':
      if (!loading.w8a8) return { kind: 'cannot' };
      if (published.w8a8) {
        return { kind: 'published', path: published.w8a8, format: 'w8a8', since: loading.w8a8 };
      }
      return {
        kind: 'made',
        path: `./${lastPart(basePath)}-w8a8`,
        from: basePath,
        recipe: 'smooth_quant',
        since: loading.w8a8,
      };
  }
}

/** A checkpoint for the other engines, which also load compressed-tensors repositories. */
export function peerCheckpoint(
  weights: WeightPrecision,
  basePath: string,
  published: Checkpoints,
): { readonly path: string; readonly online: boolean } {
  switch (weights) {
    case 'bf16':
      return { path: basePath, online: false };
    case 'int4': {
      const path = published.awq ?? published.gptq;
      return path
        ? { path, online: false }
        : { path: `/path/to/${lastPart(basePath)}-AWQ`, online: false };
    }
    case 'fp8': {
      const path = published.fp8 ?? published.fp8CompressedTensors;
      // vLLM and SGLang quantize a 16-bit checkpoint to FP8 with `--quantization fp8`.
      return path ? { path, online: false } : { path: basePath, online: true };
    }
    case 'int8': {
      const path = published.w8a8CompressedTensors ?? published.w8a8;
      return { path: path ?? `/path/to/${lastPart(basePath)}-W8A8`, online: false };
    }
  }
}
