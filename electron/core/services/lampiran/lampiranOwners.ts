import { IsNull, type EntityManager, type EntitySchema } from 'typeorm';
import { LAMPIRAN_OWNERS, type LampiranOwner } from '../../../../shared/domain/lampiran';
import { LampiranEntity } from '../../db/entities/lampiran';
import { BantuanEntity } from '../../db/entities/bantuan';
import { KegiatanEntity } from '../../db/entities/kegiatan';
import { KemitraanEntity } from '../../db/entities/kemitraan';
import { KomunitasEntity } from '../../db/entities/komunitas';
import { MitraEntity } from '../../db/entities/mitra';
import { MonevKunjunganEntity } from '../../db/entities/monev';
import { SertifikatEntity } from '../../db/entities/sertifikat';
import { UmkmEntity } from '../../db/entities/umkm';

type Owned = EntitySchema<{ id: number; deletedAt: string | null }>;

/** The table of each kind of record an attachment can belong to. */
const OWNER_ENTITIES: Record<LampiranOwner, Owned> = {
  umkm: UmkmEntity as unknown as Owned,
  sertifikat: SertifikatEntity as unknown as Owned,
  bantuan: BantuanEntity as unknown as Owned,
  kegiatan: KegiatanEntity as unknown as Owned,
  kemitraan: KemitraanEntity as unknown as Owned,
  monev_kunjungan: MonevKunjunganEntity as unknown as Owned,
  mitra: MitraEntity as unknown as Owned,
  komunitas: KomunitasEntity as unknown as Owned,
};

/** Whether the record is there and not in the recycle bin: attachments go only on live records. */
export async function ownerIsLive(em: EntityManager, owner: LampiranOwner, id: number): Promise<boolean> {
  return (await em.count(OWNER_ENTITIES[owner], { where: { id, deletedAt: IsNull() } })) > 0;
}

/**
 * A record purged for good takes its attachments' rows with it (there is no foreign key to do it:
 * an attachment's owner may be any table); answers how many. Their bytes stay in the store, which
 * keeps a content once for every row naming it.
 */
export async function purgeAttachmentsOf(em: EntityManager, kind: string, id: number): Promise<number> {
  if (!(LAMPIRAN_OWNERS as readonly string[]).includes(kind)) return 0;
  const r = await em.delete(LampiranEntity, { ownerKind: kind as LampiranOwner, ownerId: id });
  return r.affected ?? 0;
}
