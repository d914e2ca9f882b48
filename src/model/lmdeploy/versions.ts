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

/** v0.1.0 to v0.2.1 share everything but when the blocks are allocated. */
const TOTAL_MEMORY_RULES = {
  backend: 'turbomind',
  ratioBase: 'total',
  blockCountAboveOne: true,
  blockTokens: 128,
  vocabSharded: false,
  repeatsKvHeads: false,
  reserve: null,
  defaultCacheRatio: 0.5,
  defaultPrefillTokens: null,
  logLines: blockManagerLines,
} as const;

/**
 * Every LMDeploy release line the charts can show, oldest first. Each record is read from the
 * engine's source at the tag named in `source`; adding a release line is adding a record here
 * (and its title and rule to the two message files).
 */
const VERSION_TABLE = {
  tm000: {
    backend: 'turbomind',
    releases: 'v0.0.x',
    ratioBase: 'session-entries',
    allocation: 'lazy',
    blockCountAboveOne: false,
    blockTokens: 1,
    vocabSharded: false,
    repeatsKvHeads: false,
    reserve: null,
    defaultCacheRatio: 48,
    defaultPrefillTokens: null,
    source: 'lmdeploy/turbomind/deploy/target_model/base.py@v0.0.14',
    logLines: () => [],
    command: workspaceRecipe(
      (path, tp) => `python3 -m lmdeploy.serve.turbomind.deploy <model_name> ${path} --tp ${tp}`,
    ),
  },
  tm010: {
    ...TOTAL_MEMORY_RULES,
    releases: 'v0.1.x',
    allocation: 'lazy',
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.1.0',
    command: workspaceRecipe((path, tp) => `lmdeploy convert <model_name> ${path} --tp ${tp}`),
  },
  tm020: {
    ...TOTAL_MEMORY_RULES,
    releases: 'v0.2.0 – v0.2.1',
    // `cache_chunk_size` -1 from v0.2.0: every block at start-up.
    allocation: 'upfront',
    source: 'src/turbomind/models/llama/BlockManager.cc@v0.2.1',
    command: serveCommand('turbomind'),
  },
  tm022: {
    backend: 'turbomind',
    releases: 'v0.2.2 – v0.5.3',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: true,
    // 128 through v0.2.6; 64 from v0.3.0, which most of this range uses.
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: false,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.5.3',
    logLines: blockManagerLines,
    command: serveCommand('turbomind'),
  },
  tm060: {
    backend: 'turbomind',
    releases: 'v0.6.0 – v0.14.x',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: true,
    blockTokens: 64,
    vocabSharded: true,
    // From v0.6.5 (PR #2874); v0.6.0 – v0.6.4 refuse fewer KV heads than GPUs.
    repeatsKvHeads: true,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/models/llama/LlamaWeight.cc@v0.6.0 (PR #2252)',
    logLines: (figures) => [
      { text: blockSizeWholeMiB(figures), releases: 'v0.6 – v0.7' },
      { text: blockSizeDecimalMiB(figures), releases: 'v0.8 – v0.14' },
      { text: maxBlockCount(figures) },
      { text: maxCachedTokens(figures), releases: 'v0.12 – v0.14' },
    ],
    command: serveCommand('turbomind'),
  },
  tm150: {
    backend: 'turbomind',
    releases: 'v0.15.0 and later',
    ratioBase: 'free',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: true,
    repeatsKvHeads: true,
    reserve: null,
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: null,
    source: 'src/turbomind/turbomind.cc@v0.15.0 (PR #4717)',
    logLines: objectCacheLines,
    command: serveCommand('turbomind'),
  },
  pt060: {
    backend: 'pytorch',
    releases: 'v0.6.0 – v0.9.1',
    ratioBase: 'free-less-reserve',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: true,
    reserve: 'prefill-x7',
    defaultCacheRatio: 0.8,
    defaultPrefillTokens: 4096,
    source: 'lmdeploy/pytorch/engine/model_agent.py@v0.6.0',
    logLines: cacheEngineLines,
    command: serveCommand('pytorch'),
  },
  pt092: {
    backend: 'pytorch',
    releases: 'v0.9.2 and later',
    ratioBase: 'free-less-reserve',
    allocation: 'upfront',
    blockCountAboveOne: false,
    blockTokens: 64,
    vocabSharded: false,
    repeatsKvHeads: true,
    reserve: 'prefill-and-batches-x2',
    defaultCacheRatio: 0.8,
    // 4096 from v0.9.2 to v0.12.x.
    defaultPrefillTokens: 8192,
    source: 'lmdeploy/pytorch/engine/executor/base.py@v0.10.0',
    logLines: cacheEngineLines,
    command: serveCommand('pytorch'),
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
