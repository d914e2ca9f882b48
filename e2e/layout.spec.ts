import { expect, queryOf, test } from './fixtures';

test.describe('beyond plain TP', () => {
  test('DeepSeek-V3 on 2 × 8 H200 with --dp 16 --ep 16: what each GPU holds, by node', async ({
    page,
  }) => {
    await page.goto(
      '/?model=deepseek-v3&gpu=h200&w=fp8&P=1&dp=16&ep=16&nodes=2&versions=tm150,pt100&overhead=formula',
    );
    // A link with a layout opens its panel.
    await expect(page.getByTestId('layout-panel')).toBeVisible();
    await expect(page.getByTestId('pre-layout-refused')).toContainText(
      'ep > 1 is only supported in single-node mode',
    );
    await expect(page.getByTestId('post-layout-shape')).toContainText('16 GPUs, 8 per node');
    // Worked by hand in src/results/layout-view.test.ts.
    await expect(page.getByTestId('post-layout-attention')).toHaveText('10.63');
    await expect(page.getByTestId('post-layout-experts')).toHaveText('38.07');
    await expect(page.getByTestId('post-layout-vocab')).toHaveText('3.45');
    await expect(page.getByTestId('post-layout-sessions')).toContainText('× 16 = 1,936');
    await expect(page.getByTestId('post-layout-bars-node1')).toBeVisible();
    await expect(page.getByTestId('post-layout-command')).toContainText(
      '--dp 16 --ep 16 --proxy-url',
    );
    await expect(page.getByTestId('post-layout-command')).toContainText('--nnodes 2');
  });

  test('in Chinese: a field sets --ep, the link keeps it, and a refused layout names its rule', async ({
    page,
  }) => {
    await page.goto(
      '/?lang=zh-CN&model=qwen3-235b-a22b&gpu=h200&w=fp8&P=8&versions=tm150,pt100#layout',
    );
    await expect(page.getByTestId('layout-plain')).toContainText('普通 TP');
    await page.getByTestId('field-ep').fill('8');
    await page.getByTestId('field-ep').press('Enter');
    // 128 experts over 8 GPUs, whole on TurboMind's (mlp_tp 1 once ep takes the 8 GPUs).
    await expect(page.getByTestId('pre-layout-shape')).toContainText(
      '路由专家：每张 GPU 16 个（EP 8）',
    );
    await expect.poll(() => queryOf(page).get('ep')).toBe('8');
    await page.getByTestId('field-ep').fill('3');
    await page.getByTestId('field-ep').press('Enter');
    await expect(page.getByTestId('pre-layout-refused')).toContainText('没有满足 TurboMind 规则');
    await expect(page.getByTestId('post-layout-refused')).toContainText('DistConfig');
  });

  test('the expert-parallel lesson opens the panel with its text in view', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('lesson-moe-ep').click();
    const callout = page.getByTestId('layout-panel').getByTestId('lesson-text');
    await expect(callout).toContainText('An MoE model with expert parallelism');
    await expect(callout).toBeInViewport();
  });
});
