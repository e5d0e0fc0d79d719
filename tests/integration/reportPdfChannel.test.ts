// report:pdf through the handler table with a stand-in for the shell's hidden window: the print
// page is loaded at its route, signed in as the caller only while it prints (its own reads work
// under the caller's role), printed with the report's options, saved as an outgoing file; the
// window is closed and its session dropped whatever happens.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult, Result } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { PagePrinter, PrintWindow } from '../../electron/core/print/printReport';
import { electronPdfOptions } from '../../electron/core/print/reportPdf';
import { sessionAs } from '../support/auth';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  t = await tempContext();
});
afterEach(() => t.cleanup());

const PDF = Buffer.from('%PDF-1.4\n% stand-in\n%%EOF\n');

interface Seen {
  url?: string;
  options?: ReturnType<typeof electronPdfOptions>;
  pageRead?: Result<unknown>;
  closed: boolean;
}

/** A hidden window that, once loaded, reads the report's figures as the page would, then is ready (or not). */
function standInPrinter(seen: Seen, opts: { ready?: string } = {}): PagePrinter {
  return {
    origin: 'app://kemitraan',
    open: async (): Promise<PrintWindow> => {
      const sessionKey = 'ipc:77';
      return {
        sessionKey,
        load: async (url) => {
          seen.url = url;
          seen.pageRead = await dispatch('report:summary', { from: '2026-01-01', to: '2026-12-31' }, t.core, { key: sessionKey, via: 'app' });
        },
        readyState: async () => opts.ready ?? '1',
        printToPdf: async (options) => {
          seen.options = options;
          return PDF;
        },
        close: () => {
          seen.closed = true;
        },
      };
    },
  };
}

const call = (payload: unknown, role: 'admin' | 'pimpinan' = 'pimpinan') => dispatch('report:pdf', payload, t.core, sessionAs(t.ctx, role)) as Promise<Result<ExportResult>>;

describe('report:pdf', () => {
  it('prints the print page as the caller and hands back the PDF as a file', async () => {
    const seen: Seen = { closed: false };
    t.core.printer = standInPrinter(seen);
    const r = await call({ from: '2026-01-01', to: '2026-12-31', paper: 'F4' });
    if (!r.ok) throw new Error(r.error.message);
    expect(seen.url).toBe('app://kemitraan/#/cetak/laporan?from=2026-01-01&to=2026-12-31&paper=F4');
    expect(seen.pageRead?.ok, 'the hidden page reads as the caller').toBe(true);
    expect(seen.options).toEqual(electronPdfOptions('F4', 'Laporan Perkembangan UMKM dan Kemitraan Tahun 2026'));
    expect(r.value.file.name).toBe('Laporan-UMKM-Kemitraan-2026.pdf');
    expect(fs.readFileSync(t.core.files.get(r.value.file.fileId).path)).toEqual(PDF);
    expect(seen.closed).toBe(true);
    expect(t.core.auth.sessions.get('ipc:77'), 'the page session ends with the print').toBeUndefined();
  });

  it('a page that cannot get ready fails the call, and the window still closes', async () => {
    const seen: Seen = { closed: false };
    t.core.printer = standInPrinter(seen, { ready: 'error' });
    const r = await call({ from: '2026-01-01', to: '2026-06-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(messages.reportPrint.printFailed);
    expect(seen.options).toBeUndefined();
    expect(seen.closed).toBe(true);
    expect(t.core.auth.sessions.get('ipc:77')).toBeUndefined();
  });

  it('without the desktop shell it says so', async () => {
    const r = await call({ from: '2026-01-01', to: '2026-12-31' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: messages.errors.desktopOnly } });
  });

  it('checks its period like the workbook does, and needs a session', async () => {
    t.core.printer = standInPrinter({ closed: false });
    const r = await call({ from: '2026-12-31', to: '2026-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const anon = await dispatch('report:pdf', { from: '2026-01-01', to: '2026-12-31' }, t.core, { key: 'nobody', via: 'app' });
    expect(anon).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
