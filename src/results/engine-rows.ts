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
  type LaunchSettings,
  type LogLine,
} from '../model';

/** What goes where the model's path belongs: its Hugging Face repository, or a placeholder. */
function modelPath(scenario: Scenario): string {
  if (scenario.model === PASTED_MODEL_ID) return '/path/to/model';
  return findModel(scenario.model)?.hfRepo ?? activeModel(scenario).name;
}

/** The settings a launch command is written from; `knob` is the engine's own, when set. */
export function launchSettings(scenario: Scenario, knob: number | null = null): LaunchSettings {
  const { inputs } = scenario;
  return {
    modelPath: modelPath(scenario),
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
      command: engine.launchCommand(launchSettings(scenario, knob)),
      logLines: engine.logLines(result, {
        cacheRatio: scenario.inputs.lambda,
        sessionLength: scenario.inputs.len,
      }),
    };
  });
}
