import {
  computePeer,
  computeVariant,
  findingsAllowServing,
  PEER_ENGINE_IDS,
  type EngineVersion,
  type PeerEngineId,
  type PeerResult,
  type VariantMemory,
} from '../model';
import {
  activeModel,
  effectiveInputs,
  findGpu,
  overheadsOf,
  toTpScenario,
  type Scenario,
} from './scenario';

/** The LMDeploy rows of the comparison: the newest release of each backend. */
export const LMDEPLOY_ROWS = ['tm150', 'pt092'] as const satisfies readonly EngineVersion[];

export type EngineRow =
  | {
      readonly kind: 'lmdeploy';
      readonly version: EngineVersion;
      readonly memory: VariantMemory;
      readonly servable: boolean;
    }
  | { readonly kind: 'peer'; readonly result: PeerResult };

/** The same model, GPUs and TP degree under every engine. */
export function compareEngines(scenario: Scenario): EngineRow[] {
  const tp = toTpScenario(scenario);
  const { architecture } = activeModel(scenario);
  const inputs = effectiveInputs(scenario);
  const overheads = overheadsOf(scenario);
  const lmdeploy = LMDEPLOY_ROWS.map((version): EngineRow => ({
    kind: 'lmdeploy',
    version,
    memory: computeVariant(tp, version),
    servable: findingsAllowServing(architecture, inputs.P, version),
  }));
  const knobs = Object.fromEntries(
    PEER_ENGINE_IDS.map((id) => [id, inputs[id] > 0 ? inputs[id] : null]),
  ) as Record<PeerEngineId, number | null>;
  const peers = PEER_ENGINE_IDS.map((engine): EngineRow => ({
    kind: 'peer',
    result: computePeer(engine, {
      architecture,
      kvPrecision: scenario.kvCache,
      tpDegree: inputs.P,
      gpuMemory: inputs.T,
      nvidiaSmiMiB: findGpu(scenario.gpu)?.nvidiaSmiMiB ?? null,
      usedByOthers: scenario.usedByOthers,
      contextOverhead: overheads.context,
      ncclOverhead: overheads.nccl,
      shardedWeights: (inputs.S - inputs.E) / inputs.P,
      knobs,
    }),
  }));
  return [...lmdeploy, ...peers];
}
