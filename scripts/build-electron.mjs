// Bundles the Electron main process, the preload, every worker thread and the command-line tool.
// typeorm and better-sqlite3 stay external: TypeORM loads drivers dynamically and better-sqlite3 is
// native. exceljs stays external too (bundled, Node warns about its `new Buffer()` on every run).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45's Node
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'typeorm', 'exceljs'],
  // startWorker.ts reads it: bundled, a worker is the sibling dist-electron/<name>.cjs.
  define: { __KEMITRAAN_BUNDLE__: 'true' },
  // A worker's source URL (import.meta.url) is only read when running from source, never in a bundle.
  logOverride: { 'empty-import-meta': 'silent' },
};

/**
 * Every worker the code starts, found from its WorkerEntry literal
 * (`{ bundle: 'coreWorker.cjs', source: () => new URL('./coreWorker.ts', import.meta.url) }`),
 * so a new worker is bundled without touching this script.
 */
function workerEntries(dir) {
  const found = new Map();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/bundle:\s*'([\w.-]+)\.cjs'\s*,\s*source:\s*\(\)\s*=>\s*new URL\('([^']+)'/g)) {
          found.set(m[1], path.join(path.dirname(p), m[2]));
        }
        if (/bundle:\s*'[\w.-]+\.cjs'/.test(text) && !/source:\s*\(\)\s*=>\s*new URL\('/.test(text)) {
          throw new Error(`${p}: a WorkerEntry must be written as { bundle: 'x.cjs', source: () => new URL('./x.ts', import.meta.url) }`);
        }
      }
    }
  };
  walk(dir);
  return found;
}

/**
 * The command-line tool needs exceljs only for import and export; requiring it costs about as much
 * as the rest of the start. This stands in for the package and requires it on first use.
 */
const lazyRequire = (names) => ({
  name: 'lazy-require',
  setup(b) {
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (a) => (a.namespace === 'lazy' ? { path: a.path, external: true } : { path: a.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (a) => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents: `let mod;
const load = () => (mod ??= require(${JSON.stringify(a.path)}));
// Only property reads load the package; esbuild's interop asks for __esModule and own keys first.
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? false : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => [],
  getOwnPropertyDescriptor: () => undefined,
});`,
    }));
  },
});

/**
 * Builds in memory, then writes each file beside its place and renames it over the old one: a test
 * or a running app starting a bundle while another checkout rebuilds never reads half a file.
 */
async function bundle(options) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    const part = `${file.path}.${process.pid}.part`;
    fs.writeFileSync(part, file.contents);
    fs.renameSync(part, file.path);
    if (!file.path.endsWith('.map')) console.log(`  ${path.relative(process.cwd(), file.path)}  ${(file.contents.length / 1024).toFixed(0)} KB`);
  }
}

await bundle({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs' });
// The sandboxed preload may require only 'electron'; everything else is bundled in.
await bundle({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
for (const [name, source] of workerEntries('electron')) {
  // Node 20: a worker may also be started by the command-line tool under plain node.
  await bundle({ ...common, target: 'node20', entryPoints: [source], outfile: `dist-electron/${name}.cjs` });
}
// `npm run umkm`: plain node, no TypeScript compiled at start. Built last: tests compare its age
// with the sources' (tests/support/buildCli.ts).
await bundle({
  ...common,
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'dist-electron/umkm.cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3', 'typeorm'],
  plugins: [lazyRequire(['exceljs'])],
});
