import { cell, drawnSegments, expect, queryOf, test } from './fixtures';

test.describe('the answer first', () => {
  for (const [name, viewport] of [
    ['a 1440 × 900 desktop', { width: 1440, height: 900 }],
    ['a 390 × 844 phone', { width: 390, height: 844 }],
  ] as const) {
    test(`4 × A100 80GB, Qwen2.5-72B AWQ at 32k tokens: answered in view on ${name}`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize(viewport);
      // The page opens on this deployment: Qwen2.5-72B-Instruct on four A100 80GB.
      await page.goto('/');
      let interactions = 0;
      if (viewport.width < 1024) {
        await page.getByRole('link', { name: 'Change the inputs ↓' }).click();
        interactions += 1;
      }
      await page.getByTestId('weights-select').selectOption('int4');
      await page.getByTestId('field-len').fill('32768');
      await page.getByTestId('field-len').press('Enter');
      interactions += 3;
      const answer = page.getByTestId('post-answer');
      await expect(answer).toBeInViewport();
      await expect(page.getByTestId('post-verdict')).toHaveText('runs');
      const sessions = page.getByTestId('post-answer-sessions');
      await expect(sessions).toBeInViewport();
      await expect(sessions).toHaveText(/^\d+$/);
      const safe = page.getByTestId(
        viewport.width < 640 ? 'post-safe-ratio-short' : 'post-safe-ratio',
      );
      await expect(safe).toBeInViewport();
      await expect(safe).toContainText(/0\.9\d/);
      await page.getByTestId('post-answer-copy').click();
      interactions += 1;
      const command = await page.evaluate(() => navigator.clipboard.readText());
      expect(command).toContain('lmdeploy serve api_server Qwen/Qwen2.5-72B-Instruct-AWQ');
      expect(command).toContain('--session-len 32768');
      expect(command).toContain('--model-format awq');
      expect(interactions).toBeLessThanOrEqual(6);
    });
  }

  test('on a phone the answer stays in view while an input far below it changes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?lang=zh-CN');
    // The results come before the inputs.
    const strip = await page.getByTestId('post-answer').boundingBox();
    const chart = await page.getByTestId('variant-post').boundingBox();
    const inputs = await page.locator('#inputs').boundingBox();
    expect(strip && chart && inputs && strip.y < chart.y && chart.y < inputs.y).toBe(true);
    await page.getByTestId('field-n').scrollIntoViewIfNeeded();
    const before = await page.getByTestId('post-answer-sessions').textContent();
    await page.getByTestId('field-lambda').fill('0.5');
    await page.getByTestId('field-lambda').press('Enter');
    await expect(page.getByTestId('post-answer')).toBeInViewport();
    await expect(page.getByTestId('post-answer-sessions')).not.toHaveText(before ?? '');
    await expect(page.getByTestId('post-verdict')).toHaveText('可运行');
  });
});

test.describe('decisive refusals', () => {
  test('a TP degree the heads refuse: no bars, no capacities, one line why, the degrees it serves', async ({
    page,
  }) => {
    await page.goto('/?P=3');
    await expect(page.getByTestId('post-refused')).toHaveText(
      /64 attention heads do not divide by P = 3.*It serves this at:/,
    );
    await expect(drawnSegments(page, 'post')).toHaveCount(0);
    await expect(page.getByTestId('post-kv-per-gpu')).toHaveText('—');
    await expect(page.getByTestId('post-tokens')).toHaveText('—');
    await expect(page.getByTestId('post-verdict')).toHaveText('refused');
    await page.getByRole('button', { name: 'Set P to 4 (TurboMind v0.15 and later)' }).click();
    await expect(page.getByTestId('field-P')).toHaveValue('4');
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
  });

  test('in Chinese, weights that do not fit name the shortfall and offer more GPUs', async ({
    page,
  }) => {
    await page.goto('/?lang=zh-CN&model=llama-3.1-70b-instruct&gpu=rtx4090&P=2');
    await expect(page.getByTestId('post-oom')).toContainText('显存不足');
    await expect(page.getByTestId('post-verdict')).toHaveText('显存不足');
    await expect(page.getByTestId('post-answer-sessions')).toHaveCount(0);
    const choice = page.getByTestId('post-tp-choices').getByRole('button').first();
    await expect(choice).toHaveAccessibleName(/^把 P 设为 \d+/);
    await choice.click();
    await expect(page.getByTestId('post-verdict')).toHaveText('可运行');
  });

  test('a release line that loads no checkpoint of the format refuses it and prints no command', async ({
    page,
  }) => {
    await page.goto('/?model=qwen3-32b&w=fp8');
    // TurboMind before v0.9.0 reads no FP8; from v0.15 it loads Qwen's own FP8 checkpoint.
    await expect(page.getByTestId('pre-refused')).toContainText('FP8');
    await expect(page.getByTestId('pre-checkpoint-note')).toContainText('No release in this line');
    await expect(page.getByTestId('pre-command')).toHaveCount(0);
    await expect(page.getByTestId('post-command')).toContainText(
      'lmdeploy serve api_server Qwen/Qwen3-32B-FP8',
    );
  });
});

test.describe('planning', () => {
  test('the largest safe λ is offered and used; a smallest λ that leaves too little is flagged', async ({
    page,
  }) => {
    await page.goto('/?n=70');
    const safe = page.getByTestId('post-safe-ratio-plan');
    await expect(safe).toContainText('0.97');
    await page.getByTestId('post-apply-safe-ratio').click();
    await expect(page.getByTestId('field-lambda')).toHaveValue('0.97');
    await expect(page.getByTestId('post-verdict')).toHaveText('runs');
    // 70 sessions of 8,192 tokens need a λ above 0.97, which leaves too little at run time.
    await expect(page.getByTestId('post-smallest-unsafe')).toBeVisible();
    // The curve of sessions against λ, drawn by Recharts, with the unsafe band shaded.
    const curve = page.getByTestId('lambda-curve');
    await expect(curve.locator('.recharts-line')).toHaveCount(2);
    await expect(curve.locator('.recharts-reference-area')).toHaveCount(2);
  });

  test('the charts drawn by Recharts load only as the reader scrolls towards them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
    // Once the app answers an input it has taken the page over; the curve, two screens
    // down, is still a placeholder.
    await page.getByTestId('field-lambda').fill('0.7');
    await expect.poll(() => queryOf(page).get('lambda')).toBe('0.7');
    await page.waitForTimeout(500);
    await expect(page.getByTestId('lambda-curve')).toHaveCount(0);
    await expect(page.getByTestId('sweep-chart')).toHaveCount(0);
    await page.locator('#capacity').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('lambda-curve').locator('.recharts-line')).toHaveCount(2);
  });

  test('a λ that leaves less than NCCL takes at run time is called tight', async ({ page }) => {
    await page.goto('/?lambda=0.975');
    await expect(page.getByTestId('post-verdict')).toHaveText('tight');
    await expect(page.getByTestId('post-answer')).toContainText('NCCL');
  });
});

test.describe('lessons, the sweep and the comparison', () => {
  test('a lesson’s text sits at what it points at, and the sweep shows GiB and used memory', async ({
    page,
  }) => {
    await page.goto('/?lang=zh-CN');
    await page.getByTestId('lesson-seed').click();
    const callout = page.locator('#sweep').getByTestId('lesson-text');
    await expect(callout).toBeInViewport();
    await expect(page.locator('#sweep')).toContainText('每张 GPU 的占用，GiB');
    await expect(page.getByTestId('sweep-p2')).toContainText('19.21 / 19.01');
    await expect(
      page.getByTestId('sweep-chart').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
  });

  test('a link with an engine knob opens the comparison, labelled as the charts are', async ({
    page,
  }) => {
    await page.goto('/?vllm=0.9');
    const comparison = page.getByTestId('engine-comparison');
    await expect(comparison).toBeVisible();
    await expect(page.getByTestId('compare-post')).toContainText(
      'LMDeploy TurboMind v0.15 and later (right chart)',
    );
    await expect(page.getByTestId('compare-vllm-versus')).toContainText('Beside the right chart');
    await expect(
      page.getByTestId('comparison-chart').locator('.recharts-bar-rectangle'),
    ).toHaveCount(6);
    // Knobs left at their default show the default, not 0.
    await expect(page.getByTestId('field-sglang')).toHaveAttribute('placeholder', '0.825');
    await expect(page.getByTestId('default-sglang')).toHaveText('default');
  });
});

test.describe('links, keyboard and text', () => {
  test('a link holds only what differs from the opening page', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('field-P').fill('8');
    await page.getByTestId('field-P').press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/\?P=8$/);
  });

  test('a skip link, distinct names for repeated buttons, and bars read from the keyboard', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('post-answer')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the results' })).toBeFocused();
    const names = await page
      .getByRole('button', { name: /^Use / })
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(3);
    expect(new Set(names).size).toBe(names.length);
    await page.getByTestId('post-chart-focus').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('post-chart-announcement')).toContainText(/^GPU 0: .*KV cache/);
    await expect(page.getByTestId('post-chart-tooltip')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByTestId('post-chart-announcement')).toContainText(/^GPU 3: /);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('post-chart-tooltip')).toHaveCount(0);
  });

  test('a focused field follows Back and Forward', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    const field = page.getByTestId('field-P');
    await field.fill('8');
    await page.clock.runFor(1000);
    await expect.poll(() => queryOf(page).get('P')).toBe('8');
    await field.fill('2');
    await page.clock.runFor(1000);
    await expect.poll(() => queryOf(page).get('P')).toBe('2');
    await field.focus();
    await page.goBack();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('8');
    await expect(cell(page, 'post-gpu7-kv')).toBeVisible();
  });

  test('a link’s contradictions and a config without model=config are named or used', async ({
    page,
  }) => {
    await page.goto('/?O=1&overhead=formula&lang=xx');
    const notice = page.getByTestId('url-notice');
    await expect(notice).toContainText('O=1: contradicts another setting in the link');
    await expect(notice).toContainText('lang=xx: not one of the choices');
    await page.goto('/?cfg=Mine~h4096.l32.a32.k8.i14336.v128256.t0.b0.q0');
    await expect(page.getByTestId('model-select')).toHaveValue('config');
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
  });
});
