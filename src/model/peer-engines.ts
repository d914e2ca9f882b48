import { headDimOf, type ModelArchitecture } from './architecture';
import { KV_FORMATS, type KvPrecision } from './precision';
import { BYTES_PER_GIB } from './units';

/**
 * Other serving engines, for the comparison view. Each sizes its KV cache by its own rule;
 * the sources are the files named in `PEER_ENGINES`, read at the commits noted there.
 */
export const PEER_ENGINE_IDS = ['vllm', 'sglang', 'trtllm', 'tgi'] as const;
export type PeerEngineId = (typeof PEER_ENGINE_IDS)[number];

export interface PeerEngine {
  readonly id: PeerEngineId;
  readonly name: string;
  /** The knob, as its command line spells it. */
  readonly knob: string;
  /** null when the engine computes the default itself (SGLang). */
  readonly defaultKnob: number | null;
  /** Tokens per KV page; the cache is a whole number of pages. */
  readonly pageTokens: number;
  /** Tokens in the largest forward pass the engine profiles or warms up with. */
  readonly profileTokens: number;
  readonly source: string;
}

export const PEER_ENGINES: Readonly<Record<PeerEngineId, PeerEngine>> = {
  vllm: {
    id: 'vllm',
    name: 'vLLM',
    knob: '--gpu-memory-utilization',
    // 0.9 until v0.21.0, which raised it to 0.92 (PR #38284).
    defaultKnob: 0.92,
    pageTokens: 16,
    profileTokens: 8192,
    source: 'vllm/v1/worker/gpu_worker.py determine_available_memory',
  },
  sglang: {
    id: 'sglang',
    name: 'SGLang',
    knob: '--mem-fraction-static',
    defaultKnob: null,
    pageTokens: 1,
    profileTokens: 8192,
    source:
      'python/sglang/srt/server_args.py _handle_gpu_memory_settings; model_runner profile_max_num_token',
  },
  trtllm: {
    id: 'trtllm',
    name: 'TensorRT-LLM',
    knob: '--kv_cache_free_gpu_memory_fraction',
    defaultKnob: 0.9,
    pageTokens: 32,
    profileTokens: 8192,
    source: 'tensorrt_llm/_torch/pyexecutor/_util.py KvCacheCreator',
  },
  tgi: {
    id: 'tgi',
    name: 'TGI',
    knob: '--cuda-memory-fraction',
    defaultKnob: 1,
    pageTokens: 1,
    profileTokens: 4096,
    source: 'server/text_generation_server/models/flash_causal_lm.py warmup @v3.3.7',
  },
};

/** TGI keeps this share of the fraction; the rest of the GPU is left as slack (`TGI_WIGGLE_ROOM`). */
export const TGI_WIGGLE_ROOM = 0.9;
/** vLLM and SGLang pad the vocabulary to a multiple of 64 before splitting it. */
export const VOCAB_PADDING = 64;

export interface PeerInputs {
  readonly architecture: ModelArchitecture;
  readonly kvPrecision: KvPrecision;
  readonly tpDegree: number;
  /** `T` in GiB, as CUDA reports it. */
  readonly gpuMemory: number;
  /** nvidia-smi's total in MiB, which SGLang reads to pick its default; null if unknown. */
  readonly nvidiaSmiMiB: number | null;
  /** `X_i` in GiB. */
  readonly usedByOthers: readonly number[];
  readonly contextOverhead: number;
  readonly ncclOverhead: number;
  /** Weights outside the embedding and lm_head on one GPU, in GiB. */
  readonly shardedWeights: number;
  /** The knob per engine; null takes the default. */
  readonly knobs: Readonly<Record<PeerEngineId, number | null>>;
}

export type PeerProblem = 'heads' | 'vocab' | 'kv-format' | 'latent' | 'weights' | 'startup';

export interface PeerResult {
  readonly engine: PeerEngineId;
  readonly knob: number;
  readonly knobIsDefault: boolean;
  readonly weightsPerGpu: number;
  readonly vocabPerGpu: number;
  readonly activations: number;
  readonly kvCachePerGpu: number;
  readonly bytesPerToken: number;
  readonly tokens: number;
  readonly problem: PeerProblem | null;
}

const pad = (value: number, multiple: number) => Math.ceil(value / multiple) * multiple;

/**
 * SGLang's automatic `mem_fraction_static` (`_handle_gpu_memory_settings`, PR #10975): it
 * reserves, in MiB, 512 + 1.5 × max(chunked prefill, 2048) + 2 × CUDA-graph batch +
 * 1024 × P / 8, at least 10 GiB on GPUs above 60 GiB, and rounds to three decimals.
 */
export function sglangDefaultFraction(gpuMiB: number | null, tpDegree: number): number {
  if (gpuMiB === null) return 0.88;
  const tiers: readonly [number, number, number, number][] = [
    [20 * 1024, 2048, 8, 8],
    [35 * 1024, 2048, 24, 80],
    [60 * 1024, 4096, 32, 160],
    [160 * 1024, 8192, 256, 512],
    [Infinity, 16384, 512, 512],
  ];
  const tier = tiers.find(([below]) => gpuMiB < below) ?? [Infinity, 16384, 512, 512];
  const [, chunkedPrefill, smallBatch, largeBatch] = tier;
  const graphBatch = tpDegree < 4 ? smallBatch : largeBatch;
  let reserved =
    512 + Math.max(chunkedPrefill, 2048) * 1.5 + graphBatch * 2 + (tpDegree / 8) * 1024;
  if (gpuMiB > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return Math.round(((gpuMiB - reserved) / gpuMiB) * 1000) / 1000;
}

/** SGLang's chunked prefill for the GPU's tier, the largest pass its reserve is sized for. */
function sglangPrefillTokens(gpuMiB: number | null): number {
  if (gpuMiB === null) return 4096;
  if (gpuMiB < 35 * 1024) return 2048;
  if (gpuMiB < 60 * 1024) return 4096;
  return gpuMiB < 160 * 1024 ? 8192 : 16384;
}

/**
 * The peak of one forward pass over `tokens` tokens on one GPU, as the profile runs see it:
 * the MLP's gate and up outputs, a few hidden-sized tensors, and fp32 logits for 256 sequences.
 * An estimate; the engines measure it.
 */
export function activationPeakGiB(
  architecture: ModelArchitecture,
  tpDegree: number,
  tokens: number,
): number {
  const intermediate = architecture.moe
    ? architecture.moe.expertIntermediateSize * architecture.moe.expertsPerToken
    : architecture.intermediateSize;
  const perToken = 2 * Math.ceil(intermediate / tpDegree) + 4 * architecture.hiddenSize;
  const bytes = tokens * perToken * 2 + 256 * architecture.vocabSize * 4;
  return bytes / BYTES_PER_GIB;
}

function kvBytesPerToken(engine: PeerEngineId, inputs: PeerInputs): number | null {
  const { architecture, tpDegree, kvPrecision } = inputs;
  // The peers store fp16/bf16 or fp8 caches; a 4-bit cache is LMDeploy's own.
  if (kvPrecision === 'int4') return null;
  const bytes = KV_FORMATS[kvPrecision].bits / 8;
  if (architecture.mla) {
    if (engine === 'tgi') return null;
    return (
      architecture.layers * (architecture.mla.kvLoraRank + architecture.mla.qkRopeHeadDim) * bytes
    );
  }
  const { kvHeads } = architecture;
  const local =
    engine === 'trtllm'
      ? Math.ceil(kvHeads / tpDegree)
      : Math.max(1, Math.floor(kvHeads / tpDegree));
  return architecture.layers * local * 2 * headDimOf(architecture) * bytes;
}

function servable(engine: PeerEngineId, inputs: PeerInputs): PeerProblem | null {
  const { architecture, tpDegree } = inputs;
  if (architecture.attentionHeads % tpDegree !== 0) return 'heads';
  const { kvHeads } = architecture;
  if (!architecture.mla) {
    const even = kvHeads % tpDegree === 0 || tpDegree % kvHeads === 0;
    if (engine === 'tgi' ? kvHeads > 1 && kvHeads % tpDegree !== 0 : !even) return 'heads';
  }
  if (
    (engine === 'vllm' || engine === 'sglang') &&
    pad(architecture.vocabSize, VOCAB_PADDING) % tpDegree !== 0
  ) {
    return 'vocab';
  }
  return null;
}

/** Embedding plus lm_head on one GPU, 16-bit, by each engine's rule. */
function vocabPerGpuGiB(engine: PeerEngineId, inputs: PeerInputs): number {
  const { architecture, tpDegree } = inputs;
  const { vocabSize: vocab, hiddenSize: hidden } = architecture;
  const rowBytes = hidden * 2;
  const tables = architecture.tieWordEmbeddings ? 1 : 2;
  let rows: number;
  switch (engine) {
    case 'vllm':
    case 'sglang':
      rows = (tables * pad(vocab, VOCAB_PADDING)) / tpDegree;
      break;
    case 'trtllm':
      rows = tables * Math.ceil(vocab / tpDegree);
      break;
    case 'tgi':
      // The embedding is split in ceil(V/P) rows; the lm_head only when V divides by P.
      rows = Math.ceil(vocab / tpDegree) + (vocab % tpDegree === 0 ? vocab / tpDegree : vocab);
      break;
  }
  return (rows * rowBytes) / BYTES_PER_GIB;
}

export function computePeer(engine: PeerEngineId, inputs: PeerInputs): PeerResult {
  const spec = PEER_ENGINES[engine];
  const gpuMiB = inputs.nvidiaSmiMiB ?? inputs.gpuMemory * 1024;
  const chosen = inputs.knobs[engine];
  const knob =
    chosen ?? spec.defaultKnob ?? sglangDefaultFraction(inputs.nvidiaSmiMiB, inputs.tpDegree);
  const vocab = vocabPerGpuGiB(engine, inputs);
  const weights = inputs.shardedWeights + vocab;
  const tokensForPeak = engine === 'sglang' ? sglangPrefillTokens(gpuMiB) : spec.profileTokens;
  const activations = activationPeakGiB(inputs.architecture, inputs.tpDegree, tokensForPeak);
  const bytesPerToken = kvBytesPerToken(engine, inputs);
  const base = {
    engine,
    knob,
    knobIsDefault: chosen === null,
    weightsPerGpu: weights,
    vocabPerGpu: vocab,
    activations,
    bytesPerToken: bytesPerToken ?? 0,
  };
  const failed = (problem: PeerProblem): PeerResult => ({
    ...base,
    kvCachePerGpu: 0,
    tokens: 0,
    problem,
  });
  const structural = servable(engine, inputs);
  if (structural) return failed(structural);
  if (bytesPerToken === null) {
    return failed(inputs.architecture.mla ? 'latent' : 'kv-format');
  }

  const { gpuMemory: total, contextOverhead, ncclOverhead } = inputs;
  const others = Math.max(0, ...inputs.usedByOthers.slice(0, inputs.tpDegree));
  // Free memory when the engine starts, on the fullest GPU: every engine takes the MIN.
  const freeAtStart = total - others - contextOverhead - ncclOverhead;
  let kv: number;
  switch (engine) {
    case 'vllm':
      // The budget is a share of TOTAL memory; it refuses to start if that much is not free.
      if (freeAtStart < knob * total) return failed('startup');
      kv = knob * total - weights - activations - ncclOverhead;
      break;
    case 'sglang':
      // A share of what was free before the weights loaded; activations live in the rest.
      kv = knob * freeAtStart - weights;
      break;
    case 'trtllm':
      kv = knob * (freeAtStart - weights - activations);
      break;
    case 'tgi':
      kv = freeAtStart - weights - activations - (1 - knob * TGI_WIGGLE_ROOM) * total;
      break;
  }
  if (freeAtStart - weights < 0 || kv <= 0) return failed('weights');
  const pageBytes = bytesPerToken * spec.pageTokens;
  const pages = Math.floor((kv * BYTES_PER_GIB) / pageBytes);
  return { ...base, kvCachePerGpu: kv, tokens: pages * spec.pageTokens, problem: null };
}
