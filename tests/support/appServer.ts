import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_TIMEZONE } from './timezone';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The server's zone is the browser's (timezone.ts). */
const ENV = { ...process.env, TZ: TEST_TIMEZONE };

export interface AppServer {
  url: string;
  dir: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** Starts the loopback adapter on a fresh database in its own temp folder (random port). */
export async function startAppServer(opts: { seedDemo?: number } = {}): Promise<AppServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-e2e-'));
  const dbFile = path.join(dir, 'app.sqlite');
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  if (opts.seedDemo) {
    await run(tsx, ['electron/cli/main.ts', 'seed-demo', '--as-admin-offline', '--umkm', String(opts.seedDemo), '--db', dbFile]);
  }
  const child = spawn(tsx, ['electron/adapters/http/serve.ts', '--db', dbFile], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Kemitraan UMKM: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
        // From now on the server's own complaints reach the test's log.
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stderr!.on('data', (e: Buffer) => process.stderr.write(`[app server] ${e.toString()}`));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return {
    url,
    dir,
    dbFile,
    stop: async () => {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { cwd: ROOT, env: ENV, stdio: 'inherit' });
    c.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
