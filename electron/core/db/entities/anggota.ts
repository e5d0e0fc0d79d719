import { col, defineEntity, type Row } from './define';

/** A UMKM's membership of a community. */
export const AnggotaEntity = defineEntity('KomunitasAnggota', 'komunitas_anggota', {
  komunitasId: col.int({ name: 'komunitas_id', primary: true }),
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  joinedAt: col.instant({ name: 'joined_at' }),
});
export type AnggotaRow = Row<typeof AnggotaEntity>;
