// Bundles the Electron main process and the preload. typeorm and better-sqlite3 stay external:
// TypeORM loads drivers dynamically and better-sqlite3 is native.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'info',
  external: ['electron', 'better-sqlite3', 'typeorm', 'exceljs'],
};

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs' });
// The sandboxed preload may require only 'electron'; everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
