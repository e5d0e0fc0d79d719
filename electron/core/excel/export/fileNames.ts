import type { z } from 'zod';
import type { ExportListInput, ReportInput } from '../../../../shared/contract';
import { todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';

const t = messages.exportText;

/** Registri-UMKM-2026-12-01.xlsx and the like: what the list is, and when it was written. */
export function listFileName(input: z.output<typeof ExportListInput>, today = todayIso()): string {
  switch (input.list) {
    case 'umkm':
      return fill(t.fileUmkm, { date: today });
    case 'mitra':
      return fill(t.fileMitra, { date: today });
    case 'kemitraan':
      return fill(t.fileKemitraan, { date: today });
    case 'progress':
      return fill(t.fileProgress, { outcome: input.query.outcome.replace('_', '-'), date: today });
    case 'bantuan':
      return fill(messages.bantuanExport.file, { date: today });
    case 'sertifikat':
      return fill(messages.sertifikatExport.file, { date: today });
    case 'monev':
      return fill(messages.monevExport.file, { date: today });
  }
}

/** Laporan-UMKM-Kemitraan-2025.xlsx for a calendar year, else with the period's two dates. */
export function reportFileName(input: Pick<ReportInput, 'from' | 'to'>): string {
  return fill(t.fileReport, { period: reportPeriodKey(input) });
}

/** Laporan-UMKM-Kemitraan-2025.pdf: the printed report, named as its workbook. */
export function reportPdfFileName(input: Pick<ReportInput, 'from' | 'to'>): string {
  return fill(messages.reportPrint.filePdf, { period: reportPeriodKey(input) });
}

export function reportPeriodKey({ from, to }: Pick<ReportInput, 'from' | 'to'>): string {
  const wholeYear = from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === '01-01' && to.slice(5) === '12-31';
  return wholeYear ? from.slice(0, 4) : `${from}_${to}`;
}
