import type { ViewerOutcome } from '../lampiran/viewerOutcome';

/** The shell's native dialogs; only the Electron shell provides them. */
export interface Dialogs {
  /** An absolute path, or null when the clerk cancels. */
  chooseOpen(purpose: 'import' | 'restore' | 'lampiran'): Promise<string | null>;
  chooseSave(defaultName: string): Promise<string | null>;
  /** Opens a file the core wrote for viewing (an attachment) with the computer's own viewer. */
  openWithViewer?(file: string): Promise<ViewerOutcome>;
}
