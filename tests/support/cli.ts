import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliIfStale, CLI_BUNDLE } from './buildCli';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The bundle `npm run umkm` runs, rebuilt before a file's first run when a source is newer.
let bundleChecked = false;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command-line tool as a child process. `env` is merged over the parent's, with
 * KEMITRAAN_DATA_DIR forced to `dataDir` so a run without --db can never reach a real registry.
 */
export function runCli(args: string[], opts: { stdin?: string; dataDir: string; timeoutMs?: number; env?: Record<string, string> }): Promise<CliRun> {
  if (!bundleChecked) {
    buildCliIfStale();
    bundleChecked = true;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, KEMITRAAN_PASSWORD: '', KEMITRAAN_NEW_PASSWORD: '', ...opts.env, KEMITRAAN_DATA_DIR: opts.dataDir, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`CLI timed out: ${args.join(' ')}\n${stderr}`));
    }, opts.timeoutMs ?? 30_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
