import { In, IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Komunitas, KomunitasChanges, KomunitasData, KomunitasListItem, KomunitasListQuery, MembershipInput } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { fill, messages } from '../../../shared/i18n';
import { AnggotaEntity, KomunitasEntity, UmkmEntity, type KomunitasRow } from '../db/entities';
import { AppError } from '../errors';
import type { Edits } from './edits';
import { asColumns, findLive, fromColumns, insertRows, joinTarget, linkedIds, memberCounts, openAgreements, umkmListItems, whereLiveNamed } from './partnershipQueries';
import { missingIds, nowIso, throwIfAny, unknownIdsMessage } from './queryHelpers';

const k = messages.kemitraanValidation;
type Membership = z.output<typeof MembershipInput>;
const MEMBERS = { owner: 'komunitasId', linked: 'umkmId' } as const;
const LABEL = messages.kemitraanEntity.komunitas;

export class KomunitasService {
  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
  ) {}

  async list(q: z.output<typeof KomunitasListQuery>): Promise<KomunitasListItem[]> {
    const qb = whereLiveNamed(this.em.createQueryBuilder(KomunitasEntity, 'c'), 'c', q.search);
    if (q.kecamatan) qb.andWhere('c.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.umkmId !== undefined) {
      const ofUmkm = qb.subQuery().select('a.komunitasId').from(AnggotaEntity, 'a').where('a.umkmId = :umkmId', { umkmId: q.umkmId });
      qb.andWhere(`c.id IN ${ofUmkm.getQuery()}`);
    }
    const rows = await qb.orderBy('c.name').addOrderBy('c.id').getMany();
    const leaders = await this.leaderNames(rows);
    const counts = await memberCounts(
      this.em,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kecamatan: r.kecamatan,
      kecamatanName: r.kecamatan ? kecamatanName(r.kecamatan) : null,
      leaderName: leaders.get(r.id) ?? null,
      memberCount: counts.get(r.id) ?? 0,
    }));
  }

  async get(id: number): Promise<Komunitas> {
    const row = await this.findRow(id);
    const members = await umkmListItems(this.em, (qb) => qb.innerJoin(joinTarget(AnggotaEntity), 'a', 'a.umkmId = u.id AND a.komunitasId = :komunitasId', { komunitasId: id }));
    const { deletedAt: _d, ...rest } = row;
    return {
      ...rest,
      kecamatanName: row.kecamatan ? kecamatanName(row.kecamatan) : null,
      leaderName: (await this.leaderNames([row])).get(id) ?? null,
      members,
    };
  }

  async create(data: KomunitasData): Promise<Komunitas> {
    const { memberIds: given, ...fields } = data;
    const memberIds = [...new Set(given)];
    await this.checkMembers(data.leaderUmkmId, memberIds);
    const now = nowIso();
    const { identifiers } = await this.em.insert(KomunitasEntity, { ...fields, createdAt: now, ...this.edits.stamp(now) });
    const id = Number(identifiers[0]!.id);
    await this.insertMembers(id, memberIds, now);
    return this.get(id);
  }

  /**
   * Merges the changed fields over the stored community; memberIds, when given, is the new member
   * list. On the `version` the clerk's form opened, when given (Edits: refused once changed since).
   */
  async update(id: number, changes: KomunitasChanges, version?: number): Promise<Komunitas> {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, updatedBy: _b, ...stored } = await this.edits.live(KomunitasEntity, id, version, LABEL);
    const current = await this.memberIds(id);
    const { memberIds: given, ...fields } = { ...fromColumns(stored), memberIds: current, ...changes } satisfies KomunitasData;
    const memberIds = [...new Set(given)];
    await this.checkMembers(fields.leaderUmkmId, memberIds);
    const now = nowIso();
    await this.edits.write(KomunitasEntity, id, asColumns(fields), version, LABEL, now);
    if (changes.memberIds !== undefined) {
      const keep = new Set(memberIds);
      await this.deleteMembers(
        id,
        current.filter((m) => !keep.has(m)),
      );
      await this.insertMembers(id, memberIds, now);
    }
    return this.get(id);
  }

  /** Soft delete; refused while the community is party to a proposed or active agreement. */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    await this.edits.live(KomunitasEntity, id, version, LABEL);
    const n = await openAgreements(this.em, { komunitasId: id });
    if (n > 0) throw new AppError('CONFLICT', fill(k.komunitasHasAgreements, { n }));
    const now = nowIso();
    await this.edits.write(KomunitasEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  async addMembers(q: Membership): Promise<Komunitas> {
    await this.findRow(q.id);
    const ids = [...new Set(q.umkmIds)];
    const missing = await missingIds(this.em, UmkmEntity, ids);
    throwIfAny(missing.length ? { umkmIds: unknownIdsMessage(messages.entity.umkm, missing) } : {});
    const now = nowIso();
    await this.insertMembers(q.id, ids, now);
    await this.edits.write(KomunitasEntity, q.id, {}, undefined, LABEL, now);
    return this.get(q.id);
  }

  /**
   * Removes members; their agreements (with the partner directly, or the community's own) stay as
   * they are. A removed leader leaves the community without a leader UMKM.
   */
  async removeMembers(q: Membership): Promise<Komunitas> {
    const row = await this.findRow(q.id);
    const current = new Set(await this.memberIds(q.id));
    const ids = [...new Set(q.umkmIds)];
    const notMembers = ids.filter((i) => !current.has(i));
    throwIfAny(notMembers.length ? { umkmIds: fill(k.notMember, { id: notMembers.join(', ') }) } : {});
    await this.deleteMembers(q.id, ids);
    const leaderLeft = row.leaderUmkmId !== null && ids.includes(row.leaderUmkmId);
    await this.edits.write(KomunitasEntity, q.id, leaderLeft ? { leaderUmkmId: null } : {}, undefined, LABEL, nowIso());
    return this.get(q.id);
  }

  private findRow(id: number): Promise<KomunitasRow> {
    return findLive(this.em, KomunitasEntity, id, LABEL);
  }

  private async checkMembers(leaderUmkmId: number | undefined, memberIds: number[]): Promise<void> {
    const fields: Record<string, string> = {};
    const missing = await missingIds(this.em, UmkmEntity, memberIds);
    if (missing.length) fields.memberIds = unknownIdsMessage(messages.entity.umkm, missing);
    if (leaderUmkmId !== undefined && !memberIds.includes(leaderUmkmId)) fields.leaderUmkmId = k.leaderNotMember;
    throwIfAny(fields);
  }

  /**
   * The leader's name follows the leader UMKM's owner while that UMKM is in the registry, so an
   * edit of the owner's name shows here too; otherwise it is the named contact.
   */
  private async leaderNames(rows: KomunitasRow[]): Promise<Map<number, string | null>> {
    const leaderIds = [...new Set(rows.flatMap((r) => (r.leaderUmkmId === null ? [] : [r.leaderUmkmId])))];
    const owners = leaderIds.length
      ? await this.em.find(UmkmEntity, { select: { id: true, ownerName: true }, where: { id: In(leaderIds), deletedAt: IsNull() } })
      : [];
    const ownerOf = new Map(owners.map((u) => [u.id, u.ownerName]));
    return new Map(rows.map((r) => [r.id, (r.leaderUmkmId !== null ? ownerOf.get(r.leaderUmkmId) : undefined) ?? r.leaderName]));
  }

  /** Live members only: rows of deleted UMKM are left alone (the registry keeps them). */
  private memberIds(id: number): Promise<number[]> {
    return linkedIds(this.em, UmkmEntity, AnggotaEntity, MEMBERS, id);
  }

  private insertMembers(komunitasId: number, umkmIds: number[], now: string): Promise<void> {
    return insertRows(
      this.em,
      AnggotaEntity,
      umkmIds.map((umkmId) => ({ komunitasId, umkmId, joinedAt: now })),
      'ignore',
    );
  }

  private async deleteMembers(komunitasId: number, umkmIds: number[]): Promise<void> {
    if (umkmIds.length > 0) await this.em.delete(AnggotaEntity, { komunitasId, umkmId: In(umkmIds) });
  }
}
