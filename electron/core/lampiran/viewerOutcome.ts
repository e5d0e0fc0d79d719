/** What the shell answers after asking the OS to open a file: opened, or refused with the OS's reason. */
export type ViewerOutcome = { opened: true } | { opened: false; reason: string };

/** shell.openPath answers '' when the OS opened the file, else the OS's reason (no viewer for PDF …). */
export function viewerOutcome(osAnswer: string): ViewerOutcome {
  return osAnswer === '' ? { opened: true } : { opened: false, reason: osAnswer.trim() || '?' };
}
