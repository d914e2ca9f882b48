import { serveCommand, workspaceRecipe } from './commands';
import {
  cacheEngineLines,
  decimalMiBLines,
  engineLines,
  lazyBlockManagerLines,
  objectCacheLines,
  wholeMiBLines,
} from './log-lines';
import {
  DP_NOT_MODELLED,
  NO_DP,
  PYTORCH_LOADING,
  TURBOMIND_AWQ,
  TURBOMIND_FP8,
  TURBOMIND_GPTQ,
  VISION_BALANCED,
  VISION_IN_ENGINE,
  VISION_ON_GPU0,
} from './line-capabilities';
import type { LmdeployVersionSpec } from './version-spec';

/**
 * TurboMind from v0.2.2: λ of the memory free once the weights are in, in 64-token blocks,
 * with the embedding and lm_head copied on every GPU (`LlamaWeight.cc` before v0.6.0).
 */
const TURBOMIND = {
  backend: 'turbomind',
  ratioBase: 'free',
  allocation: 'upfront',
  blockCountAboveOne: true,
  blockTokens: 64,
  vocabSharded: false,
  repeatsKvHeads: false,
  buffersBeforeCache: false,
  batchDefaults: 'fixed',
  reserve: null,
  defaultCacheRatio: 0.8,
  defaultPrefillTokens: null,
  logLines: wholeMiBLines,
  command: serveCommand('turbomind'),
  weightLoading: TURBOMIND_AWQ,
  vision: VISION_ON_GPU0,
  parallel: NO_DP,
} as const;

/** v0.1.0 to v0.2.1: λ of TOTAL memory, default 0.5, in 128-token blocks. */
const TOTAL_MEMORY = {
  ...TURBOMIND,
  ratioBase: 'total',
  blockTokens: 128,
  defaultCacheRatio: 0.5,
} as const;

/**
 * From v0.6.0 the embedding and lm_head are split over P (PR #2252) and `max_batch_size`
 * follows the GPU; from v0.4.1 to v0.9.x Python asserts `0 < λ < 1` (PR #1525).
 */
const SHARDED = {
  ...TURBOMIND,
  vocabSharded: true,
  blockCountAboveOne: false,
  batchDefaults: 'by-gpu-v0.6',
  weightLoading: TURBOMIND_GPTQ,
  vision: VISION_BALANCED,
} as const;

/**
 * The PyTorch engine: λ of what is free less a reserve for logits; the embedding and lm_head
 * stay whole on every GPU. `lmdeploy serve` passes `--max-prefill-token-num` 8192 in every
 * release from v0.6.0 (`cli/serve.py`), whatever `PytorchEngineConfig`'s own default.
 */
const PYTORCH = {
  backend: 'pytorch',
  ratioBase: 'free-less-reserve',
  allocation: 'upfront',
  blockCountAboveOne: false,
  blockTokens: 64,
  vocabSharded: false,
  repeatsKvHeads: true,
  buffersBeforeCache: false,
  batchDefaults: 'by-gpu-v0.6',
  reserve: 'prefill-x7',
  defaultCacheRatio: 0.8,
  defaultPrefillTokens: 8192,
  command: serveCommand('pytorch'),
  weightLoading: PYTORCH_LOADING,
  vision: VISION_IN_ENGINE,
  // `dp` and `ep` from v0.8.0 (PR #3229); the page models `DistConfig` as it is from v0.11.
  parallel: { rules: null, since: 'v0.8.0' },
} as const;

/**
 * Every LMDeploy release line the charts can show, oldest first, each where the rules that
 * size the cache, print it or start it change. Every field is read from the engine's source
 * at the tag named in `source`; adding a release line is adding a record here (and its title
 * and rule to the two message files).
 */
const VERSION_TABLE = {
  tm000: {
    ...TURBOMIND,
    releases: 'v0.0.x',
    span: ['0.0.0', '0.0.99'],
    ratioBase: 'session-entries',
    allocation: 'lazy',
    blockCountAboveOne: false,
    blockTokens: 1,
    defaultCacheRatio: 48,
    vision: { placement: 'none', source: 'lmdeploy/serve/vl_async_engine.py@v0.2.6 (the first)' },
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.0.14',
    logLines: () => [],
    command: workspaceRecipe(
      (path, tp) => `python3 -m lmdeploy.serve.turbomind.deploy <model_name> ${path} --tp ${tp}`,
    ),
  },
  tm010: {
    ...TOTAL_MEMORY,
    releases: 'v0.1.x',
    span: ['0.1.0', '0.1.99'],
    // `cache_chunk_size` 1: one block at a time, as sessions need them.
    allocation: 'lazy',
    vision: { placement: 'none', source: 'lmdeploy/serve/vl_async_engine.py@v0.2.6 (the first)' },
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.1.0',
    logLines: lazyBlockManagerLines,
    command: workspaceRecipe((path, tp) => `lmdeploy convert <model_name> ${path} --tp ${tp}`),
  },
  tm020: {
    ...TOTAL_MEMORY,
    releases: 'v0.2.0 – v0.2.1',
    span: ['0.2.0', '0.2.1'],
    // `cache_chunk_size` -1 from v0.2.0: every block at start-up.
    vision: { placement: 'none', source: 'lmdeploy/serve/vl_async_engine.py@v0.2.6 (the first)' },
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.2.1',
  },
  tm022: {
    ...TURBOMIND,
    releases: 'v0.2.2 – v0.2.6',
    span: ['0.2.2', '0.2.6'],
    blockTokens: 128,
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.2.6 (cache_block_seq_len = 128)',
  },
  tm030: {
    ...TURBOMIND,
    releases: 'v0.3.0 – v0.4.0',
    span: ['0.3.0', '0.4.0'],
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.3.0 (PR #1218: 64-token blocks)',
  },
  tm041: {
    ...TURBOMIND,
    releases: 'v0.4.1 – v0.5.3',
    span: ['0.4.1', '0.5.3'],
    blockCountAboveOne: false,
    // v0.4.1 still puts the tower on GPU 0; the line's last releases balance it.
    vision: VISION_BALANCED,
    source: 'lmdeploy/messages.py@v0.4.1 (PR #1525: 0 < λ < 1)',
  },
  tm060: {
    ...SHARDED,
    releases: 'v0.6.0 – v0.6.4',
    span: ['0.6.0', '0.6.4'],
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.6.0 (PR #2252)',
  },
  tm065: {
    ...SHARDED,
    releases: 'v0.6.5 – v0.7.3',
    span: ['0.6.5', '0.7.3'],
    repeatsKvHeads: true,
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@0.6.5 (PR #2874)',
  },
  tm080: {
    ...SHARDED,
    parallel: DP_NOT_MODELLED,
    releases: 'v0.8.0 – v0.9.2',
    span: ['0.8.0', '0.9.2'],
    repeatsKvHeads: true,
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.8.0 (PR #3229)',
    logLines: decimalMiBLines,
    weightLoading: { ...TURBOMIND_GPTQ, fp8: '0.9.0' },
  },
  tm100: {
    ...SHARDED,
    parallel: DP_NOT_MODELLED,
    releases: 'v0.10.0 – v0.11.x',
    span: ['0.10.0', '0.11.99'],
    repeatsKvHeads: true,
    blockCountAboveOne: true,
    batchDefaults: 'by-gpu-v0.10',
    source: 'lmdeploy/messages.py@v0.10.0 (PR #3913: λ ≥ 1 counts blocks again)',
    logLines: decimalMiBLines,
    weightLoading: TURBOMIND_FP8,
  },
  tm120: {
    ...SHARDED,
    parallel: DP_NOT_MODELLED,
    releases: 'v0.12.0 – v0.14.x',
    span: ['0.12.0', '0.14.99'],
    repeatsKvHeads: true,
    blockCountAboveOne: true,
    buffersBeforeCache: true,
    batchDefaults: 'by-gpu-v0.10',
    source: 'src/turbomind/engine/engine.cc@v0.12.0 (PR #4223)',
    logLines: engineLines,
    weightLoading: { ...TURBOMIND_FP8, fp8Online: '0.13.0' },
  },
  tm150: {
    ...SHARDED,
    parallel: { rules: 'turbomind', source: 'lmdeploy/turbomind/parallel_config.py@v0.15.0' },
    releases: 'v0.15.0 and later',
    span: ['0.15.0', null],
    repeatsKvHeads: true,
    batchDefaults: 'by-gpu-v0.10',
    source: 'src/turbomind/turbomind.cc@v0.15.0 (PR #4717)',
    logLines: objectCacheLines,
    weightLoading: { ...TURBOMIND_FP8, fp8Online: 'line' },
  },
  pt060: {
    ...PYTORCH,
    parallel: NO_DP,
    releases: 'v0.6.0 – v0.6.4',
    span: ['0.6.0', '0.6.4'],
    repeatsKvHeads: false,
    // Before PR #2810 the PyTorch engine's models hold the language model only; the tower
    // loads beside them as TurboMind's does.
    vision: VISION_BALANCED,
    source: 'lmdeploy/pytorch/engine/model_agent.py@v0.6.0',
    weightLoading: { ...PYTORCH_LOADING, fp8: null, fp8Online: null },
    logLines: (figures) => cacheEngineLines(figures, null),
  },
  pt065: {
    ...PYTORCH,
    releases: 'v0.6.5 – v0.9.1',
    span: ['0.6.5', '0.9.1'],
    source: 'lmdeploy/pytorch/config.py@0.6.5 (PR #2872)',
    weightLoading: { ...PYTORCH_LOADING, fp8: '0.7.0', fp8Online: '0.9.0' },
    logLines: (figures) => cacheEngineLines(figures, 'v0.7.2 – v0.9.1'),
  },
  pt092: {
    ...PYTORCH,
    releases: 'v0.9.2',
    span: ['0.9.2', '0.9.2'],
    reserve: 'prefill-and-batches-x2',
    source: 'lmdeploy/pytorch/engine/executor/base.py@v0.9.2 (PR #3745)',
    logLines: (figures) => cacheEngineLines(figures, 'v0.9.2'),
  },
  pt100: {
    ...PYTORCH,
    // v0.10.0 gives attention no TP under dp > 1; v0.11.0's DistConfig is the one modelled.
    parallel: { rules: 'pytorch', source: 'lmdeploy/pytorch/config.py@v0.11.0 (DistConfig)' },
    releases: 'v0.10.0 and later',
    span: ['0.10.0', null],
    reserve: 'prefill-and-batches-x2',
    batchDefaults: 'by-gpu-v0.10',
    source: 'lmdeploy/pytorch/engine/executor/base.py@v0.10.0',
    logLines: (figures) => cacheEngineLines(figures, 'v0.10.0 and later'),
  },
} as const satisfies Readonly<Record<string, LmdeployVersionSpec>>;

export type EngineVersion = keyof typeof VERSION_TABLE;

export interface LmdeployVersion extends LmdeployVersionSpec {
  readonly id: EngineVersion;
}

export const ENGINE_VERSIONS = Object.keys(VERSION_TABLE) as readonly EngineVersion[];

export const LMDEPLOY_VERSIONS = Object.fromEntries(
  ENGINE_VERSIONS.map((id) => [id, { ...VERSION_TABLE[id], id }]),
) as unknown as Readonly<Record<EngineVersion, LmdeployVersion>>;

export function isEngineVersion(value: string): value is EngineVersion {
  return Object.hasOwn(VERSION_TABLE, value);
}

/**
 * Links written before the release lines were split name the wider lines; each reads as the
 * record whose rules it applied (`pair=tm022,tm060` meant 64-token blocks and counted blocks
 * for λ ≥ 1 on both sides).
 */
export const LEGACY_VERSION_IDS = {
  tm000: 'tm000',
  tm010: 'tm010',
  tm020: 'tm020',
  tm022: 'tm030',
  tm060: 'tm100',
  tm150: 'tm150',
  pt060: 'pt065',
  pt092: 'pt100',
} as const satisfies Readonly<Record<string, EngineVersion>>;
