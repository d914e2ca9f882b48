import { peerCalibrationKey } from '../inputs/definitions';
import {
  activeModel,
  overheadsOf,
  PASTED_MODEL_ID,
  toTpScenario,
  type Scenario,
} from '../inputs/scenario';
import {
  LMDEPLOY_VERSIONS,
  lmdeployEngine,
  PEER_ENGINES,
  VARIANTS,
  findGpu,
  findModel,
  gib,
  PEER_ENGINE_IDS,
  type EngineContext,
  type LmdeployBackend,
  type PeerEngineId,
  type Variant,
  type EngineResult,
  type GiB,
  type Checkpoint,
  type Checkpoints,
  type LaunchSettings,
  type LogLine,
  type WeightPrecision,
} from '../model';

/** What goes where the model's path belongs: its Hugging Face repository, or a placeholder. */
function modelPath(scenario: Scenario): string {
  if (scenario.model === PASTED_MODEL_ID) return '/path/to/model';
  return findModel(scenario.model)?.hfRepo ?? activeModel(scenario).name;
}

/** Quantized checkpoints published for the model; none for a pasted config. */
function publishedCheckpoints(scenario: Scenario): Checkpoints {
  return scenario.model === PASTED_MODEL_ID ? {} : (findModel(scenario.model)?.checkpoints ?? {});
}

/** Where an engine (or an LMDeploy version, by its loading rules) gets the chart's weights. */
export function checkpointOf(
  scenario: Scenario,
  resolve: (weights: WeightPrecision, basePath: string, published: Checkpoints) => Checkpoint,
): Checkpoint {
  return resolve(scenario.weights, modelPath(scenario), publishedCheckpoints(scenario));
}

/** The settings a launch command is written from; `knob` is the engine's own, when set. */
export function launchSettings(
  scenario: Scenario,
  checkpoint: Checkpoint,
  knob: number | null = null,
): LaunchSettings {
  const { inputs } = scenario;
  return {
    modelPath: modelPath(scenario),
    checkpoint,
    tpDegree: inputs.P,
    sessionLength: inputs.len,
    weightFormat: scenario.weights,
    kvFormat: scenario.kvCache,
    cacheRatio: inputs.lambda,
    maxBatch: inputs.batch > 0 ? inputs.batch : null,
    prefillTokens: inputs.prefill > 0 ? inputs.prefill : null,
    knob,
  };
}

/** The knob the user set for an engine, or null for its default. */
function knobOf(scenario: Scenario, id: PeerEngineId | null): number | null {
  if (!id) return null;
  const value = scenario.inputs[id];
  return value > 0 ? value : null;
}

/** What a calibration to the engine's own log takes off its cache. */
function calibrationOf(scenario: Scenario, id: PeerEngineId | null): GiB {
  return gib(id ? scenario.inputs[peerCalibrationKey(id)] : 0);
}

export interface EngineRow {
  /** `pre` or `post` for the charts' release lines, else the engine's id. */
  readonly id: Variant | PeerEngineId;
  /** Which rule the row follows: LMDeploy's backend, or the engine's own. */
  readonly rule: LmdeployBackend | PeerEngineId;
  /** The chart whose release line the row is; null for another engine. */
  readonly variant: Variant | null;
  readonly name: string;
  readonly releases: string | null;
  readonly knobFlag: string;
  /** Whether the engine chose the knob itself rather than taking a fixed default. */
  readonly knobChosen: boolean;
  readonly source: string;
  readonly result: EngineResult;
  /** Sessions of `len` tokens the cache holds, each a whole number of pages. */
  readonly sessions: number;
  /** KV per GPU and sessions beside the right chart's; null for the charts' own rows. */
  readonly versusRight: { readonly kv: GiB; readonly sessions: number } | null;
  readonly command: readonly string[];
  readonly logLines: readonly LogLine[];
}

/** Sessions of `len` tokens in `tokens`, each taking whole pages of `pageTokens`. */
function sessionsIn(tokens: number, len: number, pageTokens: number): number {
  return Math.floor(tokens / (Math.ceil(len / pageTokens) * pageTokens));
}

/**
 * The same model, GPUs and TP degree under the charts' two release lines and every other
 * engine in the registry.
 */
export function compareEngines(scenario: Scenario): EngineRow[] {
  const overheads = overheadsOf(scenario);
  const base: Omit<EngineContext, 'knob' | 'calibration'> = {
    tp: toTpScenario(scenario),
    architecture: activeModel(scenario).architecture,
    kvPrecision: scenario.kvCache,
    weightPrecision: scenario.weights,
    nvidiaSmiMiB: findGpu(scenario.gpu)?.nvidiaSmiMiB ?? null,
    contextOverhead: gib(overheads.context),
    ncclOverhead: gib(overheads.nccl),
  };
  const engines = [
    ...VARIANTS.map((variant) => ({
      id: variant,
      rule: LMDEPLOY_VERSIONS[scenario.versions[variant]].backend,
      variant,
      peer: null,
      engine: lmdeployEngine(variant, 'LMDeploy', scenario.versions[variant]),
    })),
    ...PEER_ENGINE_IDS.map((id) => ({
      id,
      rule: id,
      variant: null,
      peer: id,
      engine: PEER_ENGINES[id],
    })),
  ];
  const rows = engines.map(({ id, rule, variant, peer, engine }) => {
    const knob = knobOf(scenario, peer);
    const result = engine.evaluate({
      ...base,
      knob,
      calibration: calibrationOf(scenario, peer),
    });
    return {
      id,
      rule,
      variant,
      name: engine.name,
      releases: engine.releases ?? null,
      knobFlag: engine.knob.flag,
      knobChosen: engine.knob.defaultValue === null && knob === null,
      source: engine.source,
      result,
      sessions: result.problem
        ? 0
        : sessionsIn(result.tokens, scenario.inputs.len, engine.pageTokens),
      versusRight: null,
      command: engine.launchCommand(
        launchSettings(scenario, checkpointOf(scenario, engine.checkpoint), knob),
      ),
      logLines: engine.logLines(result, {
        cacheRatio: scenario.inputs.lambda,
        sessionLength: scenario.inputs.len,
      }),
    };
  });
  const right = rows.find((row) => row.variant === 'post');
  return rows.map((row): EngineRow => {
    if (row.variant || !right || right.result.problem || row.result.problem) return row;
    return {
      ...row,
      versusRight: {
        kv: gib(row.result.kvCachePerGpu - right.result.kvCachePerGpu),
        sessions: row.sessions - right.sessions,
      },
    };
  });
}
