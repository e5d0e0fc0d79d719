import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** A community of UMKM; its leader is a member UMKM or a named contact. */
export const KomunitasEntity = defineEntity('Komunitas', 'komunitas', {
  id: col.id(),
  name: col.text(),
  kecamatan: col.nullable(col.text({ length: 8 })),
  leaderUmkmId: col.nullable(col.int({ name: 'leader_umkm_id' })),
  leaderName: col.nullable(col.text({ name: 'leader_name' })),
  phone: col.nullable(col.text()),
  notes: col.nullable(col.longText()),
  ...timestamps,
  ...versioned,
});
export type KomunitasRow = Row<typeof KomunitasEntity>;
