import type { UmkmClass } from '../domain/classification';
import type { KemitraanStatus, PartnershipPattern, SupportKind } from '../domain/partnership';
import { entry, handedOver, snapshot } from './entry';
import { ReportInput, type ExportResult } from './excel';
import type { KegiatanListItem } from './kegiatan';
import type { OfficeSettings } from './office';
import type { PeriodReport } from './progress';
import type { PembinaanFigures } from './riwayat';

/**
 * Every figure of the report for the mayor's office, as the workbook's summary sheet and the
 * printed (PDF) report state them. A report for a period describes the registry as it stood at
 * the period's end (`asOf`), never today's.
 */
export interface ReportSummary {
  from: string;
  to: string;
  /** The day it was made: the sign-off's date. */
  today: string;
  /** The position the registry figures describe: the period's end, or today for a period still running. */
  asOf: string;
  /** Kecamatan name -> UMKM in the registry at `asOf` by class (every kecamatan, zeros too). */
  classByKecamatan: Array<{ kecamatan: string; counts: Record<UmkmClass, number> }>;
  progress: PeriodReport;
  /** Agreements running at some time in the period, by pattern and status. */
  agreements: Record<PartnershipPattern, Record<KemitraanStatus, number>>;
  /** Support items of agreements aktif or selesai in the period: how many, and their value. */
  supports: Record<SupportKind, { items: number; value: number }>;
  meetings: KegiatanListItem[];
  /** Certificates, UMKM trained, assistance, partnerships reviewed and products selling (issue 15). */
  pembinaan: PembinaanFigures;
  /** The letterhead and the signatory. */
  office: OfficeSettings;
}

export const reportEntries = {
  'report:summary': entry<ReportSummary>()(ReportInput, snapshot()),
  /** The printed report as a PDF file (desktop app: its print page printed out of sight; `rows` is the file's size). */
  'report:pdf': entry<ExportResult>()(ReportInput, handedOver()),
};
