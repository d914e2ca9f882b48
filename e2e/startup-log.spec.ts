import { readFileSync } from 'node:fs';
import { expect, queryOf, test } from './fixtures';

const fixture = (id: string) =>
  readFileSync(new URL(`../src/logs/fixtures/${id}.log`, import.meta.url), 'utf8');

test('a pasted log is held against the page, calibrated to, and its link predicts another λ', async ({
  page,
  browser,
}) => {
  // InternVL3-78B (a Qwen2.5-72B language model) on eight A800-80GB (lmdeploy#4285).
  await page.goto('/?model=qwen2.5-72b-instruct&gpu=a100-80g#log');
  await page.getByTestId('log-text').fill(fixture('lmdeploy-4285'));
  await page.getByTestId('log-read').click();
  await expect(page.getByTestId('log-engine')).toContainText('TurboMind log, 8 rank(s)');
  await expect(page.getByTestId('log-changes')).toContainText('P = 8');
  await expect(page.getByTestId('variant-post')).toHaveAttribute('data-version', 'tm100');
  // 64 tokens × 80 layers × 2 × 1 KV head × 128 × 2 B = 2.5 MiB, as logged.
  await expect(page.getByTestId('log-block-size-page')).toContainText('2.500 MB');
  await expect(page.getByTestId('log-count-logged')).toHaveText('19,591');
  await expect(page.getByTestId('log-count-page')).not.toHaveText('19,591');

  await page.getByTestId('log-calibrate').click();
  await expect(page.getByTestId('log-calibrated')).toBeVisible();
  await expect(page.getByTestId('log-count-page')).toHaveText('19,591');
  await expect.poll(() => queryOf(page).get('cal')).toMatch(/^\d+\.\d+$/);
  // The log itself stays out of the link.
  expect(page.url()).not.toContain('BlockManager');

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByTestId('post-log')).toContainText('max_block_count = 19591');
  await fresh.getByTestId('field-lambda').fill('0.5');
  // The log fixes F to 19,591.5 blocks of 2.5 MiB over λ = 0.8; at λ = 0.5 that is
  // floor(0.5 × 19,591.5 / 0.8) = 12,244 blocks, give or take the one block it is known to.
  await expect(fresh.getByTestId('post-log')).toContainText(/max_block_count = 1224[345]\b/);
  await fresh.close();
});

test('a log the page cannot use says why and changes nothing', async ({ page }) => {
  await page.goto('/?P=2#log');
  await page
    .getByTestId('log-text')
    .fill(`${fixture('lmdeploy-3411')}\n[TM][INFO] [BlockManager] max_block_count = 6100`);
  await page.getByTestId('log-read').click();
  await expect(page.getByTestId('log-problem')).toContainText('different max_block_count');
  await expect(page.getByTestId('field-P')).toHaveValue('2');
});

test('a log at the default level, with only the warning that cuts session_len, gives a count', async ({
  page,
}) => {
  // lmdeploy#4366 (v0.12) prints no INFO lines: 4928 tokens are 77 blocks of 64.
  await page.goto('/?model=qwen3-8b&gpu=v100-32g#log');
  await page.getByTestId('log-text').fill(fixture('lmdeploy-4366'));
  await page.getByTestId('log-read').click();
  await expect(page.getByTestId('variant-post')).toHaveAttribute('data-version', 'tm120');
  await expect(page.getByTestId('log-count-logged')).toHaveText('77');
  await expect(page.getByTestId('log-blocks-from-tokens')).toContainText('77 blocks of 64 tokens');
  await page.getByTestId('log-calibrate').click();
  await expect(page.getByTestId('log-count-page')).toHaveText('77');
});

test('an SGLang log is held against its comparison row and calibrates it', async ({ page }) => {
  // Qwen2.5-7B on an RTX 5090 (sglang#5338): 28 layers × 4 KV heads × 2 × 128 × 2 B a token.
  await page.goto('/?model=qwen2.5-7b-instruct&T=31.36#log');
  await page.getByTestId('log-text').fill(fixture('sglang-5338'));
  await page.getByTestId('log-read').click();
  await expect(page.getByTestId('log-engine')).toContainText('SGLang log, 1 rank(s)');
  await expect(page.getByTestId('log-bytesPerToken-page')).toHaveText('57,344 B');
  await expect(page.getByTestId('log-tokens-logged')).toHaveText('239,021');
  await expect(page.getByTestId('log-tokens-page')).not.toHaveText('239,021');
  await page.getByTestId('log-calibrate').click();
  await expect(page.getByTestId('log-tokens-page')).toHaveText('239,021');
  await expect.poll(() => queryOf(page).get('sglangCal')).toMatch(/^\d+\.\d+$/);
});
