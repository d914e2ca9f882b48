import { expect, test } from './fixtures';

// The app's own code never arrives: what shows is what index.html paints by itself.
const withoutApp = (page: import('@playwright/test').Page) =>
  page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());

test.describe('the prerendered opening page', () => {
  // These pages are the browser's own, not the fixture's, whose navigations wait for the app.
  test('paints the opening answer before any of the app’s code runs', async ({ browser }) => {
    const page = await browser.newPage();
    await withoutApp(page);
    await page.goto('/');
    await expect(page.locator('#root')).toBeVisible();
    await expect(page.getByTestId('post-answer-sessions')).toBeVisible();
    const sessions = await page.getByTestId('post-answer-sessions').textContent();
    expect(Number(sessions?.replaceAll(',', ''))).toBeGreaterThan(0);
    await page.close();
  });

  test('a link to another scenario never paints the opening page’s numbers', async ({
    browser,
  }) => {
    const page = await browser.newPage();
    await withoutApp(page);
    await page.goto('/?P=8');
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
    await expect(page.locator('#root')).toBeHidden();
    await page.close();
  });

  test('nor does a Chinese browser get the English page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await withoutApp(page);
    await page.goto('/');
    await expect(page.locator('#root')).toBeHidden();
    await context.close();
  });

  test('the app takes the page over: a link shows its own numbers, the opening page its own', async ({
    page,
  }) => {
    await page.goto('/?P=8&lang=zh-CN');
    await expect(page.locator('html')).not.toHaveAttribute('data-prerender', 'stale');
    await expect(page.getByTestId('post-answer')).toContainText('个 8,192 token 的会话');
    await expect(page.getByTestId('post-answer-sessions')).toHaveText('158');
    await page.goto('/');
    await page.getByTestId('field-P').fill('1');
    await expect(page.getByTestId('post-verdict')).toHaveText('out of memory');
  });
});
