import { KemitraanListQuery, PeriodQuery, type ReportSummary } from '../../../../../shared/contract';
import { todayIso } from '../../../../../shared/format/date';
import { UMKM_CLASSES, type UmkmClass } from '../../../../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS, type KemitraanStatus } from '../../../../../shared/domain/partnership';
import { KECAMATAN, kecamatanName } from '../../../../../shared/domain/regions';
import type { Scope } from '../../../scope';
import { pembinaanFigures } from '../../../services/riwayat/pembinaanFigures';

/** Agreements that gave support: signed and running (aktif) or completed (selesai). */
export const SUPPORT_STATUSES: readonly KemitraanStatus[] = ['aktif', 'selesai'];

/** Every figure of the summary sheet; the detail sheets list the records behind them. */
export type ReportData = ReportSummary;

/** The agreements running at some time in the period, as the agreement list filters them. */
export const periodFilter = (from: string, to: string) => KemitraanListQuery.parse({ from, to });

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The position a report states: the period's end, or today while the period still runs. */
export const asOfDate = (to: string, today: string): string => (to < today ? to : today);

/** UMKM in the registry on `asOf` by kecamatan and class (statsService), every kecamatan, zeros too. */
async function classByKecamatan(ctx: Scope, asOf: string): Promise<ReportData['classByKecamatan']> {
  const byKec = new Map<string, Record<UmkmClass, number>>(KECAMATAN.map((k) => [k.name, zeros(UMKM_CLASSES)]));
  for (const r of await ctx.stats.byKecamatanAndClass(asOf)) {
    const name = kecamatanName(r.kecamatan);
    if (!byKec.has(name)) byKec.set(name, zeros(UMKM_CLASSES));
    byKec.get(name)![r.class] += r.n;
  }
  return [...byKec.entries()].map(([kecamatan, counts]) => ({ kecamatan, counts }));
}

export async function collectReportData(ctx: Scope, from: string, to: string, today: string = todayIso()): Promise<ReportData> {
  const agreements = Object.fromEntries(PARTNERSHIP_PATTERNS.map((p) => [p, zeros(KEMITRAAN_STATUS)])) as ReportData['agreements'];
  const supports = Object.fromEntries(SUPPORT_KINDS.map((s) => [s, { items: 0, value: 0 }])) as ReportData['supports'];
  // The agreements of the period through the list's own filter (a few hundred a year, a chunk at a time).
  for await (const chunk of ctx.kemitraan.iterate(periodFilter(from, to))) {
    for (const k of chunk) {
      agreements[k.pattern][k.status]++;
      if (!SUPPORT_STATUSES.includes(k.status)) continue;
      for (const s of k.supports) {
        supports[s.kind].items++;
        supports[s.kind].value += s.value ?? 0;
      }
    }
  }
  const meetings = (await ctx.kegiatan.list({ kind: 'temu_kemitraan' })).filter((m) => m.date >= from && m.date <= to).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);

  const asOf = asOfDate(to, today);
  return {
    from,
    to,
    today,
    asOf,
    classByKecamatan: await classByKecamatan(ctx, asOf),
    progress: await ctx.progressReport.report(PeriodQuery.parse({ from, to })),
    agreements,
    supports,
    meetings,
    pembinaan: await pembinaanFigures(ctx.tx.em, { from, to }),
    office: await ctx.office.get(),
  };
}
