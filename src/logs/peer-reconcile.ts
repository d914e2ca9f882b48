import { peerCalibrationKey } from '../inputs/definitions';
import { applyInput, type Scenario } from '../inputs/scenario';
import { BYTES_PER_GIB, gib, type Bytes, type GiB } from '../model';
import { compareEngines } from '../results/engine-rows';
import type { SglangReading, StartupLog, VllmReading } from './readings';

/** A vLLM or SGLang log beside the comparison's row for that engine. */
export interface PeerReconciliation {
  readonly engine: 'vllm' | 'sglang';
  /** Bytes one token takes in the engine's cache, as the log implies them, and the page's. */
  readonly loggedBytesPerToken: { readonly from: number; readonly to: number } | null;
  readonly bytesPerToken: Bytes;
  readonly bytesAgree: boolean;
  readonly loggedTokens: number | null;
  readonly pageTokens: number;
  /** The KV cache per GPU as the log fixes it, and as the page computes it. */
  readonly loggedKv: { readonly from: GiB; readonly to: GiB };
  readonly pageKv: GiB;
  /** What the page gives the cache beyond what the engine did. */
  readonly unexplained: GiB;
}

/** vLLM's v0 blocks and v1 pages hold 16 tokens. */
const VLLM_PAGE_TOKENS = 16;
/** Logs print GiB to two decimals. */
const HALF_CENT = 0.005;

function loggedVllm(reading: VllmReading, bytesPerToken: number) {
  const tokens =
    reading.tokens ?? (reading.gpuBlocks === null ? null : reading.gpuBlocks * VLLM_PAGE_TOKENS);
  const fromTokens =
    tokens === null
      ? null
      : {
          from: (tokens * bytesPerToken) / BYTES_PER_GIB,
          to: ((tokens + VLLM_PAGE_TOKENS) * bytesPerToken) / BYTES_PER_GIB,
        };
  const available = reading.availableKv;
  const perToken =
    tokens !== null && tokens > 0 && available !== null
      ? {
          from: ((available - HALF_CENT) * BYTES_PER_GIB) / (tokens + VLLM_PAGE_TOKENS),
          to: ((available + HALF_CENT) * BYTES_PER_GIB) / tokens,
        }
      : null;
  const kv =
    fromTokens ??
    (available === null ? null : { from: available - HALF_CENT, to: available + HALF_CENT });
  return { tokens, kv, perToken };
}

function loggedSglang(reading: SglangReading, bytesPerToken: number) {
  const { tokens } = reading;
  return {
    tokens,
    // Pages are one token: the count fixes the cache to within one token's bytes.
    kv: {
      from: (tokens * bytesPerToken) / BYTES_PER_GIB,
      to: ((tokens + 1) * bytesPerToken) / BYTES_PER_GIB,
    },
    perToken:
      tokens > 0
        ? {
            from: ((reading.kSize + reading.vSize - 2 * HALF_CENT) * BYTES_PER_GIB) / tokens,
            to: ((reading.kSize + reading.vSize + 2 * HALF_CENT) * BYTES_PER_GIB) / tokens,
          }
        : null,
  };
}

/** Holds a vLLM or SGLang log against its row of the comparison, after `applyLog`. */
export function reconcilePeer(scenario: Scenario, log: StartupLog): PeerReconciliation | null {
  const { cache } = log;
  if (cache.kind !== 'vllm' && cache.kind !== 'sglang') return null;
  const row = compareEngines(scenario).find((engine) => engine.id === cache.kind);
  if (!row || row.result.problem) return null;
  const bytesPerToken = row.result.bytesPerToken;
  const logged =
    cache.kind === 'vllm' ? loggedVllm(cache, bytesPerToken) : loggedSglang(cache, bytesPerToken);
  if (!logged.kv) return null;
  const { perToken } = logged;
  return {
    engine: cache.kind,
    loggedBytesPerToken: perToken,
    bytesPerToken,
    bytesAgree:
      perToken === null || (bytesPerToken >= perToken.from && bytesPerToken <= perToken.to),
    loggedTokens: logged.tokens,
    pageTokens: row.result.tokens,
    loggedKv: { from: gib(logged.kv.from), to: gib(logged.kv.to) },
    pageKv: row.result.kvCachePerGpu,
    unexplained: gib(row.result.kvCachePerGpu - (logged.kv.from + logged.kv.to) / 2),
  };
}

/** The scenario with the engine's unexplained memory taken off its cache. */
export function calibratePeer(scenario: Scenario, reconciliation: PeerReconciliation): Scenario {
  const key = peerCalibrationKey(reconciliation.engine);
  return applyInput(scenario, key, scenario.inputs[key] + reconciliation.unexplained);
}
