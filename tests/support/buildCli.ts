// The CLI tests and benchmarks run the bundled tool (dist-electron/umkm.cjs) with plain node, as
// `npm run umkm` does; it is rebuilt first when any source is newer than it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = path.join(ROOT, 'dist-electron', 'umkm.cjs');

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const dir of ['electron', 'shared']) walk(path.join(ROOT, dir));
  for (const file of ['package.json', 'scripts/build-electron.mjs']) newest = Math.max(newest, fs.statSync(path.join(ROOT, file)).mtimeMs);
  return newest;
}

/** Runs scripts/build-electron.mjs (every bundle, written atomically) when a source is newer than the CLI's. */
export function buildCliIfStale(): void {
  const built = fs.existsSync(CLI_BUNDLE) ? fs.statSync(CLI_BUNDLE).mtimeMs : 0;
  if (built >= newestSource()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
