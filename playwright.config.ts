import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/browser.mjs';

const PORT = 4173;
const SUB_PATH_PORT = 4174;
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores run the build server, two browsers and the tests; leave room for a slow moment.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
    // The built page installs a service worker; tests that route or block requests need them
    // to reach the network, so it is off except where a test is about it.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      // Tests run against the production build, as users get it.
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same files under a sub-path of a plain static server, as a project site serves them.
      command: `node scripts/static-server.mjs --port ${SUB_PATH_PORT} --prefix /shardscope/`,
      url: `http://127.0.0.1:${SUB_PATH_PORT}/shardscope/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
