import {
  bars,
  cell,
  drawnSegments,
  expect,
  expectSegments,
  queryOf,
  sliderBox,
  test,
} from './fixtures';

test.describe('the calculator', () => {
  test('opens on the documented example with both layouts side by side', async ({
    page,
    problems,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    await expect(
      page.getByRole('heading', { level: 2, name: 'TurboMind v0.4.1 – v0.5.3' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'TurboMind v0.15 and later' }),
    ).toBeVisible();
    // T = 80, S = 140, E = 2, λ = 0.8, P = 4 (worked out in src/model/tp-memory.test.ts).
    await expectSegments(page, 'pre', 0, {
      weights: '34.50',
      vocab: '2.00',
      kv: '34.80',
      headroom: '8.70',
    });
    await expectSegments(page, 'post', 3, {
      weights: '34.50',
      vocab: '0.50',
      kv: '36.00',
      headroom: '9.00',
    });
    await expect(cell(page, 'pre-gpu4-kv')).toHaveCount(0);
    await expect(cell(page, 'summary-freed-per-gpu')).toHaveText('1.50 GiB');
    await expect(cell(page, 'summary-extra-kv-per-gpu')).toHaveText('1.20 GiB');
    await expect(cell(page, 'summary-duplicated')).toHaveText('6.00 GiB');
    await expect(cell(page, 'post-formula')).toHaveText(
      'λ × (T − S/P) = 0.8 × (80 − 140/4) = 36.00 GiB',
    );
    // Four bars per chart. Weights, vocab, KV and headroom each draw one rectangle per bar;
    // overhead is 0 and draws none.
    await expect(bars(page, 'post')).toHaveCount(4);
    const drawn = drawnSegments(page, 'post');
    expect(await drawn.evaluateAll((paths) => paths.map((path) => path.dataset.segment))).toEqual([
      'weights',
      'vocab',
      'kv',
      'headroom',
    ]);
    for (const d of await drawn.evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))))
      expect(d?.match(/M/g)).toHaveLength(4);

    await bars(page, 'pre').nth(2).hover();
    const tooltip = page.getByTestId('pre-chart-tooltip');
    await expect(tooltip).toContainText('GPU 2');
    await expect(tooltip.getByRole('row', { name: 'KV cache' })).toContainText('34.80 GiB');
    await expect(tooltip.getByRole('row', { name: 'Vocabulary layers' })).toContainText('2.00 GiB');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('dragging the TP slider to its end redraws the table and the link', async ({ page }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    const { slider, box } = await sliderBox(page, 'P');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // P = 16: post W = 140/16 = 8.75, KV = 0.8 × 71.25 = 57. Before v0.6.5 the 8 KV heads
    // cannot be repeated over 16 GPUs: the left chart is refused and offers the degrees it serves.
    await expect(page.getByTestId('field-P')).toHaveValue('16');
    await expectSegments(page, 'post', 15, {
      weights: '8.63',
      vocab: '0.13',
      kv: '57.00',
      headroom: '14.25',
    });
    await expect(page.getByTestId('pre-refused')).toContainText('8 KV heads');
    await expect(page.getByTestId('pre-kv-per-gpu')).toHaveText('—');
    await expect(cell(page, 'pre-gpu15-kv')).toHaveCount(0);
    await page.getByRole('button', { name: 'Set P to 8 (TurboMind v0.4.1 – v0.5.3)' }).click();
    await expect(page.getByTestId('field-P')).toHaveValue('8');
    await expect(page.getByTestId('pre-refused')).toHaveCount(0);
    await page.getByTestId('field-P').fill('16');
    await page.getByTestId('field-P').press('Enter');
    await expect.poll(() => queryOf(page).get('P')).toBe('16');
    await expect(bars(page, 'post')).toHaveCount(16);

    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('field-P')).toHaveValue('15');
    await expect(cell(page, 'post-gpu15-kv')).toHaveCount(0);
  });

  test('during a drag the charts follow each input at once; the table catches up on release', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    const { box } = await sliderBox(page, 'lambda');
    const sessionsAtRest = await page.getByTestId('post-answer-sessions').textContent();
    const segment = page.getByTestId('post-segment-kv');
    const transition = () => segment.evaluate((path) => getComputedStyle(path).transitionDuration);
    // At rest the bars glide to a new state.
    expect(await transition()).toBe('0.2s');

    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
    const lambda = Number(await page.getByTestId('field-lambda').inputValue());
    expect(lambda).toBeLessThan(0.5);
    // v0.15: KV = λ × (80 − 140/4) = λ × 45, in the figure under the chart and in the
    // chart's description, while the pointer is still down; no tween while dragging.
    const kv = (lambda * 45).toFixed(2);
    await expect(page.getByTestId('post-kv-per-gpu')).toHaveText(`${kv} GiB`);
    await expect(page.getByTestId('post-chart-focus')).toHaveAttribute(
      'aria-label',
      new RegExp(`${kv} GiB KV cache`),
    );
    expect(await transition()).toBe('0s');
    // The answer's sessions follow too; the per-GPU table and the link still hold the
    // scenario from when the drag began.
    await expect(page.getByTestId('post-answer-sessions')).not.toHaveText(sessionsAtRest ?? '');
    await expect(cell(page, 'post-gpu0-kv')).toHaveText('36.00');
    expect(queryOf(page).get('lambda')).toBeNull();

    await page.mouse.up();
    await expect(cell(page, 'post-gpu0-kv')).toHaveText(kv);
    await expect.poll(() => queryOf(page).get('lambda')).toBe(String(lambda));
    expect(await transition()).toBe('0.2s');
  });

  test('dragging T within one tick step moves the limit line and leaves the axis alone', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&S=140&E=2&overhead=formula&T=160');
    const yTicks = () => page.getByTestId('post-y-label').allTextContents();
    const limitY = async () => Number(await page.getByTestId('post-limit').getAttribute('y1'));
    const axis = ['0', '50', '100', '150', '200'];
    await expect.poll(yTicks).toEqual(axis);
    const startY = await limitY();

    // The slider runs linearly from 8 to 192 GiB.
    const { box } = await sliderBox(page, 'T');
    const at = (gib: number) => box.x + (box.width * (gib - 8)) / (192 - 8);
    await page.mouse.move(at(165), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(188), box.y + box.height / 2, { steps: 4 });
    const dragged = Number(await page.getByTestId('field-T').inputValue());
    expect(dragged).toBeGreaterThan(175);
    expect(await yTicks()).toEqual(axis);
    expect(await limitY()).toBeLessThan(startY);

    // Below 150 GiB the axis steps down to the next round top.
    await page.mouse.move(at(100), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const lowered = Number(await page.getByTestId('field-T').inputValue());
    expect(lowered).toBeGreaterThan(80);
    expect(lowered).toBeLessThanOrEqual(125);
    await expect.poll(yTicks).toContain(lowered <= 100 ? '100' : '125');
    expect((await yTicks()).at(-1)).toBe(lowered <= 100 ? '100' : '125');
  });

  test('on a touch screen a tap on a bar shows its numbers until the next tap', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&P=8');
    const postBars = bars(page, 'post');
    await postBars.nth(1).tap();
    const tooltip = page.getByTestId('post-chart-tooltip');
    await expect(tooltip).toContainText('GPU 1');
    // v0.15 at P = 8: KV = 0.8 × (80 − 140/8) = 50 GiB.
    await expect(tooltip.getByRole('row', { name: 'KV cache' })).toContainText('50.00 GiB');
    // The tooltip stays inside the chart on a narrow screen.
    const chart = await page.getByTestId('post-chart').boundingBox();
    const box = await tooltip.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(
      (chart?.x ?? 0) + (chart?.width ?? 0) + 1,
    );
    await postBars.nth(1).tap();
    await expect(tooltip).toHaveCount(0);
    await context.close();
  });

  test('typing a number changes the table and the link; a bad number is explained', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
    const field = page.getByTestId('field-T');
    await field.fill('40');
    // post: KV = 0.8 × (40 − 35) = 4; pre: KV = 0.8 × (40 − 36.5) = 2.8.
    await expectSegments(page, 'post', 0, { kv: '4.00', headroom: '1.00' });
    await expectSegments(page, 'pre', 0, { kv: '2.80', headroom: '0.70' });
    await expect.poll(() => queryOf(page).get('T')).toBe('40');

    await field.fill('4000');
    await expect(page.getByTestId('input-T').getByRole('alert')).toHaveText(
      'Enter a number from 8 to 192',
    );
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectSegments(page, 'post', 0, { kv: '4.00' });
    await field.blur();
    await expect(field).toHaveValue('40');
  });

  test('a shared link reproduces its scenario', async ({ page }) => {
    // An older link: its single overhead O is taken before the cache, as a CUDA context.
    await page.goto('/?model=llama-3.1-70b-instruct&T=79.1&S=70&E=2&lambda=0.6&P=8&O=1.1');
    // pre: W = 68/8 + 2 = 10.5, F = 79.1 − 1.1 − 10.5 = 67.5, KV = 40.5, (1 − λ)F = 27, of
    // which TurboMind's buffers take 0.35 (372,178,944 B for Llama-3.1-70B's shape at P = 8).
    // post: W = 8.75, F = 69.25, KV = 41.55, (1 − λ)F = 27.7.
    await expectSegments(page, 'pre', 7, {
      weights: '8.50',
      vocab: '2.00',
      overhead: '1.10',
      kv: '40.50',
      buffers: '0.35',
      headroom: '26.65',
    });
    await expectSegments(page, 'post', 7, { vocab: '0.25', kv: '41.55', headroom: '27.35' });
    await expect(page.getByTestId('field-lambda')).toHaveValue('0.6');
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
  });

  test('Back and Forward step through earlier scenarios', async ({ page }) => {
    // Changes less than 800 ms apart are one gesture and share a history entry; the address
    // bar is written once the scenario has been still for 250 ms.
    await page.clock.install();
    await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&P=4');
    const field = page.getByTestId('field-P');
    await field.fill('2');
    await page.clock.runFor(1000);
    await expect.poll(() => queryOf(page).get('P')).toBe('2');
    await field.fill('8');
    await page.clock.runFor(300);
    await expect.poll(() => queryOf(page).get('P')).toBe('8');
    await field.blur();

    await page.goBack();
    await expect(field).toHaveValue('2');
    // P = 2: post KV = 0.8 × (80 − 70) = 8.
    await expect(cell(page, 'post-gpu1-kv')).toHaveText('8.00');
    await expect(cell(page, 'post-gpu2-kv')).toHaveCount(0);
    await page.goBack();
    await expect(field).toHaveValue('4');
    await page.goForward();
    await expect(field).toHaveValue('2');
  });

  test('a broken link shows what was ignored and sane numbers', async ({ page, problems }) => {
    const huge = 'x'.repeat(3000);
    await page.goto(`/?P=abc&T=9999&lambda=0.5&zzz=1&P=2&S=${huge}`);
    const notice = page.getByTestId('url-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('P=abc: not a number');
    await expect(notice).toContainText('T=9999: outside the allowed range');
    await expect(notice).toContainText('zzz=1: unknown setting');
    await expect(notice).toContainText('repeated');
    await expect(notice).toContainText('S=xxxxxxxx');
    // Only λ = 0.5 survived, on the page's opening deployment: Qwen2.5-72B (135.43 GiB) on four
    // A100 80GB (79.25 GiB), 0.3 GiB of context and 0.1 GiB of NCCL buffers:
    // post KV = 0.5 × (79.25 − 135.43 / 4 − 0.4) = 22.50. TurboMind's runtime buffers, taken
    // after the cache, come out of the other half.
    await expectSegments(page, 'post', 3, { weights: '32.70', vocab: '1.16', kv: '22.50' });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('weights larger than the GPU show an out-of-memory state, never a negative bar', async ({
    page,
  }) => {
    await page.goto('/?model=llama-3.1-70b-instruct&overhead=formula&T=24&S=140&E=2&P=2');
    await expect(page.getByTestId('pre-oom')).toContainText('Out of memory');
    await expect(page.getByTestId('pre-oom')).toContainText('71.00 GiB');
    await expect(page.getByTestId('post-oom')).toContainText('46.00 GiB more than it has');
    await expectSegments(page, 'post', 1, {
      weights: '69.00',
      vocab: '1.00',
      kv: '0.00',
      headroom: '0.00',
    });
    await expect(page.getByTestId('post-formula')).toContainText('does not fit');

    // At T = 36 and P = 4 only the sharded layout fits: W = 35 leaves F = 1, KV = 0.8.
    await page.goto('/?model=llama-3.1-70b-instruct&overhead=formula&T=36&S=140&E=2&P=4');
    await expect(page.getByTestId('pre-oom')).toBeVisible();
    await expect(page.getByTestId('post-oom')).toHaveCount(0);
    await expect(cell(page, 'post-gpu0-kv')).toHaveText('0.80');
    await expect(cell(page, 'summary-extra-kv-per-gpu')).toHaveText('0.80 GiB');
  });

  test('copy link puts the current address on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      '/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&P=8&lambda=0.5',
    );
    // A change just before the click is in the copied link, though the address bar is
    // otherwise written only once the scenario holds still.
    await page.getByTestId('field-T').fill('40');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('T')).toBe('40');
  });
});

test('the built page works under a Content-Security-Policy that allows only its own host', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/?overhead=formula&model=qwen3-8b&gpu=l40s');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("style-src 'self'");
  await expect(drawnSegments(page, 'post').first()).toBeVisible();
  await bars(page, 'post').first().hover();
  await expect(page.getByTestId('post-chart-tooltip')).toContainText('GiB');
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});

test('a view that fails to draw gives way to a message, the inputs stay usable, and a change redraws it', async ({
  page,
  problems,
}) => {
  // The charts measure themselves with a ResizeObserver; making it throw breaks every chart.
  await page.addInitScript(() => {
    const Observer = window.ResizeObserver;
    Object.assign(window, { breakCharts: true });
    window.ResizeObserver = class extends Observer {
      constructor(callback: ResizeObserverCallback) {
        if ((window as unknown as { breakCharts: boolean }).breakCharts) {
          throw new Error('chart measurement failed on purpose');
        }
        super(callback);
      }
    };
  });
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  const message = page.getByRole('alert').filter({ hasText: 'This view failed to draw' });
  await expect(message).toBeVisible();
  await expect(page.getByTestId('post-chart')).toHaveCount(0);

  await page.evaluate(() => Object.assign(window, { breakCharts: false }));
  await page.getByTestId('field-lambda').fill('0.5');
  await expect(message).toHaveCount(0);
  // v0.15 at the opening scenario: KV = 0.5 × (80 − 140/4) GiB.
  await expect(page.getByTestId('post-kv-per-gpu')).toHaveText('22.50 GiB');
  await expect(drawnSegments(page, 'post').first()).toBeVisible();
  // The only errors logged are the failure this test caused.
  for (const text of problems.consoleErrors) expect(text).toMatch(/on purpose/);
  problems.consoleErrors.length = 0;
});

test('a panel whose code cannot be fetched says so, the charts keep working, and a retry loads it', async ({
  page,
  problems,
}) => {
  let reachable = false;
  await page.route(/\/assets\/EngineComparison-[^/]+\.js$/, (route) =>
    reachable ? route.continue() : route.abort('internetdisconnected'),
  );
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&lambda=0.8');
  await page.locator('#compare > summary').click();
  const alert = page.locator('#compare > [role="alert"]');
  await expect(alert).toContainText('could not be loaded');

  const kv = page.getByTestId('post-kv-per-gpu');
  const before = await kv.textContent();
  await page.getByTestId('field-lambda').fill('0.5');
  await expect(kv).not.toHaveText(before ?? '');
  await expect(drawnSegments(page, 'post').first()).toBeVisible();

  reachable = true;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('engine-comparison')).toBeVisible();
  await expect(alert).toHaveCount(0);
  // The only errors logged are the failed fetch's.
  for (const message of problems.consoleErrors) {
    expect(message).toMatch(/EngineComparison|dynamically imported|ERR_INTERNET_DISCONNECTED/);
  }
  problems.consoleErrors.length = 0;
});

for (const [name, query] of [
  // Release lines that repeat KV heads, so that both charts serve 64 GPUs.
  ['64 GPUs of 192 GiB at λ = 0.99', '?P=64&T=192&lambda=0.99&S=140&E=2&versions=tm065,tm150'],
  ['a tiny model', '?S=0.5&E=0.1&P=2&T=8'],
  ['a huge model on 64 GPUs', '?S=2048&E=8&P=64&T=80&O=2&versions=tm065,tm150'],
  // TurboMind has no DeepSeek-V3; the PyTorch engine loads its FP8 from v0.7.0.
  ['DeepSeek-V3 in FP8 on 16 H200', '?model=deepseek-v3&w=fp8&gpu=h200&P=16&versions=pt065,pt100'],
] as const) {
  test(`extreme but legal: ${name} renders with no overlapping labels or NaN`, async ({ page }) => {
    await page.goto(`/${query}`);
    for (const variant of ['pre', 'post']) {
      const ticks = page.getByTestId(`${variant}-x-label`);
      await expect(ticks.first()).toBeVisible();
      const boxes = await ticks.evaluateAll((nodes) =>
        nodes.map((node) => {
          const box = node.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      for (let index = 1; index < boxes.length; index += 1) {
        expect(boxes[index]?.left ?? 0).toBeGreaterThanOrEqual(boxes[index - 1]?.right ?? 0);
      }
      // The first and last GPU's labels lie inside the chart, not cut off at its edges.
      const chart = await page.getByTestId(`${variant}-chart`).locator('svg').boundingBox();
      expect(boxes[0]?.left).toBeGreaterThanOrEqual(chart?.x ?? Infinity);
      expect(boxes.at(-1)?.right).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0));
    }
    await expect(page.locator('body')).not.toContainText('NaN');
    await expect(page.locator('body')).not.toContainText('Infinity');
    await expect(page.locator('body')).not.toContainText('-0.00');
  });
}
