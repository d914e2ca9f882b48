/**
 * The command a log was started with, when the paste holds it: `lmdeploy serve api_server`,
 * `lmdeploy chat`, `vllm serve` or `sglang.launch_server`, on one line or continued over
 * several, bare or inside `docker run` or `cmd /k "…"`.
 */
export type CommandEngine = 'lmdeploy' | 'vllm' | 'sglang';

export interface LaunchCommand {
  readonly engine: CommandEngine;
  /** The model path or repository, where the command names one. */
  readonly modelPath: string | null;
  /** `--flag value` and `--flag=value`, under the flag's name without dashes; `true` if bare. */
  readonly flags: ReadonlyMap<string, string | true>;
}

const STARTS: readonly [CommandEngine, RegExp][] = [
  ['lmdeploy', /\blmdeploy\s+(?:serve\s+(?:api_server|gradio)|chat)\s+/],
  ['vllm', /\bvllm\s+serve\s+|\bvllm\.entrypoints\.[\w.]+\s+/],
  ['sglang', /\bsglang\.launch_server\s+/],
];

/** Flags that take a value; any other is read as a switch, so a path after it stays a path. */
const VALUE_FLAGS = new Set([
  'tp',
  'dp',
  'ep',
  'cp',
  'backend',
  'cache-max-entry-count',
  'cache-block-seq-len',
  'session-len',
  'quant-policy',
  'model-format',
  'max-batch-size',
  'max-prefill-token-num',
  'max-concurrent-requests',
  'server-name',
  'server-port',
  'model-name',
  'log-level',
  'chat-template',
  'device',
  'dtype',
  'communicator',
  'model',
  'model-path',
  'tokenizer',
  'tensor-parallel-size',
  'tp-size',
  'gpu-memory-utilization',
  'mem-fraction-static',
  'max-model-len',
  'context-length',
  'kv-cache-dtype',
  'max-num-seqs',
  'host',
  'port',
  'served-model-name',
  'quantization',
  'chunked-prefill-size',
]);

/** Joins lines a shell continues (`\`, `^` in cmd, a backtick in PowerShell). */
function joinContinued(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (/[\\^`]$/.test(trimmed) && !/\\\\$/.test(trimmed)) {
      pending += `${trimmed.slice(0, -1)} `;
      continue;
    }
    joined.push(pending + line);
    pending = '';
  }
  if (pending) joined.push(pending);
  return joined;
}

function tokens(text: string): string[] {
  const found: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    found.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return found;
}

function parse(engine: CommandEngine, rest: string): LaunchCommand {
  // Inside `cmd /k "… lmdeploy serve …"` the closing quote ends the command.
  const words = tokens(rest.replace(/"\s*$/, ''));
  const flags = new Map<string, string | true>();
  let modelPath: string | null = null;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (word === '&&' || word === '|' || word === ';') break;
    if (word.startsWith('--')) {
      const [name = '', inline] = word.slice(2).split(/=(.*)/s);
      const next = words[index + 1];
      if (inline !== undefined) flags.set(name, inline);
      else if (VALUE_FLAGS.has(name) && next !== undefined) {
        flags.set(name, next);
        index += 1;
      } else flags.set(name, true);
      continue;
    }
    if (modelPath === null && !word.startsWith('-')) modelPath = word;
  }
  const named = flags.get('model-path') ?? flags.get('model');
  if (typeof named === 'string') modelPath = named;
  return { engine, modelPath, flags };
}

/** The last launch command in the lines, or null when there is none. */
export function launchCommand(lines: readonly string[]): LaunchCommand | null {
  const joined = joinContinued(lines);
  for (let index = joined.length - 1; index >= 0; index -= 1) {
    const line = joined[index] ?? '';
    for (const [engine, start] of STARTS) {
      const match = start.exec(line);
      if (match) return parse(engine, line.slice(match.index + match[0].length));
    }
  }
  return null;
}

/** A flag's value as a number, under any of its names. */
export function flagNumber(command: LaunchCommand | null, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = command?.flags.get(name);
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  }
  return undefined;
}

export function flagText(command: LaunchCommand | null, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = command?.flags.get(name);
    if (typeof value === 'string') return value;
  }
  return undefined;
}
