import { cell, expect, expectSegments, queryOf, test } from './fixtures';

// The default scenario: T = 80, S = 140, E = 2, λ = 0.8, P = 4, Llama-3.1-70B's KV layout.
test.describe('engines and versions', () => {
  test('the right chart takes any version, states its rule, and the link keeps it', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    await expect(page.getByTestId('variant-post')).toHaveAttribute('data-version', 'tm150');
    await page.getByTestId('post-version').selectOption('pt100');
    await expect(
      page.getByRole('heading', { level: 2, name: 'PyTorch engine v0.10 and later' }),
    ).toBeVisible();
    await expect(page.getByTestId('post-rule')).toContainText('KV = λ × (F − R)');
    // R = (8192 + 2 × 128) × 128,256 × 2 B ≈ 2.02 GiB; W = 36.5 (copied vocabulary);
    // KV = 0.8 × (43.5 − 2.018) ≈ 33.19; headroom 0.2 × 41.48 ≈ 8.30.
    await expectSegments(page, 'post', 1, {
      vocab: '2.00',
      kv: '33.19',
      buffers: '2.02',
      headroom: '8.30',
    });
    await expect(page.getByTestId('post-log')).toContainText(
      'Initialize cache engine with 6796 gpu blocks and 0 cpu blocks.',
    );
    await expect.poll(() => queryOf(page).get('versions')).toBe('tm041,pt100');

    await page.reload();
    await expect(page.getByTestId('post-version')).toHaveValue('pt100');
    await expect(cell(page, 'post-gpu1-kv')).toHaveText('33.19');
  });

  test('memory used on one GPU shrinks every GPU’s cache and shows what is left unused', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    const used = page.getByTestId('used-input');
    await used.fill('0, 2, 0.5');
    // F = 45, 43, 44.5, 45 → every GPU gets 0.8 × 43 = 34.40 (v0.15).
    for (const rank of [0, 1, 2, 3])
      await expect(cell(page, `post-gpu${rank}-kv`)).toHaveText('34.40');
    await expectSegments(page, 'post', 0, { others: '0.00', stranded: '2.00' });
    await expectSegments(page, 'post', 1, { others: '2.00', stranded: '0.00' });
    await expectSegments(page, 'post', 2, { others: '0.50', stranded: '1.50' });
    await expect(page.getByTestId('post-wasted')).toContainText('5.50 GiB');
    await expect.poll(() => queryOf(page).get('used')).toBe('0,2,0.5');

    // A typo is named and leaves the last good list in force.
    await used.fill('0, x');
    await expect(page.getByRole('alert').filter({ hasText: 'separated by commas' })).toBeVisible();
    await expect(cell(page, 'post-gpu0-kv')).toHaveText('34.40');
  });

  test('the realistic overhead adds a context, NCCL buffers and TurboMind’s runtime buffers', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    await expect(page.getByTestId('field-ctx')).toHaveCount(0);
    await page.getByTestId('overhead-realistic').check();
    await expect(page.getByTestId('field-ctx')).toHaveValue('0.3');
    // O = 0.3 + 0.1 = 0.4; KV = 0.8 × (80 − 0.4 − 35) = 35.68; buffers ≈ 0.46 GiB (estimate).
    await expectSegments(page, 'post', 0, { overhead: '0.40', kv: '35.68', buffers: '0.46' });
    await page.getByTestId('field-nccl').fill('1.1');
    await page.getByTestId('field-nccl').press('Enter');
    await expect(cell(page, 'post-gpu0-kv')).toHaveText('34.88');
    // Realistic is the default: the link says so by leaving the key out.
    await expect.poll(() => queryOf(page).get('nccl')).toBe('1.1');
    expect(queryOf(page).has('overhead')).toBe(false);
  });

  test('a shared link with older versions shows λ of total memory and a refused block count', async ({
    page,
  }) => {
    // v0.1.x allocates lazily: 0.8 × 80 = 64 GiB is promised, 43.5 GiB fits.
    await page.goto(
      '/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&pair=tm010,tm020',
    );
    await expect(page.getByTestId('pre-overcommitted')).toContainText('6,553');
    await expect(page.getByTestId('post-oom')).toHaveAttribute('data-problem', 'cache');

    // An older link's v0.6.0 – v0.14 reads as v0.10 – v0.11, which counts blocks like it did.
    await page.goto(
      '/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&pair=tm060,tm150&lambda=1000',
    );
    // 1,000 blocks × 64 tokens × 80 KiB = 4.88 GiB in v0.10 – v0.14; v0.15 refuses λ ≥ 1.
    await expect(cell(page, 'pre-gpu0-kv')).toHaveText('4.88');
    await expect(page.getByTestId('post-oom')).toHaveAttribute('data-problem', 'ratio');
    await expect(cell(page, 'post-gpu0-kv')).toHaveText('0.00');
  });

  test('the comparison loads on demand and answers each engine’s knob', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?overhead=formula&model=qwen2.5-72b-instruct&gpu=h100&P=8');
    await expect(page.getByTestId('engine-comparison')).toHaveCount(0);
    await page.locator('#compare > summary').click();
    const table = page.getByTestId('engine-comparison');
    await expect(table.locator('[data-engine-row]')).toHaveCount(6);
    // vLLM: 0.92 × 79.11 − 16.93 − 0.76 ≈ 55.10 GiB; SGLang: 0.818 × 79.11 − 16.93 ≈ 47.78.
    await expect(cell(page, 'compare-vllm-kv')).toHaveText('55.10 GiB');
    await expect(cell(page, 'compare-sglang-kv')).toHaveText('47.78 GiB');
    await expect(page.getByTestId('compare-sglang')).toContainText('0.818 (chosen by SGLang)');

    await page.getByTestId('field-vllm').fill('0.5');
    await page.getByTestId('field-vllm').press('Enter');
    // 0.5 × 79.11 − 16.93 − 0.76 ≈ 21.87.
    await expect(cell(page, 'compare-vllm-kv')).toHaveText('21.87 GiB');
    await page.getByTestId('compare-vllm-command-copy').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(
        'vllm serve Qwen/Qwen2.5-72B-Instruct --tensor-parallel-size 8 --gpu-memory-utilization 0.5 --max-model-len 8192',
      );
  });

  test('a version that cannot repeat KV heads refuses the TP degree on its own card', async ({
    page,
  }) => {
    // GLM-4-9B has 2 KV heads; at P = 8 only v0.6.5 and later repeat them.
    await page.goto('/?overhead=formula&model=glm-4-9b-chat&gpu=rtx4090&P=8');
    await expect(page.getByTestId('pre-refused')).toContainText('2 KV heads cannot be spread');
    await expect(page.getByTestId('post-refused')).toHaveCount(0);
  });

  test('the launch command follows the scenario and copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?overhead=formula&model=qwen2.5-7b-instruct&gpu=a10&P=2&kv=int8');
    const command = page.getByTestId('post-command');
    await expect(command).toHaveText(
      'lmdeploy serve api_server Qwen/Qwen2.5-7B-Instruct --backend turbomind --tp 2 --cache-max-entry-count 0.8 --session-len 8192 --quant-policy 8',
    );
    await page.getByTestId('post-command-copy').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('--quant-policy 8');
  });
});

test('a user’s TurboMind log (lmdeploy#2408, 4 × V100, v0.5.x) is reproduced within the inputs’ rounding', async ({
  page,
}) => {
  // InternVL2-8B's language model on four 32 GB V100s, TP 4, λ = 0.8; its vision tower holds
  // 0.63 GiB on GPU 0; a context of 0.3 GiB and NCCL at 0.06 GiB. The log printed
  // "block_size = 2 MB" and "max_block_count = 10683"; 0.005 GiB of overhead is 2 blocks.
  await page.goto(
    '/?model=internlm2.5-7b-chat&gpu=v100-32g&P=4&versions=tm041,tm041&overhead=realistic&ctx=0.3&nccl=0.06&used=0.63',
  );
  const log = page.getByTestId('post-log');
  await expect(log).toContainText('[BlockManager] block_size = 2 MB');
  const text = (await log.textContent()) ?? '';
  const blocks = Number(/max_block_count = (\d+)/.exec(text)?.[1]);
  expect(Math.abs(blocks - 10683)).toBeLessThanOrEqual(2);
});
