import { In, IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  AddParticipantsInput,
  AttendDayInput,
  KegiatanParticipants,
  Participant,
  ParticipantRef,
  RemoveParticipantInput,
  UmkmKegiatanItem,
  UpdateParticipantInput,
  WalkInFields,
} from '../../../shared/contract';
import { activityDays, dayCount, overQuota, type AttendanceStatus } from '../../../shared/domain/kegiatan';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { KegiatanEntity, KegiatanKehadiranEntity, KegiatanPesertaEntity, KegiatanUmkmEntity, UmkmEntity, type KegiatanRow } from '../db/entities';
import type { Edits } from './edits';
import { syncPresence } from './kegiatanPesertaQueries';
import { findLive, insertRows, joinTarget } from './partnershipQueries';
import { missingIds, nowIso, throwIfAny, unknownIdsMessage } from './queryHelpers';

const LABEL = messages.kemitraanEntity.kegiatan;
const r = messages.kegiatanRules;
type WalkIn = z.output<typeof WalkInFields>;
type Changes = z.output<typeof UpdateParticipantInput>['changes'];

/** A walk-in as the import or the form gives it, with the row it came from (for a refusal's field). */
export interface WalkInAt extends WalkIn {
  field: string;
}

/**
 * The participants of an activity other than the meeting: UMKM of the registry (kegiatan_umkm,
 * whose `hadir` is "present on at least one day") and walk-in persons (kegiatan_peserta), with a
 * mark per day and a certificate number each. A walk-in whose NIK is an active UMKM's owner joins
 * as that UMKM; one registered later is matched by a clerk. Every change stamps the activity (its
 * version and last editor), so the trail records it as the activity's update.
 */
export class KegiatanPesertaService {
  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
  ) {}

  async participants(id: number): Promise<KegiatanParticipants> {
    const k = await this.activity(id);
    const days = activityDays(k.date, k.endDate);
    const umkm: Array<{ id: number; businessName: string; ownerName: string; nik: string; phone: string | null; cert: string | null }> = await this.em
      .createQueryBuilder(KegiatanUmkmEntity, 'ku')
      .innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = ku.umkmId AND u.deletedAt IS NULL')
      .select('u.id', 'id')
      .addSelect('u.businessName', 'businessName')
      .addSelect('u.ownerName', 'ownerName')
      .addSelect('u.nik', 'nik')
      .addSelect('u.phone', 'phone')
      .addSelect('ku.certificateNumber', 'cert')
      .where('ku.kegiatanId = :id', { id })
      .getRawMany();
    const walkIns = await this.em.find(KegiatanPesertaEntity, { where: { kegiatanId: id } });
    const matched = await this.names(walkIns.map((p) => p.umkmId).filter((x): x is number => x !== null));
    const marks = await this.em.find(KegiatanKehadiranEntity, { where: { kegiatanId: id } });
    const byKey = new Map<string, Record<string, AttendanceStatus>>();
    for (const m of marks) {
      const key = m.umkmId !== null ? `u${m.umkmId}` : `p${m.pesertaId}`;
      byKey.set(key, { ...byKey.get(key), [m.day]: m.status });
    }
    const withMarks = (p: Omit<Participant, 'attendance' | 'presentDays'>): Participant => {
      const attendance = byKey.get(p.key) ?? {};
      return { ...p, attendance, presentDays: Object.values(attendance).filter((s) => s === 'hadir').length };
    };
    const participants = [
      ...umkm.map((u) =>
        withMarks({ key: `u${u.id}`, kind: 'umkm', umkmId: Number(u.id), pesertaId: null, name: u.ownerName, businessName: u.businessName, nik: u.nik, phone: u.phone, certificateNumber: u.cert, matchedName: null }),
      ),
      ...walkIns.map((p) =>
        withMarks({
          key: `p${p.id}`,
          kind: 'walkin',
          umkmId: p.umkmId,
          pesertaId: p.id,
          name: p.name,
          businessName: p.businessName,
          nik: p.nik,
          phone: p.phone,
          certificateNumber: p.certificateNumber,
          matchedName: p.umkmId !== null ? (matched.get(p.umkmId) ?? null) : null,
        }),
      ),
    ].sort((a, b) => a.name.localeCompare(b.name, 'id') || a.key.localeCompare(b.key));
    return {
      kegiatanId: id,
      kind: k.kind,
      days,
      quota: k.quota,
      participants,
      present: participants.filter((p) => p.presentDays > 0).length,
      overQuota: overQuota(participants.length, k.quota),
    };
  }

  /** UMKM of the registry and walk-ins join; none that is already a participant. */
  async add(q: z.output<typeof AddParticipantsInput>): Promise<KegiatanParticipants> {
    const k = await this.activity(q.id, true);
    await this.addParticipants(
      k,
      q.umkmIds.map((umkmId, i) => ({ umkmId, field: `umkmIds.${i}` })),
      q.walkIns.map((w, i) => ({ ...w, field: `walkIns.${i}` })),
    );
    await this.stamp(k.id);
    return this.participants(k.id);
  }

  /**
   * Adds UMKM (with a certificate number when given) and walk-ins in a few statements; refused as a
   * whole, each problem at its field, when one is already a participant, unknown, or a NIK repeats.
   * A walk-in whose NIK is an active UMKM's joins as that UMKM. Returns the participants made.
   */
  async addParticipants(k: KegiatanRow, umkm: Array<{ umkmId: number; field: string; certificateNumber?: string }>, walkIns: WalkInAt[]): Promise<{ umkmIds: number[]; pesertaIds: number[] }> {
    const fields: Record<string, string> = {};
    const byNik = await this.activeUmkmByNik(walkIns.map((w) => w.nik).filter((n): n is string => !!n));
    const asUmkm = [...umkm];
    const plain: WalkInAt[] = [];
    for (const w of walkIns) {
      const u = w.nik ? byNik.get(w.nik) : undefined;
      if (u !== undefined) asUmkm.push({ umkmId: u, field: w.field, certificateNumber: w.certificateNumber });
      else plain.push(w);
    }
    const missing = new Set(
      await missingIds(
        this.em,
        UmkmEntity,
        asUmkm.map((u) => u.umkmId),
      ),
    );
    const taken = await this.takenUmkm(k.id);
    const seenUmkm = new Set<number>();
    const names = await this.names(asUmkm.map((u) => u.umkmId));
    for (const u of asUmkm) {
      if (missing.has(u.umkmId)) fields[u.field] = unknownIdsMessage(messages.entity.umkm, [u.umkmId]);
      else if (taken.has(u.umkmId) || seenUmkm.has(u.umkmId)) fields[u.field] = fill(r.alreadyParticipant, { name: names.get(u.umkmId) ?? String(u.umkmId) });
      seenUmkm.add(u.umkmId);
    }
    const niks = new Map((await this.em.find(KegiatanPesertaEntity, { where: { kegiatanId: k.id } })).filter((p) => p.nik).map((p) => [p.nik!, p.name]));
    for (const w of plain) {
      if (!w.nik) continue;
      const holder = niks.get(w.nik);
      if (holder !== undefined) fields[w.field] = fill(r.nikTwice, { nik: w.nik, name: holder });
      niks.set(w.nik, w.name);
    }
    throwIfAny(fields);
    const now = nowIso();
    await insertRows(
      this.em,
      KegiatanUmkmEntity,
      asUmkm.map((u) => ({ kegiatanId: k.id, umkmId: u.umkmId, hadir: false, certificateNumber: u.certificateNumber ?? null })),
    );
    const pesertaIds: number[] = [];
    for (let i = 0; i < plain.length; i += 200) {
      const chunk = plain.slice(i, i + 200).map((w) => ({
        kegiatanId: k.id,
        nik: w.nik ?? null,
        name: w.name,
        phone: w.phone ?? null,
        businessName: w.businessName ?? null,
        umkmId: null,
        certificateNumber: w.certificateNumber ?? null,
        createdAt: now,
        updatedAt: now,
      }));
      const { identifiers } = await this.em.insert(KegiatanPesertaEntity, chunk);
      pesertaIds.push(...identifiers.map((x) => Number(x.id)));
    }
    return { umkmIds: asUmkm.map((u) => u.umkmId), pesertaIds };
  }

  /** A UMKM participant's certificate number; a walk-in's data, certificate number and match to a UMKM. */
  async update(q: z.output<typeof UpdateParticipantInput>): Promise<KegiatanParticipants> {
    const k = await this.activity(q.id, true);
    await this.updateOne(k, q, q.changes);
    await this.stamp(k.id);
    return this.participants(k.id);
  }

  async updateOne(k: KegiatanRow, who: ParticipantRef, changes: Changes): Promise<void> {
    if (who.umkmId !== undefined) {
      await this.requireUmkm(k.id, who.umkmId);
      const { certificateNumber, ...rest } = changes;
      const other = Object.keys(rest).filter((key) => (rest as Record<string, unknown>)[key] !== undefined);
      if (other.length) throwIfAny(Object.fromEntries(other.map((key) => [`changes.${key}`, r.umkmDataElsewhere])));
      if ('certificateNumber' in changes) await this.em.update(KegiatanUmkmEntity, { kegiatanId: k.id, umkmId: who.umkmId }, { certificateNumber: certificateNumber ?? null });
      return;
    }
    const p = await this.requireWalkIn(k.id, who.pesertaId!);
    const fields: Record<string, string> = {};
    if (changes.nik) {
      const holder = await this.em.findOne(KegiatanPesertaEntity, { where: { kegiatanId: k.id, nik: changes.nik } });
      if (holder && holder.id !== p.id) fields['changes.nik'] = fill(r.nikTwice, { nik: changes.nik, name: holder.name });
    }
    if (changes.umkmId) {
      if ((await missingIds(this.em, UmkmEntity, [changes.umkmId])).length) fields['changes.umkmId'] = unknownIdsMessage(messages.entity.umkm, [changes.umkmId]);
      else if (changes.umkmId !== p.umkmId && (await this.takenUmkm(k.id)).has(changes.umkmId)) {
        fields['changes.umkmId'] = fill(r.alreadyParticipant, { name: (await this.names([changes.umkmId])).get(changes.umkmId) ?? '' });
      }
    }
    throwIfAny(fields);
    const set: Record<string, unknown> = { updatedAt: nowIso() };
    for (const key of ['nik', 'name', 'phone', 'businessName', 'certificateNumber', 'umkmId'] as const) if (key in changes) set[key] = changes[key] ?? null;
    await this.em.update(KegiatanPesertaEntity, { id: p.id }, set);
  }

  /** A participant leaves the activity with its marks. */
  async remove(q: z.output<typeof RemoveParticipantInput>): Promise<KegiatanParticipants> {
    const k = await this.activity(q.id, true);
    if (q.umkmId !== undefined) {
      await this.requireUmkm(k.id, q.umkmId);
      await this.em.delete(KegiatanKehadiranEntity, { kegiatanId: k.id, umkmId: q.umkmId });
      await this.em.delete(KegiatanUmkmEntity, { kegiatanId: k.id, umkmId: q.umkmId });
    } else {
      await this.requireWalkIn(k.id, q.pesertaId!);
      await this.em.delete(KegiatanKehadiranEntity, { pesertaId: q.pesertaId });
      await this.em.delete(KegiatanPesertaEntity, { id: q.pesertaId });
    }
    await this.stamp(k.id);
    return this.participants(k.id);
  }

  /** One day's marks; null clears a mark. A UMKM's presence (kegiatan_umkm.hadir) follows its days. */
  async attend(q: z.output<typeof AttendDayInput>): Promise<KegiatanParticipants> {
    const k = await this.activity(q.id, true);
    await this.mark(k, [{ day: q.day, marks: q.marks.map((m, i) => ({ ...m, field: `marks.${i}` })) }]);
    await this.stamp(k.id);
    return this.participants(k.id);
  }

  /** Marks of several days (the import's); refused as a whole when a day or a participant is not the activity's. */
  async mark(k: KegiatanRow, byDay: Array<{ day: string; marks: Array<ParticipantRef & { status: AttendanceStatus | null; field: string }> }>): Promise<number> {
    const days = activityDays(k.date, k.endDate);
    const fields: Record<string, string> = {};
    const umkmIn = await this.takenUmkm(k.id, false);
    const walkIns = new Set((await this.em.find(KegiatanPesertaEntity, { select: { id: true }, where: { kegiatanId: k.id } })).map((p) => p.id));
    for (const { day, marks } of byDay) {
      if (!days.includes(day)) fields.day = fill(r.dayOutside, { day: formatDate(day), from: formatDate(days[0]), to: formatDate(days.at(-1)) });
      for (const m of marks) {
        if (m.umkmId !== undefined ? !umkmIn.has(m.umkmId) : !walkIns.has(m.pesertaId!)) fields[m.field] = r.notParticipant;
      }
    }
    throwIfAny(fields);
    let written = 0;
    const touched = new Set<number>();
    for (const { day, marks } of byDay) {
      // The last mark given for a participant stands (a statement may not set one row twice).
      const last = new Map(marks.map((m) => [m.umkmId !== undefined ? `u${m.umkmId}` : `p${m.pesertaId}`, m]));
      const umkmIds = [...last.values()].flatMap((m) => (m.umkmId !== undefined ? [m.umkmId] : []));
      const pesertaIds = [...last.values()].flatMap((m) => (m.pesertaId !== undefined ? [m.pesertaId] : []));
      for (let i = 0; i < umkmIds.length; i += 500) await this.em.delete(KegiatanKehadiranEntity, { kegiatanId: k.id, day, umkmId: In(umkmIds.slice(i, i + 500)) });
      for (let i = 0; i < pesertaIds.length; i += 500) await this.em.delete(KegiatanKehadiranEntity, { kegiatanId: k.id, day, pesertaId: In(pesertaIds.slice(i, i + 500)) });
      const rows = [...last.values()]
        .filter((m) => m.status !== null)
        .map((m) => ({ kegiatanId: k.id, day, umkmId: m.umkmId ?? null, pesertaId: m.pesertaId ?? null, status: m.status! }));
      await insertRows(this.em, KegiatanKehadiranEntity, rows);
      written += rows.length;
      for (const id of umkmIds) touched.add(id);
    }
    await syncPresence(this.em, k.id, [...touched]);
    return written;
  }

  /** The activities a UMKM took part in, latest first: as a UMKM, or as a walk-in matched to it. */
  async forUmkm(umkmId: number): Promise<UmkmKegiatanItem[]> {
    await findLive(this.em, UmkmEntity, umkmId, messages.entity.umkm);
    const own = await this.em
      .createQueryBuilder(KegiatanUmkmEntity, 'ku')
      .innerJoinAndMapOne('ku.k', joinTarget(KegiatanEntity), 'k', 'k.id = ku.kegiatanId AND k.deletedAt IS NULL')
      .where('ku.umkmId = :umkmId', { umkmId })
      .getMany();
    const asWalkIn = await this.em
      .createQueryBuilder(KegiatanPesertaEntity, 'p')
      .innerJoinAndMapOne('p.k', joinTarget(KegiatanEntity), 'k', 'k.id = p.kegiatanId AND k.deletedAt IS NULL')
      .where('p.umkmId = :umkmId', { umkmId })
      .getMany();
    const present: Array<{ id: number; n: string | number }> = await this.em
      .createQueryBuilder(KegiatanKehadiranEntity, 'h')
      .select('h.kegiatanId', 'id')
      .addSelect('COUNT(*)', 'n')
      .where("h.status = 'hadir'")
      .andWhere(`(h.umkmId = :umkmId OR h.pesertaId IN ${this.em.createQueryBuilder().subQuery().select('p2.id').from(KegiatanPesertaEntity, 'p2').where('p2.umkmId = :umkmId').getQuery()})`, { umkmId })
      .groupBy('h.kegiatanId')
      .getRawMany();
    const days = new Map(present.map((x) => [Number(x.id), Number(x.n)]));
    const item = (k: KegiatanRow, hadir: boolean | null, certificateNumber: string | null, walkInName: string | null): UmkmKegiatanItem => {
      const presentDays = days.get(k.id) ?? 0;
      return {
        kegiatanId: k.id,
        kind: k.kind,
        name: k.name,
        date: k.date,
        endDate: k.endDate,
        venue: k.venue,
        days: dayCount(k.date, k.endDate),
        presentDays,
        // A meeting's presence is its mark; another kind's, a day present.
        hadir: k.kind === 'temu_kemitraan' ? hadir : presentDays > 0,
        certificateNumber,
        walkInName,
      };
    };
    type WithK<T> = T & { k: KegiatanRow };
    const items = [
      ...(own as Array<WithK<(typeof own)[number]>>).map((x) => item(x.k, x.hadir, x.certificateNumber, null)),
      ...(asWalkIn as Array<WithK<(typeof asWalkIn)[number]>>).map((x) => item(x.k, null, x.certificateNumber, x.name)),
    ];
    return items.sort((a, b) => b.date.localeCompare(a.date) || b.kegiatanId - a.kegiatanId);
  }

  /** The live activity; `participants`: one with participants (not the meeting, which marks by invitation). */
  async activity(id: number, participants = false): Promise<KegiatanRow> {
    const k = await findLive(this.em, KegiatanEntity, id, LABEL);
    if (participants && k.kind === 'temu_kemitraan') throwIfAny({ id: r.noParticipantsForMeeting });
    return k;
  }

  /** The activity's version one up and its last editor: a participant's change is the activity's. */
  async stamp(id: number): Promise<void> {
    await this.edits.write(KegiatanEntity, id, {}, undefined, LABEL, nowIso());
  }

  /** Active UMKM by their owner's NIK (a walk-in with one of them is that UMKM). */
  private async activeUmkmByNik(niks: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const unique = [...new Set(niks)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.em.find(UmkmEntity, { select: { id: true, nik: true }, where: { nik: In(unique.slice(i, i + 500)), status: 'aktif', deletedAt: IsNull() } });
      for (const u of rows) out.set(u.nik, u.id);
    }
    return out;
  }

  /** UMKM already taking part: as a UMKM, and (unless `matched` is false) as a walk-in matched to it. */
  private async takenUmkm(kegiatanId: number, matched = true): Promise<Set<number>> {
    const own = (await this.em.find(KegiatanUmkmEntity, { select: { umkmId: true }, where: { kegiatanId } })).map((x) => x.umkmId);
    const walk = matched ? (await this.em.find(KegiatanPesertaEntity, { select: { umkmId: true }, where: { kegiatanId } })).flatMap((x) => (x.umkmId !== null ? [x.umkmId] : [])) : [];
    return new Set([...own, ...walk]);
  }

  private async names(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.find(UmkmEntity, { select: { id: true, businessName: true }, where: { id: In([...new Set(ids)].slice(0, 5000)) } });
    return new Map(rows.map((u) => [u.id, u.businessName]));
  }

  private async requireUmkm(kegiatanId: number, umkmId: number): Promise<void> {
    if (!(await this.em.findOne(KegiatanUmkmEntity, { where: { kegiatanId, umkmId } }))) throwIfAny({ umkmId: r.notParticipant }, 'NOT_FOUND');
  }

  private async requireWalkIn(kegiatanId: number, pesertaId: number) {
    const p = await this.em.findOne(KegiatanPesertaEntity, { where: { id: pesertaId, kegiatanId } });
    if (!p) throwIfAny({ pesertaId: r.notParticipant }, 'NOT_FOUND');
    return p!;
  }
}
