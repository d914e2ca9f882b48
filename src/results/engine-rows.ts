import { peerCalibrationKey } from '../inputs/definitions';
import {
  activeModel,
  overheadsOf,
  PASTED_MODEL_ID,
  toTpScenario,
  type Scenario,
} from '../inputs/scenario';
import {
  ENGINES,
  findGpu,
  findModel,
  gib,
  PEER_ENGINE_IDS,
  type EngineContext,
  type EngineId,
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

const isPeer = (id: EngineId): id is (typeof PEER_ENGINE_IDS)[number] =>
  PEER_ENGINE_IDS.some((peer) => peer === id);

/** The knob the user set for an engine, or null for its default. */
function knobOf(scenario: Scenario, id: EngineId): number | null {
  if (!isPeer(id)) return null;
  const value = scenario.inputs[id];
  return value > 0 ? value : null;
}

/** What a calibration to the engine's own log takes off its cache. */
function calibrationOf(scenario: Scenario, id: EngineId): GiB {
  return gib(isPeer(id) ? scenario.inputs[peerCalibrationKey(id)] : 0);
}

export interface EngineRow {
  readonly id: EngineId;
  readonly name: string;
  readonly releases: string | null;
  readonly knobFlag: string;
  /** Whether the engine chose the knob itself rather than taking a fixed default. */
  readonly knobChosen: boolean;
  readonly source: string;
  readonly result: EngineResult;
  readonly command: readonly string[];
  readonly logLines: readonly LogLine[];
}

/** The same model, GPUs and TP degree under every engine in the registry. */
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
  return ENGINES.map((engine) => {
    const knob = knobOf(scenario, engine.id);
    const result = engine.evaluate({
      ...base,
      knob,
      calibration: calibrationOf(scenario, engine.id),
    });
    return {
      id: engine.id,
      name: engine.name,
      releases: engine.releases ?? null,
      knobFlag: engine.knob.flag,
      knobChosen: engine.knob.defaultValue === null && knob === null,
      source: engine.source,
      result,
      command: engine.launchCommand(
        launchSettings(scenario, checkpointOf(scenario, engine.checkpoint), knob),
      ),
      logLines: engine.logLines(result, {
        cacheRatio: scenario.inputs.lambda,
        sessionLength: scenario.inputs.len,
      }),
    };
  });
}
