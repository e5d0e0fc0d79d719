import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Set by the esbuild bundles (dist-electron/*.cjs): workers are then sibling .cjs files. */
declare const __KEMITRAAN_BUNDLE__: boolean | undefined;

export interface WorkerEntry {
  /** The bundle's file name beside the running bundle, e.g. 'coreWorker.cjs'. */
  bundle: string;
  /** The TypeScript source, for tests and `tsx` runs; a thunk because a bundle has no import.meta.url. */
  source: () => URL;
}

export const isBundled = (): boolean => typeof __KEMITRAAN_BUNDLE__ !== 'undefined' && __KEMITRAAN_BUNDLE__;

/**
 * Starts a worker_threads Worker on an entry, bundled or from source. A worker does not inherit a
 * loader, so from source it boots through tsx's register API (the same compiler `npm run umkm` used).
 */
export function startWorker(entry: WorkerEntry, options: WorkerOptions = {}): Worker {
  if (isBundled()) return new Worker(path.join(__dirname, entry.bundle), options);
  const boot = `import { register } from ${JSON.stringify(tsxEsmApi())}; register(); await import(${JSON.stringify(entry.source().href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}

let tsxApi: string | undefined;
function tsxEsmApi(): string {
  if (tsxApi) return tsxApi;
  // The package's own export map names the ESM entry of its API; resolve it from the project root.
  let dir = process.cwd();
  const start = path.dirname(new URL(import.meta.url).pathname);
  for (const root of [start, dir]) {
    dir = root;
    while (!fs.existsSync(path.join(dir, 'node_modules', 'tsx', 'package.json'))) {
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    const pkgFile = path.join(dir, 'node_modules', 'tsx', 'package.json');
    if (fs.existsSync(pkgFile)) {
      const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
      tsxApi = pathToFileURL(path.join(dir, 'node_modules', 'tsx', pkg.exports['./esm/api']!.import.default)).href;
      return tsxApi;
    }
  }
  throw new Error('tsx is needed to start a worker from source (npm ci installs it).');
}
