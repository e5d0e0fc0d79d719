import { SertifikatInput, type SertifikatChanges, type SertifikatData } from '../../../../../shared/contract/sertifikat';
import { fill, messages } from '../../../../../shared/i18n';
import { SertifikatEntity, UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { eachCreated, pickInput, tableVersion, text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;
const FIELDS = ['umkmId', 'kind', 'kindOther', 'number', 'issuer', 'issuedAt', 'validUntil', 'status', 'submittedAt', 'route', 'programme', 'programmeYear', 'companion', 'refusalReason', 'notes'] as const;

/** The same certificate in a file and in the register: its number for its UMKM and kind, or, without one, its UMKM's application of that kind without a number. */
const keyOf = (umkm: string, r: Record<string, unknown>) => `${umkm}|${text(r.kind)}|${text(r.number).toLocaleUpperCase('id')}`;

/**
 * A certificate row names its UMKM by NIK (or NIB). A stored certificate of that UMKM and kind
 * with the same number (or, for a row without one, its application of that kind without a
 * number) is corrected, so a file that brings the numbers of last month's applications marks them
 * issued; otherwise the certificate is added.
 */
export const sertifikatOps: TargetOps = {
  schema: SertifikatInput,
  async load(ctx: Scope): Promise<Lookup> {
    const em = ctx.tx.em;
    const umkm: Array<{ id: number; nik: string; nib: string | null }> = await em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.id', 'id')
      .addSelect('u.nik', 'nik')
      .addSelect('u.nib', 'nib')
      .where('u.deletedAt IS NULL')
      .getRawMany();
    const byNik = new Map(umkm.map((u) => [u.nik, Number(u.id)]));
    const byNib = new Map(umkm.filter((u) => u.nib).map((u) => [u.nib!, Number(u.id)]));
    const umkmOf = (input: Record<string, unknown>) => byNik.get(text(input.nik)) ?? (text(input.nib) ? byNib.get(text(input.nib)) : undefined);
    let stored = new Map<string, number>();
    return {
      keys: (input) => (text(input.nik) || text(input.nib) ? [keyOf(text(input.nik) || text(input.nib), input)] : []),
      prefetchFields: ['nik', 'nib', 'kind', 'number'],
      async prefetch(inputs) {
        const ids = [...new Set(inputs.map(umkmOf).filter((id) => id !== undefined))];
        stored = new Map();
        if (ids.length === 0) return;
        const rows = await em
          .createQueryBuilder(SertifikatEntity, 's')
          .select(['s.id', 's.umkmId', 's.kind', 's.number'])
          .where('s.umkmId IN (:...ids)', { ids })
          .andWhere('s.deletedAt IS NULL')
          .orderBy('s.id')
          .getMany();
        for (const r of rows) {
          // An application without a number answers a row of its kind that brings one (the file marks it issued).
          const key = keyOf(String(r.umkmId), r);
          if (!stored.has(key)) stored.set(key, r.id);
        }
      },
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
        return { id: stored.get(keyOf(String(umkmId), input)) ?? stored.get(keyOf(String(umkmId), { ...input, number: null })) ?? null };
      },
      stored: async (id) => pickInput(await ctx.sertifikat.get(id), FIELDS),
    };
  },
  version: async (ctx) => `${await tableVersion(ctx, UmkmEntity)}|${await tableVersion(ctx, SertifikatEntity)}`,
  create: (ctx, rows) => eachCreated<SertifikatData>(rows, (data) => ctx.sertifikat.create(data)),
  update: (ctx, id, changes) => ctx.sertifikat.update(id, changes as SertifikatChanges),
};
