import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder; remove() deletes it with everything in it. */
export function tempDir(prefix = 'kemitraan-test-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * File descriptors of this process that point at `file` (or its -wal/-shm companions), read from
 * /proc/self/fd. Returns null where /proc is not available (not Linux), so callers can skip.
 */
export function openHandlesTo(file: string): string[] | null {
  const fdDir = '/proc/self/fd';
  if (!fs.existsSync(fdDir)) return null;
  const target = fs.realpathSync(path.dirname(file));
  const base = path.basename(file);
  const out: string[] = [];
  for (const fd of fs.readdirSync(fdDir)) {
    let link: string;
    try {
      link = fs.readlinkSync(path.join(fdDir, fd));
    } catch {
      continue;
    }
    if (path.dirname(link) === target && path.basename(link).startsWith(base)) out.push(link);
  }
  return out;
}
