// Makes sure the browser tests have a Chromium: a system one (CHROMIUM_PATH, /usr/bin/chromium),
// else Playwright's own; when neither exists, installs Debian's chromium as root or asks
// Playwright to download its build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

const run = (command) => execSync(command, { stdio: 'inherit' });

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = systemChromium() ?? playwrightChromium();
if (found) {
  console.log(`browser tests use ${found}`);
} else if (
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get')
) {
  console.log('no Chromium found: installing Debian’s chromium package');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('no Chromium found: asking Playwright for its build');
  run('npx playwright install chromium');
}
