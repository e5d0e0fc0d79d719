import { BantuanInput, type BantuanChanges, type BantuanData } from '../../../../../shared/contract/bantuan';
import { BANTUAN_WARNINGS } from '../../../../../shared/domain/bantuan';
import { fill, messages } from '../../../../../shared/i18n';
import { BantuanEntity, UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { pickInput, tableVersion, text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;
const FIELDS = ['umkmId', 'kind', 'item', 'value', 'fundSource', 'programme', 'year', 'handedAt', 'handoverNumber', 'notes'] as const;

/** The same assistance in a file and in the register: its handover number (BAST) for its UMKM, or, without one, its kind, source, year and item. */
const keyOf = (umkm: string, r: Record<string, unknown>) =>
  text(r.handoverNumber) ? `${umkm}|bast|${text(r.handoverNumber).toLocaleUpperCase('id')}` : `${umkm}|${text(r.kind)}|${text(r.fundSource)}|${text(r.year)}|${text(r.item).toLocaleLowerCase('id')}`;

/**
 * An assistance row names its UMKM by NIK (or NIB). A stored assistance of that UMKM with the same
 * handover number (or, without one, the same kind, source, year and item) is corrected; otherwise
 * the assistance is added. The warnings a clerk confirms in the form (help again within the
 * period, not a UMKM, inactive) are recorded as confirmed by the importer: stored on the record
 * (confirmedWarnings), shown on the page and in the export.
 */
export const bantuanOps: TargetOps = {
  schema: BantuanInput,
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
      prefetchFields: ['nik', 'nib', 'kind', 'fundSource', 'year', 'item', 'handoverNumber'],
      async prefetch(inputs) {
        const ids = [...new Set(inputs.map(umkmOf).filter((id) => id !== undefined))];
        stored = new Map();
        if (ids.length === 0) return;
        const rows = await em
          .createQueryBuilder(BantuanEntity, 'b')
          .select(['b.id', 'b.umkmId', 'b.kind', 'b.fundSource', 'b.year', 'b.item', 'b.handoverNumber'])
          .where('b.umkmId IN (:...ids)', { ids })
          .andWhere('b.deletedAt IS NULL')
          .orderBy('b.id')
          .getMany();
        for (const r of rows) {
          for (const key of [keyOf(String(r.umkmId), r), keyOf(String(r.umkmId), { ...r, handoverNumber: null })]) if (!stored.has(key)) stored.set(key, r.id);
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
        return { id: stored.get(keyOf(String(umkmId), input)) ?? null };
      },
      stored: async (id) => pickInput(await ctx.bantuan.get(id), FIELDS),
    };
  },
  version: async (ctx) => `${await tableVersion(ctx, UmkmEntity)}|${await tableVersion(ctx, BantuanEntity)}`,
  async create(ctx, rows) {
    const ids: number[] = [];
    for (const r of rows) {
      const { confirm: _c, ...data } = r as BantuanData & { confirm?: unknown };
      ids.push((await ctx.bantuan.create(data as BantuanData, BANTUAN_WARNINGS)).id);
    }
    return ids;
  },
  update: (ctx, id, changes) => {
    const { confirm: _c, ...rest } = changes as BantuanChanges & { confirm?: unknown };
    return ctx.bantuan.update(id, rest, undefined, BANTUAN_WARNINGS);
  },
};
