import { describe, expect, it } from 'vitest';
import { URL_KEYS } from './link/url-keys';
import { launchCommand } from './logs/command-line';
import { lastEcho } from './logs/config-echo';
import { PYTORCH_LINES, SGLANG_LINES, TURBOMIND_LINES, VLLM_LINES } from './logs/engine-lines';
import { nvidiaSmiGpus } from './logs/nvidia-smi';
import { ENGINE_VERSIONS, LMDEPLOY_VERSIONS } from './model';
import { codeSpans, readmeTable } from './test-support/readme';

/** Keys a link may hold that the page never writes: they are described below the table. */
const READ_ONLY_KEYS = ['pair', 'O'];

describe("the README's URL key table", () => {
  const rows = readmeTable('url-keys');

  it('names every key the page writes, and no other', () => {
    const documented = rows.flatMap(([keys = '']) => codeSpans(keys));
    const written = URL_KEYS.map(({ key }) => key).filter((key) => !READ_ONLY_KEYS.includes(key));
    expect(new Set(documented)).toEqual(new Set(written));
    expect(documented).toHaveLength(written.length);
  });

  it('lists every release line the versions key takes', () => {
    const versions = rows.find(([keys = '']) => codeSpans(keys).includes('versions'));
    expect(codeSpans(versions?.[1] ?? '')).toEqual(ENGINE_VERSIONS);
  });
});

describe("the README's table of release lines", () => {
  const rows = readmeTable('release-lines');

  it('has one row per release line, in order, with its first release', () => {
    expect(rows).toHaveLength(ENGINE_VERSIONS.length);
    ENGINE_VERSIONS.forEach((id, index) => {
      const [choice = ''] = rows[index] ?? [];
      const { backend, span } = LMDEPLOY_VERSIONS[id];
      expect(choice.startsWith(backend === 'turbomind' ? 'TurboMind ' : 'PyTorch ')).toBe(true);
      const first = span[0].replace(/\.0$/, '');
      expect(choice, id).toContain(`v${first}`);
    });
  });

  it('states each line’s rule for λ ≥ 1, the vocabulary layers and few KV heads', () => {
    ENGINE_VERSIONS.forEach((id, index) => {
      const [, , aboveOne, vocabulary, kvHeads] = rows[index] ?? [];
      const rules = LMDEPLOY_VERSIONS[id];
      const readsAboveOne =
        rules.ratioBase === 'session-entries'
          ? 'entries'
          : rules.blockCountAboveOne
            ? 'blocks'
            : 'refused';
      expect(aboveOne, id).toBe(readsAboveOne);
      expect(vocabulary, id).toBe(rules.vocabSharded ? 'split over `P`' : 'copied');
      expect(kvHeads, id).toBe(rules.repeatsKvHeads ? 'repeated' : 'refused');
    });
  });
});

const LINE_TABLES = [TURBOMIND_LINES, PYTORCH_LINES, VLLM_LINES, SGLANG_LINES];
const ECHOES = ['TurbomindEngineConfig', 'PytorchEngineConfig', 'CacheConfig', 'ServerArgs'];

/** Whether one of the log reader's parts takes figures from the example's lines. */
function readable(lines: string[]): boolean {
  const [line = ''] = lines;
  if (lines.length > 1) return nvidiaSmiGpus(lines).length > 0;
  return (
    LINE_TABLES.some((table) => Object.values(table).some(({ figures }) => figures.test(line))) ||
    ECHOES.some((name) => lastEcho([line], name).kind === 'found') ||
    launchCommand([line]) !== null
  );
}

describe("the README's table of log formats", () => {
  const rows = readmeTable('log-formats');

  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it.each(rows.map(([engine, line, example]) => [`${engine ?? ''}: ${line ?? ''}`, example ?? '']))(
    '%s: the example is read',
    (_, example) => {
      expect(readable(codeSpans(example))).toBe(true);
    },
  );
});
