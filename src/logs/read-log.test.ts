import { describe, expect, it } from 'vitest';
import { DOCUMENTED_SCENARIO, pickModel } from '../inputs/scenario';
import { applyLog } from './apply';
import { LMDEPLOY_LOGS } from './fixtures';
import { reconcile } from './reconcile';
import { readStartupLog } from './read-log';
import { MAX_LOG_CHARS } from './text';
import log4366 from './fixtures/lmdeploy-4366.log?raw';

const fixture = (id: string) => {
  const found = LMDEPLOY_LOGS.find((log) => log.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found.text;
};

const problemOf = (text: string) => {
  const reading = readStartupLog(text);
  return reading.ok ? null : reading.problem;
};

const logOf = (text: string) => {
  const reading = readStartupLog(text);
  if (!reading.ok) throw new Error(reading.problem.kind);
  return reading.log;
};

describe('reading a log as people paste it', () => {
  it('reads through colours, Windows line ends, a byte-order mark and rank prefixes', () => {
    const plain = logOf(fixture('lmdeploy-3825'));
    const noisy = `\uFEFF${fixture('lmdeploy-3825')
      .split('\n')
      .map((line, index) => `(RayWorker rank=${String(index % 2)}) \u001b[32m${line}\u001b[0m`)
      .join('\r\n')}`;
    expect(logOf(noisy).cache).toEqual(plain.cache);
    expect(logOf(noisy).settings).toEqual(plain.settings);
  });

  it('takes the updated engine config over the input one, and the command for the rest', () => {
    const { settings, command } = logOf(fixture('lmdeploy-3950'));
    // The input config says session_len=None; the updated one has the model's 131072.
    expect(settings).toMatchObject({ sessionLength: 131072, quantPolicy: 4, modelFormat: 'mxfp4' });
    expect(command?.modelPath).toBe('/root/cache/gpt-oss-20b');
    expect(command?.flags.get('quant-policy')).toBe('4');
  });

  it('reads a command continued over several lines, with the model path last', () => {
    const { command, settings } = logOf(fixture('lmdeploy-4113'));
    expect(command?.modelPath).toBe('/home/yun/model/Qwen2.5-VL-72B-Instruct-AWQ');
    expect(settings).toMatchObject({ tp: 4, cacheMaxEntryCount: 0.17, sessionLength: 10240 });
  });

  it('counts one set of cache lines per rank, and the session_len it was cut to', () => {
    expect(logOf(fixture('lmdeploy-4113')).cache).toMatchObject({ ranks: 4, maxBlockCount: 482 });
    expect(logOf(fixture('lmdeploy-3950')).cache).toMatchObject({ truncatedTo: 111360 });
  });

  it('dates a log by its formats: whole MiB before v0.8, "max cached tokens" in v0.12 – v0.14', () => {
    const whole =
      '[TM][INFO] [BlockManager] block_size = 9 MB\n[TM][INFO] [BlockManager] max_block_count = 863';
    expect(logOf(whole).versions).toEqual([
      'tm010',
      'tm020',
      'tm022',
      'tm030',
      'tm041',
      'tm060',
      'tm065',
    ]);
    const v012 = `${fixture('lmdeploy-3411')}\n[TM][INFO] max cached tokens: 397696`;
    expect(logOf(v012).versions).toEqual(['tm120']);
    const v015 = 'Object cache budget: 38758.40 MB from free 48448.00 MB and ratio 0.800';
    expect(logOf(v015).versions).toEqual(['tm150']);
    // λ ≥ 1 is a block count only where the release reads it so.
    expect(
      logOf(`${whole}\nTurbomindEngineConfig(model_name=None, tp=1, cache_max_entry_count=1000)`)
        .versions,
    ).toEqual(['tm022', 'tm030']);
  });

  it('counts blocks from the one warning a default log level prints (lmdeploy#4366, v0.12)', () => {
    const log = logOf(log4366);
    expect(log.cache).toMatchObject({
      kind: 'turbomind',
      maxBlockCount: null,
      truncatedTo: 4928,
      ranks: 1,
    });
    expect(log.versions).toEqual(['tm120']);
    const { scenario } = applyLog(pickModel(DOCUMENTED_SCENARIO, 'qwen3-8b'), log);
    const result = reconcile(scenario, log);
    // 4928 tokens are 77 blocks of 64: the count `LlamaBatch.cc` and `engine.cc` cut to.
    expect(result.ok && result.reconciliation.count).toMatchObject({
      logged: 77,
      fromTokens: 4928,
    });
  });

  it("skips an engine config in the user's own code, quoted over several lines", () => {
    const code = [
      'pipe = pipeline(model, backend_config=TurbomindEngineConfig(session_len=16384,',
      '                                                           tp=8))',
    ].join('\n');
    expect(logOf(`${code}\n${fixture('lmdeploy-4285')}`).cache).toMatchObject({
      maxBlockCount: 19591,
    });
  });

  it("reads the PyTorch engine's INFO-level cache config when its DEBUG count line is absent", () => {
    // The shape of v0.7.2's `executor/base.py` line: the repr follows on its own line.
    const info = [
      '2025-03-01 10:00:00,000 - lmdeploy - INFO - base.py:152 - Building CacheEngine with config: ',
      "CacheConfig(max_batches=128, block_size=64, num_cpu_blocks=0, num_gpu_blocks=157, window_size=-1, cache_max_entry_count=0.8, max_prefill_token_num=8192, enable_prefix_caching=False, quant_policy=0, device_type='cuda').",
    ].join('\n');
    const log = logOf(info);
    expect(log.cache).toEqual({ kind: 'pytorch', gpuBlocks: 157, ranks: 1 });
    expect(log.settings).toMatchObject({
      maxBatchSize: 128,
      maxPrefillTokens: 8192,
      cacheMaxEntryCount: 0.8,
      quantPolicy: 0,
      blockTokens: 64,
    });
    expect(log.versions).toEqual(['pt065', 'pt092', 'pt100']);
    expect(problemOf(info.slice(0, 120))).toMatchObject({ kind: 'cut' });
  });

  it('reads the GPUs of an nvidia-smi table and knows the total CUDA reports for them', () => {
    const table = [
      '|   0  NVIDIA H100 80GB HBM3          On  |   00000000:18:00.0 Off |                    0 |',
      '| N/A   33C    P0            118W /  700W |   75421MiB /  81559MiB |      0%      Default |',
    ].join('\n');
    const { gpus } = logOf(`${table}\n${fixture('lmdeploy-3411')}`);
    expect(gpus).toMatchObject([{ index: 0, usedMiB: 75421, totalMiB: 81559 }]);
    expect(gpus[0]?.preset?.id).toBe('h100');
    const { scenario } = applyLog(
      DOCUMENTED_SCENARIO,
      logOf(`${table}\n${fixture('lmdeploy-3411')}`),
    );
    expect(scenario).toMatchObject({ gpu: 'h100', inputs: { T: 79.11 } });
  });
});

describe('a log the page cannot use is named and changes nothing', () => {
  it('an engine it does not know', () => {
    expect(problemOf('llama_kv_cache_init: KV self size  = 1024.00 MiB')).toEqual({
      kind: 'unknown-engine',
    });
    expect(problemOf('   \n  ')).toEqual({ kind: 'empty' });
  });

  it('a line cut before its number', () => {
    const cut = `${fixture('lmdeploy-3411')}\n[TM][INFO] [BlockManager] max_block_count = `;
    expect(problemOf(cut)).toMatchObject({ kind: 'cut' });
  });

  it('ranks that disagree', () => {
    const two = `${fixture('lmdeploy-3411')}\n[TM][INFO] [BlockManager] max_block_count = 6100`;
    expect(problemOf(two)).toEqual({
      kind: 'ranks-disagree',
      what: 'max_block_count',
      values: [6214, 6100],
    });
  });

  it('a paste of 10 MB', () => {
    expect(problemOf('x'.repeat(10_000_000))).toEqual({ kind: 'too-large', limit: MAX_LOG_CHARS });
  });

  it('an engine config with none of the cache lines', () => {
    expect(
      problemOf('updated backend_config=TurbomindEngineConfig(tp=1, session_len=4096)'),
    ).toEqual({
      kind: 'no-cache-lines',
    });
  });

  it('a block size no layout of the model explains', () => {
    const odd =
      '[TM][INFO] [BlockManager] block_size = 13.337 MB\n[TM][INFO] [BlockManager] max_block_count = 100';
    const scenario = pickModel(DOCUMENTED_SCENARIO, 'qwen3-8b');
    const applied = applyLog(scenario, logOf(odd)).scenario;
    expect(reconcile(applied, logOf(odd))).toEqual({ ok: false, problem: 'shape-unexplained' });
  });

  it('a block size of another layout is named, with the layouts that print it', () => {
    // Qwen3-8B's 9 MiB block with an 8-bit cache prints (128 + 4)/256 × 9 MiB = 4.641 MB.
    const int8 =
      '[TM][INFO] [BlockManager] block_size = 4.641 MB\n[TM][INFO] [BlockManager] max_block_count = 1700';
    const scenario = applyLog(pickModel(DOCUMENTED_SCENARIO, 'qwen3-8b'), logOf(int8)).scenario;
    const result = reconcile(scenario, logOf(int8));
    if (!result.ok) throw new Error(result.problem);
    expect(result.reconciliation.blockAgrees).toBe(false);
    expect(result.reconciliation.shapes).toContainEqual({
      layers: 36,
      kvHeadsPerGpu: 8,
      headDim: 128,
      kvFormat: 'int8',
      blockTokens: 64,
    });
  });
});
