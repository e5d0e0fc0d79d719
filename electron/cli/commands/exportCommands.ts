import type { ExportResult } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { kemitraanFilters } from './partnerships';

const t = messages.cli.export;

// `export …`: the lists as the list commands filter them, and the report for the mayor's office,
// written to --out (the file main wrote is copied there; see writesOut in run.ts).

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function requireOut(values: Values, example: string): void {
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(fill(t.outNeeded, { example }));
}

/** --year YYYY is 1 January to 31 December; otherwise both --from and --to. */
export function reportPeriod(values: Values): { from: string; to: string } {
  const year = text(values.year);
  const from = text(values.from);
  const to = text(values.to);
  if (year !== undefined) {
    if (from || to) throw new UsageError(t.yearOrRange);
    if (!/^\d{4}$/.test(year)) throw new UsageError(t.badYear);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (!from || !to) throw new UsageError(t.periodNeeded);
  return { from, to };
}

function paper(values: Values): 'A4' | 'F4' | undefined {
  const p = text(values.paper)?.toUpperCase();
  if (p === undefined) return undefined;
  if (p !== 'A4' && p !== 'F4') throw new UsageError(t.badPaper);
  return p;
}

const written = (r: ExportResult & { file: { path?: string } }) => `${fill(t.written, { file: r.file.path ?? r.file.name, rows: r.rows })}\n`;

export const exportCommands: CommandSpec[] = [
  {
    name: 'export registry',
    usage: t.usage.registry,
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, t.examples.registry);
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
    usage: t.usage.report,
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, t.examples.report);
      return { channel: 'export:report', payload: { ...reportPeriod(values), paper: paper(values) } };
    },
    text: written,
  },
  {
    name: 'export mitra',
    usage: t.usage.mitra,
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, t.examples.mitra);
      return { channel: 'export:list', payload: { list: 'mitra', query: { kind: text(values.kind), status: text(values.status), search: text(values.search) } } };
    },
    text: written,
  },
  {
    name: 'export kemitraan',
    usage: t.usage.kemitraan,
    writesOut: true,
    request: async (_rest, values) => {
      requireOut(values, t.examples.kemitraan);
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
    usage: t.usage.progress,
    writesOut: true,
    request: async (rest, values) => {
      requireOut(values, t.examples.progress);
      const outcome = rest[0];
      if (!outcome) throw new UsageError(t.outcomeNeeded);
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
