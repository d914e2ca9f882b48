import { KV_FORMATS } from '../precision';
import { commandNumber, type LaunchSettings } from '../launch';
import type { LmdeployBackend } from './version-spec';

/** `lmdeploy serve api_server` with every setting the scenario departs from the default in. */
export function serveCommand(backend: LmdeployBackend) {
  return (settings: LaunchSettings): string[] => {
    const quantPolicy = KV_FORMATS[settings.kvFormat].quantPolicy;
    const flags = [
      `lmdeploy serve api_server ${settings.modelPath}`,
      `--backend ${backend}`,
      `--tp ${String(settings.tpDegree)}`,
      `--cache-max-entry-count ${commandNumber(settings.cacheRatio)}`,
      `--session-len ${String(settings.sessionLength)}`,
    ];
    if (settings.weightFormat === 'int4') flags.push('--model-format awq');
    if (quantPolicy) flags.push(`--quant-policy ${String(quantPolicy)}`);
    if (settings.maxBatch !== null) flags.push(`--max-batch-size ${String(settings.maxBatch)}`);
    if (backend === 'pytorch' && settings.prefillTokens !== null) {
      flags.push(`--max-prefill-token-num ${String(settings.prefillTokens)}`);
    }
    return [flags.join(' ')];
  };
}

/**
 * Before v0.2.0 the settings lived in the converted workspace's `config.ini`: convert the
 * model, set the cache there, then serve the workspace.
 */
export function workspaceRecipe(convert: (path: string, tp: string) => string) {
  return (settings: LaunchSettings): string[] => {
    const tp = String(settings.tpDegree);
    const quantPolicy = KV_FORMATS[settings.kvFormat].quantPolicy;
    const quant = quantPolicy ? `, quant_policy = ${String(quantPolicy)}` : '';
    return [
      convert(settings.modelPath, tp),
      `# workspace/triton_models/weights/config.ini: cache_max_entry_count = ${commandNumber(settings.cacheRatio)}, session_len = ${String(settings.sessionLength)}${quant}`,
      `lmdeploy serve api_server ./workspace --tp ${tp}`,
    ];
  };
}
