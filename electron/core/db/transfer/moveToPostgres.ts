import os from 'node:os';
import type { AuditChanges, MoveResult, ParsedInputOf, TableRows } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { AuditLog } from '../../audit/auditLog';
import type { Caller } from '../../auth/caller';
import { AppError } from '../../errors';
import type { Scope } from '../../scope';
import type { Tx } from '../database';
import { openPostgres } from '../postgres/openPostgres';
import { copyRegistry, writeOn } from './copyRegistry';
import { moveTargetUrl } from './moveTarget';
import { APP_ENTITIES, isCountTable, SUMMARY_ENTITIES, tableLabel } from './registryTables';
import { countRows, type TableCount } from './tableCounts';

const t = messages.transfer;

const tableName = (tx: Tx, entity: (typeof APP_ENTITIES)[number]) => tx.em.connection.getMetadata(entity).tableName;

/** registry:moveCounts: the registry's rows per table, as the move's confirmation names them. */
export async function registryCounts(tx: Tx): Promise<TableRows[]> {
  const out: TableRows[] = [];
  for (const entity of APP_ENTITIES) {
    const meta = tx.em.connection.getMetadata(entity);
    const summary = SUMMARY_ENTITIES.includes(entity);
    out.push({ table: meta.tableName, kind: summary ? 'summary' : 'base', rows: await countRows(tx, meta.tableName, summary && isCountTable(meta)) });
  }
  return out;
}

/** A move goes only into an empty database: any row in any of the app's tables refuses it. */
async function refuseNotEmpty(dst: Tx, server: string): Promise<void> {
  for (const entity of APP_ENTITIES) {
    const table = tableName(dst, entity);
    const n = await countRows(dst, table);
    if (n > 0) throw new AppError('CONFLICT', fill(t.errors.targetNotEmpty, { target: server, table: tableLabel(table), n }));
  }
}

/** The audit line's changes: the server, and each table's rows moved (never the password). */
function movedChanges(server: string, counts: TableCount[]): AuditChanges {
  const changes: AuditChanges = { [t.audit.server]: [null, server] };
  for (const c of counts) if (c.kind === 'base') changes[fill(t.audit.rows, { table: c.table })] = [null, c.target];
  return changes;
}

const baseRows = (counts: TableCount[]) => counts.filter((c) => c.kind === 'base').reduce((n, c) => n + c.target, 0);

/**
 * registry:moveToPostgres: the whole SQLite registry copied into an empty PostgreSQL database (its
 * schema made first), under this PC's write lock so nothing is written here meanwhile. The
 * target's audit line is in the copy's transaction (its trail goes on from the copied one); this
 * registry's own line follows the commit. Answers every table's rows, equal on both sides.
 */
export async function moveToPostgres(ctx: Scope, input: ParsedInputOf<'registry:moveToPostgres'>, caller: Caller): Promise<MoveResult> {
  const source = ctx.db;
  if (source.kind !== 'sqlite') throw new AppError('UNAVAILABLE', t.errors.alreadyOnServer);
  const url = await moveTargetUrl(ctx.core, input);
  const target = await openPostgres({ url, poolSize: 2, applicationName: `kemitraan-umkm-move@${os.hostname()}` });
  try {
    const server = target.label;
    const report = await copyRegistry(source, writeOn(target), {
      prepare: async (dst) => {
        await dst.sql.serializeAudit(dst.em);
        await refuseNotEmpty(dst, server);
      },
      onProgress: (p) => ctx.core.events.emit('registry:moveProgress', p, caller.sessionKey),
      finish: async (dst, counts) => {
        const tables = counts.filter((c) => c.kind === 'base').length;
        await new AuditLog(dst.em, ctx.workstation).record({
          caller,
          action: 'registry_move',
          entity: 'database',
          summary: fill(t.audit.movedIn, { source: source.file, rows: baseRows(counts), tables }),
          changes: movedChanges(server, counts),
        });
      },
    });
    const tables = report.counts.filter((c) => c.kind === 'base').length;
    await ctx.audit.record({
      caller,
      action: 'registry_move',
      entity: 'database',
      summary: fill(t.audit.moved, { server, rows: report.rows, tables }),
      changes: movedChanges(server, report.counts),
    });
    return { server, rows: report.rows, tables: report.counts.map((c) => ({ table: c.table, kind: c.kind, rows: c.target })) };
  } finally {
    await target.close();
  }
}
