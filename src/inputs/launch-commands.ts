import {
  KV_FORMATS,
  LMDEPLOY_VERSIONS,
  PEER_ENGINES,
  type EngineVersion,
  type PeerEngineId,
} from '../model';
import {
  activeModel,
  effectiveInputs,
  findModel,
  PASTED_MODEL_ID,
  type Scenario,
} from './scenario';

/** What goes where the model's path belongs: its Hugging Face repository, or a placeholder. */
function modelPath(scenario: Scenario): string {
  if (scenario.model === PASTED_MODEL_ID) return '/path/to/model';
  return findModel(scenario.model)?.hfRepo ?? activeModel(scenario).name;
}

const number = (value: number) => String(Number(value.toFixed(3)));

/**
 * The command that starts the scenario on a version of LMDeploy. Before v0.2.0 the settings
 * lived in the converted workspace's `config.ini`, so those versions get that recipe instead.
 */
export function lmdeployCommand(scenario: Scenario, version: EngineVersion): string[] {
  const inputs = effectiveInputs(scenario);
  const rules = LMDEPLOY_VERSIONS[version];
  const path = modelPath(scenario);
  const quantPolicy = KV_FORMATS[scenario.kvCache].quantPolicy;
  if (version === 'tm000' || version === 'tm010') {
    const convert =
      version === 'tm000'
        ? `python3 -m lmdeploy.serve.turbomind.deploy <model_name> ${path} --tp ${String(inputs.P)}`
        : `lmdeploy convert <model_name> ${path} --tp ${String(inputs.P)}`;
    return [
      convert,
      `# workspace/triton_models/weights/config.ini: cache_max_entry_count = ${number(inputs.lambda)}, session_len = ${String(inputs.len)}${quantPolicy ? `, quant_policy = ${String(quantPolicy)}` : ''}`,
      `lmdeploy serve api_server ./workspace --tp ${String(inputs.P)}`,
    ];
  }
  const flags = [
    `lmdeploy serve api_server ${path}`,
    `--backend ${rules.backend}`,
    `--tp ${String(inputs.P)}`,
    `--cache-max-entry-count ${number(inputs.lambda)}`,
    `--session-len ${String(inputs.len)}`,
  ];
  if (scenario.weights === 'int4') flags.push('--model-format awq');
  if (quantPolicy) flags.push(`--quant-policy ${String(quantPolicy)}`);
  if (inputs.batch > 0) flags.push(`--max-batch-size ${String(inputs.batch)}`);
  if (rules.backend === 'pytorch' && inputs.prefill > 0) {
    flags.push(`--max-prefill-token-num ${String(inputs.prefill)}`);
  }
  return [flags.join(' ')];
}

/** The peers' equivalents, with the knob written out only when it is set. */
export function peerCommand(scenario: Scenario, engine: PeerEngineId): string[] {
  const inputs = effectiveInputs(scenario);
  const path = modelPath(scenario);
  const knob = inputs[engine] > 0 ? ` ${PEER_ENGINES[engine].knob} ${number(inputs[engine])}` : '';
  const fp8 = scenario.kvCache === 'int8';
  const P = String(inputs.P);
  const len = String(inputs.len);
  switch (engine) {
    case 'vllm':
      return [
        `vllm serve ${path} --tensor-parallel-size ${P}${knob} --max-model-len ${len}${fp8 ? ' --kv-cache-dtype fp8' : ''}`,
      ];
    case 'sglang':
      return [
        `python -m sglang.launch_server --model-path ${path} --tp-size ${P}${knob} --context-length ${len}${fp8 ? ' --kv-cache-dtype fp8_e4m3' : ''}`,
      ];
    case 'trtllm':
      return [
        `trtllm-serve ${path} --tp_size ${P}${knob} --max_seq_len ${len}`,
        ...(fp8
          ? ['# kv_cache_config: { dtype: fp8 } in the file given to --extra_llm_api_options']
          : []),
      ];
    case 'tgi':
      return [
        `text-generation-launcher --model-id ${path} --num-shard ${P}${knob} --max-total-tokens ${len}${fp8 ? ' --kv-cache-dtype fp8_e4m3fn' : ''}`,
      ];
  }
}
