import { drawnSegments, expect, test } from './fixtures';

test.describe('the built files under a sub-path', () => {
  test.use({ baseURL: 'http://127.0.0.1:4174/shardscope/' });

  test('work unchanged from /shardscope/ on a plain static server', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`);
    });
    await page.goto('./?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula#compare');
    await expect(drawnSegments(page, 'post').first()).toBeVisible();
    // The documented example: λ × (80 − 140/4) = 36 GiB per GPU after v0.6.0.
    await expect(page.getByTestId('post-kv-per-gpu')).toHaveText('36.00 GiB');
    // A chunk loaded on demand comes from the same folder.
    await expect(page.getByTestId('engine-comparison')).toBeVisible();
    await page.getByTestId('field-P').fill('8');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/shardscope/');
    expect(failed).toEqual([]);
  });
});
