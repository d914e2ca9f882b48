// Renders the main states of the built app to screenshots/ for a person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [base-url]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
// Optional substring filter on the file name, e.g. "oom-desktop".
const only = process.argv[3] ?? '';
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

// [name, query, element to click first, whole page or the first screen only]
const scenarios = [
  ['first-screen', '', null, false],
  ['default', ''],
  ['awq-32k', '?w=int4&len=32768'],
  ['refused-p3', '?P=3'],
  ['fp8-old-line', '?model=qwen3-32b&w=fp8'],
  ['tight-headroom', '?lambda=0.975'],
  ['oom', '?T=24&S=140&E=2&lambda=0.8&P=2&O=0'],
  ['broken-url', '?P=abc&T=9999&lambda=0.5&zzz=1'],
  ['p16', '?P=16&S=800&E=4'],
  ['vision-gpu0', '?lesson=vision-gpu0&model=internvl3-78b&gpu=a100-80g&P=4&versions=tm030,tm041'],
  ['lesson-vocab', '?lesson=large-vocab&model=qwen2.5-72b-instruct&gpu=h100&P=8'],
  ['qwen72-h100', '?model=qwen2.5-72b-instruct&gpu=h100&P=8'],
  ['glm-p8-int4', '?model=glm-4-9b-chat&gpu=rtx4090&P=8&w=int4&kv=int8'],
  [
    'used-realistic',
    '?model=llama-3.1-70b-instruct&gpu=h100&P=4&pair=tm060,pt092&overhead=realistic&used=0,6.5,1',
  ],
  ['old-versions', '?model=llama-3.1-8b-instruct&gpu=a100-40g&P=1&lambda=0.5&pair=tm010,tm020'],
  ['compare', '?model=qwen2.5-72b-instruct&gpu=h100&P=8&overhead=realistic', '#compare > summary'],
];
const viewports = [
  ['desktop', { width: 1440, height: 1000 }],
  ['phone', { width: 390, height: 844 }],
];
const variants = [
  ['en', 'light'],
  ['zh-CN', 'dark'],
  ['en', 'dark'],
  ['zh-CN', 'light'],
];

const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
for (const [name, query, click, fullPage = true] of scenarios) {
  for (const [viewportName, viewport] of viewports) {
    for (const [lang, scheme] of variants) {
      const file = `${name}-${viewportName}-${lang}-${scheme}.png`;
      if (!file.includes(only)) continue;
      const page = await browser.newPage({ viewport, colorScheme: scheme, locale: lang });
      await page.goto(`${base}${query}`);
      await page.waitForSelector('[data-testid="post-answer"]');
      if (click) {
        await page.click(click);
        await page.waitForSelector('[data-testid="engine-comparison"]');
      }
      await page.waitForTimeout(400);
      await page.screenshot({
        path: `${outDir}/${file}`,
        fullPage,
      });
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots written to ${outDir}/`);
