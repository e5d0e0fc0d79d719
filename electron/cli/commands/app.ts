import type { SeedDemoResult, Stats } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import type { CommandSpec } from '../commands';
import { intOption } from './args';

export const seedDemoCommand: CommandSpec = {
  name: 'seed-demo',
  usage: 'seed-demo [--umkm N]            data contoh (60 UMKM, komunitas, mitra, temu kemitraan) ke basis data kosong',
  request: async (_rest, values) => ({ channel: 'demo:seed', payload: { umkm: intOption(values, 'umkm') ?? 60 } }),
  text: (v: SeedDemoResult) =>
    v.komunitas + v.mitra + v.kegiatan + v.kemitraan > 0
      ? `Data contoh dimuat: ${v.umkm} UMKM, ${v.komunitas} komunitas, ${v.mitra} mitra, ${v.kegiatan} kegiatan, ${v.kemitraan} kemitraan.\n`
      : `Data contoh dimuat: ${v.umkm} UMKM.\n`,
};

export const statsCommand: CommandSpec = {
  name: 'stats',
  usage: 'stats                           jumlah UMKM per kelas dan kecamatan, komunitas, mitra, kemitraan',
  request: async () => ({ channel: 'stats:summary', payload: {} }),
  text: (s: Stats) =>
    [
      `Jumlah UMKM: ${s.umkm}`,
      ...Object.entries(s.byClass).map(([c, n]) => `  ${messages.enums.class[c as keyof typeof messages.enums.class]}: ${n}`),
      'Per kecamatan:',
      ...Object.entries(s.byKecamatan).map(([k, n]) => `  ${k}: ${n}`),
      `Jumlah komunitas: ${s.komunitas}`,
      `Jumlah mitra: ${s.mitra}`,
      'Kemitraan per status:',
      ...Object.entries(s.kemitraan).map(([st, n]) => `  ${messages.kemitraanEnums.status[st as keyof typeof messages.kemitraanEnums.status]}: ${n}`),
      '',
    ].join('\n'),
};
