// Playwright fixtures for the browser e2e suite: a fresh server (and database) per test, the page
// pointed at it, and a check that the page threw no uncaught error. By default the administrator
// exists and both the api and the page are signed in as it (one shared tab, so one session).
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { startAppServer, type AppServer } from './appServer';
import { migratedPgDatabase } from './pgDatabase';
import { connectApi, newSessionId, tabCredentialOf, type Api } from './api';

export const E2E_ADMIN = { username: 'admin', fullName: 'Admin Dinas', password: 'admin-e2e-sandi' };

interface Fixtures {
  /** How many demo UMKM the database holds before the server starts (0: an empty first start). */
  seedDemo: number;
  /** 'admin': the admin exists and the page is signed in; 'none': a first start, nobody signed in. */
  account: 'admin' | 'none';
  /** 'postgres': the server runs on a fresh database of the test PostgreSQL server (KEMITRAAN_TEST_PG). */
  engine: 'sqlite' | 'postgres';
  server: AppServer;
  /** The name of the tab the api and the page share (main issued its credential to the api). */
  sessionId: string;
  /** Arranges data through the same handler table the UI uses; never used to check the UI. */
  api: Api;
  pageErrors: string[];
}

/**
 * Makes every page of the context the tab connectApi opened under this name: its credential goes
 * where the renderer keeps it (sessionStorage), as if the page had opened its one-time link.
 */
export async function useSession(context: BrowserContext, sessionId: string): Promise<void> {
  await context.addInitScript((credential) => sessionStorage.setItem('kemitraan-tab', credential), tabCredentialOf(sessionId));
}

export const test = base.extend<Fixtures>({
  seedDemo: [0, { option: true }],
  account: ['admin', { option: true }],
  engine: ['sqlite', { option: true }],
  server: async ({ seedDemo, engine }, use) => {
    const pg = engine === 'postgres' ? await migratedPgDatabase() : null;
    const server = await startAppServer({ ...(seedDemo ? { seedDemo } : {}), ...(pg ? { pgUrl: pg.url } : {}) });
    try {
      await use(server);
    } finally {
      await server.stop();
      await pg?.drop();
    }
  },
  baseURL: async ({ server }, use) => use(server.url),
  // Playwright reads the fixtures a fixture needs from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  sessionId: async ({}, use) => use(newSessionId()),
  api: async ({ server, sessionId, account }, use) => {
    const api = await connectApi(server.url, sessionId);
    if (account === 'admin') await api.call('auth:setup', E2E_ADMIN);
    await use(api);
  },
  page: async ({ page, api, sessionId }, use) => {
    void api; // signed in before the page loads
    await useSession(page.context(), sessionId);
    await use(page);
  },
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
