import { In, IsNull, type Repository, type SelectQueryBuilder } from 'typeorm';
import { UmkmRules, type Umkm, type UmkmChanges, type UmkmData, type UmkmPage } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { Tx } from '../db/database';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import { AppError } from '../errors';
import type { Edits } from './edits';
import { FIGURES, type ProgressStore, type RecordFigures, type SharedFigures } from './progressStore';
import { notFoundError, nowIso } from './queryHelpers';
import { RegistryList } from './registryList';
import { applyFilters, orderBy, sortPlan, type UmkmQuery } from './registryOrder';
import { dataToColumns, rowToUmkm, storedFields, type UmkmColumns } from './umkmMapper';
import { parseOrThrow } from './validate';

export type { UmkmQuery } from './registryOrder';

const pickFigures = (c: UmkmColumns): SharedFigures => ({
  annualSales: c.annualSales,
  capital: c.capital,
  assets: c.assets,
  employees: c.employees,
  marketReach: c.marketReach,
});

/** The record a registration writes: the UMKM's figures on its registration date, from the document. */
function registrationRecord(c: UmkmColumns): RecordFigures {
  return { date: c.registeredAt, ...pickFigures(c), certifications: [], channels: [], source: 'dokumen', notes: messages.progressText.registrationNote };
}

/**
 * The registry. A write and the class-record writes it causes run in the caller's unit of work
 * (a write channel's one transaction), so a UMKM and its records never disagree.
 */
export class UmkmService {
  private readonly repo: Repository<UmkmRow>;

  constructor(
    private readonly tx: Tx,
    private readonly store: ProgressStore,
    private readonly edits: Edits,
  ) {
    this.repo = tx.em.getRepository(UmkmEntity);
  }

  async get(id: number): Promise<Umkm> {
    return rowToUmkm(await this.findRow(id));
  }

  /** Registers a UMKM with its first class record (its figures at registration) and the rows derived from it. */
  async create(data: UmkmData): Promise<Umkm> {
    const columns = dataToColumns(data);
    await this.assertUnique(columns, undefined);
    const now = nowIso();
    // Version 0 here: the recompute below, which gives the row its first record's class, counts it to 1.
    const { identifiers } = await this.repo.insert({ ...columns, lastRecordDate: null, createdAt: now, ...this.edits.stamp(now), version: 0 });
    const id = Number(identifiers[0]!.id);
    await this.store.insert(id, registrationRecord(columns), now);
    await this.store.recompute(id, now);
    return this.get(id);
  }

  /**
   * Merges the changed fields over the stored record and checks the result as a whole. A change
   * of the figures corrects the UMKM's latest class record (the current data, not a new year),
   * so the class follows at once. Given the `version` the clerk's form opened, a UMKM another clerk
   * has changed or deleted since is refused (EDIT_CONFLICT) and nothing is written.
   */
  async update(id: number, changes: UmkmChanges, version?: number): Promise<Umkm> {
    const stored = await this.edits.live(UmkmEntity, id, version, messages.entity.umkm);
    const columns = dataToColumns(parseOrThrow(UmkmRules, { ...storedFields(stored), ...changes }));
    await this.assertUnique(columns, id);
    const now = nowIso();
    await this.edits.write(UmkmEntity, id, columns, version, messages.entity.umkm, now);
    if (FIGURES.some((k) => stored[k] !== columns[k])) {
      const latest = await this.store.latestRecordId(id);
      // Without a record left, the UMKM keeps its own figures and their class.
      if (latest !== undefined) {
        await this.store.correctFigures(latest, pickFigures(columns), now);
        await this.store.recompute(id, now);
      }
    }
    return this.get(id);
  }

  /** Soft delete: the row stays for the audit trail and the recycle bin (on `version`, as update). */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    const now = nowIso();
    await this.edits.write(UmkmEntity, id, { deletedAt: now }, version, messages.entity.umkm, now);
    return { id };
  }

  /** A page of the registry (see RegistryList). */
  list(q: UmkmQuery): Promise<UmkmPage> {
    return new RegistryList(this.tx).list(q);
  }

  /**
   * The ids of the list as filtered and sorted, in one sorted pass, `chunk` at a time. Sorting
   * once and holding the ids (8 bytes a row) replaces an OFFSET query per chunk, each of which
   * sorted the whole registry again (at 200,000 UMKM most of the report's time).
   */
  private async *idChunks(qb: SelectQueryBuilder<UmkmRow>, q: UmkmQuery, chunk: number): AsyncGenerator<number[]> {
    const ids = (await this.ordered(qb, q, ['u.id']).getRawMany<{ u_id: number | string }>()).map((r) => Number(r.u_id));
    for (let i = 0; i < ids.length; i += chunk) yield ids.slice(i, i + chunk);
  }

  /**
   * The whole list as filtered and sorted on screen (page and pageSize ignored), `chunk` full
   * records at a time, for exports: only one chunk of records is ever held.
   */
  async *iterate(q: UmkmQuery, chunk = 1000): AsyncGenerator<Umkm[]> {
    for await (const page of this.idChunks(this.filtered(q), q, chunk)) {
      const byId = new Map((await this.repo.findBy({ id: In(page) })).map((r) => [r.id, r]));
      yield page.flatMap((id) => {
        const row = byId.get(id);
        return row ? [rowToUmkm(row)] : [];
      });
    }
  }

  /**
   * The registry as it stood on `asOf`, in the list's order: the UMKM registered on or before it,
   * each with the class, figures and record date standing then (the record on or before `asOf`;
   * a UMKM with no record at all keeps its own figures, one whose records all came later shows
   * none). For a report on a past period: nothing recorded after its end shows.
   */
  async *iterateAsOf(q: UmkmQuery, asOf: string, chunk = 1000): AsyncGenerator<Umkm[]> {
    for await (const page of this.idChunks(this.filtered(q).andWhere('u.registeredAt <= :asOf', { asOf }), q, chunk)) {
      const rows = await this.repo.findBy({ id: In(page) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const standing = await this.store.standingAt(rows, asOf);
      yield page.flatMap((id): Umkm[] => {
        const row = byId.get(id);
        const at = standing.get(id);
        if (!row || !at) return [];
        const u = rowToUmkm(row);
        const r = at.record;
        if (r) {
          return [{ ...u, class: at.class, classBasis: r.classBasis, annualSales: r.annualSales, capital: r.capital, assets: r.assets, employees: r.employees, marketReach: r.marketReach ?? u.marketReach, lastRecordDate: r.date }];
        }
        if (!at.hasRecords) return [{ ...u, class: at.class, lastRecordDate: null }];
        return [{ ...u, class: at.class, annualSales: null, capital: null, assets: null, employees: null, lastRecordDate: null }];
      });
    }
  }

  /** How each of `umkm` stood on `date`: the record standing then and the class (see ProgressStore.standingAt). */
  standingAt(umkm: ReadonlyArray<{ id: number; class: Umkm['class'] }>, date: string): ReturnType<ProgressStore['standingAt']> {
    return this.store.standingAt(umkm, date);
  }

  async countActive(): Promise<number> {
    return this.repo.count({ where: { deletedAt: IsNull() } });
  }

  /** `qb` selecting `columns` in the list's order (exports: the whole filtered list). */
  private ordered(qb: SelectQueryBuilder<UmkmRow>, q: UmkmQuery, columns: string[]): SelectQueryBuilder<UmkmRow> {
    return orderBy(qb.select(columns), sortPlan(q));
  }

  /** The registry as filtered and searched (alias u), for exports. */
  private filtered(q: UmkmQuery): SelectQueryBuilder<UmkmRow> {
    const qb = applyFilters(this.repo.createQueryBuilder('u').where('u.deletedAt IS NULL'), q);
    const search = q.search?.trim();
    if (search) this.tx.sql.search.where(qb, 'u', search);
    return qb;
  }

  private async findRow(id: number): Promise<UmkmRow> {
    const row = await this.repo.findOneBy({ id, deletedAt: IsNull() });
    if (!row) throw notFoundError(messages.entity.umkm, id);
    return row;
  }

  /** NIK and NIB are unique among active UMKM; the message names the UMKM that holds it. */
  private async assertUnique(columns: Pick<UmkmRow, 'nik' | 'nib' | 'status'>, selfId: number | undefined): Promise<void> {
    if (columns.status !== 'aktif') return;
    const holder = (column: 'nik' | 'nib', value: string) =>
      this.repo
        .createQueryBuilder('u')
        .select(['u.id', 'u.businessName'])
        .where(`u.${column} = :value`, { value })
        .andWhere(`u.status = 'aktif'`)
        .andWhere('u.deletedAt IS NULL')
        .andWhere('u.id <> :self', { self: selfId ?? 0 })
        .orderBy('u.id', 'ASC')
        .limit(1)
        .getOne();
    const fields: Record<string, string> = {};
    const byNik = await holder('nik', columns.nik);
    if (byNik) fields.nik = fill(messages.errors.duplicateNik, { name: byNik.businessName, id: byNik.id });
    if (columns.nib) {
      const byNib = await holder('nib', columns.nib);
      if (byNib) fields.nib = fill(messages.errors.duplicateNib, { name: byNib.businessName, id: byNib.id });
    }
    const first = Object.values(fields)[0];
    if (first) throw new AppError('DUPLICATE', first, fields);
  }
}
