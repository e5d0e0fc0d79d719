import fs from 'node:fs';
import { fsError } from '../errors';

/**
 * Copies a file main holds to where the clerk said, through a sibling `.part` file, so a full USB
 * stick or a cut-off copy never leaves half a file under the real name. Throws the AppError of
 * fsError (DISK_FULL, no access, …).
 */
export function copyAtomically(source: string, target: string): void {
  const partial = `${target}.part`;
  try {
    fs.copyFileSync(source, partial);
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw fsError(err, target);
  }
}
