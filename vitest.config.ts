import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const INTEGRATION = 'tests/integration/**/*.test.ts';

// The integration files that run on SQLite only (the `integration` project runs every file on
// SQLite; `integration-pg` runs the rest again on PostgreSQL). Every other integration file opens
// its database with tempContext(), which follows the engine, and must pass on both.
const SQLITE_ONLY = [
  // The SQLite file itself: backups, restore, the schema's migrations and upgrades, its indexes,
  // statistics and query plans, its upkeep thread, busy locks, a full disk, a crash mid-write.
  'backup', 'backupTamper', 'restore', 'migrations', '*Migration', 'releaseUpgrade', 'upkeepThread', 'sqliteStatistics',
  'queryPlans', 'registryPaging', 'crashSafety', 'fullDisk', 'faultNames',
  // The shells and adapters around the core: its worker thread, Electron's main process, the
  // command-line tool (it opens a SQLite file), the HTTP adapter, workbooks read and written
  // without a database, the folder boundaries, the callers' old field names.
  'coreWorker', 'electronMain', 'cli*', 'authCli', 'http*', 'excel*', 'export*Chart', 'boundaries', 'legacyNames',
  // Files that choose their engines themselves (PostgreSQL too, when KEMITRAAN_TEST_PG is set).
  'connectionSettings', 'connectionShell', 'concurrentEdits',
].map((name) => `tests/integration/${name}.test.ts`);

const integration = {
  environment: 'node',
  testTimeout: 60_000,
  // Real databases and child processes: one file at a time keeps the 2-core machine calm.
  fileParallelism: false,
} as const;

/**
 * The engine-neutral integration files again on PostgreSQL (tempContext opens a fresh database on
 * the server of KEMITRAAN_TEST_PG), after the other projects. Without a server it is left out,
 * and the run says so.
 */
function postgresProject(): TestProjectInlineConfiguration[] {
  if (!process.env.KEMITRAAN_TEST_PG) {
    console.warn(
      '[vitest] integration-pg skipped: KEMITRAAN_TEST_PG is not set (e.g. postgres://kemitraan:kemitraan-ci@127.0.0.1:54329/postgres ' +
        'from scripts/ci/pg-throwaway.sh), so the integration suite runs on SQLite only.',
    );
    return [];
  }
  return [
    {
      test: {
        name: 'integration-pg',
        include: [INTEGRATION],
        // postgres/* test PostgreSQL itself (and run in `integration`).
        exclude: [...configDefaults.exclude, ...SQLITE_ONLY, 'tests/integration/postgres/**'],
        env: { KEMITRAAN_TEST_ENGINE: 'postgres' },
        sequence: { groupOrder: 1 },
        ...integration,
      },
    },
  ];
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: [INTEGRATION], ...integration } },
      ...postgresProject(),
    ],
  },
});
