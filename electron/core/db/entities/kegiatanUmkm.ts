import { col, defineEntity, type Row } from './define';

/** A UMKM's attendance mark at a meeting (present or absent). */
export const KegiatanUmkmEntity = defineEntity('KegiatanUmkm', 'kegiatan_umkm', {
  kegiatanId: col.int({ name: 'kegiatan_id', primary: true }),
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  hadir: col.flag(),
});
export type KegiatanUmkmRow = Row<typeof KegiatanUmkmEntity>;
