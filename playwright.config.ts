import { defineConfig } from '@playwright/test';
import { TEST_TIMEZONE } from './tests/support/timezone';

// The tests' own clock in the browser's zone too (Node applies a TZ set at run time, and the
// workers and every server they start inherit it): "today" is one date for the page, the core and
// the test's expectations, whatever the hour in UTC.
process.env.TZ = TEST_TIMEZONE;

// Debian's Chromium, never a downloaded browser. The flags keep it from reaching for the network
// this machine does not have.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DEBIAN_CHROMIUM = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: the 2-core machine is sometimes slow enough to race antd's animations.
  // A retried test is reported as flaky, so it stays visible.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    locale: 'id-ID',
    timezoneId: TEST_TIMEZONE,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: { ...DEBIAN_CHROMIUM, viewport: { width: 1440, height: 900 } },
    },
    { name: 'electron', testDir: 'tests/electron' },
    // Benchmarks in the browser (npm run bench:search): figures printed, targets asserted; never part of npm test.
    {
      name: 'bench',
      testDir: 'tests/bench',
      testMatch: '*.bench.ts',
      retries: 0,
      use: DEBIAN_CHROMIUM,
    },
  ],
});
