import { serveCommand, workspaceRecipe } from './commands';
import {
  blockManagerLines,
  blockSizeDecimalMiB,
  blockSizeWholeMiB,
  cacheEngineLines,
  maxBlockCount,
  maxCachedTokens,
  objectCacheLines,
} from './log-lines';
import type { LmdeployVersionSpec } from './version-spec';

/** TurboMind from v0.2.2: λ of the memory free once the weights are in, in 64-token blocks. */
const TURBOMIND = {
  backend: 'turbomind',
  ratioBase: 'free',
  allocation: 'upfront',
  blockCountAboveOne: true,
  blockTokens: 64,
  vocabSharded: false,
  repeatsKvHeads: false,
  reserve: null,
  defaultCacheRatio: 0.8,
  defaultPrefillTokens: null,
  logLines: blockManagerLines,
  command: serveCommand('turbomind'),
} as const;

/** v0.1.0 to v0.2.1: λ of TOTAL memory, default 0.5, in 128-token blocks. */
const TOTAL_MEMORY = {
  ...TURBOMIND,
  ratioBase: 'total',
  blockTokens: 128,
  defaultCacheRatio: 0.5,
} as const;

/** The PyTorch engine: λ of what is free less a reserve for logits; the vocabulary stays whole. */
const PYTORCH = {
  backend: 'pytorch',
  ratioBase: 'free-less-reserve',
  allocation: 'upfront',
  blockCountAboveOne: false,
  blockTokens: 64,
  vocabSharded: false,
  repeatsKvHeads: true,
  defaultCacheRatio: 0.8,
  logLines: cacheEngineLines,
  command: serveCommand('pytorch'),
} as const;

/**
 * Every LMDeploy release line the charts can show, oldest first. Each record is read from the
 * engine's source at the tag named in `source`; adding a release line is adding a record here
 * (and its title and rule to the two message files).
 */
const VERSION_TABLE = {
  tm000: {
    ...TURBOMIND,
    releases: 'v0.0.x',
    ratioBase: 'session-entries',
    allocation: 'lazy',
    blockCountAboveOne: false,
    blockTokens: 1,
    defaultCacheRatio: 48,
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.0.14',
    logLines: () => [],
    command: workspaceRecipe(
      (path, tp) => `python3 -m lmdeploy.serve.turbomind.deploy <model_name> ${path} --tp ${tp}`,
    ),
  },
  tm010: {
    ...TOTAL_MEMORY,
    releases: 'v0.1.x',
    allocation: 'lazy',
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.1.0',
    command: workspaceRecipe((path, tp) => `lmdeploy convert <model_name> ${path} --tp ${tp}`),
  },
  tm020: {
    ...TOTAL_MEMORY,
    releases: 'v0.2.0 – v0.2.1',
    // `cache_chunk_size` -1 from v0.2.0: every block at start-up.
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.2.1',
  },
  tm022: {
    ...TURBOMIND,
    releases: 'v0.2.2 – v0.5.3',
    // 128 through v0.2.6; 64 from v0.3.0, which most of this range uses.
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.5.3',
  },
  tm060: {
    ...TURBOMIND,
    releases: 'v0.6.0 – v0.14.x',
    vocabSharded: true,
    // From v0.6.5 (PR #2874); v0.6.0 – v0.6.4 refuse fewer KV heads than GPUs.
    repeatsKvHeads: true,
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.6.0 (PR #2252)',
    logLines: (figures) => [
      { text: blockSizeWholeMiB(figures), releases: 'v0.6 – v0.7' },
      { text: blockSizeDecimalMiB(figures), releases: 'v0.8 – v0.14' },
      { text: maxBlockCount(figures) },
      { text: maxCachedTokens(figures), releases: 'v0.12 – v0.14' },
    ],
  },
  tm150: {
    ...TURBOMIND,
    releases: 'v0.15.0 and later',
    blockCountAboveOne: false,
    vocabSharded: true,
    repeatsKvHeads: true,
    source: 'src/turbomind/turbomind.cc@v0.15.0 (PR #4717)',
    logLines: objectCacheLines,
  },
  pt060: {
    ...PYTORCH,
    releases: 'v0.6.0 – v0.9.1',
    reserve: 'prefill-x7',
    defaultPrefillTokens: 4096,
    source: 'lmdeploy/pytorch/engine/model_agent.py@v0.6.0',
  },
  pt092: {
    ...PYTORCH,
    releases: 'v0.9.2 and later',
    reserve: 'prefill-and-batches-x2',
    // 4096 from v0.9.2 to v0.12.x.
    defaultPrefillTokens: 8192,
    source: 'lmdeploy/pytorch/engine/executor/base.py@v0.10.0',
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
