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
  /** The page's address, without a link's secret: `goto('#/…')` needs a tab credential (see api.ts). */
  url: string;
  dir: string;
  dbFile: string;
  /** A new one-time link (`${url}#token=…`), asked of the server on its stdin as a person presses Enter. */
  newLink(): Promise<string>;
  stop(): Promise<void>;
}

const LINK = /Kemitraan UMKM: (http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)\n/;
/** The servers this test process started, by url, so a connection can ask the right one for a link. */
const running = new Map<string, AppServer>();

export function appServerAt(url: string): AppServer {
  const server = running.get(new URL(url).origin + '/');
  if (!server) throw new Error(`no app server started by this process at ${url}`);
  return server;
}

/**
 * Starts the loopback adapter on a fresh database in its own temp folder (random port), or on the
 * PostgreSQL database at `pgUrl` (several servers on one such database are several PCs of an office).
 */
export async function startAppServer(opts: { seedDemo?: number; pgUrl?: string } = {}): Promise<AppServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-e2e-'));
  const dbFile = path.join(dir, 'app.sqlite');
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  if (opts.seedDemo) {
    await run(tsx, ['electron/cli/main.ts', 'seed-demo', '--as-admin-offline', '--umkm', String(opts.seedDemo), ...(opts.pgUrl ? ['--pg', opts.pgUrl] : ['--db', dbFile])]);
  }
  // The app's data folder is the test's own too (koneksi.json and its key), never this machine's.
  const child = spawn(tsx, ['electron/adapters/http/serve.ts', ...(opts.pgUrl ? ['--pg', opts.pgUrl] : ['--db', dbFile])], { cwd: ROOT, env: { ...ENV, KEMITRAAN_DATA_DIR: dir }, stdio: ['pipe', 'pipe', 'pipe'] });
  // A server that has stopped cannot be asked for a link; that is its exit's error, not this pipe's.
  child.stdin!.on('error', () => undefined);
  // Every link line the server prints, in order; newLink() takes the next one.
  const links: string[] = [];
  const waiting: Array<(link: string) => void> = [];
  let stdout = '';
  const first = new Promise<string>((resolve, reject) => {
    let out = '';
    let started = false;
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onStderr = (b: Buffer) => (out += b.toString());
    child.stderr!.on('data', onStderr);
    child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
    child.stdout!.on('data', (b: Buffer) => {
      stdout += b.toString();
      let m: RegExpExecArray | null;
      while ((m = LINK.exec(stdout))) {
        stdout = stdout.slice(m.index + m[0].length);
        const next = waiting.shift();
        if (next) next(`${m[1]}#token=${m[2]}`);
        else links.push(`${m[1]}#token=${m[2]}`);
        if (!started) {
          started = true;
          clearTimeout(timer);
          // From now on the server's own complaints reach the test's log.
          child.stderr!.off('data', onStderr);
          child.stderr!.on('data', (e: Buffer) => process.stderr.write(`[app server] ${e.toString()}`));
          resolve(m[1]!);
        }
      }
    });
  });
  const url = await first;
  const server: AppServer = {
    url,
    dir,
    dbFile,
    newLink: () => {
      const ready = links.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise<string>((resolve) => {
        waiting.push(resolve);
        child.stdin!.write('\n');
      });
    },
    stop: async () => {
      running.delete(url);
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  running.set(url, server);
  return server;
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
