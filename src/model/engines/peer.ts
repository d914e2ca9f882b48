import { headDimOf, type ModelArchitecture } from '../architecture';
import type { Checkpoints } from '../catalog/models';
import type { LaunchSettings } from '../launch';
import { peerCheckpoint, type Checkpoint } from '../lmdeploy/checkpoints';
import { KV_FORMATS, type KvPrecision, type WeightPrecision } from '../precision';
import { mostUsedByOthers } from '../tp-scenario';
import { bytes, gib, toBytes, toGiB, type Bytes, type GiB } from '../units';
import {
  defaultKnob,
  type EngineContext,
  type EngineRefusal,
  type EngineResult,
  type EngineSpec,
} from './engine-spec';

/** What a peer engine's KV budget is computed from, on the fullest GPU, in GiB. */
export interface PeerMemory {
  /** `T`, as CUDA reports it. */
  readonly total: number;
  /** Free when the engine starts: `T − X − context − NCCL`. */
  readonly freeAtStart: number;
  readonly weights: number;
  readonly activations: number;
  readonly nccl: number;
}

/** The rules an engine other than LMDeploy sizes its cache by. */
export interface PeerRules extends Omit<EngineSpec, 'evaluate' | 'checkpoint'> {
  /** Tokens in the largest forward pass it profiles or warms up with, by nvidia-smi's MiB. */
  readonly profileTokens: (gpuMiB: number | null) => number;
  /** Embedding plus lm_head rows on one GPU. */
  readonly vocabRows: (vocab: number, tpDegree: number, tied: boolean) => number;
  /** KV heads each GPU stores; null when it refuses to spread them over P. */
  readonly kvHeadsPerGpu: (kvHeads: number, tpDegree: number) => number | null;
  readonly refusals: {
    /** Whether it refuses to split this vocabulary over P. */
    readonly vocabulary: (vocab: number, tpDegree: number) => boolean;
    /** KV cache formats it has no kernels for. */
    readonly kvFormats: readonly KvPrecision[];
    /** Whether it refuses models with latent attention (MLA). */
    readonly latentAttention: boolean;
  };
  /** KV cache per GPU in GiB, or `startup` when the engine refuses to start. */
  readonly kvBudget: (memory: PeerMemory, knob: number) => number | 'startup';
}

/** vLLM and SGLang pad the vocabulary to a multiple of 64 before splitting it. */
export const VOCAB_PADDING = 64;

export const padTo = (value: number, multiple: number): number =>
  Math.ceil(value / multiple) * multiple;

/** Never refuses a vocabulary. */
export const anyVocabulary = (): boolean => false;

/** Split over P when P divides them, each repeated when P is a multiple of them. */
export function evenKvHeads(kvHeads: number, tpDegree: number): number | null {
  const even = kvHeads % tpDegree === 0 || tpDegree % kvHeads === 0;
  return even ? Math.max(1, Math.floor(kvHeads / tpDegree)) : null;
}

/**
 * How vLLM and SGLang split a model: the vocabulary padded to 64 rows and divided over P,
 * KV heads split or repeated, fp16 or fp8 caches, latent attention supported.
 */
export const PADDED_VOCABULARY_SPLIT = {
  vocabRows: (vocab: number, tpDegree: number, tied: boolean) =>
    ((tied ? 1 : 2) * padTo(vocab, VOCAB_PADDING)) / tpDegree,
  kvHeadsPerGpu: evenKvHeads,
  refusals: {
    vocabulary: (vocab: number, tpDegree: number) => padTo(vocab, VOCAB_PADDING) % tpDegree !== 0,
    kvFormats: ['int4'],
    latentAttention: false,
  },
} as const satisfies Pick<PeerRules, 'vocabRows' | 'kvHeadsPerGpu' | 'refusals'>;

/**
 * The peak of one forward pass over `tokens` tokens on one GPU, as the profile runs see it:
 * the MLP's gate and up outputs, a few hidden-sized tensors, and fp32 logits for 256 sequences.
 * An estimate; the engines measure it.
 */
export function activationPeakGiB(
  architecture: ModelArchitecture,
  tpDegree: number,
  tokens: number,
): GiB {
  const intermediate = architecture.moe
    ? architecture.moe.expertIntermediateSize * architecture.moe.expertsPerToken
    : architecture.intermediateSize;
  const perToken = 2 * Math.ceil(intermediate / tpDegree) + 4 * architecture.hiddenSize;
  return toGiB(bytes(tokens * perToken * 2 + 256 * architecture.vocabSize * 4));
}

function kvBytesPerToken(
  architecture: ModelArchitecture,
  kvPrecision: KvPrecision,
  kvHeadsPerGpu: number,
): Bytes {
  const size = KV_FORMATS[kvPrecision].bits / 8;
  const { layers, mla } = architecture;
  if (mla) return bytes(layers * (mla.kvLoraRank + mla.qkRopeHeadDim) * size);
  return bytes(layers * kvHeadsPerGpu * 2 * headDimOf(architecture) * size);
}

/** The comparison's row for an engine other than LMDeploy. */
export function evaluatePeer(rules: PeerRules, context: EngineContext, id: string): EngineResult {
  const { tp, architecture, kvPrecision } = context;
  const { tpDegree } = tp;
  const gpuMiB = context.nvidiaSmiMiB ?? tp.gpuMemory * 1024;
  const knob = context.knob ?? defaultKnob(rules.knob, context.nvidiaSmiMiB, tpDegree);
  const tied = architecture.tieWordEmbeddings;
  const vocabRows = rules.vocabRows(architecture.vocabSize, tpDegree, tied);
  const vocab = toGiB(bytes(vocabRows * architecture.hiddenSize * 2));
  // A vision tower loads with the model, its layers split over the TP group as the
  // language model's are (vLLM's and SGLang's vision models use the same parallel layers).
  const weights = gib(
    (tp.modelWeights - tp.vocabLayers) / tpDegree + vocab + tp.visionWeights / tpDegree,
  );
  const activations = activationPeakGiB(architecture, tpDegree, rules.profileTokens(gpuMiB));
  const kvHeads = architecture.mla ? 1 : rules.kvHeadsPerGpu(architecture.kvHeads, tpDegree);
  const bytesPerToken = kvBytesPerToken(architecture, kvPrecision, kvHeads ?? 0);
  const pageBytes = bytes(bytesPerToken * rules.pageTokens);
  const result = (kv: number, pages: number, problem: EngineRefusal | null): EngineResult => ({
    engine: id,
    knob,
    knobIsDefault: context.knob === null,
    weightsPerGpu: weights,
    vocabPerGpu: vocab,
    activations,
    freeAfterLoad: null,
    kvCachePerGpu: gib(kv),
    bytesPerToken,
    pageBytes,
    pages,
    tokens: pages * rules.pageTokens,
    maxBatchSize: null,
    prefillTokens: null,
    problem,
  });

  if (architecture.attentionHeads % tpDegree !== 0 || kvHeads === null) {
    return result(0, 0, 'heads');
  }
  if (rules.refusals.vocabulary(architecture.vocabSize, tpDegree)) return result(0, 0, 'vocab');
  if (rules.refusals.kvFormats.includes(kvPrecision)) return result(0, 0, 'kv-format');
  if (architecture.mla && rules.refusals.latentAttention) return result(0, 0, 'latent');

  // Free memory when the engine starts, on the fullest GPU: every engine takes the MIN.
  const freeAtStart =
    tp.gpuMemory - mostUsedByOthers(tp) - context.contextOverhead - context.ncclOverhead;
  const budget = rules.kvBudget(
    { total: tp.gpuMemory, freeAtStart, weights, activations, nccl: context.ncclOverhead },
    knob,
  );
  if (budget === 'startup') return result(0, 0, 'startup');
  const calibrated = budget - context.calibration;
  if (freeAtStart - weights < 0 || calibrated <= 0) return result(0, 0, 'weights');
  return result(calibrated, Math.floor(toBytes(gib(calibrated)) / pageBytes), null);
}

/** An engine record from its rules: the comparison evaluates every engine the same way. */
/** The other engines load published checkpoints of any kind, compressed-tensors included. */
function peerCheckpointOf(
  weights: WeightPrecision,
  basePath: string,
  published: Checkpoints,
): Checkpoint {
  const { path, online } = peerCheckpoint(weights, basePath, published);
  return online
    ? { kind: 'online', path, since: 'line' }
    : { kind: 'published', path, format: null, since: 'line' };
}

/** The path the command loads: the checkpoint's, or the 16-bit model's. */
export const checkpointPath = (settings: LaunchSettings): string =>
  settings.checkpoint.kind === 'cannot' ? settings.modelPath : settings.checkpoint.path;

/** `--quantization fp8` (vLLM, SGLang) when a 16-bit checkpoint is quantized as it loads. */
export const onlineFp8Flag = (settings: LaunchSettings, flag: string): string =>
  settings.checkpoint.kind === 'online' ? ` ${flag} fp8` : '';

export function peerEngine<Id extends string>(id: Id, rules: PeerRules): EngineSpec & { id: Id } {
  return {
    ...rules,
    id,
    evaluate: (context) => evaluatePeer(rules, context, id),
    checkpoint: peerCheckpointOf,
  };
}
