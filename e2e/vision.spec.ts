import { readFileSync } from 'node:fs';
import { expect, queryOf, test } from './fixtures';

// InternVL3-8B's config.json, as the unit tests read it.
const INTERNVL3_8B = readFileSync(
  new URL('../src/inputs/hf-config/fixtures/internvl3-8b.json', import.meta.url),
  'utf8',
);

test.describe('vision-language models', () => {
  test('a tower on GPU 0 shrinks every cache; spread, 1/P on each (in Chinese)', async ({
    page,
  }) => {
    await page.goto(
      '/?model=internvl3-78b&gpu=a100-80g&P=4&versions=tm030,tm041&overhead=formula&lang=zh-CN',
    );
    // InternViT-6B and its projector: 5,708,504,448 parameters × 2 bytes = 10.63 GiB.
    await expect(page.getByTestId('pre-gpu0-vision')).toHaveText('10.63');
    await expect(page.getByTestId('pre-gpu1-vision')).toHaveText('0.00');
    // GPUs 1–3 size their cache from GPU 0 and leave what it lacks unused.
    await expect(page.getByTestId('pre-gpu1-stranded')).toHaveText('10.63');
    await expect(page.getByTestId('pre-vision')).toContainText('整个加载到 GPU 0 上');
    await expect(page.getByTestId('post-gpu3-vision')).toHaveText('2.66');
    await expect(page.getByTestId('post-vision')).toContainText('每张约 2.66 GiB');
    // Weights per GPU are the same in both lines; only where the tower sits differs.
    // F = 79.25 − 37.33 − 10.63 = 31.29 before, 79.25 − 37.33 − 2.66 = 39.26 after; KV = 0.8 F.
    await expect(page.getByTestId('pre-kv-per-gpu')).toHaveText('25.03 GiB');
    await expect(page.getByTestId('post-kv-per-gpu')).toHaveText('31.41 GiB');
  });

  test('a line before v0.2.6 refuses a vision-language model and draws nothing', async ({
    page,
  }) => {
    await page.goto('/?model=qwen2.5-vl-7b-instruct&gpu=l40s&P=1&versions=tm020,tm150');
    await expect(page.getByTestId('pre-refused')).toContainText(
      'This line serves no vision-language model',
    );
    await expect(page.getByTestId('pre-chart')).toHaveCount(0);
    await expect(page.getByTestId('post-gpu0-vision')).toHaveText('1.26');
  });

  test('a pasted InternVL config counts its tower, says so, and carries it in the link', async ({
    page,
  }) => {
    await page.goto('/?gpu=l40s&P=2&overhead=formula');
    await page.getByText('Use another model: paste its config.json').click();
    await page.getByTestId('config-text').fill(INTERNVL3_8B);
    await page.getByRole('button', { name: 'Use this config' }).click();
    await expect(page.getByTestId('config-outcome')).toContainText(
      'Its vision encoder, 0.33 billion parameters, is counted',
    );
    // 331,552,768 parameters × 2 bytes = 0.62 GiB, half on each GPU from v0.5.1.
    await expect(page.getByTestId('post-gpu1-vision')).toHaveText('0.31');
    await expect.poll(() => queryOf(page).get('cfg')).toContain('.vp331552768');
    await page.reload();
    await expect(page.getByTestId('post-gpu1-vision')).toHaveText('0.31');
  });

  test('the lesson puts its text at the chart with the tower on GPU 0', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('lesson-vision-gpu0').click();
    const callout = page.getByTestId('lesson-text');
    await expect(callout).toContainText('A vision encoder on GPU 0');
    await expect(callout).toBeInViewport();
    await expect(page.getByTestId('pre-gpu0-vision')).toHaveText('10.63');
  });
});
