import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser.ts';

/**
 * The browser quality gates (tests/quality: axe, keyboard, CSP, design). They run against
 * dist/ served like production — with the headers of dist/_headers (the CSP among them) and
 * compression — by tests/support/static-server.ts, not `astro preview`, which sends neither.
 */
const port = Number(process.env.TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/quality',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/quality' }]],
  outputDir: 'test-results/quality',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    command: `node tests/support/static-server.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never borrow another server on this port: it would not send the CSP header under test.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
