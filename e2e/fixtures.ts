import { test as base, expect, type Page } from '@playwright/test';

interface PageProblems {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
}

/**
 * Every test page records console errors and requests to any host but the app's own;
 * each test ends by asserting that both lists are empty.
 */
export const test = base.extend<{ problems: PageProblems }>({
  /**
   * The app's code runs only after the prerendered page has painted, and a page can be typed
   * into before then; a test acts once the app has taken the page over, as a reader would
   * wait for a page that answers.
   */
  page: async ({ page }, use) => {
    const appReady = () =>
      page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await appReady();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await appReady();
      return response;
    };
    await use(page);
  },
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== ownOrigin)
        problems.foreignRequests.push(request.url());
    });
    await use(problems);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

export const cell = (page: Page, testId: string) => page.getByTestId(testId);

type Chart = 'pre' | 'post';

/** Each GPU's band in a chart, what a pointer hovers or taps. */
export const bars = (page: Page, chart: Chart) =>
  page.getByTestId(new RegExp(`^${chart}-bar-\\d+$`));

/** The segments a chart draws (one path each, holding that segment of every bar). */
export const drawnSegments = (page: Page, chart: Chart) =>
  page.getByTestId(new RegExp(`^${chart}-segment-`));

export async function expectSegments(
  page: Page,
  variant: 'pre' | 'post',
  rank: number,
  values: Partial<
    Record<
      'others' | 'overhead' | 'weights' | 'vocab' | 'kv' | 'buffers' | 'headroom' | 'stranded',
      string
    >
  >,
) {
  for (const [segment, text] of Object.entries(values)) {
    await expect(cell(page, `${variant}-gpu${rank}-${segment}`)).toHaveText(text);
  }
}

export function queryOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** A slider scrolled into view, and its box, for tests that drag it with the mouse. */
export async function sliderBox(page: Page, inputKey: string) {
  const slider = page.getByTestId(`slider-${inputKey}`);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error(`the ${inputKey} slider has no box`);
  return { slider, box };
}
