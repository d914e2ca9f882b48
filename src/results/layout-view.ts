import {
  activeModel,
  layoutRequestOf,
  overheadsOf,
  toTpScenario,
  type Scenario,
} from '../inputs/scenario';
import {
  blocksPerSession,
  computeVariant,
  gib,
  kvLayout,
  layoutOutcome,
  LMDEPLOY_VERSIONS,
  VARIANTS,
  withLayoutFlags,
  type EngineVersion,
  type LayoutOutcome,
  type LayoutRequest,
  type Variant,
  type VariantMemory,
} from '../model';

/** One KV-cache group of a layout: the GPUs that size one cache together. */
export interface ReplicaView {
  readonly firstRank: number;
  readonly memory: VariantMemory;
  /** Tokens the replica's cache holds: blocks × block length × cp. */
  readonly tokens: number;
  readonly sessions: number;
}

export interface LayoutVariantView {
  readonly version: EngineVersion;
  readonly outcome: LayoutOutcome;
  /** Every replica, in rank order; empty unless laid out. */
  readonly replicas: readonly ReplicaView[];
  /** Sessions of `len` tokens all replicas hold together; null when nothing serves. */
  readonly sessions: number | null;
  readonly tokens: number | null;
  /** The start command with the layout's flags; empty unless the line lays it out. */
  readonly command: readonly string[];
}

export interface LayoutView {
  readonly request: LayoutRequest;
  readonly variants: Readonly<Record<Variant, LayoutVariantView>>;
}

function layoutVariant(
  scenario: Scenario,
  version: EngineVersion,
  baseCommand: readonly string[],
): LayoutVariantView {
  const { architecture } = activeModel(scenario);
  const request = layoutRequestOf(scenario);
  const outcome = layoutOutcome(architecture, scenario.weights, request, version);
  if (outcome.kind !== 'laid-out') {
    return { version, outcome, replicas: [], sessions: null, tokens: null, command: [] };
  }
  const { layout, weights } = outcome;
  const group = layout.replicaGpus;
  // Each replica sizes its cache from its own GPUs (TurboMind's `h_tp_group`, the PyTorch
  // engine's executor per DP rank); NCCL is there whenever the layout spans GPUs.
  const base = toTpScenario(scenario, group);
  const overheads = overheadsOf(scenario, layout.devices);
  const replicas: ReplicaView[] = [];
  for (let replica = 0; replica < layout.replicas; replica += 1) {
    const firstRank = replica * group;
    const memory = computeVariant(
      {
        ...base,
        tpDegree: group,
        overhead: gib(overheads.total),
        runtimeBuffers: gib(overheadsOf(scenario, layout.attnTp).buffers),
        usedByOthers: scenario.usedByOthers.slice(firstRank, firstRank + group),
        kvBytesPerToken: kvLayout(architecture, scenario.kvCache, layout.attnTp)
          .bytesPerTokenPerGpu,
        residentOverride: { sharded: weights.sharded, vocab: weights.vocab },
      },
      version,
    );
    // Under context parallelism one logical block spans the cp GPUs' blocks.
    const blockTokens = memory.blockTokens * layout.cp;
    const tokens = memory.fits ? memory.blocks * blockTokens : 0;
    const sessions = Math.floor(
      tokens / blockTokens / blocksPerSession(scenario.inputs.len, blockTokens),
    );
    replicas.push({ firstRank, memory, tokens, sessions });
  }
  const serving = replicas.every((replica) => replica.memory.fits);
  return {
    version,
    outcome,
    replicas,
    sessions: serving ? replicas.reduce((sum, replica) => sum + replica.sessions, 0) : null,
    tokens: serving ? replicas.reduce((sum, replica) => sum + replica.tokens, 0) : null,
    command: withLayoutFlags(baseCommand, request, LMDEPLOY_VERSIONS[version].backend),
  };
}

/** Both charts' versions under the scenario's layout, given each one's plain start command. */
export function evaluateLayout(
  scenario: Scenario,
  commands: Readonly<Record<Variant, readonly string[]>>,
): LayoutView {
  const entries = VARIANTS.map(
    (variant) =>
      [variant, layoutVariant(scenario, scenario.versions[variant], commands[variant])] as const,
  );
  return {
    request: layoutRequestOf(scenario),
    variants: Object.fromEntries(entries) as Record<Variant, LayoutVariantView>,
  };
}
