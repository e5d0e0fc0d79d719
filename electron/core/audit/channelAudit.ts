import { CHANNELS, contract, type AuditAction, type AuditChanges, type AuditEntity, type Channel } from '../../../shared/contract';
import type { Caller } from '../auth/caller';
import { REDACTED } from './redact';

/* eslint-disable @typescript-eslint/no-explicit-any -- each row reads its own channel's input and result */

/** How one write channel appears in the trail: its contract entry's entity and action, and how to find the record. */
export interface WriteAudit {
  entity: AuditEntity;
  action: AuditAction;
  /** The record's id when it exists before the call (update, delete…). */
  idBefore?: (input: any, caller: Caller) => number | null | undefined;
  /** The record's id from the result (a create). */
  idAfter?: (result: any) => number | null | undefined;
  /** Changes the snapshots cannot see (a password set), already masked. */
  extra?: (input: any) => AuditChanges;
  /** A summary of its own (no record to name). */
  summary?: (input: any, result: any) => { key: 'demoSeed' | 'startEmpty' | 'backupCreate' | 'backupKeep'; n?: number };
}

const byInput = (i: { id: number }) => i.id;
const byResult = (r: { id: number }) => r.id;
const passwordSet: AuditChanges = { password: [REDACTED, REDACTED] };

/** What the trail needs beyond the contract's entity and action, for the channels that need it. */
const DETAILS: Partial<Record<Channel, Partial<WriteAudit>>> = {
  'app:startEmpty': { summary: () => ({ key: 'startEmpty' }) },
  'demo:seed': { summary: (_i, r: { umkm: number }) => ({ key: 'demoSeed', n: r.umkm }) },
  'users:create': { extra: () => passwordSet },
  'users:update': { extra: (i: { changes: { password?: string } }) => (i.changes.password !== undefined ? passwordSet : {}) },
  'backup:create': { summary: () => ({ key: 'backupCreate' }) },
  'backup:setKeep': { summary: (i: { keep?: number }) => ({ key: 'backupKeep', n: i.keep }) },
};

function writeAudit(channel: Channel): WriteAudit | undefined {
  const spec = contract[channel].audit;
  if (!spec || spec === 'self' || spec === 'disclosure') return undefined;
  const ids = spec.entity === 'database' ? {} : spec.action === 'create' ? { idAfter: byResult } : { idBefore: byInput };
  return { ...spec, ...ids, ...DETAILS[channel] };
}

/** Every write channel that auditWrite records around, derived from the contract's entries. */
export const WRITE_AUDIT: Partial<Record<Channel, WriteAudit>> = Object.fromEntries(
  CHANNELS.flatMap((c) => {
    const w = writeAudit(c);
    return w ? [[c, w]] : [];
  }),
);

/**
 * Channels whose handler appends its own rows: an import (one per stored row and a summary), the
 * recycle bin (it reads the deleted row itself), a restore of the database (the row must go into
 * the database restored, after the swap), and the accounts' sign-in channels (their events reach the
 * trail through the accounts' event hook, so a command-line sign-in is recorded the same way).
 */
export const SELF_AUDITED: readonly Channel[] = CHANNELS.filter((c) => contract[c].audit === 'self');

/**
 * Reads whose result leaves the app as a file (exports, a backup to copy elsewhere): one line each,
 * written after the read, before the file is handed over (disclosure.ts).
 */
export const DISCLOSED: readonly Channel[] = CHANNELS.filter((c) => contract[c].audit === 'disclosure');

/** Channels that write nothing to the database. */
export const READ_ONLY: readonly Channel[] = CHANNELS.filter((c) => (contract[c].mode === 'read' || contract[c].mode === 'snapshot') && contract[c].audit === undefined);
