import { z } from 'zod';
import { entry, step } from './entry';

/**
 * A file main holds for the renderer: one the clerk chose (native dialog or upload) or one main
 * wrote (an export). The renderer only ever names it by this id, never by a path.
 */
export interface FileRef {
  fileId: string;
  name: string;
  size: number;
}

export const fileId = z.string().regex(/^[a-f0-9]{32}$/, 'Berkas tidak dikenal.');

export const FilePickInput = z.strictObject({ purpose: z.enum(['import', 'restore', 'lampiran']) });
export const FileSaveInput = z.strictObject({ fileId });

export interface FileSaveResult {
  /** False when the clerk closed the save dialog. */
  saved: boolean;
  path: string | null;
}

export const fileEntries = {
  // Electron only: the shell's open dialog; file is null when the clerk cancels.
  'file:pick': entry<{ file: FileRef | null }>()(FilePickInput, step()),
  // Electron only: the shell's save dialog, copying a file main wrote to where the clerk says.
  'file:save': entry<FileSaveResult>()(FileSaveInput, step()),
};
