import type { SeedDemoResult, Stats } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec } from '../commands';
import { intOption } from './args';

const t = messages.cli.app;

export const seedDemoCommand: CommandSpec = {
  name: 'seed-demo',
  usage: t.usage.seedDemo,
  request: async (_rest, values) => ({ channel: 'demo:seed', payload: { umkm: intOption(values, 'umkm') ?? 60 } }),
  text: (v: SeedDemoResult) =>
    v.komunitas + v.mitra + v.kegiatan + v.kemitraan > 0
      ? `${fill(t.seeded, { umkm: v.umkm, komunitas: v.komunitas, mitra: v.mitra, kegiatan: v.kegiatan, kemitraan: v.kemitraan })}\n`
      : `${fill(t.seededUmkm, { umkm: v.umkm })}\n`,
};

export const statsCommand: CommandSpec = {
  name: 'stats',
  usage: t.usage.stats,
  request: async () => ({ channel: 'stats:summary', payload: {} }),
  text: (s: Stats) =>
    [
      fill(t.umkmCount, { n: s.umkm }),
      ...Object.entries(s.byClass).map(([c, n]) => `  ${messages.enums.class[c as keyof typeof messages.enums.class]}: ${n}`),
      t.byKecamatan,
      ...Object.entries(s.byKecamatan).map(([k, n]) => `  ${k}: ${n}`),
      fill(t.komunitasCount, { n: s.komunitas }),
      fill(t.mitraCount, { n: s.mitra }),
      t.kemitraanByStatus,
      ...Object.entries(s.kemitraan).map(([st, n]) => `  ${messages.kemitraanEnums.status[st as keyof typeof messages.kemitraanEnums.status]}: ${n}`),
      '',
    ].join('\n'),
};
