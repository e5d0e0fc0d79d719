// Playwright fixtures for the browser e2e suite: a fresh server (and database) per test, the page
// pointed at it, and a check that the page threw no uncaught error.
import { test as base, expect } from '@playwright/test';
import { startAppServer, type AppServer } from './appServer';
import { connectApi, type Api } from './api';

interface Fixtures {
  /** How many demo UMKM the database holds before the server starts (0: an empty first start). */
  seedDemo: number;
  server: AppServer;
  /** Arranges data through the same handler table the UI uses; never used to check the UI. */
  api: Api;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  seedDemo: [0, { option: true }],
  server: async ({ seedDemo }, use) => {
    const server = await startAppServer(seedDemo ? { seedDemo } : {});
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
  baseURL: async ({ server }, use) => use(server.url),
  api: async ({ server }, use) => use(await connectApi(server.url)),
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
