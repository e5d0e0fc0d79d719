import { CLASS_RECORD_FIELDS, ClassRecordInput } from '../../../../../shared/contract/progress';
import { fill, messages } from '../../../../../shared/i18n';
import type { AppContext } from '../../../context';
import { pickInput, text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;

/**
 * A class-record row names its UMKM by NIK (or NIB). A record of that UMKM on the same date is
 * corrected; otherwise the record is added and the UMKM's class follows.
 */
export const progressOps: TargetOps = {
  schema: ClassRecordInput,
  prepare(ctx: AppContext): Lookup {
    const raw = ctx.db.raw;
    const umkm = raw.prepare(`SELECT id, nik, nib FROM umkm WHERE deleted_at IS NULL`).all() as Array<{ id: number; nik: string; nib: string | null }>;
    const byNik = new Map(umkm.map((u) => [u.nik, u.id]));
    const byNib = new Map(umkm.filter((u) => u.nib).map((u) => [u.nib!, u.id]));
    const recordOn = raw.prepare(`SELECT id FROM riwayat_kelas WHERE umkm_id = ? AND date = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`);
    const umkmOf = (input: Record<string, unknown>) => byNik.get(text(input.nik)) ?? (text(input.nib) ? byNib.get(text(input.nib)) : undefined);
    return {
      keys: (input) => (text(input.nik) || text(input.nib) ? [`${text(input.nik) || text(input.nib)}|${text(input.date)}`] : []),
      resolve(input) {
        const { nik: _n, nib: _b, ...rest } = input;
        const umkmId = umkmOf(input);
        return umkmId ? { ...rest, umkmId } : rest;
      },
      match(input) {
        const umkmId = umkmOf(input);
        if (!umkmId) {
          const field = text(input.nik) ? 'nik' : 'nib';
          return { id: null, problem: { field, message: fill(m.umkmUnknown, { key: text(input.nik) || text(input.nib) || '–' }) } };
        }
        const rec = text(input.date) ? (recordOn.get(umkmId, text(input.date)) as { id: number } | undefined) : undefined;
        return { id: rec?.id ?? null };
      },
      stored: (id) => pickInput(ctx.progress.getRecord(id), CLASS_RECORD_FIELDS),
      create: (input) => ctx.progress.add(input).id,
      update: (id, changes) => ctx.progress.update(id, changes),
    };
  },
};
