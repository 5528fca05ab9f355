// Playwright runs the user journeys against the release build (dist/) in Debian's Chromium.
// dist/ is served under a sub-path (/nested/app/) to prove relative asset paths work.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 8181);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/nested/app/`,
    locale: 'en-US',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node serve-subpath.mjs ${port}`,
    cwd: new URL('.', import.meta.url).pathname,
    url: `http://127.0.0.1:${port}/nested/app/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
