import { col, defineEntity, type Row } from './define';

/** A community invited to a meeting: its members are the UMKM expected there. */
export const KegiatanKomunitasEntity = defineEntity('KegiatanKomunitas', 'kegiatan_komunitas', {
  kegiatanId: col.int({ name: 'kegiatan_id', primary: true }),
  komunitasId: col.int({ name: 'komunitas_id', primary: true }),
});
export type KegiatanKomunitasRow = Row<typeof KegiatanKomunitasEntity>;
