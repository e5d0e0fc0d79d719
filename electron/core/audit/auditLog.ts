import os from 'node:os';
import { Brackets, type EntityManager, type QueryDeepPartialEntity, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { AuditAction, AuditChanges, AuditEntity, AuditEntry, AuditListQuery, AuditPage } from '../../../shared/contract';
import type { Caller } from '../auth/caller';
import { AuditEntryEntity, type AuditEntryRow } from '../db/entities/auditEntry';
import { ClassRecordEntity } from '../db/entities/progress';
import { likeSubstring, nowIso } from '../services/queryHelpers';
import { withRecordNames } from './recordNames';
import { redact } from './redact';
import { chained } from './chain';

/** Who acted: a handler's Caller, or a sign-in attempt for a name without an account (no role). */
export type AuditActor = Pick<Caller, 'userId' | 'username' | 'via'> & { role: string };

/** One line of the trail as a writer gives it; `at` defaults to now. */
export interface AuditRecordInput {
  caller: AuditActor;
  action: AuditAction;
  entity?: AuditEntity | null;
  entityId?: number | null;
  summary: string;
  changes?: AuditChanges;
  at?: string;
}

/** The computer this process runs on, as the trail names it when the Core is not told another (CoreConfig.workstation). */
export const thisComputer = (): string => os.hostname();

/**
 * The row a line of the trail is stored as (secrets masked), written on `workstation`; bulk
 * writers (an import) insert many at once.
 */
export function auditLine(e: AuditRecordInput, workstation: string | null): Omit<AuditEntryRow, 'id' | 'prevHash' | 'hash'> {
  return {
    at: e.at ?? nowIso(),
    userId: e.caller.userId,
    username: e.caller.username,
    role: e.caller.role,
    via: e.caller.via,
    action: e.action,
    entity: e.entity ?? null,
    entityId: e.entityId ?? null,
    summary: e.summary,
    changes: redact(e.changes ?? {}),
    workstation,
  };
}

/** The audit page's filters, as the contract parsed them. */
export type AuditQuery = z.output<typeof AuditListQuery>;

/** An entity's page shows this many of its latest lines; the audit page has the rest. */
const HISTORY_LIMIT = 500;

/** Local midnight of a calendar date, as the ISO instant the log stores. */
function startOfDay(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const newestFirst = (qb: SelectQueryBuilder<AuditEntryRow>) => qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC');

/**
 * The audit trail: appended to by every write, never changed (the table's triggers refuse UPDATE
 * and DELETE). It reads and writes through the unit of work's manager, so inside a write the row
 * is committed or rolled back with the change it describes.
 */
export class AuditLog {
  private readonly repo: Repository<AuditEntryRow>;

  constructor(
    private readonly em: EntityManager,
    /** The computer every line of this unit of work is written on. */
    readonly workstation: string = thisComputer(),
  ) {
    this.repo = em.getRepository(AuditEntryEntity);
  }

  async record(e: AuditRecordInput): Promise<void> {
    const [line] = await chained(this.em, [auditLine(e, this.workstation)]);
    // The cast: TypeORM's deep-partial type cannot take the `unknown` values of `changes`.
    // No read-back (updateEntity false): one statement per line.
    await this.repo.createQueryBuilder().insert().values(line as QueryDeepPartialEntity<AuditEntryRow>).updateEntity(false).execute();
  }

  /** Newest first, filtered; dates are the clerk's calendar days, both inclusive. */
  async list(q: AuditQuery): Promise<AuditPage> {
    const filtered = this.repo.createQueryBuilder('a');
    if (q.from) filtered.andWhere('a.at >= :from', { from: startOfDay(q.from) });
    if (q.to) filtered.andWhere('a.at < :to', { to: startOfDay(q.to, 1) });
    if (q.username) filtered.andWhere('a.username = :username', { username: q.username });
    if (q.action) filtered.andWhere('a.action = :action', { action: q.action });
    if (q.entity) filtered.andWhere('a.entity = :entity', { entity: q.entity });
    if (q.entityId !== undefined) filtered.andWhere('a.entityId = :entityId', { entityId: q.entityId });
    // LOWER on both sides: the page's text filter ignores case, and PostgreSQL's LIKE does not.
    if (q.search) {
      filtered.andWhere(
        new Brackets((w) => w.where(`LOWER(a.summary) LIKE LOWER(:search) ESCAPE '\\'`).orWhere(`LOWER(a.username) LIKE LOWER(:search) ESCAPE '\\'`)),
        { search: likeSubstring(q.search) },
      );
    }
    const counted = await filtered.clone().select('COUNT(*)', 'total').getRawOne<{ total: number | string }>();
    const items = await newestFirst(filtered)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .getMany();
    const names = await this.repo.createQueryBuilder('a').select('a.username', 'username').distinct(true).orderBy('a.username').getRawMany<{ username: string }>();
    return { items: await withRecordNames(this.em, items), total: Number(counted?.total ?? 0), page: q.page, pageSize: q.pageSize, usernames: names.map((r) => r.username) };
  }

  /** One record's own history, newest first; a UMKM's includes its class records. */
  async forEntity(entity: AuditEntity, id: number): Promise<AuditEntry[]> {
    const qb = this.repo.createQueryBuilder('a');
    if (entity === 'umkm') {
      const records = qb.subQuery().select('r.id').from(ClassRecordEntity, 'r').where('r.umkmId = :id').getQuery();
      qb.where(
        new Brackets((w) =>
          w
            .where(new Brackets((own) => own.where('a.entity = :umkm').andWhere('a.entityId = :id')))
            .orWhere(new Brackets((rec) => rec.where('a.entity = :record').andWhere(`a.entityId IN ${records}`))),
        ),
        { umkm: 'umkm', record: 'class_record', id },
      );
    } else {
      qb.where('a.entity = :entity', { entity }).andWhere('a.entityId = :id', { id });
    }
    return withRecordNames(this.em, await newestFirst(qb).limit(HISTORY_LIMIT).getMany());
  }
}
