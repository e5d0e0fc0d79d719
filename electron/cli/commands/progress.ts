import type { ClassRecord, PeriodReport, UmkmTimeline } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';

const cls = messages.enums.class;
const dir = messages.progressEnums.direction;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** "halal, pirt" as a list; absent stays absent (the record then holds none). */
const list = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

function umkmIdArg(rest: string[], example: string): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(`ID UMKM harus berupa angka, misalnya: ${example}`);
  return Number(raw);
}

/** The form's fields from the options; the contract checks them exactly as it checks the form. */
function recordPayload(umkmId: number, values: Values): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    umkmId,
    date: text(values.date),
    annualSales: text(values.sales),
    capital: text(values.capital),
    assets: text(values.assets),
    employees: text(values.employees),
    marketReach: text(values.reach),
    certifications: list(values.cert),
    channels: list(values.channels),
    // The form asks for the source; on the command line a clerk's own entry is a survey unless said.
    source: text(values.source) ?? 'survei',
    notes: text(values.notes),
  };
  return Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined));
}

function recordLine(r: ClassRecord): string {
  const figures = r.annualSales !== null ? `omzet ${formatRupiah(r.annualSales)}` : `modal ${formatRupiah(r.capital)}`;
  return `${String(r.id).padStart(7)}  ${formatDate(r.date)}  ${cls[r.class].padEnd(8)}  ${figures.padEnd(28)}  ${messages.progressEnums.source[r.source]}`;
}

function recordText(r: ClassRecord): string {
  return `Data perkembangan ${r.id} dicatat untuk UMKM ${r.umkmId}:\n${recordLine(r)}\n`;
}

function timelineText(t: UmkmTimeline): string {
  const lines = [`Riwayat kelas UMKM ${t.umkmId}: ${t.records.length} data`, ...t.records.map(recordLine)];
  if (t.moves.length) {
    lines.push('Perpindahan kelas:');
    for (const m of t.moves) {
      const support = m.agreements.length ? `; kemitraan: ${m.agreements.map((a) => `${a.number} (${a.partnerName})`).join(', ')}` : '';
      lines.push(`  ${formatDate(m.date)}  ${dir[m.direction]}: ${cls[m.fromClass]} -> ${cls[m.toClass]} (sejak ${formatDate(m.fromDate)})${support}`);
    }
  } else {
    lines.push('Belum ada perpindahan kelas.');
  }
  return `${lines.join('\n')}\n`;
}

function reportText(r: PeriodReport): string {
  const counts = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n');
  return [
    `Periode ${formatDate(r.from)} s.d. ${formatDate(r.to)}: ${r.recorded} UMKM tercatat`,
    `${dir.naik}: ${r.naikTotal} (${r.naikPercent.toLocaleString('id-ID')}% dari UMKM tercatat)`,
    counts(r.naik),
    `${dir.turun}: ${r.turunTotal}`,
    counts(r.turun),
    `${dir.tetap}: ${r.tetap}`,
    'Per kecamatan (naik/turun/tetap dari tercatat):',
    ...Object.entries(r.byKecamatan).map(([k, v]) => `  ${k}: ${v.naik}/${v.turun}/${v.tetap} dari ${v.recorded}`),
    `UMKM menengah yang perlu pasar nasional/ekspor: ${r.menengahNeedMarket}`,
    `UMKM tanpa data lebih dari setahun: ${r.staleRecords}`,
    '',
  ].join('\n');
}

export const progressCommands: CommandSpec[] = [
  {
    name: 'progress add',
    positionals: 1,
    usage:
      'progress add ID --date D --sales N --capital N [--assets N] [--employees N] [--reach R] [--cert C,C] [--channels C,C] [--source S] [--notes T]   catat data perkembangan (kelas dihitung)',
    request: async (rest, values) => ({ channel: 'progress:add', payload: recordPayload(umkmIdArg(rest, 'progress add 12 --date 2025-06-30 --sales 2500000000'), values) }),
    text: recordText,
  },
  {
    name: 'progress list',
    positionals: 1,
    usage: 'progress list ID                 riwayat kelas satu UMKM, perpindahan dan kemitraan saat itu',
    request: async (rest) => ({ channel: 'progress:timeline', payload: { id: umkmIdArg(rest, 'progress list 12') } }),
    text: timelineText,
  },
  {
    name: 'progress report',
    usage: 'progress report --from D --to D [--kecamatan K] [--sector S] [--komunitas ID]   laporan naik kelas satu periode',
    request: async (_rest, values) => ({
      channel: 'progress:report',
      payload: {
        from: text(values.from),
        to: text(values.to),
        kecamatan: text(values.kecamatan),
        sector: text(values.sector),
        komunitasId: intOption(values, 'komunitas'),
      },
    }),
    text: reportText,
  },
];
