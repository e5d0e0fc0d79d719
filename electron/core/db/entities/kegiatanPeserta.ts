import { col, defineEntity, type Row } from './define';

/** A walk-in person at an activity (issue 15): not (yet) matched to a UMKM of the registry. */
export const KegiatanPesertaEntity = defineEntity('KegiatanPeserta', 'kegiatan_peserta', {
  id: col.id(),
  kegiatanId: col.int({ name: 'kegiatan_id' }),
  nik: col.nullable(col.text({ length: 16 })),
  name: col.text(),
  phone: col.nullable(col.text()),
  businessName: col.nullable(col.text({ name: 'business_name' })),
  /** The UMKM this person turned out to be (matched by NIK or by a clerk). */
  umkmId: col.nullable(col.int({ name: 'umkm_id' })),
  certificateNumber: col.nullable(col.text({ name: 'certificate_number' })),
  createdAt: col.instant({ name: 'created_at' }),
  updatedAt: col.instant({ name: 'updated_at' }),
});
export type KegiatanPesertaRow = Row<typeof KegiatanPesertaEntity>;
