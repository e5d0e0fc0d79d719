import fs from 'node:fs';
import type { FileRef } from '../../../shared/contract/files';
import type { Scope } from '../scope';
import { AppError, fsError } from '../errors';

/** Writes a file for the renderer to a fresh outgoing path; a failed write leaves no partial file. */
export async function writeOutgoing(ctx: Scope, name: string, write: (path: string) => Promise<number>): Promise<{ file: FileRef; rows: number }> {
  const out = ctx.files.outgoing(name);
  try {
    const rows = await write(out.path);
    return { file: out.done(), rows };
  } catch (err) {
    fs.rmSync(out.path, { force: true });
    if (err instanceof AppError) throw err;
    throw fsError(err, name);
  }
}
