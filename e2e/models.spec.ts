import { readFileSync, writeFileSync } from 'node:fs';
import { expect, queryOf, test } from './fixtures';

test('Qwen2.5-72B-Instruct on 8 × H100: tokens and sessions before and after v0.6.0', async ({
  page,
}) => {
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  await page.getByTestId('model-select').selectOption('qwen2.5-72b-instruct');
  await page.getByTestId('gpu-select').selectOption('h100');
  await page.getByTestId('field-P').fill('8');
  await expect(page.getByTestId('field-T')).toHaveValue('79.11');
  // Worked out in src/model/kv-capacity.test.ts: 19,045 and 20,375 blocks of 64 tokens.
  await expect(page.getByTestId('pre-tokens')).toHaveText('1,218,880');
  await expect(page.getByTestId('post-tokens')).toHaveText('1,304,000');
  await expect(page.getByTestId('pre-sessions')).toHaveText('148');
  await expect(page.getByTestId('post-sessions')).toHaveText('159');
  await expect(page.getByTestId('post-gpu7-vocab')).toHaveText('0.58');
  await expect(page.getByTestId('pre-gpu7-vocab')).toHaveText('4.64');
  await expect(page.getByTestId('field-S')).toHaveValue('135.43');
  await expect.poll(() => queryOf(page).get('gpu')).toBe('h100');
  // The page opens on this model: a short link leaves it out, and the sizes it derives.
  expect(queryOf(page).has('model')).toBe(false);
  expect(queryOf(page).has('S')).toBe(false);

  // The link alone reproduces it.
  await page.goto(`/?${queryOf(page).toString()}`);
  await expect(page.getByTestId('post-tokens')).toHaveText('1,304,000');

  // Moving S by hand marks the sizes custom but keeps the architecture for the KV cache.
  await page.getByTestId('field-S').fill('120');
  await expect(page.getByTestId('model-select-note')).toContainText('Custom S and E');
  await expect(page.getByTestId('capacity-architecture')).toContainText('Qwen2.5-72B-Instruct');
  await expect.poll(() => queryOf(page).get('S')).toBe('120');

  // Moving T leaves the GPU preset.
  await page.getByTestId('field-T').fill('75');
  await expect(page.getByTestId('gpu-select')).toHaveValue('');
});

test('attention heads that do not divide by P are refused, KV heads fewer than P are repeated', async ({
  page,
}) => {
  await page.goto('/?overhead=formula&model=qwen2.5-72b-instruct&P=3');
  await expect(page.getByTestId('tp-findings')).toContainText(
    '64 attention heads do not divide by P = 3',
  );
  await page.goto('/?overhead=formula&model=glm-4-9b-chat&P=8');
  await expect(page.getByTestId('tp-findings')).toContainText('each head is repeated on 4 GPUs');
});

test('a pasted config.json is used and travels in the link', async ({ page }) => {
  const config = JSON.stringify({
    _name_or_path: 'my-org/tiny-llama',
    model_type: 'llama',
    hidden_size: 2048,
    num_hidden_layers: 16,
    num_attention_heads: 32,
    num_key_value_heads: 8,
    intermediate_size: 8192,
    vocab_size: 32000,
    tie_word_embeddings: false,
  });
  await page.goto('/?overhead=formula&gpu=l4&P=1');
  await page.getByText('Use another model: paste its config.json').click();
  await page.getByTestId('config-text').fill(config);
  await page.getByRole('button', { name: 'Use this config' }).click();
  await expect(page.getByTestId('config-outcome')).toHaveText('Using my-org/tiny-llama.');
  await expect(page.getByTestId('model-select')).toHaveValue('config');
  // 16 layers × 8 KV heads × 2 × 64 (head_dim 2048 / 32) × 2 bytes = 32 KiB per token.
  await expect(page.getByTestId('capacity-architecture')).toContainText(
    '16 layers, 8 KV heads of 64',
  );
  const tokens = await page.getByTestId('post-tokens').textContent();
  await expect.poll(() => queryOf(page).get('cfg')).toContain('my-org/tiny-llama~h2048.l16.a32.k8');

  await page.reload();
  await expect(page.getByTestId('model-select')).toHaveValue('config');
  await expect(page.getByTestId('post-tokens')).toHaveText(tokens ?? '');
});

test('a broken config.json names its problem and leaves the scenario alone', async ({ page }) => {
  await page.goto('/?overhead=formula&model=qwen3-8b&gpu=rtx4090&P=1');
  const tokens = await page.getByTestId('post-tokens').textContent();
  await page.getByText('Use another model: paste its config.json').click();
  await page.getByTestId('config-text').fill('{"hidden_size": 4096, "num_attention_heads": 32}');
  await page.getByRole('button', { name: 'Use this config' }).click();
  await expect(page.getByTestId('config-outcome')).toContainText(
    'The field “num_hidden_layers” is missing.',
  );
  await page.getByTestId('config-text').fill('not json at all');
  await page.getByRole('button', { name: 'Use this config' }).click();
  await expect(page.getByTestId('config-outcome')).toContainText('This is not JSON.');
  await expect(page.getByTestId('model-select')).toHaveValue('qwen3-8b');
  await expect(page.getByTestId('post-tokens')).toHaveText(tokens ?? '');
});

test('a config.json file can be opened from disk', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('config.json');
  writeFileSync(path, readFileSync(new URL('./data/mistral-7b-v0.3.json', import.meta.url)));
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&P=1');
  await page.getByText('Use another model: paste its config.json').click();
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByTestId('config-outcome')).toHaveText(
    'Using mistralai/Mistral-7B-Instruct-v0.3.',
  );
});
