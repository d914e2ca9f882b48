/**
 * Weight formats. Only the projection matrices are quantized; the embedding, lm_head, norms,
 * biases and routers stay in 16-bit in each scheme listed here.
 */
export const WEIGHT_PRECISIONS = ['bf16', 'fp8', 'int8', 'int4'] as const;
export type WeightPrecision = (typeof WEIGHT_PRECISIONS)[number];

interface WeightFormat {
  readonly bytesPerWeight: number;
  /** Extra bytes per group of weights (scales, zero points); `row` is one output channel. */
  readonly groupSize: number | 'row';
  readonly bytesPerGroup: number;
}

export const WEIGHT_FORMATS: Readonly<Record<WeightPrecision, WeightFormat>> = {
  bf16: { bytesPerWeight: 2, groupSize: 1, bytesPerGroup: 0 },
  // One fp32 scale per 128 × 128 block, as DeepSeek-V3's released checkpoint stores them.
  fp8: { bytesPerWeight: 1, groupSize: 128 * 128, bytesPerGroup: 4 },
  // SmoothQuant W8A8: an fp16 scale per output channel.
  int8: { bytesPerWeight: 1, groupSize: 'row', bytesPerGroup: 2 },
  // AWQ/GPTQ, group 128: an fp16 scale and an fp16 zero point per group.
  int4: { bytesPerWeight: 0.5, groupSize: 128, bytesPerGroup: 4 },
};

export const SIXTEEN_BIT_BYTES = 2;

/** `rowLength` stands for every matrix's input width; `hidden` is close for all of them. */
export function bytesForLinearWeights(
  count: number,
  precision: WeightPrecision,
  rowLength: number,
): number {
  const format = WEIGHT_FORMATS[precision];
  const groupSize = format.groupSize === 'row' ? rowLength : format.groupSize;
  return count * format.bytesPerWeight + (count / groupSize) * format.bytesPerGroup;
}

/** KV cache formats and LMDeploy's `quant_policy` for each. */
export const KV_PRECISIONS = ['fp16', 'int8', 'int4'] as const;
export type KvPrecision = (typeof KV_PRECISIONS)[number];

interface KvFormat {
  readonly bits: number;
  readonly quantPolicy: 0 | 4 | 8;
  /** Per head and token, for K and for V each: an fp16 scale and zero point when quantized. */
  readonly paramBytes: number;
}

export const KV_FORMATS: Readonly<Record<KvPrecision, KvFormat>> = {
  fp16: { bits: 16, quantPolicy: 0, paramBytes: 0 },
  int8: { bits: 8, quantPolicy: 8, paramBytes: 4 },
  int4: { bits: 4, quantPolicy: 4, paramBytes: 4 },
};
