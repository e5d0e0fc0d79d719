import fs from 'node:fs';
import path from 'node:path';
import { fill, messages } from '../../../shared/i18n';
import { SYSTEM_CALLER } from '../auth/caller';
import { openDatabase, type Database } from '../db/openDatabase';
import { AppError, asBusyWhenLocked } from '../errors';
import { backupsDirFor } from '../paths';
import { diskFullAt, diskFullAtStart, fullDiskExplains, isDiskFull } from './diskError';
import { inspectDatabase } from './inspectDatabase';
import { listBackups } from './listBackups';
import { recordRecovery, recoverDamaged } from './recoverDamaged';
import { startupPlan, type StartupPlan } from './startupPlan';

export interface StartupOpen {
  db: Database;
  /** Set when a damaged file was replaced by a backup, for the shell to tell the clerk. */
  notice: string | null;
}

/**
 * The shell's start: quick_check before anything writes to the file; an intact (or new) file is
 * opened and migrated; a damaged one is never opened for writing: `ask` offers the newest good
 * backup (true: restore it, false: quit, giving null). No good backup: refused with DB_DAMAGED.
 */
export async function openAtStartup(
  file: string,
  opts: { nativeBinding?: string; upkeep?: 'thread'; ask: (plan: Extract<StartupPlan, { action: 'offer-restore' }>) => Promise<boolean> },
): Promise<StartupOpen | null> {
  const inspection = fs.existsSync(file) ? inspectDatabase(file, { mode: 'quick', nativeBinding: opts.nativeBinding }) : null;
  const diskFull = inspection !== null && !inspection.intact && fullDiskExplains(inspection.problems, path.dirname(file));
  const plan = startupPlan(file, inspection, listBackups(backupsDirFor(file)), { diskFull });
  if (plan.action === 'disk-full') throw diskFullAtStart(file);
  if (plan.action === 'refuse') throw new AppError('DB_DAMAGED', plan.message);
  if (plan.action === 'open') {
    // Just checked: no second quick_check.
    return { db: await opened(file, () => openDatabase({ file, nativeBinding: opts.nativeBinding, upkeep: opts.upkeep })), notice: null };
  }
  if (!(await opts.ask(plan))) return null;
  const rec = await recoverDamaged(file, plan.backup.file, { label: plan.backup.name, nativeBinding: opts.nativeBinding });
  const db = await openDatabase({ file, nativeBinding: opts.nativeBinding, upkeep: opts.upkeep });
  // Nobody is signed in yet: the trail names the system, and the clerk's choice at the dialog.
  await recordRecovery(db, rec, SYSTEM_CALLER);
  return { db, notice: fill(messages.startup.restored, { backup: rec.restoredFrom, aside: rec.aside ?? '–' }) };
}

/** Opening (creating, migrating) a sound file can still meet a full disk: said as such, never as damage. */
async function opened(file: string, open: () => Promise<Database>): Promise<Database> {
  try {
    return await open();
  } catch (err) {
    if (isDiskFull(err) || (err instanceof AppError && err.code === 'DB_OPEN' && diskFullAt(path.dirname(file)))) throw diskFullAtStart(file);
    // The command-line tool holding the write lock while the app starts: said so, the file is fine.
    throw asBusyWhenLocked(err);
  }
}
