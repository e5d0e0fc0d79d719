/**
 * The records with a list, a page and a form. Each name is both its route (#/umkm/12/ubah) and its
 * channels' prefix (umkm:get, umkm:update, umkm:delete), so pages derive both from it.
 */
export type Entity = 'umkm' | 'komunitas' | 'mitra' | 'kemitraan' | 'kegiatan';

export const paths = {
  list: (e: Entity) => `/${e}`,
  create: (e: Entity) => `/${e}/baru`,
  record: (e: Entity, id: number) => `/${e}/${id}`,
  edit: (e: Entity, id: number) => `/${e}/${id}/ubah`,
};
