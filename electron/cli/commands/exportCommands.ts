import type { ExportResult } from '../../../shared/contract';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { kemitraanFilters } from './partnerships';

// `export …`: the lists as the list commands filter them, and the report for the mayor's office,
// written to --out (the file main wrote is copied there; see writesOut in run.ts).

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function requireOut(values: Values, example: string): void {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(`--out FILE wajib diisi, misalnya: ${example}`);
}

/** --year YYYY is 1 January to 31 December; otherwise both --from and --to. */
export function reportPeriod(values: Values): { from: string; to: string } {
  const year = text(values.year);
  const from = text(values.from);
  const to = text(values.to);
  if (year !== undefined) {
    if (from || to) throw new UsageError('Pakai --year atau --from/--to, tidak keduanya.');
    if (!/^\d{4}$/.test(year)) throw new UsageError('--year harus empat angka tahun, misalnya: --year 2025');
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (!from || !to) throw new UsageError('Sebutkan --year YYYY, atau --from D dan --to D (YYYY-MM-DD).');
  return { from, to };
}

function paper(values: Values): 'A4' | 'F4' | undefined {
  const p = text(values.paper)?.toUpperCase();
  if (p === undefined) return undefined;
  if (p !== 'A4' && p !== 'F4') throw new UsageError('--paper harus A4 atau F4.');
  return p;
}

const written = (r: ExportResult & { file: { path?: string } }) => `Berkas ditulis: ${r.file.path ?? r.file.name} (${r.rows} baris)\n`;

export const exportCommands: CommandSpec[] = [
  {
    name: 'export registry',
    usage: 'export registry --out FILE [--search T] [--kecamatan K] [--kelurahan L] [--sector S] [--class C] [--status S]   registri UMKM ke Excel',
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, 'export registry --out registri.xlsx --kecamatan "Balikpapan Selatan"');
      return {
        channel: 'export:list',
        payload: {
          list: 'umkm',
          query: {
            search: text(values.search),
            kecamatan: text(values.kecamatan),
            kelurahan: text(values.kelurahan),
            sector: text(values.sector),
            class: text(values.class),
            status: text(values.status),
          },
        },
      };
    },
    text: written,
  },
  {
    name: 'export report',
    usage: 'export report (--year YYYY | --from D --to D) --out FILE [--paper A4|F4]   laporan perkembangan UMKM dan kemitraan',
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, 'export report --year 2025 --out laporan.xlsx');
      return { channel: 'export:report', payload: { ...reportPeriod(values), paper: paper(values) } };
    },
    text: written,
  },
  {
    name: 'export mitra',
    usage: 'export mitra --out FILE [--kind K] [--status S] [--search T]   daftar mitra ke Excel',
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, 'export mitra --out mitra.xlsx --kind hotel');
      return { channel: 'export:list', payload: { list: 'mitra', query: { kind: text(values.kind), status: text(values.status), search: text(values.search) } } };
    },
    text: written,
  },
  {
    name: 'export kemitraan',
    usage:
      'export kemitraan --out FILE [--status S] [--partner ID] [--umkm ID] [--komunitas ID] [--event ID] [--pattern P] [--support K] [--kecamatan K] [--from D] [--to D] [--due]',
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, 'export kemitraan --out kemitraan.xlsx --status aktif');
      return {
        channel: 'export:list',
        payload: {
          list: 'kemitraan',
          query: kemitraanFilters(values),
        },
      };
    },
    text: written,
  },
  {
    name: 'export progress',
    positionals: 2,
    usage: 'export progress OUTCOME [TRANSISI] --from D --to D --out FILE [--kecamatan K] [--sector S] [--komunitas ID]   daftar di balik angka naik kelas (naik, turun, tetap, tanpa_data, menengah_pasar)',
    writesOut: true,
    request: async (rest, values) => {
      requireOut(values, 'export progress naik mikro->kecil --year 2025 --out naik.xlsx');
      const outcome = rest[0];
      if (!outcome) throw new UsageError('Sebutkan kelompoknya: naik, turun, tetap, tanpa_data atau menengah_pasar.');
      return {
        channel: 'export:list',
        payload: {
          list: 'progress',
          query: {
            period: { ...reportPeriod(values), kecamatan: text(values.kecamatan), sector: text(values.sector), komunitasId: intOption(values, 'komunitas') },
            outcome,
            transition: rest[1],
          },
        },
      };
    },
    text: written,
  },
];
