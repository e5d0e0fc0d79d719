/** The shell's native dialogs; only the Electron shell provides them. */
export interface Dialogs {
  /** An absolute path, or null when the clerk cancels. */
  chooseOpen(purpose: 'import' | 'restore'): Promise<string | null>;
  chooseSave(defaultName: string): Promise<string | null>;
}
