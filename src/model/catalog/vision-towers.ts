/** Vision towers as their `vision_config` gives them, shared by the models that use them. */
import type { InternVitShape, QwenVitShape } from '../vision';

/** InternViT-300M-448px-V2_5, InternVL3-8B's vision encoder. */
export const INTERNVIT_300M: Omit<InternVitShape, 'languageHidden'> = {
  hidden: 1024,
  intermediate: 4096,
  layers: 24,
  patch: 14,
  image: 448,
  qkvBias: true,
  norm: 'layer',
  qkNorm: false,
  downsample: 0.5,
};

/** InternViT-6B-448px-V2_5, InternVL3-38B's and -78B's: 45 layers, 25 heads. */
export const INTERNVIT_6B: Omit<InternVitShape, 'languageHidden'> = {
  hidden: 3200,
  intermediate: 12800,
  layers: 45,
  patch: 14,
  image: 448,
  qkvBias: false,
  norm: 'rms',
  qkNorm: true,
  downsample: 0.5,
};

/** Qwen2.5-VL's vision transformer; the 72B's MLP is wider (3456) than the 7B's (3420). */
export const QWEN25_VIT: Omit<QwenVitShape, 'intermediate' | 'outHidden'> = {
  hidden: 1280,
  depth: 32,
  patch: 14,
  temporalPatch: 2,
  spatialMerge: 2,
  inChannels: 3,
  gatedMlp: true,
};
