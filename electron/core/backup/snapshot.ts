import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

export interface SnapshotFacts {
  intact: boolean;
  problems: string[];
  applied: string[];
  umkmCount: number;
}

/**
 * Writes a consistent copy of the open database to `file` with VACUUM INTO: one statement, a
 * snapshot of the last commit even while the app runs, compacted, in rollback-journal mode (a
 * single self-contained file), then forced to disk before anyone renames it into place.
 */
export function vacuumInto(raw: BetterSqlite3.Database, file: string): void {
  raw.prepare('VACUUM INTO ?').run(file);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks a copy through the live connection (ATTACH), so it needs no second native build of the
 * driver; quick_check, because VACUUM INTO wrote every page afresh moments ago.
 */
export function checkCopy(raw: BetterSqlite3.Database, file: string): SnapshotFacts {
  raw.prepare(`ATTACH DATABASE ? AS backup_copy`).run(file);
  try {
    const lines = (raw.pragma('backup_copy.quick_check(10)') as Array<Record<string, string>>).map((r) => String(Object.values(r)[0]));
    const applied = (raw.prepare(`SELECT name FROM backup_copy.migrations ORDER BY id`).all() as Array<{ name: string }>).map((r) => r.name);
    const umkmCount = (raw.prepare(`SELECT COUNT(*) AS n FROM backup_copy.umkm WHERE deleted_at IS NULL`).get() as { n: number }).n;
    const intact = lines.length === 1 && lines[0] === 'ok';
    return { intact, problems: intact ? [] : lines, applied, umkmCount };
  } finally {
    raw.exec(`DETACH DATABASE backup_copy`);
  }
}
