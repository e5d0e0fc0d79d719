import type { z } from 'zod';
import type { Role } from '../domain/roles';
import type { AuditAction, AuditEntity } from './audit';

/** Who may call a channel. 'public': answered without a session (first start, sign-in, the app's own facts). */
export type Access = 'public' | readonly Role[];

/**
 * How a channel reaches the database. 'read': the reading connection, never waiting for a writer.
 * 'write': one transaction under the write lock, its audit row inside it. 'exclusive': the lock
 * without a transaction, for what SQLite refuses inside one (VACUUM INTO, swapping the file) and
 * for sign-ins, whose refusals stay recorded although the call fails. 'snapshot': a read of many
 * chunks (an export) that must see one moment: its own connection and read transaction.
 */
export type Mode = 'read' | 'snapshot' | 'write' | 'exclusive';

/**
 * How a write appears in the audit trail: the record's entity and the action ('self': the channel
 * records its own rows — an import's one per row, a restore's into the database restored).
 * 'disclosure': a read whose result leaves the app as a file (an export, a copy of the database):
 * one row after it, in a write of its own, naming who, what, how many rows and the file; the file
 * is handed over only once that row is committed (electron/core/audit/disclosure.ts).
 */
export type AuditSpec = { entity: AuditEntity; action: AuditAction } | 'self' | 'disclosure';

/** Everything known of one channel: its input, its result, who may call it, and how it writes. */
export interface Entry<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output?: O;
  roles: Access;
  mode: Mode;
  /** Writes only; a write without it is recorded by the trail as a summary (see channelAudit). */
  audit?: AuditSpec;
  /** Reads only: false for a read the renderer must not re-ask after every write (a wizard step, an export). */
  refresh?: false;
}

type Spec = Omit<Entry<z.ZodType, unknown>, 'input' | 'output'>;

export const entry =
  <O>() =>
  <I extends z.ZodType, S extends Spec>(input: I, spec: S): Entry<I, O> & S => ({ input, ...spec });

const ALL: readonly Role[] = ['admin', 'operator', 'pimpinan'];
const WRITERS: readonly Role[] = ['admin', 'operator'];
const ADMIN: readonly Role[] = ['admin'];
export const roles = { all: ALL, writers: WRITERS, admin: ADMIN, public: 'public' } as const;

/** A read of stored records (every role unless named), refreshed after every write. */
export const read = (who: Access = ALL) => ({ roles: who, mode: 'read' as const });
/** A read the renderer asks once (a wizard step, a file, an export): not refreshed after writes. */
export const step = (who: Access = ALL) => ({ roles: who, mode: 'read' as const, refresh: false as const });
/** A long read in chunks (an export): every chunk sees the same moment, whatever is written meanwhile. */
export const snapshot = (who: Access = ALL) => ({ roles: who, mode: 'snapshot' as const, refresh: false as const });
/** An export of stored records (see snapshot), recorded in the audit trail before its file is handed over. */
export const disclosed = (who: Access = ALL) => ({ ...snapshot(who), audit: 'disclosure' as const });
/** A stored file handed over as it is (a backup to copy elsewhere), recorded in the audit trail first. */
export const handedOver = (who: Access = ALL) => ({ ...step(who), audit: 'disclosure' as const });
/** A write of one record, audited as `action` on `entity`. */
export const write = (entity: AuditEntity, action: AuditAction, who: Access = WRITERS) => ({ roles: who, mode: 'write' as const, audit: { entity, action } });
/** A write the trail records as a summary of its own (see channelAudit) or that records itself ('self'). */
export const writeAs = (audit: AuditSpec | undefined, who: Access = WRITERS, mode: 'write' | 'exclusive' = 'write') =>
  audit ? { roles: who, mode, audit } : { roles: who, mode };
