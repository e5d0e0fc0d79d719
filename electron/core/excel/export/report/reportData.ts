import type { KegiatanListItem, PeriodReport } from '../../../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS, type KemitraanStatus, type PartnershipPattern, type SupportKind } from '../../../../../shared/domain/partnership';
import { KECAMATAN, kecamatanName } from '../../../../../shared/domain/regions';
import type { AppContext } from '../../../context';

/** Agreements that gave support: signed and running (aktif) or completed (selesai). */
export const SUPPORT_STATUSES: readonly KemitraanStatus[] = ['aktif', 'selesai'];

/** Every figure of the summary sheet; the detail sheets list the records behind them. */
export interface ReportData {
  from: string;
  to: string;
  today: string;
  /** Kecamatan name -> UMKM in the registry by class (every kecamatan, zeros too). */
  classByKecamatan: Array<{ kecamatan: string; counts: Record<UmkmClass, number> }>;
  progress: PeriodReport;
  /** Agreements running at some time in the period, by pattern and status. */
  agreements: Record<PartnershipPattern, Record<KemitraanStatus, number>>;
  /** Support items of agreements aktif or selesai in the period: how many, and their value. */
  supports: Record<SupportKind, { items: number; value: number }>;
  meetings: KegiatanListItem[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function collectReportData(ctx: AppContext, from: string, to: string, today: string): ReportData {
  // The same count as the dashboard's (statsService), split by both kecamatan and class.
  const rows = ctx.db.raw
    .prepare(`SELECT kecamatan, class, COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL GROUP BY kecamatan, class`)
    .all() as Array<{ kecamatan: string; class: UmkmClass; n: number }>;
  const byKec = new Map<string, Record<UmkmClass, number>>(KECAMATAN.map((k) => [k.name, zeros(UMKM_CLASSES)]));
  for (const r of rows) {
    const name = kecamatanName(r.kecamatan);
    if (!byKec.has(name)) byKec.set(name, zeros(UMKM_CLASSES));
    byKec.get(name)![r.class] += r.n;
  }

  const agreements = Object.fromEntries(PARTNERSHIP_PATTERNS.map((p) => [p, zeros(KEMITRAAN_STATUS)])) as ReportData['agreements'];
  const supports = Object.fromEntries(SUPPORT_KINDS.map((s) => [s, { items: 0, value: 0 }])) as ReportData['supports'];
  for (const chunk of ctx.kemitraan.iterate({ from, to })) {
    for (const k of chunk) {
      agreements[k.pattern][k.status]++;
      if (!SUPPORT_STATUSES.includes(k.status)) continue;
      for (const s of k.supports) {
        supports[s.kind].items++;
        supports[s.kind].value += s.value ?? 0;
      }
    }
  }

  return {
    from,
    to,
    today,
    classByKecamatan: [...byKec.entries()].map(([kecamatan, counts]) => ({ kecamatan, counts })),
    progress: ctx.progressReport.report({ from, to }),
    agreements,
    supports,
    meetings: ctx.kegiatan
      .list()
      .filter((m) => m.date >= from && m.date <= to)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id),
  };
}
