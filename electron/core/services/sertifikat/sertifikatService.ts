import { In, IsNull, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  SertifikatRules,
  type BatchDone,
  type ExpiringItem,
  type ExpiringQuery,
  type MarkIssuedInput,
  type MarkSubmittedInput,
  type Page,
  type ReadyItem,
  type ReadyQuery,
  type Sertifikat,
  type SertifikatChanges,
  type SertifikatData,
  type SertifikatListQuery,
  type SertifikatOptions,
  type SertifikatPage,
  type SertifikatStatusInput,
} from '../../../../shared/contract';
import type { SertifikatStatus } from '../../../../shared/domain/sertifikat';
import { fill, messages } from '../../../../shared/i18n';
import type { AuditLog } from '../../audit/auditLog';
import type { Caller } from '../../auth/caller';
import { SertifikatEntity, type SertifikatRow } from '../../db/entities/sertifikat';
import { UmkmEntity } from '../../db/entities/umkm';
import { AppError } from '../../errors';
import type { Edits } from '../edits';
import { fieldsError, notFoundError, nowIso, withoutNulls } from '../queryHelpers';
import { parseOrThrow } from '../validate';
import { expiring, listSertifikat, oneSertifikat, options, ready } from './sertifikatQueries';

const v = messages.sertifikatValidation;
const LABEL = messages.sertifikatEntity.sertifikat;
const FIELDS = ['umkmId', 'kind', 'kindOther', 'number', 'issuer', 'issuedAt', 'validUntil', 'status', 'submittedAt', 'route', 'programme', 'programmeYear', 'companion', 'refusalReason', 'notes'] as const;

/** Statuses a batch action starts from: not yet issued nor refused. */
const OPEN: readonly SertifikatStatus[] = ['rencana', 'diajukan', 'berkas_kurang'];

/** The stored columns of a certificate's fields (absent: null). */
function columns(d: SertifikatData): Omit<SertifikatRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'version' | 'updatedBy'> {
  return {
    umkmId: d.umkmId,
    kind: d.kind,
    kindOther: d.kind === 'lainnya' ? (d.kindOther ?? null) : null,
    number: d.number ?? null,
    issuer: d.issuer ?? null,
    issuedAt: d.issuedAt ?? null,
    validUntil: d.validUntil ?? null,
    status: d.status,
    submittedAt: d.submittedAt ?? null,
    route: d.route ?? null,
    programme: d.programme ?? null,
    programmeYear: d.programmeYear ?? null,
    companion: d.companion ?? null,
    refusalReason: d.status === 'ditolak' ? (d.refusalReason ?? null) : null,
    notes: d.notes ?? null,
  };
}

function storedFields(r: SertifikatRow): Partial<SertifikatData> {
  return withoutNulls(Object.fromEntries(FIELDS.map((k) => [k, r[k]]))) as Partial<SertifikatData>;
}

/**
 * The register of licences and certificates: a clerk's records (versioned, soft-deleted), the
 * batch actions of the queue (each certificate audited on its own line), and the yearly record's
 * ticks, read from here.
 */
export class SertifikatService {
  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
    private readonly audit: AuditLog,
  ) {}

  list(q: z.output<typeof SertifikatListQuery>): Promise<SertifikatPage> {
    return listSertifikat(this.em, q);
  }

  expiring(q: z.output<typeof ExpiringQuery>): Promise<Page<ExpiringItem>> {
    return expiring(this.em, q);
  }

  ready(q: z.output<typeof ReadyQuery>): Promise<Page<ReadyItem>> {
    return ready(this.em, q);
  }

  options(): Promise<SertifikatOptions> {
    return options(this.em);
  }

  async get(id: number): Promise<Sertifikat> {
    const s = await oneSertifikat(this.em, id);
    if (!s) throw notFoundError(LABEL, id);
    return s;
  }

  async create(data: SertifikatData): Promise<Sertifikat> {
    await this.assertUmkmLive(data.umkmId);
    const now = nowIso();
    const { identifiers } = await this.em.insert(SertifikatEntity, { ...columns(data), createdAt: now, ...this.edits.stamp(now) });
    return this.get(Number(identifiers[0]!.id));
  }

  /** Merges the changed fields over the stored certificate and checks the whole (on `version`, when given). */
  async update(id: number, changes: SertifikatChanges, version?: number): Promise<Sertifikat> {
    const stored = await this.edits.live(SertifikatEntity, id, version, LABEL);
    const data = parseOrThrow(SertifikatRules, { ...storedFields(stored), ...changes });
    if (data.umkmId !== stored.umkmId) throw fieldsError({ umkmId: v.umkmFixed });
    await this.assertUmkmLive(stored.umkmId);
    await this.edits.write(SertifikatEntity, id, columns(data), version, LABEL, nowIso());
    return this.get(id);
  }

  /** Another status with what it needs: submitted on `date`, issued on `date` with its number, refused with its reason. */
  async setStatus(q: z.output<typeof SertifikatStatusInput>): Promise<Sertifikat> {
    const changes: SertifikatChanges = { status: q.status };
    if (q.status === 'diajukan' && q.date) changes.submittedAt = q.date;
    if (q.status === 'terbit') {
      if (q.date) changes.issuedAt = q.date;
      if (q.number) changes.number = q.number;
      if (q.validUntil) changes.validUntil = q.validUntil;
    }
    if (q.status === 'ditolak' && q.reason) changes.refusalReason = q.reason;
    return this.update(q.id, changes, q.version);
  }

  async remove(id: number, version?: number): Promise<{ id: number }> {
    await this.edits.live(SertifikatEntity, id, version, LABEL);
    const now = nowIso();
    await this.edits.write(SertifikatEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  /** Marks every named application submitted on one day; all or nothing. */
  async markSubmitted(q: z.output<typeof MarkSubmittedInput>, caller: Caller): Promise<BatchDone> {
    const ids = unique(q.ids.map((id) => ({ id })));
    const rows = await this.openRows(ids, messages.sertifikatText.markSubmittedAction);
    const now = nowIso();
    for (const r of rows) {
      if (r.issuedAt && r.issuedAt < q.submittedAt) throw fieldsError({ submittedAt: v.issuedBeforeSubmitted });
      await this.edits.write(SertifikatEntity, r.id, { status: 'diajukan', submittedAt: q.submittedAt }, undefined, LABEL, now);
      await this.record(caller, r, { status: [r.status, 'diajukan'], submittedAt: [r.submittedAt, q.submittedAt] });
    }
    return { updated: rows.length, ids: rows.map((r) => r.id) };
  }

  /** Marks each named application issued with its own number, as the clerk saw them paired; all or nothing. */
  async markIssued(q: z.output<typeof MarkIssuedInput>, caller: Caller): Promise<BatchDone> {
    const pairs = unique(q.pairs);
    const rows = await this.openRows(pairs, messages.sertifikatText.markIssuedAction);
    const numberOf = new Map(pairs.map((p) => [p.id, p.number]));
    const now = nowIso();
    for (const r of rows) {
      const number = numberOf.get(r.id)!;
      const validUntil = r.kind === 'nib' ? null : (q.validUntil ?? r.validUntil);
      const data = parseOrThrow(SertifikatRules, { ...storedFields(r), status: 'terbit', issuedAt: q.issuedAt, number, ...(validUntil ? { validUntil } : {}) });
      await this.edits.write(SertifikatEntity, r.id, { status: 'terbit', issuedAt: q.issuedAt, number, validUntil: data.validUntil ?? null }, undefined, LABEL, now);
      await this.record(caller, r, { status: [r.status, 'terbit'], issuedAt: [r.issuedAt, q.issuedAt], number: [r.number, number], validUntil: [r.validUntil, data.validUntil ?? null] });
    }
    return { updated: rows.length, ids: rows.map((r) => r.id) };
  }

  private async openRows(items: Array<{ id: number }>, action: string): Promise<SertifikatRow[]> {
    const ids = items.map((i) => i.id);
    const rows = await this.em.find(SertifikatEntity, { where: { id: In(ids), deletedAt: IsNull() }, order: { id: 'ASC' } });
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('NOT_FOUND', fill(v.unknownIds, { ids: missing.join(', ') }));
    const names = await this.umkmNames(rows.map((r) => r.umkmId));
    const closed = rows.filter((r) => !OPEN.includes(r.status));
    if (closed.length) {
      const r = closed[0]!;
      const first = fill(v.notWaiting, { name: `${names.get(r.umkmId) ?? r.umkmId} (ID ${r.id})`, status: messages.sertifikatEnums.status[r.status], action });
      throw new AppError('CONFLICT', closed.length === 1 ? first : fill(v.batchRefused, { n: closed.length, first }));
    }
    const gone = rows.filter((r) => !names.has(r.umkmId));
    if (gone.length) throw new AppError('CONFLICT', v.umkmGone);
    return rows;
  }

  private async umkmNames(ids: number[]): Promise<Map<number, string>> {
    const rows = await this.em.find(UmkmEntity, { select: { id: true, businessName: true }, where: { id: In([...new Set(ids)]), deletedAt: IsNull() } });
    return new Map(rows.map((u) => [u.id, u.businessName]));
  }

  private async record(caller: Caller, r: SertifikatRow, changes: Record<string, [unknown, unknown]>): Promise<void> {
    const name = await this.nameOf(r);
    await this.audit.record({
      caller,
      action: 'update',
      entity: 'sertifikat',
      entityId: r.id,
      summary: fill(messages.auditSummary.update, { entity: messages.auditEntities.sertifikat, name, n: Object.keys(changes).length }),
      changes,
    });
  }

  /** "Sertifikat halal · Amplang Bu Ani": the kind and the business, as the trail names a certificate. */
  async nameOf(r: Pick<SertifikatRow, 'kind' | 'kindOther' | 'umkmId'>): Promise<string> {
    const u = await this.em.findOne(UmkmEntity, { select: { id: true, businessName: true }, where: { id: r.umkmId } });
    const kind = r.kind === 'lainnya' && r.kindOther ? r.kindOther : messages.sertifikatEnums.kind[r.kind];
    return `${kind} · ${u?.businessName ?? r.umkmId}`;
  }

  private async assertUmkmLive(umkmId: number): Promise<void> {
    const u = await this.em.findOne(UmkmEntity, { select: { id: true, deletedAt: true }, where: { id: umkmId } });
    if (!u) throw fieldsError({ umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id: umkmId }) }, 'NOT_FOUND');
    if (u.deletedAt !== null) throw fieldsError({ umkmId: v.umkmGone });
  }
}

/** Each id once; a second mention is refused (a pasted number twice for one application is a slip). */
function unique<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  for (const i of items) {
    if (seen.has(i.id)) throw fieldsError({ ids: fill(v.duplicateInBatch, { id: i.id }) });
    seen.add(i.id);
  }
  return [...items];
}
