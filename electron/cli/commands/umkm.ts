import { SEARCH_COUNT_LIMIT, type Umkm, type UmkmPage } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatDate } from '../../../shared/format/date';
import type { CommandSpec } from '../commands';
import { intOption, jsonObject, requireId } from './args';
import { pageSummary } from './partnershipText';

const f = messages.fields;
const t = messages.cli.umkm;

function umkmText(u: Umkm): string {
  const rows: Array<[string, string]> = [
    [messages.cli.text.idLabel, String(u.id)],
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

/** A search's total that is only a lower bound reads as the screen says it ("lebih dari 1000"). */
function totalText(p: UmkmPage): string | number {
  if (!p.totalAtLeast) return p.total;
  const more = p.total > SEARCH_COUNT_LIMIT;
  return fill(more ? messages.registry.pagerMore : messages.registry.pagerAtLeast, { n: more ? SEARCH_COUNT_LIMIT : p.total });
}

function listText(p: UmkmPage): string {
  const lines = p.items.map(
    (u) => `${String(u.id).padStart(7)}  ${u.businessName.slice(0, 36).padEnd(36)}  ${u.ownerName.slice(0, 24).padEnd(24)}  ${u.kecamatanName.padEnd(18)}  ${u.class}`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, t.listWhat, totalText(p))}`;
}

export const umkmCommands: CommandSpec[] = [
  {
    name: 'umkm add',
    usage: t.usage.add,
    request: async (_rest, values, io) => ({ channel: 'umkm:create', payload: await jsonObject(values, io) }),
    text: umkmText,
  },
  {
    name: 'umkm list',
    usage: t.usage.list,
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
    usage: t.usage.show,
    request: async (rest) => ({ channel: 'umkm:get', payload: { id: requireId(rest) } }),
    text: umkmText,
  },
  {
    name: 'umkm update',
    positionals: 1,
    usage: t.usage.update,
    request: async (rest, values, io) => ({ channel: 'umkm:update', payload: { id: requireId(rest), changes: await jsonObject(values, io) } }),
    text: umkmText,
  },
  {
    name: 'umkm delete',
    positionals: 1,
    usage: t.usage.delete,
    request: async (rest) => ({ channel: 'umkm:delete', payload: { id: requireId(rest) } }),
    text: (v: { id: number }) => `${fill(t.deleted, { id: v.id })}\n`,
  },
];
