import { contract, fieldErrors, isChannel, modeOf, type Channel, type Result } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { auditWrite } from '../audit/auditWrite';
import { authorize } from '../auth/guard';
import type { Caller } from '../auth/caller';
import type { SessionRef } from '../auth/sessions';
import type { Core, Logger } from '../core';
import type { Scope } from '../scope';
import { AppError, busyError, isBusy } from '../errors';
import { isDiskFull, writeError } from '../backup/diskError';
import { disclose } from '../audit/disclosure';
import { retryWhenBusy } from './busyRetry';
import { uniqueViolation } from './uniqueViolation';
import { whereIs } from '../db/database';
import { connectionLostError, isConnectionLost } from '../db/postgres/connectionLost';
import { appChannels } from '../services/appChannels';
import { authChannels } from '../auth/authChannels';
import { backupChannels } from '../backup/backupChannels';
import { exportChannels } from '../excel/export/exportChannels';
import { importChannels } from '../excel/import/importChannels';
import { fileChannels } from '../files/fileChannels';
import { kegiatanChannels } from '../services/kegiatanChannels';
import { kegiatanPesertaChannels } from '../services/kegiatanPesertaChannels';
import { kemitraanChannels } from '../services/kemitraanChannels';
import { komunitasChannels } from '../services/komunitasChannels';
import { mitraChannels } from '../services/mitraChannels';
import { officeChannels } from '../services/officeChannels';
import { progressChannels } from '../services/progressChannels';
import type { ChannelBindings } from './binding';
import { riwayatChannels } from '../services/riwayat/riwayatChannels';
import { umkmChannels } from '../services/umkmChannels';
import { connectionChannels } from '../db/connection/connectionChannels';
import { transferChannels } from '../db/transfer/transferChannels';
import { sertifikatChannels } from '../services/sertifikat/sertifikatChannels';
import { bantuanChannels } from '../services/bantuan/bantuanChannels';
import { monevChannels } from '../services/monev/monevChannels';
import { lampiranChannels } from '../services/lampiran/lampiranChannels';

/** Every channel of the contract, bound where its area lives. The compiler refuses a channel left unbound. */
export const bindings: ChannelBindings<Channel> = {
  ...appChannels,
  ...umkmChannels,
  ...komunitasChannels,
  ...mitraChannels,
  ...kemitraanChannels,
  ...kegiatanChannels,
  ...kegiatanPesertaChannels,
  ...progressChannels,
  ...fileChannels,
  ...importChannels,
  ...exportChannels,
  ...authChannels,
  ...backupChannels,
  ...officeChannels,
  ...connectionChannels,
  ...transferChannels,
  ...riwayatChannels,
  ...sertifikatChannels,
  ...bantuanChannels,
  ...monevChannels,
  ...lampiranChannels,
};

/**
 * The one entry point of every adapter (Electron IPC, command line, loopback HTTP): the adapter
 * names its session, main decides who is calling and whether they may, the payload is unknown
 * until the contract's schema has parsed it, and every outcome is a Result value.
 */
export async function dispatch(channel: unknown, payload: unknown, core: Core, session?: SessionRef, log: Logger = core.log): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: fill(messages.errors.unknownChannel, { channel: String(channel).slice(0, 80) }) } };
  }
  try {
    // Before the payload is even parsed: a caller without the right learns nothing from errors.
    const caller = authorize(channel, core.auth, session);
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: messages.errors.validation, fields: fieldErrors(parsed.error) } };
    }
    return { ok: true, value: await run(core, channel, parsed.data, caller) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() };
    // A full disk is the clerk's to fix, not an app fault: said as such (SQLite rolled the write back).
    if (isDiskFull(err)) return { ok: false, error: writeError(err, whereIs(core.db)).toData() };
    // Another process held the write lock past busy_timeout (SQLite rolled the write back): said so, not as a fault.
    if (isBusy(err)) return { ok: false, error: busyError().toData() };
    // A key another clerk saved at the same moment (both passed the service's check): DUPLICATE at its field.
    const taken = uniqueViolation(err);
    if (taken) return { ok: false, error: taken.toData() };
    // The office's server went away mid-call: its transaction never committed; said so, not as a fault.
    if (core.db.kind === 'postgres' && isConnectionLost(err)) return { ok: false, error: connectionLostError(core.db.label).toData() };
    log(`[${channel}] unexpected error`, err);
    return { ok: false, error: { code: 'INTERNAL', message: messages.errors.internal } };
  }
}

/**
 * A parsed call in its unit of work, with its audit row in the same transaction; a disclosed read
 * (an export) gets its row in a write of its own before its file is handed over. A call that found
 * the database busy (another process writing) is tried again for up to 5 s where that is safe
 * (safeToRepeat); otherwise, or after that, it answers BUSY.
 */
export async function run(core: Core, channel: Channel, input: unknown, caller: Caller): Promise<unknown> {
  const handle = bindings[channel] as (input: unknown, s: Scope, caller: Caller) => Promise<unknown> | unknown;
  // The unit of work knows whom it serves: every record the call changes names the caller.
  const work = (s: Scope) => auditWrite(s.actFor(caller), caller, channel, input, async () => handle(input, s, caller));
  const mode = modeOf(channel);
  const once = (): Promise<unknown> => {
    if (mode === 'read') return core.read(work);
    if (mode === 'snapshot') return core.snapshot(work);
    return mode === 'write' ? core.write(work) : core.exclusive(work);
  };
  const result = await (safeToRepeat(channel) ? retryWhenBusy(once) : once());
  return contract[channel].audit === 'disclosure' ? disclose(core, caller, channel, input, result) : result;
}

/**
 * Reads, and the one-transaction writes of a record (SQLite rolled all of it back, and they touch
 * nothing outside the database). Not: imports, restores, the recycle bin and office settings (they
 * keep state or files of their own), sign-ins and accounts (sessions held in memory), backups.
 */
function safeToRepeat(channel: Channel): boolean {
  const { mode, audit } = contract[channel];
  if (mode === 'read' || mode === 'snapshot') return true;
  return mode === 'write' && typeof audit === 'object' && audit.entity !== 'user';
}
