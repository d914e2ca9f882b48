import type { LinearRole, WeightPrecision } from '../../model';
import { objectSchema, type ConfigObject } from './fields';

export interface CheckpointQuantization {
  /** The weight format the checkpoint is stored in; null when it is 16-bit or not one the page sizes. */
  readonly weights: WeightPrecision | null;
  /** The `quant_method` as the config names it, for a checkpoint the page does not size. */
  readonly unknownMethod: string | null;
  /** Projections the checkpoint leaves in 16 bits. */
  readonly unquantized: readonly LinearRole[];
}

const NONE: CheckpointQuantization = { weights: null, unknownMethod: null, unquantized: [] };

/** The lists checkpoints use to name the modules they leave alone. */
const SKIP_LISTS = [
  'modules_to_not_convert',
  'modules_not_to_convert',
  'ignore',
  'ignored_layers',
  'llm_int8_skip_modules',
  'exclude_modules',
];

/** Which projections a skip-list entry (a name, a glob, or an `re:` pattern) keeps whole. */
function rolesOf(entry: string): LinearRole[] {
  const roles: LinearRole[] = [];
  if (/self_attn|\.attn\b|attention/.test(entry)) roles.push('attention');
  if (/shared_expert/.test(entry)) roles.push('shared-experts');
  else if (/\.experts(?:\.\*)?$|\.experts\./.test(entry)) roles.push('experts');
  // `mlp.gate_proj` and the like without `experts`: the dense MLP, not a router (`mlp.gate`).
  if (
    /mlp\\?\.\(?(?:gate|up|gate_up|down)(?:\|[a-z_]+)*\)?_proj/.test(entry) &&
    !/experts/.test(entry)
  ) {
    roles.push('dense-mlp');
  }
  return roles;
}

function bitsOf(quantization: ConfigObject): { bits: number | null; float: boolean } {
  if (typeof quantization.bits === 'number') return { bits: quantization.bits, float: false };
  const groups = objectSchema.safeParse(quantization.config_groups);
  if (groups.success) {
    for (const group of Object.values(groups.data)) {
      const weights = objectSchema.safeParse(objectSchema.safeParse(group).data?.weights);
      if (weights.success && typeof weights.data.num_bits === 'number') {
        return { bits: weights.data.num_bits, float: weights.data.type === 'float' };
      }
    }
  }
  if (quantization.load_in_4bit === true) return { bits: 4, float: false };
  if (quantization.load_in_8bit === true) return { bits: 8, float: false };
  return { bits: null, float: false };
}

/**
 * The format a checkpoint's `quantization_config` stores its projections in, in the formats
 * the page sizes: AWQ, GPTQ, bitsandbytes and 4-bit compressed-tensors as INT4 with group
 * scales, MXFP4 likewise (4 bits and a scale a 32), FP8 and 8-bit integers as themselves.
 */
export function readQuantization(config: ConfigObject): CheckpointQuantization {
  // Older compressed-tensors checkpoints name the block `compression_config`.
  const parsed = objectSchema.safeParse(config.quantization_config ?? config.compression_config);
  if (!parsed.success) return NONE;
  const quantization = parsed.data;
  const method = typeof quantization.quant_method === 'string' ? quantization.quant_method : '';
  const { bits, float } = bitsOf(quantization);
  let weights: WeightPrecision | null = null;
  if (method === 'fp8' || (bits === 8 && float)) weights = 'fp8';
  else if (method === 'mxfp4' || bits === 4) weights = 'int4';
  else if (bits === 8) weights = 'int8';
  const unquantized = new Set<LinearRole>();
  for (const list of SKIP_LISTS) {
    const entries = quantization[list];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (typeof entry === 'string') for (const role of rolesOf(entry)) unquantized.add(role);
    }
  }
  return {
    weights,
    unknownMethod: weights === null && method !== '' ? method.slice(0, 40) : null,
    unquantized: [...unquantized],
  };
}
