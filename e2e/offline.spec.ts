import { drawnSegments, expect, test } from './fixtures';

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the page reloads with the network off, and every panel works', async ({
    page,
    context,
  }) => {
    await page.goto('/?model=internvl3-8b&gpu=l40s&P=2&dp=2&versions=tm060,tm150');
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
    // The service worker is active once it has stored every file of the release.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
    // Chunks loaded on demand come from the worker's store.
    await expect(page.getByTestId('post-layout-shape')).toBeVisible();
    await page.locator('#compare summary').click();
    await expect(page.getByTestId('engine-comparison')).toBeVisible();
    await page.locator('#explain summary').click();
    await expect(page.locator('#explain')).toContainText('GiB');
    await page.locator('#log summary').click();
    await expect(page.locator('#log textarea')).toBeVisible();
    await page.locator('#sweep').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('sweep-chart')).toBeVisible();
    // The other language is there too.
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // An export loads its code and downloads.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    expect((await download).suggestedFilename()).toBe('shardscope.csv');
  });
});

test('an export whose code cannot be fetched says so and offers a retry', async ({ page }) => {
  await page.goto('/');
  await expect(drawnSegments(page, 'post').first()).toBeVisible();
  await page.route('**/assets/download-*.js', (route) => route.abort());
  await page.getByTestId('export-csv').click();
  const alert = page.locator('#export').getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});
