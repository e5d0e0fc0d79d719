import type { Page, Umkm, UmkmListItem } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatDate } from '../../../shared/format/date';
import type { CommandSpec } from '../commands';
import { intOption, jsonObject, requireId } from './args';

const f = messages.fields;

function umkmText(u: Umkm): string {
  const rows: Array<[string, string]> = [
    ['ID', String(u.id)],
    [f.businessName, u.businessName],
    [f.ownerName, u.ownerName],
    [f.nik, u.nik],
    [f.nib, u.nib ?? '–'],
    [f.kecamatan, u.kecamatanName],
    [f.kelurahan, u.kelurahanName],
    [f.sector, messages.enums.sector[u.sector]],
    [f.annualSales, formatRupiah(u.annualSales)],
    [f.capital, formatRupiah(u.capital)],
    [f.class, `${messages.enums.class[u.class]} (${messages.enums.classBasis[u.classBasis]})`],
    [f.status, messages.enums.status[u.status]],
    [f.registeredAt, formatDate(u.registeredAt)],
  ];
  return `${rows.map(([k, v]) => `${k.padEnd(22)} ${v}`).join('\n')}\n`;
}

function listText(p: Page<UmkmListItem>): string {
  const lines = p.items.map(
    (u) => `${String(u.id).padStart(7)}  ${u.businessName.slice(0, 36).padEnd(36)}  ${u.ownerName.slice(0, 24).padEnd(24)}  ${u.kecamatanName.padEnd(18)}  ${u.class}`,
  );
  const from = (p.page - 1) * p.pageSize + 1;
  const range = p.items.length === 0 ? '0' : `${from}-${from + p.items.length - 1}`;
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${range} dari ${p.total} UMKM\n`;
}

export const umkmCommands: CommandSpec[] = [
  {
    name: 'umkm add',
    usage: "umkm add [--data JSON]          daftarkan UMKM (JSON dari --data atau stdin)",
    request: async (_rest, values, io) => ({ channel: 'umkm:create', payload: await jsonObject(values, io) }),
    text: umkmText,
  },
  {
    name: 'umkm list',
    usage: 'umkm list [--search T] [--kecamatan K] [--kelurahan L] [--sector S] [--class C] [--status S] [--page N] [--page-size N]',
    request: async (_rest, values) => ({
      channel: 'umkm:list',
      payload: {
        search: values.search,
        kecamatan: values.kecamatan,
        kelurahan: values.kelurahan,
        sector: values.sector,
        class: values.class,
        status: values.status,
        page: intOption(values, 'page'),
        pageSize: intOption(values, 'page-size'),
      },
    }),
    text: listText,
  },
  {
    name: 'umkm show',
    positionals: 1,
    usage: 'umkm show ID                    tampilkan satu UMKM',
    request: async (rest) => ({ channel: 'umkm:get', payload: { id: requireId(rest) } }),
    text: umkmText,
  },
  {
    name: 'umkm update',
    positionals: 1,
    usage: 'umkm update ID [--data JSON]    ubah isian yang disebut saja',
    request: async (rest, values, io) => ({ channel: 'umkm:update', payload: { id: requireId(rest), changes: await jsonObject(values, io) } }),
    text: umkmText,
  },
  {
    name: 'umkm delete',
    positionals: 1,
    usage: 'umkm delete ID                  hapus UMKM dari registri',
    request: async (rest) => ({ channel: 'umkm:delete', payload: { id: requireId(rest) } }),
    text: (v: { id: number }) => `UMKM ${v.id} dihapus.\n`,
  },
];
