import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser.ts';
import { edgePort } from './tests/edge/site.ts';

/**
 * Deploy checks on Cloudflare Pages' own runtime: `wrangler pages dev` (workerd, offline) with
 * the Pages Function and a local D1 database. tests/edge/serve.ts builds what it serves.
 */
export default defineConfig({
  testDir: 'tests/edge',
  // One server, one database: the vote and report tests read what earlier tests stored.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${edgePort}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node tests/edge/serve.ts',
    url: `http://127.0.0.1:${edgePort}/`,
    // Never a stale server: the spec needs its fresh database.
    reuseExistingServer: false,
    // A build, the D1 migration and workerd's start-up on a busy two-core machine.
    timeout: 240_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
