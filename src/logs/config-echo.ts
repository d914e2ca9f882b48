/**
 * The engine config LMDeploy, vLLM and SGLang echo at start-up, as a Python repr:
 * `TurbomindEngineConfig(dtype='auto', tp=4, session_len=None, ...)`. Values are read as the
 * text they are; nested brackets and quoted commas are kept whole.
 */
export type EchoedConfig = ReadonlyMap<string, string>;

/** The text between `Name(` and its closing bracket, or null when the line is cut short. */
function argumentsOf(line: string, start: number): string | null {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < line.length; index += 1) {
    const char = line[index];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return line.slice(start, index);
      depth -= 1;
    }
  }
  return null;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

export type EchoResult =
  | { readonly kind: 'found'; readonly config: EchoedConfig }
  | { readonly kind: 'cut'; readonly line: string }
  | { readonly kind: 'absent' };

/** Whether the text leaves a bracket open: what follows it is an argument of a call. */
function insideCall(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The last echo of `name(...)` in the lines: the "updated" config follows the "input" one. */
export function lastEcho(lines: readonly string[], name: string): EchoResult {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    const at = line.lastIndexOf(`${name}(`);
    if (at < 0) continue;
    const body = argumentsOf(line, at + name.length + 1);
    if (body === null) {
      // `pipeline(model, backend_config=TurbomindEngineConfig(...` over several lines is the
      // user's code quoted with the log, not an echo: the engine never nests its config.
      if (insideCall(line.slice(0, at))) continue;
      return { kind: 'cut', line };
    }
    const config = new Map<string, string>();
    for (const part of splitTopLevel(body)) {
      const equals = part.indexOf('=');
      if (equals < 0) continue;
      config.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
    }
    return { kind: 'found', config };
  }
  return { kind: 'absent' };
}

/** A whole number the echo holds, or undefined when it is None or absent. */
export function echoedInteger(config: EchoedConfig, key: string): number | undefined {
  const value = config.get(key);
  if (value === undefined) return undefined;
  // quant_policy may print as an enum: <QuantPolicy.INT8: 8>.
  const match = /^-?\d+$/.exec(value) ?? /:\s*(-?\d+)>$/.exec(value);
  if (!match) return undefined;
  return Number(match[1] ?? match[0]);
}

export function echoedNumber(config: EchoedConfig, key: string): number | undefined {
  const value = config.get(key);
  if (value === undefined || !/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(value)) return undefined;
  return Number(value);
}

export function echoedText(config: EchoedConfig, key: string): string | undefined {
  const value = config.get(key);
  const match = value === undefined ? null : /^'(.*)'$|^"(.*)"$/.exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}
