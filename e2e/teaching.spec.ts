import { readFileSync } from 'node:fs';
import { LESSONS } from '../src/lessons/lessons';
import { cell, drawnSegments, expect, queryOf, test } from './fixtures';

for (const lesson of LESSONS) {
  test(`guided scenario “${lesson.id}” sets its inputs, shows its lesson and has its own link`, async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    await page.getByTestId(`lesson-${lesson.id}`).click();
    await expect(page.getByTestId('lesson-text')).toBeVisible();
    await expect.poll(() => queryOf(page).get('lesson')).toBe(lesson.id);
    const expected = new URLSearchParams(lesson.query);
    for (const [key, value] of expected) expect(queryOf(page).get(key)).toBe(value);
    await expect(page.locator(`#${lesson.highlight}`)).toBeVisible();
    const title = await page.getByTestId('lesson-text').locator('h3').textContent();

    await page.reload();
    await expect(page.getByTestId('lesson-text').locator('h3')).toHaveText(title ?? '');
    await page.getByRole('button', { name: 'Close lesson' }).click();
    await expect(page.getByTestId('lesson-text')).toHaveCount(0);
    expect(queryOf(page).has('lesson')).toBe(false);
  });
}

test('the seed case: each GPU uses about the same memory at TP = 1 and TP = 2', async ({
  page,
}) => {
  await page.goto(
    '/?overhead=formula&lesson=seed&model=qwen2.5-7b-instruct&gpu=a10&P=2&lambda=0.8',
  );
  // Qwen2.5-7B on 21.99 GiB A10s: used = λT + (1 − λ)W, 19.01 GiB at P = 2 (v0.15)…
  await expect(cell(page, 'post-used-per-gpu')).toHaveText('19.01 GiB');
  // …and the sweep shows the KV cache at each P (before / after v0.6.0).
  await expect(page.getByTestId('sweep-p1')).toContainText('6.24 / 6.24');
  await expect(page.getByTestId('sweep-p2')).toContainText('11.11 / 11.92');
});

test('a lesson link in Chinese opens in Chinese', async ({ page }) => {
  await page.goto(
    '/?overhead=formula&lesson=few-kv-heads&model=glm-4-9b-chat&gpu=rtx4090&P=8&lang=zh-CN',
  );
  await expect(page.getByTestId('lesson-text')).toContainText('GLM-4-9B 只有 2 个 KV 头');
  await expect(page.getByTestId('tp-findings')).toContainText('每个头在 4 张 GPU 上重复存放');
});

test('the explanation walks through the current numbers', async ({ page }) => {
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  await page.getByText('Explain this scenario step by step').click();
  const steps = page.getByTestId('explain-steps');
  await expect(steps).toContainText('W = (S − E)/P + E = 36.50 GiB');
  await expect(steps).toContainText('W = S/P = 35.00 GiB');
  await expect(steps).toContainText(
    'TurboMind v0.4.1 – v0.5.3: F = T − X − O − W = 43.50 GiB on the fullest GPU',
  );
  await expect(steps).toContainText('F = T − X − O − W = 45.00 GiB');
  // λ of total memory: 0.8 × 80 = 64 GiB of cache, 35 + 64 = 99 GiB needed.
  await expect(steps).toContainText('λ × T = 64.00 GiB');
  await expect(steps).toContainText('removes 1.50 GiB of copies');
  await expect(steps).toContainText('1.20 GiB, goes to the KV cache');
});

test('CSV and JSON exports hold the numbers in the table; the PNG is an image', async ({
  page,
}) => {
  await page.goto('/?overhead=formula&model=qwen2.5-72b-instruct&gpu=h100&P=8');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toBe('variant,gpu,segment,gib');
  const rows = csv.slice(1).map((line) => line.split(','));
  for (const [variant, gpu, segment, value] of rows) {
    if (gpu === 'all') continue;
    const shown = cell(page, `${variant}-gpu${gpu}-${segment}`);
    // The table leaves out segments no GPU in that chart has.
    if ((await shown.count()) === 0) {
      expect(Number(value)).toBe(0);
      continue;
    }
    await expect(shown).toHaveText(Number(value).toFixed(2));
  }
  // Two charts × 8 GPUs × 9 segments, zero or not.
  expect(rows.filter(([, gpu]) => gpu !== 'all')).toHaveLength(2 * 8 * 9);
  const tokens = rows.find(([variant, , metric]) => variant === 'post' && metric === 'kv_tokens');
  expect(tokens?.[3]).toBe('1304000');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as {
    model: string;
    post: { kvCapacity: { tokens: number } };
  };
  expect(json.model).toBe('Qwen2.5-72B-Instruct');
  expect(json.post.kvCapacity.tokens).toBe(1_304_000);

  await expect(drawnSegments(page, 'post').first()).toBeVisible();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
});

test('the inputs can be reached and changed from the keyboard, with a visible focus ring', async ({
  page,
}) => {
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  await page.getByTestId('gpu-select').focus();
  const path: string[] = [];
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    path.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
  }
  expect(path).toEqual(['field-T', 'slider-T', 'field-P', 'slider-P']);
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none|0px$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('field-P')).toHaveValue('5');
  // 64 heads do not divide by 5: the chart says so at once.
  await expect(page.getByTestId('post-refused')).toContainText('P = 5');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('field-P')).toHaveValue('3');
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'post-gpu1-kv')).toBeVisible();
});

test('the print layout fits one landscape A4 page', async ({ page }) => {
  await page.goto('/?overhead=formula&model=qwen2.5-72b-instruct&gpu=h100&P=8');
  await expect(drawnSegments(page, 'post').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('a 360 px phone shows everything without sideways scrolling of the page', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  for (const query of [
    '?lesson=seed&model=qwen2.5-7b-instruct&gpu=a10&P=2',
    '?P=64&T=192',
    '?T=24&P=2&zzz=1',
  ]) {
    await page.goto(`/${query}`);
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  }
  await context.close();
});
