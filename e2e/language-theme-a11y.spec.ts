import AxeBuilder from '@axe-core/playwright';
import { drawnSegments, expect, queryOf, test } from './fixtures';

test('the language switch translates the page and is kept in the link', async ({ page }) => {
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula&P=2');
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '启动它，并核对日志' })).toBeVisible();
  await expect(page.getByTestId('post-rule')).toContainText('所有层都切分');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(queryOf(page).get('lang')).toBe('zh-CN');
  await page.getByTestId('field-P').fill('8');
  await expect.poll(() => queryOf(page).get('lang')).toBe('zh-CN');
  // The address bar is written once the scenario holds still; reload after it has been.
  await expect.poll(() => queryOf(page).get('P')).toBe('8');
  await page.reload();
  await expect(page.getByRole('heading', { name: '启动它，并核对日志' })).toBeVisible();
  await expect(page.getByTestId('post-gpu7-kv')).toHaveText('50.00');
});

test('a Chinese browser gets the Chinese page', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  await expect(page.getByRole('heading', { name: '切分词表层带来了什么' })).toBeVisible();
  await context.close();
});

test('the theme switch turns dark mode on and off', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?model=llama-3.1-70b-instruct&T=80&S=140&E=2&overhead=formula');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByTestId('theme-select').selectOption('system');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

for (const [lang, scheme] of [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
] as const) {
  for (const [state, query] of [
    ['the opening page', ''],
    ['an out-of-memory state with a link notice', '&T=24&P=2&zzz=1'],
    [
      'PyTorch, realistic overhead, used memory and the comparison open',
      '&versions=tm010,pt100&overhead=realistic&used=0,2.5#compare',
    ],
    [
      'a vision-language model on GPU 0 beside a two-replica layout',
      '&model=internvl3-78b&P=4&dp=2&versions=tm030,tm150',
    ],
  ] as const) {
    test(`axe finds no violations (${lang}, ${scheme}, ${state})`, async ({ page }) => {
      // axe walks the whole page, several thousand nodes; it needs longer than a click test.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/?lang=${lang}${query}`);
      await expect(drawnSegments(page, 'post').first()).toBeVisible();
      // A link to a panel's anchor opens that panel.
      if (query.endsWith('#compare')) {
        await expect(page.getByTestId('engine-comparison')).toBeVisible();
      }
      // And a link with a layout opens the layout panel.
      if (query.includes('dp=')) await expect(page.getByTestId('post-layout-shape')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`),
      ).toEqual([]);
    });
  }
}
