import { Brackets, In, Not, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { dateIssues, type AttendanceInput, type Kegiatan, type KegiatanChanges, type KegiatanData, type KegiatanFigures, type KegiatanListItem, type KegiatanListQuery } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { AnggotaEntity, KegiatanEntity, KegiatanKomunitasEntity, KegiatanMitraEntity, KegiatanUmkmEntity, KemitraanEntity, KomunitasEntity, MitraEntity, UmkmEntity, type KegiatanRow } from '../db/entities';
import type { MitraService } from './mitraService';
import type { Edits } from './edits';
import { asColumns, findLive, fromColumns, insertRows, joinTarget, linkedIds, linkedTo, memberCounts, umkmListItems } from './partnershipQueries';
import { likeSubstring, missingIds, nowIso, throwIfAny, unknownIdsMessage } from './queryHelpers';
import { dropMarksOutside, participantCounts } from './kegiatanPesertaQueries';

const INVITED_KOMUNITAS = { owner: 'kegiatanId', linked: 'komunitasId' } as const;
const INVITED_MITRA = { owner: 'kegiatanId', linked: 'mitraId' } as const;

/** Agreements proposed at a meeting count as signed once active or completed. */
const SIGNED = ['aktif', 'selesai'];
const LABEL = messages.kemitraanEntity.kegiatan;
const NO_FIGURES: KegiatanFigures = { komunitasInvited: 0, komunitasPresent: 0, umkmExpected: 0, umkmPresent: 0, partnersInvited: 0, partnersPresent: 0, agreementsProposed: 0, agreementsSigned: 0 };
type KegiatanListFilter = NonNullable<z.output<typeof KegiatanListQuery>>;

/** Hears of the agreements a deleted meeting leaves without their link (to record each in the trail). */
export type UnlinkedListener = (meeting: { id: number; name: string }, agreements: Array<{ id: number; number: string }>) => Promise<void>;

export class KegiatanService {
  constructor(
    private readonly em: EntityManager,
    private readonly mitra: MitraService,
    private readonly edits: Edits,
  ) {}

  /**
   * Activities as filtered, latest first: a kind, those held on some day within [from, to], a
   * name or place. A meeting's figures are its own; another kind's are its participants.
   */
  async list(q: KegiatanListFilter = {}): Promise<KegiatanListItem[]> {
    const qb = this.em.createQueryBuilder(KegiatanEntity, 'k').where('k.deletedAt IS NULL');
    if (q.kind) qb.andWhere('k.kind = :kind', { kind: q.kind });
    if (q.from) qb.andWhere('COALESCE(k.endDate, k.date) >= :from', { from: q.from });
    if (q.to) qb.andWhere('k.date <= :to', { to: q.to });
    if (q.search) qb.andWhere(`(LOWER(k.name) LIKE LOWER(:like) ESCAPE '\\' OR LOWER(k.venue) LIKE LOWER(:like) ESCAPE '\\')`, { like: likeSubstring(q.search) });
    const rows = await qb.orderBy('k.date', 'DESC').addOrderBy('k.id', 'DESC').getMany();
    const counts = await participantCounts(
      this.em,
      rows.filter((r) => r.kind !== 'temu_kemitraan').map((r) => r.id),
    );
    const items: KegiatanListItem[] = [];
    for (const r of rows) {
      const c = counts.get(r.id) ?? { participants: 0, present: 0 };
      const figures = r.kind === 'temu_kemitraan' ? (await this.build(r)).figures : { ...NO_FIGURES, umkmExpected: c.participants, umkmPresent: c.present };
      const participants = r.kind === 'temu_kemitraan' ? figures.umkmExpected : c.participants;
      const participantsPresent = r.kind === 'temu_kemitraan' ? figures.umkmPresent : c.present;
      items.push({ id: r.id, kind: r.kind, name: r.name, theme: r.theme, date: r.date, endDate: r.endDate, venue: r.venue, quota: r.quota, fundSource: r.fundSource, budget: r.budget, figures, participants, participantsPresent });
    }
    return items;
  }

  async get(id: number): Promise<Kegiatan> {
    return this.build(await this.findRow(id));
  }

  async create(data: KegiatanData): Promise<Kegiatan> {
    const { komunitasIds: _k, mitraIds: _m, ...fields } = data;
    await this.checkInvited(data);
    const now = nowIso();
    const { identifiers } = await this.em.insert(KegiatanEntity, { ...fields, createdAt: now, ...this.edits.stamp(now) });
    const id = Number(identifiers[0]!.id);
    await this.invite(id, data);
    return this.get(id);
  }

  /**
   * Merges the changed fields over the stored meeting. komunitasIds / mitraIds, when given, are
   * the new invitation lists: a partner that stays invited keeps its attendance mark. On the
   * `version` the clerk's form opened, when given (Edits: refused once changed since).
   */
  async update(id: number, changes: KegiatanChanges, version?: number): Promise<Kegiatan> {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, updatedBy: _b, ...stored } = await this.edits.live(KegiatanEntity, id, version, LABEL);
    // A meeting's invitations and marks and another kind's participants do not convert into each other.
    if (changes.kind !== undefined && (changes.kind === 'temu_kemitraan') !== (stored.kind === 'temu_kemitraan')) throwIfAny({ kind: messages.kegiatanRules.kindFixed });
    const data: KegiatanData = {
      ...fromColumns(stored),
      komunitasIds: await linkedIds(this.em, KomunitasEntity, KegiatanKomunitasEntity, INVITED_KOMUNITAS, id),
      mitraIds: await linkedIds(this.em, MitraEntity, KegiatanMitraEntity, INVITED_MITRA, id),
      ...changes,
    };
    await this.checkInvited(data);
    throwIfAny(Object.fromEntries(dateIssues(data).map((i) => [i.path, i.message])));
    const { komunitasIds, mitraIds, ...fields } = data;
    await this.edits.write(KegiatanEntity, id, asColumns(fields), version, LABEL, nowIso());
    // Marks of days no longer the activity's go, and each UMKM's presence follows what is left.
    if (data.date !== stored.date || (data.endDate ?? null) !== (stored.endDate ?? null)) await dropMarksOutside(this.em, id, data.kind, data.date, data.endDate ?? null);
    if (changes.komunitasIds !== undefined) {
      await this.em.delete(KegiatanKomunitasEntity, { kegiatanId: id, ...(komunitasIds.length ? { komunitasId: Not(In(komunitasIds)) } : {}) });
    }
    if (changes.mitraIds !== undefined) {
      await this.em.delete(KegiatanMitraEntity, { kegiatanId: id, ...(mitraIds.length ? { mitraId: Not(In(mitraIds)) } : {}) });
    }
    await this.invite(id, data);
    return this.get(id);
  }

  /**
   * Soft delete; the agreements that came from the meeting stay, no longer linked to it (those in
   * the recycle bin too). `unlinked` hears of each, to record it in the audit trail. On `version`,
   * as update.
   */
  async remove(id: number, unlinked?: UnlinkedListener, version?: number): Promise<{ id: number }> {
    const meeting = await this.edits.live(KegiatanEntity, id, version, LABEL);
    const now = nowIso();
    const linked = await this.em.find(KemitraanEntity, { select: { id: true, number: true }, where: { kegiatanId: id }, order: { id: 'ASC' } });
    await this.em.update(KemitraanEntity, { kegiatanId: id }, { kegiatanId: null, ...this.edits.stamp(now) });
    if (linked.length > 0) await unlinked?.({ id, name: meeting.name }, linked);
    await this.edits.write(KegiatanEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  /** Marks UMKM and partners present or absent; one not invited joins the meeting by its mark. */
  async setAttendance(q: z.output<typeof AttendanceInput>): Promise<Kegiatan> {
    // Another kind marks its participants per day (kegiatan:attend), which sets their presence.
    if ((await this.findRow(q.id)).kind !== 'temu_kemitraan') throwIfAny({ id: messages.kegiatanRules.marksPerDay });
    const fields: Record<string, string> = {};
    const missingUmkm = await missingIds(
      this.em,
      UmkmEntity,
      q.umkm.map((m) => m.umkmId),
    );
    if (missingUmkm.length) fields.umkm = unknownIdsMessage(messages.entity.umkm, missingUmkm);
    const missingPartners = await missingIds(
      this.em,
      MitraEntity,
      q.partners.map((m) => m.mitraId),
    );
    if (missingPartners.length) fields.partners = unknownIdsMessage(messages.kemitraanEntity.mitra, missingPartners);
    throwIfAny(fields);
    // One mark per UMKM or partner, the last given: a statement may not set one row twice.
    const umkm = new Map(q.umkm.map((m) => [m.umkmId, m.hadir]));
    const partners = new Map(q.partners.map((m) => [m.mitraId, m.hadir]));
    await insertRows(
      this.em,
      KegiatanUmkmEntity,
      [...umkm].map(([umkmId, hadir]) => ({ kegiatanId: q.id, umkmId, hadir })),
      { update: ['hadir'], key: ['kegiatan_id', 'umkm_id'] },
    );
    await insertRows(
      this.em,
      KegiatanMitraEntity,
      [...partners].map(([mitraId, hadir]) => ({ kegiatanId: q.id, mitraId, hadir })),
      { update: ['hadir'], key: ['kegiatan_id', 'mitra_id'] },
    );
    await this.edits.write(KegiatanEntity, q.id, {}, undefined, LABEL, nowIso());
    return this.get(q.id);
  }

  private findRow(id: number): Promise<KegiatanRow> {
    return findLive(this.em, KegiatanEntity, id, LABEL);
  }

  private async checkInvited(data: KegiatanData): Promise<void> {
    const fields: Record<string, string> = {};
    const k = await missingIds(this.em, KomunitasEntity, data.komunitasIds);
    if (k.length) fields.komunitasIds = unknownIdsMessage(messages.kemitraanEntity.komunitas, k);
    const p = await missingIds(this.em, MitraEntity, data.mitraIds);
    if (p.length) fields.mitraIds = unknownIdsMessage(messages.kemitraanEntity.mitra, p);
    throwIfAny(fields);
  }

  /** Invites the lists' communities and partners not yet invited (a partner's mark stays). */
  private async invite(kegiatanId: number, data: KegiatanData): Promise<void> {
    await insertRows(
      this.em,
      KegiatanKomunitasEntity,
      [...new Set(data.komunitasIds)].map((komunitasId) => ({ kegiatanId, komunitasId })),
      'ignore',
    );
    await insertRows(
      this.em,
      KegiatanMitraEntity,
      [...new Set(data.mitraIds)].map((mitraId) => ({ kegiatanId, mitraId, hadir: null })),
      'ignore',
    );
  }


  /**
   * The meeting with its communities, UMKM and partners. Deleted communities, UMKM and partners
   * are left out of the lists and the figures.
   */
  private async build(row: KegiatanRow): Promise<Kegiatan> {
    const id = row.id;
    const invited = await linkedTo(this.em, KomunitasEntity, KegiatanKomunitasEntity, INVITED_KOMUNITAS, id).orderBy('t.name').addOrderBy('t.id').getMany();
    const counts = await memberCounts(
      this.em,
      invited.map((c) => c.id),
    );
    const komunitas = invited.map((c) => ({ id: c.id, name: c.name, memberCount: counts.get(c.id) ?? 0 }));

    // Each UMKM's invited communities, in the communities' order.
    const memberships = invited.length ? await this.em.find(AnggotaEntity, { where: { komunitasId: In(invited.map((c) => c.id)) } }) : [];
    const byUmkm = new Map<number, Array<{ id: number; name: string }>>();
    for (const c of invited) {
      for (const m of memberships) if (m.komunitasId === c.id) byUmkm.set(m.umkmId, [...(byUmkm.get(m.umkmId) ?? []), c]);
    }

    // Expected UMKM: members of the invited communities, plus any marked directly.
    const marks = new Map((await this.em.find(KegiatanUmkmEntity, { where: { kegiatanId: id } })).map((m) => [m.umkmId, m.hadir]));
    const expected = await umkmListItems(this.em, (qb) => {
      const members = qb
        .subQuery()
        .select('a.umkmId')
        .from(AnggotaEntity, 'a')
        .innerJoin(joinTarget(KegiatanKomunitasEntity), 'kk', 'kk.komunitasId = a.komunitasId')
        .innerJoin(joinTarget(KomunitasEntity), 'c', 'c.id = kk.komunitasId AND c.deletedAt IS NULL')
        .where('kk.kegiatanId = :kegiatanId', { kegiatanId: id });
      const marked = qb.subQuery().select('ku.umkmId').from(KegiatanUmkmEntity, 'ku').where('ku.kegiatanId = :kegiatanId');
      return qb.andWhere(new Brackets((b) => b.where(`u.id IN ${members.getQuery()}`).orWhere(`u.id IN ${marked.getQuery()}`)));
    });
    const umkm = expected.map((u) => ({ ...u, hadir: marks.get(u.id) ?? null, komunitasNames: (byUmkm.get(u.id) ?? []).map((c) => c.name) }));

    const partnerRows = await linkedTo(this.em, MitraEntity, KegiatanMitraEntity, INVITED_MITRA, id).orderBy('t.name').addOrderBy('t.id').getMany();
    const partnerMarks = new Map((await this.em.find(KegiatanMitraEntity, { where: { kegiatanId: id } })).map((m) => [m.mitraId, m.hadir]));
    const partners = (await this.mitra.toListItems(partnerRows)).map((p) => ({ ...p, hadir: partnerMarks.get(p.id) ?? null }));

    const presentKomunitas = new Set<number>();
    for (const u of umkm) if (u.hadir === true) for (const c of byUmkm.get(u.id) ?? []) presentKomunitas.add(c.id);
    const agreements = await this.em
      .createQueryBuilder(KemitraanEntity, 'k')
      .select('COUNT(*)', 'proposed')
      .addSelect('COALESCE(SUM(CASE WHEN k.status IN (:...signed) THEN 1 ELSE 0 END), 0)', 'signed')
      .where('k.kegiatanId = :id', { id, signed: SIGNED })
      .andWhere('k.deletedAt IS NULL')
      .getRawOne<{ proposed: number | string; signed: number | string }>();
    const figures: KegiatanFigures = {
      komunitasInvited: komunitas.length,
      komunitasPresent: presentKomunitas.size,
      umkmExpected: umkm.length,
      umkmPresent: umkm.filter((u) => u.hadir === true).length,
      partnersInvited: partners.length,
      partnersPresent: partners.filter((p) => p.hadir === true).length,
      agreementsProposed: Number(agreements?.proposed ?? 0),
      agreementsSigned: Number(agreements?.signed ?? 0),
    };
    const { deletedAt: _d, ...fields } = row;
    return { ...fields, komunitas, umkm, partners, figures };
  }
}
