import fs from 'node:fs';
import { PRINT_FAILED, PRINT_READY, reportFooterLabel, reportPrintUrl, type ReportPaper } from '../../../shared/domain/reportPrint';
import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import { AppError } from '../errors';
import type { Scope } from '../scope';
import { electronPdfOptions } from './reportPdf';

/** A page the shell opens out of sight to print from (a hidden BrowserWindow in Electron). */
export interface PrintWindow {
  /** The session key its calls arrive under (the IPC adapter's `ipc:<webContents id>`). */
  sessionKey: string;
  load(url: string): Promise<void>;
  /** The body's `data-ready` attribute, as the page set it. */
  readyState(): Promise<string | undefined>;
  printToPdf(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
  close(): void;
}

/** The shell's way to print a page of the app; only the Electron shell provides it. */
export interface PagePrinter {
  /** The origin the renderer is served from ("app://kemitraan"). */
  origin: string;
  open(): Promise<PrintWindow>;
}

export const READY_TIMEOUT_MS = 120_000;

/** Waits until the page says it is complete (or failed); polls, since the page cannot call main for this. */
export async function waitForReady(read: () => Promise<string | undefined>, opts: { timeoutMs?: number; intervalMs?: number; now?: () => number } = {}): Promise<void> {
  const { timeoutMs = READY_TIMEOUT_MS, intervalMs = 150, now = Date.now } = opts;
  const until = now() + timeoutMs;
  for (;;) {
    const state = await read();
    if (state === PRINT_READY) return;
    if (state === PRINT_FAILED) throw new AppError('INTERNAL', messages.reportPrint.printFailed);
    if (now() >= until) throw new AppError('INTERNAL', fill(messages.reportPrint.printTimeout, { seconds: Math.round(timeoutMs / 1000) }));
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The printed report as a PDF file: the print page opened out of sight, signed in as the caller
 * for as long as it prints (its reads are the caller's, under the caller's role), printed with the
 * report's paper and footer, written to `file`. Returns the PDF's size in bytes.
 */
export async function printReportPdf(ctx: Scope, caller: Caller, input: { from: string; to: string; paper: ReportPaper }, file: string): Promise<number> {
  const printer = ctx.core.printer;
  if (!printer) throw new AppError('UNAVAILABLE', messages.errors.desktopOnly);
  const fullName = (caller.sessionKey && ctx.auth.sessions.get(caller.sessionKey)?.fullName) || caller.username;
  const page = await printer.open();
  try {
    ctx.auth.sessions.bind(page.sessionKey, caller, { fullName, lockable: false });
    await page.load(reportPrintUrl(printer.origin, input));
    await waitForReady(() => page.readyState());
    const bytes = await page.printToPdf(electronPdfOptions(input.paper, reportFooterLabel(input.from, input.to)));
    fs.writeFileSync(file, bytes);
    return bytes.byteLength;
  } finally {
    ctx.auth.sessions.drop(page.sessionKey);
    page.close();
  }
}
