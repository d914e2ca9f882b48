import { countParameters, type LinearRole, type ModelArchitecture } from '../architecture';
import type { LmdeployBackend } from '../lmdeploy/version-spec';
import { bytesForLinearWeights, SIXTEEN_BIT_BYTES, type WeightPrecision } from '../precision';
import { paddedVocabSize } from '../tp-validity';
import { bytes, toGiB, type GiB } from '../units';
import type { LayoutProblem, ParallelLayout } from './parallel-layout';

/** What one GPU holds of the weights under a layout, by what each part does. */
export interface LayoutWeights {
  readonly attention: GiB;
  readonly denseMlp: GiB;
  /** Routed experts: `expertsPerGpu` of them, each whole or split by `expertTp`. */
  readonly experts: GiB;
  readonly sharedExperts: GiB;
  /** Norms, biases and routers, whole on every GPU. */
  readonly other: GiB;
  /** Embedding and lm_head, 16-bit. */
  readonly vocab: GiB;
  /** Everything but the vocabulary layers: what the charts call sharded weights. */
  readonly sharded: GiB;
  readonly expertsPerGpu: number;
}

export type LayoutWeightsResult =
  | { readonly ok: true; readonly weights: LayoutWeights }
  | { readonly ok: false; readonly problem: LayoutProblem };

/**
 * Each GPU's weights under a layout. TurboMind from v0.15 (`turbomind/builders/`): attention
 * split over `attn_tp`, the dense MLP and shared experts over `mlp_tp`, experts dealt out over
 * `ep` (which must divide them) and each split over `mlp_tp`, embedding and lm_head over
 * `attn_tp·cp`. The PyTorch engine (`pytorch/nn/moe`): with `ep > 1` each GPU holds
 * `ceil(E/ep)` whole experts, and the embedding and lm_head stay whole. Routers and norms are
 * whole on every GPU in both.
 */
export function layoutWeights(
  architecture: ModelArchitecture,
  precision: WeightPrecision,
  layout: ParallelLayout,
  backend: LmdeployBackend,
): LayoutWeightsResult {
  const counts = countParameters(architecture);
  const kept = new Set(architecture.unquantized ?? []);
  const roleBytes = (role: LinearRole) =>
    bytesForLinearWeights(
      counts.linearByRole[role],
      kept.has(role) ? 'bf16' : precision,
      architecture.hiddenSize,
    );
  const experts = architecture.moe?.experts ?? 0;
  if (backend === 'turbomind' && experts > 0 && experts % layout.ep !== 0) {
    return { ok: false, problem: { kind: 'experts-indivisible', experts, ep: layout.ep } };
  }
  const expertsPerGpu =
    experts === 0
      ? 0
      : backend === 'turbomind'
        ? experts / layout.ep
        : Math.ceil(experts / layout.ep);
  const vocabRows = paddedVocabSize(architecture.vocabSize, layout.vocabTp);
  const expertShare = experts === 0 ? 0 : expertsPerGpu / experts;
  const parts = {
    attention: roleBytes('attention') / layout.attnTp,
    denseMlp: roleBytes('dense-mlp') / layout.mlpTp,
    experts: (roleBytes('experts') * expertShare) / layout.expertTp,
    sharedExperts: roleBytes('shared-experts') / layout.mlpTp,
    other: counts.other * SIXTEEN_BIT_BYTES,
  };
  // Both buffers even when tied, as the charts count them (`turbomindSizes`).
  const vocab = (2 * vocabRows * architecture.hiddenSize * SIXTEEN_BIT_BYTES) / layout.vocabTp;
  const gib = (value: number) => toGiB(bytes(value));
  const sharded =
    parts.attention + parts.denseMlp + parts.experts + parts.sharedExperts + parts.other;
  return {
    ok: true,
    weights: {
      attention: gib(parts.attention),
      denseMlp: gib(parts.denseMlp),
      experts: gib(parts.experts),
      sharedExperts: gib(parts.sharedExperts),
      other: gib(parts.other),
      vocab: gib(vocab),
      sharded: gib(sharded),
      expertsPerGpu,
    },
  };
}
