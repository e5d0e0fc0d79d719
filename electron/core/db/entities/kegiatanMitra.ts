import { col, defineEntity, type Row } from './define';

/** A partner invited to (or marked at) a meeting; hadir null: invited, not yet marked. */
export const KegiatanMitraEntity = defineEntity('KegiatanMitra', 'kegiatan_mitra', {
  kegiatanId: col.int({ name: 'kegiatan_id', primary: true }),
  mitraId: col.int({ name: 'mitra_id', primary: true }),
  hadir: col.nullable(col.flag()),
});
export type KegiatanMitraRow = Row<typeof KegiatanMitraEntity>;
