import { shell } from 'electron';
import { viewerOutcome, type ViewerOutcome } from '../core/lampiran/viewerOutcome';

/**
 * Opens a file the core wrote for viewing (an attachment) with the computer's own viewer. The
 * core has decided what to open and written it (lampiran/openAttachment.ts); the shell only hands
 * the path to the OS, and says why when the OS refuses (no viewer for PDF …).
 */
export async function openWithSystemViewer(file: string): Promise<ViewerOutcome> {
  return viewerOutcome(await shell.openPath(file));
}
