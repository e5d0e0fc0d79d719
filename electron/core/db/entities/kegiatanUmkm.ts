import { col, defineEntity, type Row } from './define';

/** A UMKM taking part in an activity, with its attendance (present or absent) and certificate number. */
export const KegiatanUmkmEntity = defineEntity('KegiatanUmkm', 'kegiatan_umkm', {
  kegiatanId: col.int({ name: 'kegiatan_id', primary: true }),
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  /** Present on at least one day (issue 15); for a meeting, its one mark. */
  hadir: col.flag(),
  certificateNumber: col.nullable(col.text({ name: 'certificate_number' })),
});
export type KegiatanUmkmRow = Row<typeof KegiatanUmkmEntity>;
