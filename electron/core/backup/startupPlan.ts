import type { Inspection } from './inspectDatabase';
import { damagedMessage } from './damagedMessage';
import type { BackupInfo } from './listBackups';

export type StartupPlan =
  | { action: 'open' }
  | { action: 'disk-full' }
  | { action: 'offer-restore'; backup: BackupInfo; message: string }
  | { action: 'refuse'; message: string };

/**
 * What the shell does at start, decided from the read-only check: a new or intact file is opened
 * (openDatabase still refuses a newer schema); a check that failed because the disk is full
 * (`diskFull`, see fullDiskExplains) is said as such and nothing is offered: the file is not
 * damaged. A damaged one is never opened for writing, and the clerk is offered the newest verified
 * backup, or told there is none.
 */
export function startupPlan(file: string, inspection: Inspection | null, backups: BackupInfo[], opts: { diskFull?: boolean } = {}): StartupPlan {
  if (!inspection || inspection.intact) return { action: 'open' };
  if (opts.diskFull) return { action: 'disk-full' };
  const good = backups.find((b) => b.state === 'verified') ?? null;
  const message = damagedMessage(file, inspection.problems, good);
  return good ? { action: 'offer-restore', backup: good, message } : { action: 'refuse', message };
}
