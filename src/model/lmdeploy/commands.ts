import { KV_FORMATS } from '../precision';
import { commandNumber, type LaunchSettings } from '../launch';
import type { Checkpoint } from './checkpoints';
import type { LmdeployBackend } from './version-spec';

/** `lmdeploy lite` making the checkpoint first, when none is published. */
function preparation(checkpoint: Checkpoint): string[] {
  return checkpoint.kind === 'made'
    ? [`lmdeploy lite ${checkpoint.recipe} ${checkpoint.from} --work-dir ${checkpoint.path}`]
    : [];
}

/**
 * `--model-format` as TurboMind wants it: needed for AWQ before v0.6.0, checked against the
 * checkpoint's own from then (`converter.py`), and what asks for FP8 as the model loads.
 */
function modelFormatFlag(backend: LmdeployBackend, checkpoint: Checkpoint): string | null {
  if (checkpoint.kind === 'online') return '--model-format fp8';
  if (backend !== 'turbomind') return null;
  if (checkpoint.kind === 'made' && checkpoint.recipe === 'auto_awq') return '--model-format awq';
  if (checkpoint.kind === 'published' && checkpoint.format && checkpoint.format !== 'w8a8') {
    return `--model-format ${checkpoint.format}`;
  }
  return null;
}

/** `lmdeploy serve api_server` with every setting the scenario departs from the default in. */
export function serveCommand(backend: LmdeployBackend) {
  return (settings: LaunchSettings): string[] => {
    const { checkpoint } = settings;
    if (checkpoint.kind === 'cannot') return [];
    const quantPolicy = KV_FORMATS[settings.kvFormat].quantPolicy;
    const flags = [
      `lmdeploy serve api_server ${checkpoint.path}`,
      `--backend ${backend}`,
      `--tp ${String(settings.tpDegree)}`,
      `--cache-max-entry-count ${commandNumber(settings.cacheRatio)}`,
      `--session-len ${String(settings.sessionLength)}`,
    ];
    const format = modelFormatFlag(backend, checkpoint);
    if (format) flags.push(format);
    if (quantPolicy) flags.push(`--quant-policy ${String(quantPolicy)}`);
    if (settings.maxBatch !== null) flags.push(`--max-batch-size ${String(settings.maxBatch)}`);
    if (backend === 'pytorch' && settings.prefillTokens !== null) {
      flags.push(`--max-prefill-token-num ${String(settings.prefillTokens)}`);
    }
    return [...preparation(checkpoint), flags.join(' ')];
  };
}

/**
 * Before v0.2.0 the settings lived in the converted workspace's `config.ini`: convert the
 * model, set the cache there, then serve the workspace.
 */
export function workspaceRecipe(convert: (path: string, tp: string) => string) {
  return (settings: LaunchSettings): string[] => {
    const { checkpoint } = settings;
    if (checkpoint.kind === 'cannot') return [];
    const tp = String(settings.tpDegree);
    const format = modelFormatFlag('turbomind', checkpoint);
    const quantPolicy = KV_FORMATS[settings.kvFormat].quantPolicy;
    const quant = quantPolicy ? `, quant_policy = ${String(quantPolicy)}` : '';
    return [
      ...preparation(checkpoint),
      `${convert(checkpoint.path, tp)}${format ? ` ${format}` : ''}`,
      `# workspace/triton_models/weights/config.ini: cache_max_entry_count = ${commandNumber(settings.cacheRatio)}, session_len = ${String(settings.sessionLength)}${quant}`,
      `lmdeploy serve api_server ./workspace --tp ${tp}`,
    ];
  };
}
